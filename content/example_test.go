package content_test

import (
	"fmt"
	"os"

	"github.com/offprint/offprint/content"
)

// A reader builds the model; the notes pass numbers its sources once for
// both writers: the article's source first, then links and footnotes in
// reading order, one note per distinct URL.
func ExampleNumberNotes() {
	doc := &content.Document{
		Meta: content.Meta{Title: "A headline", Publisher: "Vox", SourceURL: "https://www.vox.com"},
		Blocks: []content.Block{
			&content.Heading{Level: 2, Inlines: content.T("What we know")},
			&content.Paragraph{Inlines: []content.Inline{
				&content.Text{Text: "See "},
				&content.Link{URL: "https://example.com/report", Inlines: content.T("the report")},
				&content.Text{Text: " and "},
				&content.Link{URL: "https://example.com/report", Inlines: content.T("again")},
				&content.Text{Text: "."},
			}},
		},
	}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	content.Dump(os.Stdout, doc)
	fmt.Println("source note:", doc.SourceNote())
	// Output:
	// meta title "A headline"
	// meta publisher "Vox"
	// meta source-url "https://www.vox.com"
	// heading 2 #what-we-know "What we know"
	// paragraph "See " link<https://example.com/report>["the report"]^2 " and " link<https://example.com/report>["again"]^2 "."
	// note 1 source <https://www.vox.com> "Vox, “A headline”."
	// note 2 link <https://example.com/report> ""
	// source note: 1
}

func ExampleSlug() {
	fmt.Println(content.Slug("Enter: ISIS-K."))
	fmt.Println(content.Slug("Förderung für Häuser"))
	fmt.Println(content.Slug("2024 in review"))
	// Output:
	// enter-isis-k
	// förderung-für-häuser
	// s-2024-in-review
}
