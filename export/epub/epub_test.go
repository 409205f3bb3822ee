package epub_test

import (
	"bytes"
	"errors"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/image/font/sfnt"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/epub"
	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/internal/testdoc"
	"github.com/offprint/offprint/internal/testtool"
)

// variant is one EPUB the tests produce and validate.
type variant struct {
	name  string
	write func(t *testing.T) []byte
}

func variants() []variant {
	return []variant{
		{"example", func(t *testing.T) []byte { return write(t, testdoc.Example(t), epub.Options{}) }},
		{"example-no-cover", func(t *testing.T) []byte { return write(t, testdoc.Example(t), epub.Options{NoCover: true}) }},
		{"example-webp-cover-fonts", func(t *testing.T) []byte {
			webp, err := os.ReadFile("testdata/blue-purple-pink.lossy.webp")
			if err != nil {
				t.Fatal(err)
			}
			return write(t, testdoc.Example(t), epub.Options{Cover: webp, EmbedFonts: true})
		}},
		{"cjk-title-no-cover", func(t *testing.T) []byte {
			doc := &content.Document{Meta: content.Meta{Title: "東京で一番小さな本屋", Language: "ja", Authors: []content.Author{{Name: "森岡督行"}}},
				Blocks: []content.Block{para(text("一冊の本だけを売る本屋。"))}}
			return write(t, doc, epub.Options{Warn: func(string) {}})
		}},
		{"rich-many-notes", func(t *testing.T) []byte { return write(t, richDoc(t, 300), epub.Options{MaxImagePx: 800}) }},
		{"book", func(t *testing.T) []byte {
			var buf bytes.Buffer
			book := bookOf(4, 1500)
			book.Articles = append(book.Articles, testdoc.Example(t), richDoc(t, 20))
			if err := epub.WriteBook(&buf, book, epub.Options{Warn: func(s string) { t.Errorf("warning: %s", s) }}); err != nil {
				t.Fatal(err)
			}
			return buf.Bytes()
		}},
	}
}

func TestInvariants(t *testing.T) {
	for _, v := range variants() {
		t.Run(v.name, func(t *testing.T) { checkInvariants(t, v.write(t)) })
	}
}

// TestEpubcheck validates every variant with epubcheck, all in one JVM: it
// must report no fatal error, error or warning.
func TestEpubcheck(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("epubcheck is slow; skipped in -short mode")
	}
	dir := t.TempDir()
	var paths []string
	for _, v := range variants() {
		f := filepath.Join(dir, v.name+".epub")
		if err := os.WriteFile(f, v.write(t), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, f)
	}
	for f, report := range testtool.EPUBCheckAll(t, paths) {
		t.Errorf("epubcheck %s:\n%s", filepath.Base(f), report)
	}
}

func TestReproducible(t *testing.T) {
	for _, v := range variants() {
		t.Run(v.name, func(t *testing.T) {
			a, b := v.write(t), v.write(t)
			if !bytes.Equal(a, b) {
				t.Errorf("two writes differ (%d and %d bytes)", len(a), len(b))
			}
		})
	}
}

func TestModified(t *testing.T) {
	doc := smallDoc()
	mod := time.Date(2025, 6, 1, 12, 30, 44, 0, time.UTC)
	p := readPkg(t, write(t, doc, epub.Options{Modified: mod}))
	opf := string(p.files["EPUB/package.opf"])
	if !strings.Contains(opf, `<meta property="dcterms:modified">2025-06-01T12:30:44Z</meta>`) {
		t.Errorf("dcterms:modified is not Options.Modified:\n%s", opf)
	}
	if !strings.Contains(opf, `<dc:date>2024-03-22</dc:date>`) {
		t.Errorf("dc:date is not the publication date")
	}
	// Without Options.Modified, the publication date is used.
	opf = string(readPkg(t, write(t, doc, epub.Options{})).files["EPUB/package.opf"])
	if !strings.Contains(opf, `<meta property="dcterms:modified">2024-03-22T00:00:00Z</meta>`) {
		t.Errorf("dcterms:modified is not the publication date")
	}
}

