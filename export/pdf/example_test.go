package pdf_test

import (
	"bytes"
	"fmt"
	"time"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/pdf"
	"github.com/offprint/offprint/layout"
)

func ExampleWrite() {
	doc := &content.Document{
		Meta:   content.Meta{Title: "Hello", Publisher: "Example", SourceURL: "https://example.org/hello"},
		Blocks: []content.Block{&content.Paragraph{Inlines: content.T("Hello, print.")}},
	}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	var stats layout.Stats
	var buf bytes.Buffer
	err := pdf.Write(&buf, doc, pdf.Options{
		Style:    layout.DefaultStyle(),
		Modified: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
		Stats:    &stats,
	})
	fmt.Println(err, bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")), stats.Pages, "page")
	// Output: <nil> true 1 page
}
