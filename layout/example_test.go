package layout_test

import (
	"fmt"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/layout"
)

func ExampleLayout() {
	doc := &content.Document{
		Meta: content.Meta{Title: "A short article", Publisher: "Example", SourceURL: "https://example.org/a"},
		Blocks: []content.Block{
			&content.Heading{Level: 2, Inlines: content.T("Background")},
			&content.Paragraph{Inlines: []content.Inline{
				&content.Text{Text: "Offprint puts every source at the foot of the page that cites it, like "},
				&content.Link{URL: "https://example.org/b", Inlines: content.T("this one")},
				&content.Text{Text: "."},
			}},
		},
	}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	style := layout.DefaultStyle()
	style.PaperWidth, style.PaperHeight, _ = layout.ParsePaper("a5")
	res, err := layout.Layout(doc, style)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(res.Pages), "page;", res.Outline[0].Title, "on page", res.Outline[0].Page)
	fmt.Println("notes off their page:", res.Stats.NotesOffPage, "lost:", res.Stats.NotesLost)
	// Output:
	// 1 page; Background on page 1
	// notes off their page: 0 lost: 0
}
