package epub_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"log"
	"time"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/epub"
)

func ExampleWrite() {
	doc := &content.Document{
		Meta: content.Meta{Title: "A short article", Authors: []content.Author{{Name: "Ann Author"}}, Publisher: "The Daily", SourceURL: "https://daily.example/a"},
		Blocks: []content.Block{
			&content.Paragraph{Inlines: content.T("The lead.")},
			&content.Heading{Level: 2, Inlines: content.T("A section")},
			&content.Paragraph{Inlines: []content.Inline{&content.Text{Text: "See "}, &content.Link{URL: "https://example.org/", Inlines: content.T("the source")}, &content.Text{Text: "."}}},
		},
	}
	content.AssignIDs(doc)
	content.NumberNotes(doc) // note 1: the source; note 2: the link
	var buf bytes.Buffer
	err := epub.Write(&buf, doc, epub.Options{NoCover: true, Modified: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		log.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range zr.File {
		fmt.Println(f.Name)
	}
	// Output:
	// mimetype
	// META-INF/container.xml
	// EPUB/package.opf
	// EPUB/nav.xhtml
	// EPUB/toc.ncx
	// EPUB/css/style.css
	// EPUB/xhtml/title.xhtml
	// EPUB/xhtml/section-001.xhtml
	// EPUB/xhtml/notes.xhtml
}
