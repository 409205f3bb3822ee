package fpdf

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// streamDoc makes a document of pages of text, with or without
// SetStreamPages, and writes it to w.
func streamDoc(w io.Writer, stream bool, pages int, alias bool) error {
	f := New("P", "pt", "A4", "")
	f.SetCompression(true)
	f.SetStreamPages(stream)
	f.SetNoDates(true)
	if alias {
		f.AliasNbPages("")
	}
	f.SetFont("Helvetica", "", 10)
	seed := uint32(1)
	for range pages {
		f.AddPage()
		for l := range 60 {
			var line []byte
			for range 80 { // letters from a linear congruential generator: little to compress
				seed = seed*1664525 + 1013904223
				line = append(line, byte('a'+seed>>24%26))
			}
			f.Text(40, float64(40+12*l), string(line))
		}
	}
	return f.Output(w)
}

// TestStreamPagesSameBytes checks that pages compressed as they end and a
// file written as it is made (over a megabyte, so it is flushed several
// times) give the same bytes as upstream's way.
func TestStreamPagesSameBytes(t *testing.T) {
	var a, b bytes.Buffer
	if err := streamDoc(&a, false, 600, false); err != nil {
		t.Fatal(err)
	}
	if err := streamDoc(&b, true, 600, false); err != nil {
		t.Fatal(err)
	}
	if a.Len() < 2<<20 {
		t.Fatalf("document of %d bytes: too small to be flushed twice", a.Len())
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("streamed pages: %d bytes, differ from the %d bytes written whole", b.Len(), a.Len())
	}
}

// TestStreamPagesRefusesAliases checks that an alias, which needs the raw
// pages, is an error rather than a document with the alias unreplaced.
func TestStreamPagesRefusesAliases(t *testing.T) {
	var b bytes.Buffer
	if err := streamDoc(&b, true, 2, true); err == nil {
		t.Error("AliasNbPages with SetStreamPages: no error")
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestStreamPagesWriteError checks that a failing writer's error is
// returned from Output when the document is flushed as it is made.
func TestStreamPagesWriteError(t *testing.T) {
	if err := streamDoc(failWriter{}, true, 600, false); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Output to a failing writer: %v", err)
	}
}
