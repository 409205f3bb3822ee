package hyphen

import (
	"testing"
)

// BenchmarkPoints hyphenates every token of the sample article, through
// the word cache (as layout uses it) and with the cache bypassed.
func BenchmarkPoints(b *testing.B) {
	words := exampleTokens(b)
	h := New("en", Options{})
	for _, w := range words { // warm the cache and load the patterns
		h.Points(w)
	}
	for _, bc := range []struct {
		name  string
		cache bool
	}{{"cached", true}, {"uncached", false}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, w := range words {
					h.points(w, bc.cache)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
		})
	}
}

// BenchmarkURLBreaks measures breaking a long URL.
func BenchmarkURLBreaks(b *testing.B) {
	const url = "https://www.vox.com/world-politics/2024/3/25/24111578/isis-k-moscow-attack-islamic-state-khorasan?utm_source=x&utm_medium=y#section"
	b.ReportAllocs()
	for b.Loop() {
		IsURL(url)
		URLBreaks(url)
	}
}

// BenchmarkLoad measures the one-time cost of loading a language's
// patterns, paid by the first For call for that language.
func BenchmarkLoad(b *testing.B) {
	for _, tag := range []string{"en-us", "de"} {
		b.Run(tag, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := load(sources[tag]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