func TestIdentifier(t *testing.T) {
	id := func(doc *content.Document) string {
		opf := readPkg(t, write(t, doc, epub.Options{NoCover: true})).files["EPUB/package.opf"]
		return identifierRE.FindStringSubmatch(string(opf))[1]
	}
	a := smallDoc()
	b := smallDoc()
	b.Blocks = append(b.Blocks, para(text("One more paragraph.")))
	c := smallDoc()
	c.Meta.Identifier = "isbn:9780000000000"
	if ida, idb := id(a), id(b); ida == idb || !strings.HasPrefix(ida, "urn:uuid:") || ida != id(smallDoc()) {
		t.Errorf("identifiers: same content %q, other content %q", ida, idb)
	}
	if got := id(c); got != "isbn:9780000000000" {
		t.Errorf("the document's identifier is not kept: %q", got)
	}
}

func TestDoesNotModifyDocument(t *testing.T) {
	doc := richDoc(t, 5)
	before := content.DumpString(doc)
	write(t, doc, epub.Options{MaxImagePx: 100})
	if after := content.DumpString(doc); after != before {
		t.Error("Write changed the document")
	}
}

func TestCoverOptions(t *testing.T) {
	doc := smallDoc()
	tests := []struct {
		name    string
		opts    epub.Options
		want    []string // in the OPF
		notWant []string
		err     string
	}{
		{"drawn", epub.Options{}, []string{`properties="cover-image"`, `href="images/cover.png"`, `<meta name="cover" content="cover-image"/>`}, nil, ""},
		{"none", epub.Options{NoCover: true}, nil, []string{"cover"}, ""},
		{"jpeg", epub.Options{Cover: encodeJPEG(t, 400, 600)}, []string{`href="images/cover.jpg"`, `media-type="image/jpeg" properties="cover-image"`}, nil, ""},
		{"gif", epub.Options{Cover: encodeGIF(t, 40, 60)}, []string{`href="images/cover.gif"`}, nil, ""},
		{"not an image", epub.Options{Cover: []byte("hello")}, nil, nil, "cover image"},
		{"svg", epub.Options{Cover: []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`)}, nil, nil, "SVG is not supported"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := epub.Write(&buf, doc, tt.opts)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			opf := string(readPkg(t, buf.Bytes()).files["EPUB/package.opf"])
			for _, w := range tt.want {
				if !strings.Contains(opf, w) {
					t.Errorf("OPF lacks %q", w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(opf, w) {
					t.Errorf("OPF has %q", w)
				}
			}
		})
	}
}

// TestCoverScript checks that a title the embedded fonts cannot draw
// gets no cover at all (one warning, no cover image, landmark, guide
// reference or meta), while a title with a few undrawable characters
// still gets one.
func TestCoverScript(t *testing.T) {
	tests := []struct {
		title string
		cover bool
	}{
		{"A plain English headline", true},
		{"Tokyo’s tiniest bookshop sells one title a week 📚", true},
		{"Ελληνικά και Кириллица", true},
		{"Reading 東京 in translation", true},
		{"", true},
		{"مكتبة الإسكندرية تفتح قاعة جديدة للمخطوطات النادرة", false},
		{"東京で一番小さな本屋", false},
		{"“서울의 책방”", false},
		{"Q3: 東京の書店が増える理由とは", false},
		{"📚📚📚", false},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			doc := smallDoc()
			doc.Meta.Title = tt.title
			var warnings []string
			var buf bytes.Buffer
			if err := epub.Write(&buf, doc, epub.Options{Warn: func(s string) { warnings = append(warnings, s) }}); err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, buf.Bytes())
			p := readPkg(t, buf.Bytes())
			opf, nav := string(p.files["EPUB/package.opf"]), string(p.files["EPUB/nav.xhtml"])
			hasCover := strings.Contains(opf, "cover")
			if hasCover != tt.cover || strings.Contains(nav, `epub:type="cover"`) != tt.cover || (p.files["EPUB/xhtml/cover.xhtml"] != nil) != tt.cover {
				t.Errorf("cover in OPF %v, nav %v, file %v; want %v", hasCover, strings.Contains(nav, `epub:type="cover"`), p.files["EPUB/xhtml/cover.xhtml"] != nil, tt.cover)
			}
			noCover := 0
			for _, w := range warnings {
				if strings.HasPrefix(w, "no cover:") {
					noCover++
					if !strings.Contains(w, "--cover") {
						t.Errorf("warning %q does not say how to give a cover", w)
					}
				}
			}
			if want := map[bool]int{true: 0, false: 1}[tt.cover]; noCover != want || (!tt.cover && len(warnings) != 1) {
				t.Errorf("warnings %q, want %d about the missing cover and nothing else", warnings, want)
			}
		})
	}
}

func TestWarnings(t *testing.T) {
	doc := smallDoc()
	doc.Meta.Language = "not a language!"
	doc.Blocks = append(doc.Blocks,
		&content.Figure{Image: &content.Image{Data: []byte("garbage"), Source: "broken.png"}, Caption: tx("Kept caption.")},
		para(text("Calls a missing note"), &content.NoteRef{Note: 99}))
	var warnings []string
	var buf bytes.Buffer
	if err := epub.Write(&buf, doc, epub.Options{Warn: func(s string) { warnings = append(warnings, s) }}); err != nil {
		t.Fatal(err)
	}
	all := strings.Join(warnings, "\n")
	for _, w := range []string{"broken.png", "note call 99", "not a BCP 47 tag"} {
		if !strings.Contains(all, w) {
			t.Errorf("no warning about %q in:\n%s", w, all)
		}
	}
	p := readPkg(t, buf.Bytes())
	if !bytes.Contains(p.files["EPUB/xhtml/section-002.xhtml"], []byte("Kept caption.")) {
		t.Error("the caption of a figure whose image failed is lost")
	}
	checkInvariants(t, buf.Bytes())
}

func TestErrors(t *testing.T) {
	if err := epub.Write(&bytes.Buffer{}, nil, epub.Options{}); err == nil {
		t.Error("Write(nil) gave no error")
	}
	if err := epub.WriteBook(&bytes.Buffer{}, &content.Book{}, epub.Options{}); err == nil {
		t.Error("WriteBook of no articles gave no error")
	}
	if err := epub.Write(failingWriter{}, smallDoc(), epub.Options{}); err == nil {
		t.Error("a failing writer gave no error")
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestPandoc reads the EPUB back with pandoc, a real client: the headings
// and the notes (with their full URLs) must survive.
func TestPandoc(t *testing.T) {
	pandoc := testtool.Require(t, "pandoc")
	f := filepath.Join(t.TempDir(), "small.epub")
	if err := os.WriteFile(f, write(t, smallDoc(), epub.Options{}), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pandoc, "-f", "epub", "-t", "plain", "--wrap=none", f).CombinedOutput()
	if err != nil {
		t.Fatalf("pandoc: %v\n%s", err, out)
	}
	for _, want := range []string{"First section", "A subsection", "Second section", "A footnote with a link of its own", "https://example.net/", "https://example.org/a?b=1&c=2", "Example Times", "https://example.com/small"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("pandoc's text lacks %q:\n%s", want, out)
		}
	}
}

// TestWriteSamples writes every variant to $OFFPRINT_EPUB_SAMPLES, for
// looking at them in readers (mutool draw, calibre…); skipped otherwise.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("OFFPRINT_EPUB_SAMPLES")
	if dir == "" {
		t.Skip("set OFFPRINT_EPUB_SAMPLES to a folder to write sample EPUBs")
	}
	for _, v := range variants() {
		if err := os.WriteFile(filepath.Join(dir, v.name+".epub"), v.write(t), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestConcurrentWrites writes from several goroutines at once: go-epub's
// storage is process-global, and the writer must serialise its use (run
// with -race).
func TestConcurrentWrites(t *testing.T) {
	want := write(t, smallDoc(), epub.Options{NoCover: true})
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			var buf bytes.Buffer
			err := epub.Write(&buf, smallDoc(), epub.Options{NoCover: true})
			if err == nil && !bytes.Equal(buf.Bytes(), want) {
				err = errors.New("concurrent write gave different bytes")
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestLanguageLabels(t *testing.T) {
	doc := smallDoc()
	doc.Meta.Language = "de-AT"
	p := readPkg(t, write(t, doc, epub.Options{}))
	nav := string(p.files["EPUB/nav.xhtml"])
	for _, want := range []string{`lang="de-AT"`, "<h1>Inhalt</h1>", `notes.xhtml#endnotes">Anmerkungen</a>`} {
		if !strings.Contains(nav, want) {
			t.Errorf("nav lacks %q", want)
		}
	}
	if title := string(p.files["EPUB/xhtml/title.xhtml"]); !strings.Contains(title, "Von Ada Writer und Bo Editor") {
		t.Errorf("German byline missing:\n%s", title)
	}
}

// TestRightToLeft checks an Arabic article: page progression and
// direction are right to left, and no cover is drawn (the embedded
// Latin/Greek/Cyrillic font cannot draw its title).
func TestRightToLeft(t *testing.T) {
	doc := &content.Document{
		Meta:   content.Meta{Title: "عنوان المقال", Language: "ar"},
		Blocks: []content.Block{para(text("نص الفقرة الأولى."))},
	}
	var warnings []string
	var buf bytes.Buffer
	if err := epub.Write(&buf, doc, epub.Options{Warn: func(s string) { warnings = append(warnings, s) }}); err != nil {
		t.Fatal(err)
	}
	p := readPkg(t, buf.Bytes())
	if opf := string(p.files["EPUB/package.opf"]); !strings.Contains(opf, `<spine toc="ncx" page-progression-direction="rtl">`) {
		t.Error("no right-to-left page progression")
	}
	if x := string(p.files["EPUB/xhtml/title.xhtml"]); !strings.Contains(x, `lang="ar" xml:lang="ar" dir="rtl"`) {
		t.Error("no dir=rtl on <html>")
	}
	if len(warnings) != 1 || !strings.HasPrefix(warnings[0], "no cover:") {
		t.Errorf("warnings = %q, want one: no cover", warnings)
	}
	checkInvariants(t, buf.Bytes())
	if dir := os.Getenv("OFFPRINT_EPUB_SAMPLES"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, "rtl.epub"), buf.Bytes(), 0o644)
	}
}

