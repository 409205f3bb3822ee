package layout_test

import (
	"testing"

	"github.com/offprint/offprint/layout"
)

func BenchmarkLayoutExample(b *testing.B) {
	doc := example(b)
	st := layout.DefaultStyle()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := layout.Layout(doc, st); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLayoutBook lays out 200 copies of the example (about 365,000
// words) as one document; compare with BenchmarkLayoutBook20 for
// linearity.
func BenchmarkLayoutBook200(b *testing.B) { benchBig(b, 200) }

// BenchmarkLayoutBook20 is a tenth of BenchmarkLayoutBook200.
func BenchmarkLayoutBook20(b *testing.B) { benchBig(b, 20) }

func benchBig(b *testing.B, n int) {
	doc := bigDocument(b, n)
	st := layout.DefaultStyle()
	b.ReportAllocs()
	for b.Loop() {
		r, err := layout.Layout(doc, st)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(r.Pages)), "pages")
	}
}

// BenchmarkLayoutArabic lays out an Arabic article: fallback faces,
// shaping and visual reordering on every line.
func BenchmarkLayoutArabic(b *testing.B) {
	doc := arabicDocument(40)
	st := layout.DefaultStyle()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := layout.Layout(doc, st); err != nil {
			b.Fatal(err)
		}
	}
}
