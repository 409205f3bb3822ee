package pdf_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/testdoc"
	"github.com/offprint/offprint/layout"
)

// example returns the sample article as the CLI hands it over.
func example(tb testing.TB) *content.Document {
	tb.Helper()
	return testdoc.Example(tb)
}

func style(tb testing.TB, paper string) layout.Style {
	tb.Helper()
	st := layout.DefaultStyle()
	w, h, err := layout.ParsePaper(paper)
	if err != nil {
		tb.Fatal(err)
	}
	st.PaperWidth, st.PaperHeight = w, h
	return st
}

// pngImage makes a small PNG picture.
func pngImage(tb testing.TB) *content.Image {
	tb.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 40, 30))
	for x := range 40 {
		for y := range 30 {
			img.Set(x, y, color.RGBA{uint8(6 * x), uint8(8 * y), 120, 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		tb.Fatal(err)
	}
	return &content.Image{Data: buf.Bytes(), MediaType: "image/png", Width: 40, Height: 30, Alt: "a gradient"}
}

// richDocument has one of every block, links, footnotes, an image, an
// SVG and characters the fonts lack.
func richDocument(tb testing.TB) *content.Document {
	tb.Helper()
	long := strings.Repeat("A sentence that fills the page with words to reach its end. ", 40)
	doc := &content.Document{
		Meta: content.Meta{
			Title: "Everything at once", Subtitle: "A test of every block", Language: "en-GB",
			Authors:   []content.Author{{Name: "Ada Lovelace", Bio: "Ada writes tests."}},
			Publisher: "Example", SourceURL: "https://example.org/everything", Keywords: []string{"test", "pdf"},
		},
		Notes: []content.Note{{Kind: content.NoteFootnote, Blocks: []content.Block{&content.Paragraph{Inlines: content.T("An explicit footnote with some words in it.")}}}},
	}
	doc.Blocks = []content.Block{
		&content.Figure{Image: pngImage(tb), Caption: content.T("A gradient."), Credit: content.T("Offprint tests")},
		&content.Paragraph{Inlines: []content.Inline{
			&content.Text{Text: "Text with a "},
			&content.Link{URL: "https://example.com/a/long/path/to/a/page?query=1&other=2", Inlines: content.T("link")},
			&content.Text{Text: ", a footnote"}, &content.NoteRef{Note: 1},
			&content.Text{Text: ", an emoji 😀, Chinese 中文, "}, &content.Emph{Inlines: content.T("italic")},
			&content.Text{Text: " and "}, &content.Strong{Inlines: content.T("bold")}, &content.Text{Text: " and "},
			&content.Code{Text: "code()"}, &content.Text{Text: "."},
		}},
		&content.Heading{Level: 2, Inlines: content.T("A section – “Čeština”")},
		&content.Paragraph{Inlines: content.T(long)},
		&content.Heading{Level: 3, Inlines: content.T("A subsection")},
		&content.Quote{Blocks: []content.Block{&content.Paragraph{Inlines: content.T("A quotation, indented on both sides.")}}},
		&content.List{Items: [][]content.Block{{&content.Paragraph{Inlines: content.T("first item")}}, {&content.Paragraph{Inlines: content.T("second item")}}}},
		&content.List{Ordered: true, Start: 9, Items: [][]content.Block{{&content.Paragraph{Inlines: content.T("ninth")}}, {&content.Paragraph{Inlines: content.T("tenth")}}}},
		&content.CodeBlock{Lang: "go", Text: "func main() {\n\tfmt.Println(\"hello\")\n}"},
		&content.Rule{},
		&content.Table{Header: [][]content.Cell{content.Cells(content.T("Name"), content.T("Value"))}, Rows: [][]content.Cell{content.Cells(content.T("alpha"), content.T("1")), content.Cells(content.T("beta"), content.T("2"))}},
		&content.Figure{Image: &content.Image{Data: []byte("<svg/>"), MediaType: "image/svg+xml", Source: "chart.svg"}, Caption: content.T("A chart.")},
		&content.Paragraph{Inlines: []content.Inline{&content.Text{Text: "The same link again: "}, &content.Link{URL: "https://example.com/a/long/path/to/a/page?query=1&other=2", Inlines: content.T("again")}}},
	}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	return doc
}

// squeeze drops white space and hyphens, so that texts compare whatever
// the line breaks.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\t' || r == '\f' || r == '-' || r == '\u00ad' {
			return -1
		}
		return r
	}, s)
}

// inChunks reports whether text appears in stream in order, in at most
// max pieces (a paragraph is cut by page breaks, running heads, notes).
func inChunks(stream, text string, max int) bool {
	pos := 0
	for chunk := 0; text != "" && chunk < max; chunk++ {
		lo, hi := 0, len(text)
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if strings.Contains(stream[pos:], text[:mid]) {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		if lo == 0 {
			return false
		}
		pos += strings.Index(stream[pos:], text[:lo]) + lo
		text = text[lo:]
	}
	return text == ""
}
