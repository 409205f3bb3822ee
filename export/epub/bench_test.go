package epub_test

import (
	"io"
	"testing"

	"github.com/offprint/offprint/export/epub"
	"github.com/offprint/offprint/internal/testdoc"
)

// BenchmarkWriteExample writes the sample article (target: under 20 ms).
func BenchmarkWriteExample(b *testing.B) {
	doc := testdoc.Example(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := epub.Write(io.Discard, doc, epub.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteExampleNoCover shows what drawing the cover costs.
func BenchmarkWriteExampleNoCover(b *testing.B) {
	doc := testdoc.Example(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := epub.Write(io.Discard, doc, epub.Options{NoCover: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteBook writes a 365,000-word book of 200 articles (target:
// under 2 s and 200 MB).
func BenchmarkWriteBook(b *testing.B) {
	book := bookOf(200, 1825)
	b.ReportAllocs()
	for b.Loop() {
		if err := epub.WriteBook(io.Discard, book, epub.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
