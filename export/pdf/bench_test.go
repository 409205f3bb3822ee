package pdf_test

import (
	"io"
	"runtime"
	"runtime/metrics"
	"strconv"
	"testing"
	"time"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/pdf"
	"github.com/offprint/offprint/internal/testtool"
	"github.com/offprint/offprint/layout"
)

// BenchmarkWriteExample lays out and writes the example article.
func BenchmarkWriteExample(b *testing.B) {
	doc := example(b)
	opts := pdf.Options{Modified: time.Unix(0, 0)}
	b.ReportAllocs()
	for b.Loop() {
		if err := pdf.Write(io.Discard, doc, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteBook200 writes a book of 200 copies of the example (about
// 365,000 words); BenchmarkWriteBook20 is a tenth of it, for linearity.
func BenchmarkWriteBook200(b *testing.B) { benchBook(b, 200) }

// BenchmarkWriteBook20 writes 20 copies.
func BenchmarkWriteBook20(b *testing.B) { benchBook(b, 20) }

func benchBook(b *testing.B, n int) {
	ex := example(b)
	book := &content.Book{Meta: content.Meta{Title: "Many copies"}}
	for range n {
		book.Articles = append(book.Articles, ex)
	}
	opts := pdf.Options{Modified: time.Unix(0, 0)}
	b.ReportAllocs()
	for b.Loop() {
		if err := pdf.WriteBook(io.Discard, book, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDrawExample draws the laid-out example article: the writer's
// share of BenchmarkWriteExample (fonts, subsets, content streams).
func BenchmarkDrawExample(b *testing.B) {
	res, err := layout.Layout(example(b), layout.DefaultStyle())
	if err != nil {
		b.Fatal(err)
	}
	opts := pdf.Options{Modified: time.Unix(0, 0)}
	b.ReportAllocs()
	for b.Loop() {
		if err := pdf.Draw(io.Discard, res, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteMemory writes 200 copies of the example as one article
// (about 800 pages) and reports the peak live heap: each page is drawn
// as layout sets it and kept only as its compressed content.
func BenchmarkWriteMemory(b *testing.B) {
	ex := example(b)
	doc := &content.Document{Meta: ex.Meta, Notes: ex.Notes}
	for range 200 {
		doc.Blocks = append(doc.Blocks, ex.Blocks...)
	}
	opts := pdf.Options{Modified: time.Unix(0, 0)}
	for b.Loop() {
		peak := testtool.PeakLive(func() {
			if err := pdf.Write(io.Discard, doc, opts); err != nil {
				b.Fatal(err)
			}
		})
		b.ReportMetric(float64(peak)/(1<<20), "peak-live-MiB")
	}
}

// BenchmarkWriteParagraphsMemory writes 100,000 one-line paragraphs
// ("Part 1", "Part 2", …: a long list of short lines read as plain text)
// and reports the peak live heap the writing adds to the document, per
// paragraph: what layout and the tagged PDF's structure tree keep for
// each paragraph until the file is written.
func BenchmarkWriteParagraphsMemory(b *testing.B) {
	const n = 100_000
	doc := &content.Document{Meta: content.Meta{Title: "Parts"}}
	for i := range n {
		doc.Blocks = append(doc.Blocks, &content.Paragraph{Inlines: content.T("Part " + strconv.Itoa(i+1))})
	}
	opts := pdf.Options{Modified: time.Unix(0, 0)}
	for b.Loop() {
		runtime.GC()
		before := liveHeap()
		peak := testtool.PeakLive(func() {
			if err := pdf.Write(io.Discard, doc, opts); err != nil {
				b.Fatal(err)
			}
		})
		b.ReportMetric(float64(peak-min(peak, before))/n, "peak-live-B/para")
	}
}

// liveHeap is the live heap the last collection left, in bytes.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
