package pdf_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/offprint/offprint/check"
	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/pdf"
	"github.com/offprint/offprint/internal/testtool"
	"github.com/offprint/offprint/layout"
)

var date = time.Date(2024, 3, 25, 12, 0, 0, 0, time.UTC)

func write(t *testing.T, doc *content.Document, opts pdf.Options) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := pdf.Write(&buf, doc, opts); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, buf.Bytes()
}

// TestExampleTools writes the example on every paper and checks it with
// qpdf, pdffonts, pdftotext and mutool (skipped when missing, failing in
// CI) and with offprint's own checker.
func TestExampleTools(t *testing.T) {
	doc := example(t)
	for _, paper := range []string{"a4", "letter", "a5", "ereader"} {
		t.Run(paper, func(t *testing.T) {
			var stats layout.Stats
			path, _ := write(t, doc, pdf.Options{Style: style(t, paper), Modified: date, Stats: &stats})
			if stats.Pages == 0 || stats.NotesLost != 0 || stats.NotesOffPage != 0 || stats.Overfull != 0 {
				t.Errorf("stats: %v", stats)
			}
			if problems, err := check.File(path); err != nil || len(problems) > 0 {
				t.Errorf("check: %v %v", err, problems)
			}
			testtool.QPDFCheck(t, path)
			testtool.FontsEmbedded(t, path)
			text := squeeze(testtool.PDFText(t, path))
			for _, b := range doc.Blocks {
				if p, ok := b.(*content.Paragraph); ok {
					if want := squeeze(content.PlainText(p.Inlines)); !inChunks(text, want, 4) {
						t.Errorf("pdftotext does not show the paragraph %.60q", want)
					}
				}
			}
			if !strings.Contains(text, squeeze(doc.Notes[0].URL)) {
				t.Errorf("the source URL %s is not printed", doc.Notes[0].URL)
			}
			outline := testtool.Run(t, "mutool", "show", path, "outline")
			for _, h := range []string{"What we know about ISIS and its affiliates now", "Enter: ISIS-K.", "How to understand the ISIS threat now"} {
				if !strings.Contains(outline, h) {
					t.Errorf("outline lacks %q:\n%s", h, outline)
				}
			}
		})
	}
}

// TestReproducible writes twice and compares the bytes.
func TestReproducible(t *testing.T) {
	doc := richDocument(t)
	_, a := write(t, doc, pdf.Options{Modified: date})
	_, b := write(t, doc, pdf.Options{Modified: date})
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same document differ")
	}
	_, c := write(t, doc, pdf.Options{Modified: date.Add(time.Hour)})
	if bytes.Equal(a, c) {
		t.Error("the date does not reach the PDF")
	}
	if !bytes.Contains(a, []byte("D:20240325120000")) {
		t.Error("the PDF does not carry Options.Modified")
	}
}

// TestRichDocument covers every block, links, notes, images, missing
// glyphs and metadata.
func TestRichDocument(t *testing.T) {
	doc := richDocument(t)
	before := content.DumpString(doc)
	var warnings []string
	// the embedded faces only: what they lack is missing on every machine
	st := layout.DefaultStyle()
	st.NoSystemFonts = true
	path, data := write(t, doc, pdf.Options{Style: st, Modified: date, Warn: func(s string) { warnings = append(warnings, s) }})
	if content.DumpString(doc) != before {
		t.Error("Write modified the document")
	}
	all := strings.Join(warnings, "\n")
	for _, want := range []string{"U+1F600", "U+4E2D", "U+6587", "chart.svg"} {
		if strings.Count(all, want) != 1 {
			t.Errorf("want one warning naming %s, got:\n%s", want, all)
		}
	}
	data = testtool.Unpacked(data) // the dictionaries are in object streams
	for _, want := range []string{"/URI (https://example.com/a/long/path/to/a/page?query=1&other=2)", "/Lang (en-GB)", "/TrimBox", "/Subtype /Image", "<dc:title>", "Ada Lovelace"} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("PDF lacks %q", want)
		}
	}
	if n := bytes.Count(data, []byte("/Dest [")); n < 4 {
		t.Errorf("%d internal links, want calls and notes linked both ways", n)
	}
	testtool.QPDFCheck(t, path)
	testtool.FontsEmbedded(t, path)
	text := testtool.PDFText(t, path)
	for _, want := range []string{"A gradient.", "Offprint tests", "first item", "10.", "fmt.Println", "Value", "A chart.", "\uFFFD", "Ada writes tests."} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext lacks %q", want)
		}
	}
	if !strings.Contains(squeeze(text), "https://example.com/a/long/path/to/a/page?query=1&other=2") {
		t.Error("the link's URL is not printed in full")
	}
	outline := testtool.Run(t, "mutool", "show", path, "outline")
	if !strings.Contains(outline, "A section – “Čeština”") || !strings.Contains(outline, "A subsection") {
		t.Errorf("outline:\n%s", outline)
	}
}

func TestWriteBook(t *testing.T) {
	book := &content.Book{Meta: content.Meta{Title: "Two articles"}, Articles: []*content.Document{example(t), richDocument(t)}}
	var stats layout.Stats
	var buf bytes.Buffer
	st := style(t, "a5")
	st.Duplex = true
	if err := pdf.WriteBook(&buf, book, pdf.Options{Style: st, Modified: date, Stats: &stats}); err != nil {
		t.Fatal(err)
	}
	if stats.NotesLost != 0 || stats.NotesOffPage != 0 {
		t.Errorf("stats: %v", stats)
	}
	path := filepath.Join(t.TempDir(), "book.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	testtool.QPDFCheck(t, path)
	outline := testtool.Run(t, "mutool", "show", path, "outline")
	if !strings.Contains(outline, "Everything at once") || !strings.Contains(outline, "Enter: ISIS-K.") {
		t.Errorf("book outline:\n%s", outline)
	}
}

func TestErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := pdf.Write(&buf, nil, pdf.Options{}); err == nil {
		t.Error("nil document: want an error")
	}
	if err := pdf.WriteBook(&buf, &content.Book{}, pdf.Options{}); err == nil {
		t.Error("empty book: want an error")
	}
	bad := layout.DefaultStyle()
	bad.Align = "center"
	if err := pdf.Write(&buf, example(t), pdf.Options{Style: bad}); err == nil {
		t.Error("bad style: want an error")
	}
	empty := &content.Document{}
	if err := pdf.Write(&buf, empty, pdf.Options{}); err != nil {
		t.Errorf("empty document: %v", err)
	}
}
