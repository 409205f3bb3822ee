package layout

import (
	"testing"

	"github.com/offprint/offprint/content"
)

// TestNoBlankLastPage: whatever block ends a short document, the space
// after it must not open a page of its own.
func TestNoBlankLastPage(t *testing.T) {
	endings := map[string]content.Block{
		"paragraph": &content.Paragraph{Inlines: content.T("The end.")},
		"list":      &content.List{Items: [][]content.Block{{&content.Paragraph{Inlines: content.T("An item.")}}}},
		"quote":     &content.Quote{Blocks: []content.Block{&content.Paragraph{Inlines: content.T("A quote.")}}},
		"code":      &content.CodeBlock{Text: "x := 1"},
		"rule":      &content.Rule{},
		"table":     &content.Table{Rows: [][]content.Cell{content.Cells(content.T("a"), content.T("b"))}},
		"figure":    &content.Figure{Caption: content.T("A caption."), Credit: content.T("A. Photographer")},
	}
	// n one-line paragraphs push the last block to every position on the
	// page, the page bottom among them.
	for name, last := range endings {
		for n := 30; n <= 60; n++ {
			blocks := []content.Block{}
			for range n {
				blocks = append(blocks, &content.Paragraph{Inlines: content.T("One line.")})
			}
			doc := &content.Document{
				Meta:   content.Meta{Title: "Short", Language: "en"},
				Blocks: append(blocks, last),
			}
			content.AssignIDs(doc)
			content.NumberNotes(doc)
			res, err := Layout(doc, DefaultStyle())
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if end := res.Pages[len(res.Pages)-1]; len(end.Texts) <= 2 { // running head and folio only
				t.Errorf("ending with a %s after %d lines: the last of %d pages is blank", name, n, len(res.Pages))
			}
		}
	}
}
