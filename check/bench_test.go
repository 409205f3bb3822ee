package check

import (
	"bytes"
	"fmt"
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

// largeBook returns an EPUB of n chapters of about 2,800 words each, every
// chapter with headings, links and a footnote, listed in nav and NCX.
func largeBook(b testing.TB, n int) []byte {
	bk := validBook(b)
	para := "<p>" + strings.Repeat("Words of a long paragraph with <em>some</em> emphasis and <a href=\"#part\">a link</a>. ", 20) + "</p>\n"
	var items, refs, navs, points strings.Builder
	for i := range n {
		name := fmt.Sprintf("c%04d.xhtml", i)
		doc := strings.Replace(chapterXHTML, "<h2 id=\"part\">", strings.Repeat(para, 10)+"<h2 id=\"part\">", 1)
		bk.set("OEBPS/"+name, doc)
		fmt.Fprintf(&items, `<item id="c%d" href="%s" media-type="application/xhtml+xml"/>`, i, name)
		fmt.Fprintf(&refs, `<itemref idref="c%d"/>`, i)
		fmt.Fprintf(&navs, `<li><a href="%s#start">Chapter %d</a></li>`, name, i)
		fmt.Fprintf(&points, `<navPoint id="p%d" playOrder="%d"><navLabel><text>C</text></navLabel><content src="%s#start"/></navPoint>`, i, i+3, name)
	}
	bk.edit(b, opf, "</manifest>", items.String()+"</manifest>")
	bk.edit(b, opf, "</spine>", refs.String()+"</spine>")
	bk.edit(b, nav, "</ol>\n  </nav>\n  <nav epub:type=\"landmarks\"", navs.String()+"</ol>\n  </nav>\n  <nav epub:type=\"landmarks\"")
	bk.edit(b, ncx, "</navMap>", points.String()+"</navMap>")
	return bk.bytes(b)
}

// BenchmarkEPUBBook checks a book of 130 chapters (about 365,000 words,
// the size of the long book in the typesetting issue).
func BenchmarkEPUBBook(b *testing.B) {
	data := largeBook(b, 130)
	ps, err := EPUB(bytes.NewReader(data), int64(len(data)))
	if err != nil || len(ps) > 0 {
		b.Fatalf("large book: %v %v", err, ps)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := EPUB(bytes.NewReader(data), int64(len(data))); err != nil {
			b.Fatal(err)
		}
	}
}
