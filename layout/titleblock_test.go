package layout_test

import (
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/layout"
)

// TestSourceNoteCall checks where the head of an article carries the call
// of the source note: on the byline, on the publication's name or, when
// neither is known, on a line of its own; never on the headline (the H1's
// accessible name would end with the number).
func TestSourceNoteCall(t *testing.T) {
	for _, c := range []struct {
		name    string
		meta    content.Meta
		carrier string // the run before the call
	}{
		{"byline", content.Meta{Authors: []content.Author{{Name: "Ada Writer"}}, SourceURL: "https://example.org/a"}, "example.org"},
		{"host only", content.Meta{SourceURL: "https://www.example.org/a"}, "example.org"},
		{"publisher", content.Meta{Publisher: "Vox", SourceURL: "https://example.org/a"}, "Vox"},
		{"no name", content.Meta{SourceURL: "urn:isbn:0451450523"}, "Sources"},
		{"no name, German", content.Meta{Language: "de", SourceURL: "urn:isbn:0451450523"}, "Quellen"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := &content.Document{Meta: c.meta, Blocks: []content.Block{&content.Paragraph{Inlines: content.T("Body.")}}}
			doc.Meta.Title = "Headline"
			content.AssignIDs(doc)
			content.NumberNotes(doc)
			if doc.SourceNote() == 0 {
				t.Fatal("no source note")
			}
			r, err := layout.Layout(doc, paper(t, "a5"))
			if err != nil {
				t.Fatal(err)
			}
			if got := runPath(t, r, "1"); got != "Link<P<Document" {
				t.Errorf("the call's node is %s, want Link<P<Document", got)
			}
			var prev string
			for _, tr := range r.Pages[0].Texts {
				if tr.Text == "1" {
					break
				}
				prev = tr.Text
			}
			if prev != c.carrier {
				t.Errorf("the call follows %q, want %q", prev, c.carrier)
			}
		})
	}
}
