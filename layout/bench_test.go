package layout_test

import (
	"testing"

	"github.com/offprint/offprint/internal/testtool"
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

// BenchmarkLayoutMemory lays out 200 copies of the example (about 800
// pages) and reports the peak live heap: "kept" holds every page
// (Layout), "streamed" hands each page to a sink that drops it
// (LayoutTo), as the PDF writer does.
func BenchmarkLayoutMemory(b *testing.B) {
	doc := bigDocument(b, 200)
	st := layout.DefaultStyle()
	b.Run("kept", func(b *testing.B) {
		for b.Loop() {
			peak := testtool.PeakLive(func() {
				if _, err := layout.Layout(doc, st); err != nil {
					b.Fatal(err)
				}
			})
			b.ReportMetric(float64(peak)/(1<<20), "peak-live-MiB")
		}
	})
	b.Run("streamed", func(b *testing.B) {
		for b.Loop() {
			peak := testtool.PeakLive(func() {
				if _, err := layout.LayoutTo(doc, st, dropPages{}); err != nil {
					b.Fatal(err)
				}
			})
			b.ReportMetric(float64(peak)/(1<<20), "peak-live-MiB")
		}
	})
}

// dropPages is a Sink that lets every page go.
type dropPages struct{}

func (dropPages) Page(*layout.Result, *layout.Page) {}
func (dropPages) More(*layout.Page)                 {}
