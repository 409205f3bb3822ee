package pdf

import (
	"bytes"
	"encoding/xml"
	"github.com/offprint/offprint/internal/testtool"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/offprint/offprint/internal/fpdf"

	"github.com/offprint/offprint/content"
)

// decodeText decodes a PDF text string written as UTF-16BE with a byte
// order mark, or reports why it is not one.
func decodeText(t *testing.T, what, s string) string {
	t.Helper()
	if len(s) < 2 || s[:2] != "\xfe\xff" || len(s)%2 != 0 {
		t.Fatalf("%s %q is not UTF-16BE with a byte order mark", what, s)
	}
	u := make([]uint16, 0, len(s)/2)
	for i := 2; i < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

func TestInfoOutsideBMP(t *testing.T) {
	tests := []struct {
		name string
		meta content.Meta
		get  func(*fpdf.Fpdf) string
		want string
	}{
		{"title", content.Meta{Title: "Tokyo’s tiniest bookshop sells one title a week 📚"}, (*fpdf.Fpdf).GetTitle,
			"Tokyo’s tiniest bookshop sells one title a week 📚"},
		{"author", content.Meta{Authors: []content.Author{{Name: "Zoë 👍"}, {Name: "Aiko"}}}, (*fpdf.Fpdf).GetAuthor, "Zoë 👍, Aiko"},
		{"subject", content.Meta{Description: "a 𝄞 clef and 🍵"}, (*fpdf.Fpdf).GetSubject, "a 𝄞 clef and 🍵"},
		{"keywords", content.Meta{Keywords: []string{"books", "𠮷野家"}}, (*fpdf.Fpdf).GetKeywords, "books, 𠮷野家"},
		{"invalid UTF-8", content.Meta{Title: "caf\xe9 \xf0\x9f"}, (*fpdf.Fpdf).GetTitle, "caf\ufffd \ufffd"},
		{"truncated UTF-8", content.Meta{Title: "ab\xe2"}, (*fpdf.Fpdf).GetTitle, "ab\ufffd"},
		{"creator", content.Meta{}, (*fpdf.Fpdf).GetCreator, "offprint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pdf := fpdf.New("P", "pt", "A4", "")
			setMeta(pdf, tt.meta, time.Unix(0, 0).UTC(), "")
			if got := decodeText(t, tt.name, tt.get(pdf)); got != tt.want {
				t.Errorf("%s = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

func TestInfoEmptyOmitted(t *testing.T) {
	pdf := fpdf.New("P", "pt", "A4", "")
	setMeta(pdf, content.Meta{}, time.Unix(0, 0).UTC(), "")
	for name, s := range map[string]string{"title": pdf.GetTitle(), "author": pdf.GetAuthor(), "subject": pdf.GetSubject(), "keywords": pdf.GetKeywords()} {
		if s != "" {
			t.Errorf("%s = %q, want none", name, s)
		}
	}
}

// TestBookmarkTitleOutsideBMP checks that a bookmark title comes out of
// fpdf's BookmarkUTF8, with no font selected, as UTF-16BE with surrogate
// pairs.
func TestBookmarkTitleOutsideBMP(t *testing.T) {
	for _, title := range []string{"Books 📚 and tea 🍵", "plain", "Zoë’s 𠮷", "bad \xf0\x9f end"} {
		pdf := fpdf.New("P", "pt", "A4", "")
		pdf.SetCompression(false)
		pdf.AddPage()
		pdf.BookmarkUTF8(title, 0, 0)
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatal(err)
		}
		want := []byte("/Title (" + infoString(strings.ToValidUTF8(title, "\ufffd")) + ")")
		if !bytes.Contains(testtool.Unpacked(buf.Bytes()), want) {
			t.Errorf("bookmark %q: the PDF lacks %q", title, want)
		}
	}
}

// TestXMPWellFormed checks that the XMP packet parses as XML whatever the
// metadata holds: markup characters, control characters, invalid UTF-8.
func TestXMPWellFormed(t *testing.T) {
	m := content.Meta{
		Title:       "Fish & <chips> \x01\x1b[0m \xff 📚",
		Authors:     []content.Author{{Name: "\"Zoë\" \x00"}},
		Description: "tab\tand\nnewline \uFFFE",
		Keywords:    []string{"a\x7fb", "c]]>d"},
		Publisher:   "P\x0c",
		SourceURL:   "https://x.org/?a=1&b=2",
		Rights:      "© \x08",
	}
	packet := xmp(m, authorNames(m), m.Description, "en", "offprint\x02", time.Unix(0, 0).UTC())
	dec := xml.NewDecoder(bytes.NewReader(packet))
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("XMP is not well-formed XML: %v\n%s", err, packet)
		}
		if cd, ok := tok.(xml.CharData); ok {
			text.Write(cd)
		}
	}
	for _, want := range []string{"Fish & <chips> [0m \uFFFD 📚", "\"Zoë\" ", "c]]>d", "https://x.org/?a=1&b=2"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("XMP text lacks %q:\n%s", want, text.String())
		}
	}
}

// TestOutlineTitleOutsideBMP checks that Write passes heading titles
// through BookmarkUTF8: an emoji in a heading reaches the outline as a
// UTF-16 surrogate pair, not cut to 16 bits.
func TestOutlineTitleOutsideBMP(t *testing.T) {
	doc := &content.Document{Meta: content.Meta{Title: "Tea"}, Blocks: []content.Block{
		&content.Heading{Level: 2, Inlines: content.T("Tea 🍵 time")},
		&content.Paragraph{Inlines: content.T("Some text.")},
	}}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	var buf bytes.Buffer
	if err := Write(&buf, doc, Options{}); err != nil {
		t.Fatal(err)
	}
	if want := []byte("/Title (" + infoString("Tea 🍵 time") + ")"); !bytes.Contains(testtool.Unpacked(buf.Bytes()), want) {
		t.Errorf("the outline lacks %q", want)
	}
}
