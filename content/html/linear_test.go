package html

import (
	"context"
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
	in := largePage(100000)
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

// BenchmarkParseLarge parses the page of BenchmarkReadLarge as Read does
// (white space folded), reporting the live heap its tree holds per
// paragraph (live-B/p; the tree is what a large page's read holds most
// of) and the nodes per paragraph.
func BenchmarkParseLarge(b *testing.B) {
	const n = 100000
	src := []byte(largePage(n))
	var live, nodes float64
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		root, err := parse(context.Background(), src)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		live = float64(after.HeapAlloc) - float64(before.HeapAlloc)
		nodes = 0
		for range root.Descendants() {
			nodes++
		}
	}
	b.ReportMetric(live/n, "live-B/p")
	b.ReportMetric(nodes/n, "nodes/p")
}
