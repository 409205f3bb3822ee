package offprint_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/offprint/offprint"
)

// An HTML page becomes an EPUB: the article is extracted from the page,
// its links become numbered notes, and the book gets a drawn cover.
func Example_htmlToEPUB() {
	page := `<!doctype html><html lang="en"><head><title>Why the tide turns twice a day</title>
<meta name="author" content="Ann Marsh"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Why the tide turns twice a day</h1>
<p>The Moon pulls the near side of the ocean towards it, and the far side is left behind,
so there are two bulges of water, as <a href="https://oceanservice.noaa.gov/facts/twotides.html">NOAA explains</a>.</p>
<h2>Springs and neaps</h2>
<p>When the Sun and the Moon line up, their pulls add up and the tides are larger.
Twice a month the bulges are highest; between those weeks the range is smaller.</p>
</article><footer>© The Coast Review</footer></body></html>`
	ctx := context.Background()
	doc, err := offprint.Read(ctx, strings.NewReader(page), offprint.ReadOptions{Name: "tides.html"})
	if err != nil {
		log.Fatal(err)
	}
	var epub bytes.Buffer
	if err := offprint.WriteEPUB(ctx, &epub, doc, offprint.EPUBOptions{}); err != nil {
		log.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(epub.Bytes()), int64(epub.Len()))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.Meta.Title)
	fmt.Println(doc.Notes[len(doc.Notes)-1].URL)
	fmt.Println(zr.File[0].Name)
	// Output:
	// Why the tide turns twice a day
	// https://oceanservice.noaa.gov/facts/twotides.html
	// mimetype
}

// A scraped plain-text article becomes a print PDF with its sources as
// footnotes.
func Example_textToPDF() {
	f, err := os.Open("examples/vox-isis-k.txt")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	ctx := context.Background()
	doc, err := offprint.Read(ctx, f, offprint.ReadOptions{Format: offprint.Text})
	if err != nil {
		log.Fatal(err)
	}
	var pdf bytes.Buffer
	if err := offprint.WritePDF(ctx, &pdf, doc, offprint.PDFOptions{}); err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.Meta.Title)
	fmt.Println(doc.Meta.Authors[0].Name)
	fmt.Println(bytes.HasPrefix(pdf.Bytes(), []byte("%PDF-")))
	// Output:
	// ISIS-K has become a global terror threat while the world has been distracted
	// Ellen Ioanes
	// true
}
