package epub_test

import (
	"bytes"
	"os"
	"testing"

	"offprint/content"
	"offprint/content/plaintext"
	"offprint/export/epub"
)

// exampleDoc reads the sample article with the plain-text reader and runs
// the passes the CLI runs before a writer sees the document.
func exampleDoc(tb testing.TB) *content.Document {
	tb.Helper()
	f, err := os.Open("../../examples/vox-isis-k.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	doc, err := plaintext.Read(f, plaintext.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	return doc
}

// write writes doc to an EPUB in memory, failing the test on error or on
// any warning.
func write(tb testing.TB, doc *content.Document, opts epub.Options) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if opts.Warn == nil {
		opts.Warn = func(s string) { tb.Errorf("warning: %s", s) }
	}
	if err := epub.Write(&buf, doc, opts); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}
