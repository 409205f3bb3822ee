package epub_test

import (
	"bytes"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/epub"
)

// FuzzWrite feeds arbitrary text, URLs and heading levels through the
// writer: it must not fail or panic, and what it writes must keep the
// invariants (well-formed XHTML, resolving links, languages…).
func FuzzWrite(f *testing.F) {
	f.Add("Title", "Some text & <markup>", "https://example.com/a b", "Heading", uint8(2), "en")
	f.Add("", "\x00\xff\uFFFE", "#nowhere", "", uint8(0), "xx-invalid-!")
	f.Add("T", "x", "javascript:alert(1)", "fn_1", uint8(9), "pt-BR")
	f.Fuzz(func(t *testing.T, title, text, url, heading string, level uint8, lang string) {
		if len(title)+len(text)+len(url)+len(heading)+len(lang) > 4096 {
			t.Skip()
		}
		doc := &content.Document{
			Meta: content.Meta{Title: title, Language: lang, Authors: []content.Author{{Name: text, Bio: text}}, SourceURL: url, Publisher: title},
			Blocks: []content.Block{
				&content.Figure{Caption: content.T(text), Credit: content.T(heading)},
				&content.Paragraph{Inlines: []content.Inline{&content.Text{Text: text}, &content.Link{URL: url, Inlines: []content.Inline{&content.Link{URL: "#" + heading, Inlines: content.T(text)}}}}},
				&content.Heading{Level: int(level % 8), Inlines: content.T(heading), ID: heading},
				&content.List{Items: [][]content.Block{{&content.Paragraph{Inlines: content.T(text)}}}},
				&content.CodeBlock{Lang: heading, Text: text},
				&content.Heading{Level: int(level%3) + 1, Inlines: content.T(text)},
				&content.Table{Rows: [][]content.Cell{content.Cells(content.T(text), []content.Inline{&content.Link{URL: url, Inlines: content.T(heading)}})}},
			},
		}
		content.AssignIDs(doc)
		content.NumberNotes(doc)
		var buf bytes.Buffer
		if err := epub.Write(&buf, doc, epub.Options{NoCover: true}); err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, buf.Bytes())
	})
}
