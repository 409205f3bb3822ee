package testtool

import "testing"

// maxGrowth is the largest ns/op ratio between inputs of size 2n and n
// that counts as linear (n log n stays well below it; quadratic is 4).
const maxGrowth = 2.5

// GrowthRatio runs run through testing.Benchmark with inputs of size n
// and 2n and returns the ratio of their times per operation and of their
// bytes allocated per operation.
func GrowthRatio(n int, run func(b *testing.B, n int)) (timeRatio, bytesRatio float64) {
	small := testing.Benchmark(func(b *testing.B) { run(b, n) })
	large := testing.Benchmark(func(b *testing.B) { run(b, 2*n) })
	return ratio(large.NsPerOp(), small.NsPerOp()), ratio(large.AllocedBytesPerOp(), small.AllocedBytesPerOp())
}

func ratio(a, b int64) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Linear fails t unless doubling the input of run at most multiplies its
// time, and the bytes it allocates, by 2.5. It is a benchmark, not a
// timed test: only the ratios count. Allocation is the same on every run;
// time is not on a busy machine (other packages' tests run alongside), so
// the time ratio is the best of up to five measurements: a quadratic pass
// stays near 4 in every one.
func Linear(t *testing.T, n int, run func(b *testing.B, n int)) {
	t.Helper()
	best, bytes := 0.0, 0.0
	for range 5 {
		r, br := GrowthRatio(n, run)
		bytes = br
		if best == 0 || r < best {
			best = r
		}
		if best < maxGrowth || bytes >= maxGrowth {
			break
		}
	}
	t.Logf("time(2n)/time(n) = %.2f, bytes(2n)/bytes(n) = %.2f for n = %d", best, bytes, n)
	if bytes >= maxGrowth {
		t.Errorf("not linear: doubling the input (n = %d) multiplies the bytes allocated by %.2f (limit %.1f)", n, bytes, maxGrowth)
	}
	if best >= maxGrowth {
		t.Errorf("not linear: doubling the input (n = %d) multiplies the time by %.2f (limit %.1f)", n, best, maxGrowth)
	}
}
