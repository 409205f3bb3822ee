package testtool

import "testing"

// maxGrowth is the largest ns/op ratio between inputs of size 2n and n
// that counts as linear (n log n stays well below it; quadratic is 4).
const maxGrowth = 2.5

// GrowthRatio runs run through testing.Benchmark with inputs of size n
// and 2n and returns the ratio of their times per operation.
func GrowthRatio(n int, run func(b *testing.B, n int)) float64 {
	small := testing.Benchmark(func(b *testing.B) { run(b, n) })
	large := testing.Benchmark(func(b *testing.B) { run(b, 2*n) })
	if small.NsPerOp() == 0 {
		return 0
	}
	return float64(large.NsPerOp()) / float64(small.NsPerOp())
}

// Linear fails t unless doubling the input of run at most multiplies its
// time by 2.5. It is a benchmark, not a timed test: only the ratio counts.
// A busy machine makes one measurement noisy, so it takes the best of
// three; a quadratic pass stays near 4 in every one.
func Linear(t *testing.T, n int, run func(b *testing.B, n int)) {
	t.Helper()
	best := 0.0
	for range 3 {
		r := GrowthRatio(n, run)
		if best == 0 || r < best {
			best = r
		}
		if best < maxGrowth {
			break
		}
	}
	t.Logf("time(2n)/time(n) = %.2f for n = %d", best, n)
	if best >= maxGrowth {
		t.Errorf("not linear: doubling the input (n = %d) multiplies the time by %.2f (limit %.1f)", n, best, maxGrowth)
	}
}
