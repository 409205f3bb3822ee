package html

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/offprint/offprint/internal/testtool"
)

// TestReadLinear checks that reading a page grows linearly with it
// (issue 14: a page with many <p>).
func TestReadLinear(t *testing.T) {
	testtool.Integration(t)
	testtool.Linear(t, 3000, func(b *testing.B, n int) {
		var sb strings.Builder
		sb.WriteString("<html><head><title>Title</title></head><body><article><h1>Title</h1>")
		for i := range n {
			fmt.Fprintf(&sb, "<p>Paragraph %d with <em>emphasis</em> and a <a href=\"https://example.com/%d\">link</a>.</p>", i, i)
		}
		sb.WriteString("</article></body></html>")
		in := sb.String()
		for b.Loop() {
			if _, err := Read(strings.NewReader(in), Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkReadLarge reads a generated page of 100,000 <p> (1 MB or
// more: the lean path of convert), reporting the bytes allocated and
// heap-MB, the most heap memory held from the system after a read.
func BenchmarkReadLarge(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("<html><head><title>T</title></head><body><article><h1>T</h1>")
	for i := range 100000 {
		fmt.Fprintf(&sb, "<p>Paragraph %06d of text.</p>\n", i)
	}
	sb.WriteString("</article></body></html>")
	in := sb.String()
	b.ReportAllocs()
	var peak uint64
	for b.Loop() {
		doc, err := Read(strings.NewReader(in), Options{})
		if err != nil {
			b.Fatal(err)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapSys-ms.HeapReleased)
		runtime.KeepAlive(doc)
	}
	b.ReportMetric(float64(peak)/(1<<20), "heap-MB")
}
