package epub

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/goepub"
)

// goEpubSection is the reference packSection replaces: the section as
// go-epub writes it (AddSection, WriteTo), read back from its zip and
// fixed the way offprint fixed it before sections were packed as they
// were rendered.
func goEpubSection(t *testing.T, title, lang, body string) []byte {
	t.Helper()
	e, err := goepub.NewEpub("Book")
	if err != nil {
		t.Fatal(err)
	}
	e.Client = &http.Client{Transport: offline{}}
	css, err := e.AddCSS(dataURL("text/css", []byte("p {}")), "style.css")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.AddSection(body, title, "s.xhtml", css); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := e.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	arc, err := readArchive(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	data, err := arc.read(xhtmlFolder + "/s.xhtml")
	if err != nil {
		t.Fatal(err)
	}
	if data, err = fixHTML(data, lang); err != nil {
		t.Fatal(err)
	}
	return data
}

// fixHTML adds lang and xml:lang to the <html> element go-epub wrote,
// drops the epub: namespace declaration when the file does not use it,
// and writes character references as numbers.
func fixHTML(data []byte, lang string) ([]byte, error) {
	if !bytes.Contains(data, []byte(" epub:type=")) {
		data = bytes.Replace(data, []byte(epubNS), nil, 1)
	}
	data = []byte(namedRefs.Replace(string(data)))
	i := bytes.Index(data, []byte(goEpubHTML))
	if i < 0 || i > 512 {
		return nil, errors.New("go-epub's XHTML has no <html> element where expected")
	}
	at := i + len(goEpubHTML)
	attrs := langAttrs(lang)
	out := make([]byte, 0, len(data)+len(attrs))
	out = append(out, data[:at]...)
	out = append(out, attrs...)
	return append(out, data[at:]...), nil
}

// TestPackSection: a section packed as it is rendered has the bytes
// go-epub's file had after offprint's fixes, and its zip entry the bytes
// zip.Writer writes when it compresses the file itself (example EPUBs
// stay byte for byte the same).
func TestPackSection(t *testing.T) {
	long := strings.Repeat("<p class=\"x\">Lorem ipsum dolor sit amet, &#38; “quoted” text.</p>\n", 5000)
	for _, tt := range []struct{ name, title, lang, body string }{
		{"plain", "Part 1", "en", "<h2 id=\"a\">Part 1</h2>\n<p>Text.</p>"},
		{"escaped title", `Tom & Jerry's <b> "x"`, "fr", "<p>x</p>"},
		{"epub:type", "Notes", "de", `<section epub:type="endnotes" role="doc-endnotes"><p>n</p></section>`},
		{"epub:type in title", "a epub:type= b", "en", "<p>x</p>"},
		{"named references in body", "T", "en", "<p>&amp; &lt; &gt; &quot; &apos;</p>"},
		{"empty body", "", "en", ""},
		{"right to left", "عنوان", "ar", "<p dir=\"rtl\">نص</p>"},
		{"long", "Long", "en", long},
	} {
		t.Run(tt.name, func(t *testing.T) {
			title := label(tt.title, "Untitled")
			var pk packer
			p, err := pk.packSection(title, tt.lang, tt.body)
			if err != nil {
				t.Fatal(err)
			}
			want := goEpubSection(t, title, tt.lang, tt.body)
			got, err := io.ReadAll(flateReader(p.data))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("packed section:\n%.600s\nwant:\n%.600s", got, want)
			}
			when := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
			if a, b := zipOf(t, func(z *zip.Writer) error { return zipDeflate(z, "EPUB/s.xhtml", want, when) }),
				zipOf(t, func(z *zip.Writer) error { return packedFile(z, "EPUB/s.xhtml", p, when) }); !bytes.Equal(a, b) {
				t.Errorf("zip with the packed entry differs from the compressed one (%d and %d bytes)", len(b), len(a))
			}
		})
	}
}

// TestPackerReused: a packer gives the same bytes for a section whatever
// it packed before.
func TestPackerReused(t *testing.T) {
	var fresh, used packer
	if _, err := used.packSection("First", "en", strings.Repeat("<p>other words</p>", 900)); err != nil {
		t.Fatal(err)
	}
	a, err := fresh.packSection("T", "en", "<p>same</p>")
	if err != nil {
		t.Fatal(err)
	}
	b, err := used.packSection("T", "en", "<p>same</p>")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.data, b.data) || a.crc != b.crc || a.size != b.size {
		t.Error("a reused packer packs differently")
	}
}

func zipOf(t *testing.T, add func(*zip.Writer) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	if err := add(z); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func flateReader(data []byte) io.Reader { return flate.NewReader(bytes.NewReader(data)) }

// TestSectionsHeldCompressed: issue 14 (EPUB memory). The builder keeps
// each rendered section only compressed, so a long article's text is not
// held again, uncompressed, until the package is written.
func TestSectionsHeldCompressed(t *testing.T) {
	doc := &content.Document{Meta: content.Meta{Title: "Long"}}
	for i := range 200 {
		doc.Blocks = append(doc.Blocks, h(2, "Part "+strconv.Itoa(i+1)))
		for range 20 {
			doc.Blocks = append(doc.Blocks, p(strings.Repeat("Some words of a long article, and more of them. ", 12)))
		}
	}
	b := newBuilder(Options{})
	b.addArticle(doc)
	var held, size uint64
	for _, f := range b.files {
		held += uint64(len(f.packed.data))
		size += f.packed.size
	}
	if len(b.files) != 201 || held == 0 || held > size/4 {
		t.Errorf("%d files hold %d bytes for %d bytes of XHTML", len(b.files), held, size)
	}
}

// zipDeflate writes a file compressed by zip.Writer itself, which
// packedFile's entries must equal.
func zipDeflate(z *zip.Writer, name string, data []byte, t time.Time) error {
	w, err := z.CreateHeader(header(name, zip.Deflate, t))
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}