func TestBook(t *testing.T) {
	book := bookOf(3, 500)
	bad := smallDoc()
	bad.Blocks = append(bad.Blocks, &content.Heading{Level: 2, Inlines: tx("Notes")}, para(text("x"), &content.NoteRef{Note: 42}))
	content.AssignIDs(bad)
	book.Articles = append(book.Articles, nil, bad)
	var warnings []string
	var buf bytes.Buffer
	if err := epub.WriteBook(&buf, book, epub.Options{Warn: func(s string) { warnings = append(warnings, s) }}); err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, buf.Bytes())
	p := readPkg(t, buf.Bytes())
	nav := string(p.files["EPUB/nav.xhtml"])
	for _, want := range []string{
		`<li><a href="xhtml/chapter-001.xhtml">Article 1:`,
		`<li><a href="xhtml/chapter-001.xhtml#section-1">Section 1</a></li>`,
		`<li><a href="xhtml/chapter-001.xhtml#endnotes">Notes</a></li>`,
		`<li><a href="xhtml/chapter-004.xhtml#notes">Notes</a></li>`,
		`<li><a href="xhtml/chapter-004.xhtml">A small &#60;test&#62; &#38; article</a>`,
		`epub:type="bodymatter" href="xhtml/chapter-001.xhtml"`,
	} {
		if !strings.Contains(nav, want) {
			t.Errorf("nav lacks %s", want)
		}
	}
	opf := string(p.files["EPUB/package.opf"])
	for _, want := range []string{"<dc:title id=\"title\">Collected articles</dc:title>", ">Author 1</dc:creator>", ">Ada Writer</dc:creator>"} {
		if !strings.Contains(opf, want) {
			t.Errorf("OPF lacks %s", want)
		}
	}
	if len(warnings) != 1 || !strings.HasPrefix(warnings[0], "article 4 (A small <test> & article): note call 42") {
		t.Errorf("warnings = %q", warnings)
	}
}

