package epub_test

import (
	"bytes"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/epub"
)

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
