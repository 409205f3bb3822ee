package check

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// BenchmarkEPUB checks a typical small EPUB (pandoc's EPUB of the sample
// article: nav, NCX, a title page and a chapter with notes).
func BenchmarkEPUB(b *testing.B) {
	data, err := os.ReadFile("testdata/pandoc-untitled.epub")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := EPUB(bytes.NewReader(data), int64(len(data))); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPDF checks a two-page fpdf PDF with an embedded font subset.
func BenchmarkPDF(b *testing.B) {
	data := fpdfDoc(b, good)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := PDF(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// hostilePDFs are inputs built to make a naive parser quadratic: many
// objects whose strings or streams never end, and no usable xref.
var hostilePDFs = map[string]string{
	"unterminated strings": "%PDF-1.7\n" + strings.Repeat("1 0 obj (\n", 1<<16),
	"unterminated streams": "%PDF-1.7\n" + strings.Repeat("1 0 obj <<>> stream\n", 1<<15) + "endstream",
	"nested arrays":        "%PDF-1.7\n" + strings.Repeat("1 0 obj "+strings.Repeat("[", 60)+"\n", 1<<12),
}

// BenchmarkHostilePDF shows that hostile input costs time linear in its size.
func BenchmarkHostilePDF(b *testing.B) {
	for name, src := range hostilePDFs {
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			data := []byte(src)
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := PDF(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