// TestEmbedFontsSubset checks that --embed-fonts embeds subsets: each face
// a small fraction of the full font, and holding a glyph for every
// character of the book's text that the full font has.
func TestEmbedFontsSubset(t *testing.T) {
	p := readPkg(t, write(t, testdoc.Example(t), epub.Options{EmbedFonts: true}))
	full, err := sfnt.Parse(fonts.MustGet(fonts.Regular).Data)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := sfnt.Parse(p.files["EPUB/fonts/NotoSerif-Regular.ttf"])
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Regular", "Italic", "Bold", "BoldItalic"} {
		if n := len(p.files["EPUB/fonts/NotoSerif-"+name+".ttf"]); n == 0 || n > 60<<10 {
			t.Errorf("NotoSerif-%s.ttf is %d bytes", name, n)
		}
	}
	var buf sfnt.Buffer
	for name, data := range p.files {
		if !strings.HasSuffix(name, ".xhtml") {
			continue
		}
		text := html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(string(data), ""))
		for _, r := range text {
			if r < ' ' {
				continue
			}
			if g, _ := full.GlyphIndex(&buf, r); g == 0 {
				continue
			}
			if g, _ := sub.GlyphIndex(&buf, r); g == 0 {
				t.Errorf("%s: %q has no glyph in the subset", name, r)
			}
		}
	}
}
