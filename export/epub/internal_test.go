package epub

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/image/font"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/internal/testtool"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{`a<b>&"c"`, "a&#60;b&#62;&#38;&#34;c&#34;"},
		{"tab\tnew\nline", "tab\tnew\nline"},
		{"bell\x07nul\x00", "bellnul"},
		{"bad \xff utf8", "bad  utf8"},
		{"non-char \uFFFE\uFFFF end", "non-char  end"},
		{"curly “quotes” — dash", "curly “quotes” — dash"},
	}
	for _, tt := range tests {
		if got := escape(tt.in); got != tt.want {
			t.Errorf("escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsNCName(t *testing.T) {
	tests := map[string]bool{"a": true, "what-we-know": true, "_x.1": true, "": false, "1abc": false, "a b": false, "a:b": false, "é": false, "-a": false}
	for in, want := range tests {
		if got := isNCName(in); got != want {
			t.Errorf("isNCName(%q) = %v", in, got)
		}
	}
}

func TestUUIDV5(t *testing.T) {
	dns := [16]byte{0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}
	// The example of Python's uuid module documentation.
	if got, want := uuidV5(dns, "python.org"), "886313e1-3b8a-5372-9b90-0c9aee199e5d"; got != want {
		t.Errorf("uuidV5 = %s, want %s", got, want)
	}
}

func h(level int, s string) *content.Heading {
	return &content.Heading{Level: level, Inlines: content.T(s)}
}

func p(s string) *content.Paragraph { return &content.Paragraph{Inlines: content.T(s)} }

// outline renders the split as "lead:n | heading:n | …" (n blocks each).
func outline(lead []content.Block, secs []section) string {
	parts := []string{"lead:" + strconv.Itoa(len(lead))}
	for _, s := range secs {
		parts = append(parts, content.PlainText(s.heading.Inlines)+":"+strconv.Itoa(len(s.blocks)))
	}
	return strings.Join(parts, " | ")
}

func TestSplitSections(t *testing.T) {
	tests := []struct {
		name   string
		blocks []content.Block
		want   string
	}{
		{"no headings", []content.Block{p("a"), p("b")}, "lead:2"},
		{"level 2 sections", []content.Block{p("a"), h(2, "A"), p("b"), h(3, "A.1"), p("c"), h(2, "B"), p("d")}, "lead:1 | A:3 | B:1"},
		{"level 1 and 2 both split", []content.Block{h(1, "Part"), p("a"), h(2, "A"), p("b"), h(3, "A.1")}, "lead:0 | Part:1 | A:2"},
		{"top level 3 splits at 3", []content.Block{p("a"), h(3, "A"), p("b"), h(4, "A.1"), h(3, "B")}, "lead:1 | A:2 | B:0"},
		{"heading inside a quote does not split", []content.Block{p("a"), &content.Quote{Blocks: []content.Block{h(2, "Q")}}, p("b")}, "lead:3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := outline(splitSections(tt.blocks)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestByline(t *testing.T) {
	a := func(names ...string) []content.Author {
		var out []content.Author
		for _, n := range names {
			out = append(out, content.Author{Name: n})
		}
		return out
	}
	tests := []struct {
		authors []content.Author
		lang    string
		want    string
	}{
		{nil, "en", ""},
		{a("Ann"), "en", "By Ann"},
		{a("Ann", " ", "Bob"), "en-US", "By Ann and Bob"},
		{a("Ann", "Bob", "Cy"), "en", "By Ann, Bob and Cy"},
		{a("Ann", "Bob"), "fr-CA", "Par Ann et Bob"},
		{a("Ann", "Bob"), "ja", "Ann, Bob"},
	}
	for _, tt := range tests {
		if got := byline(tt.authors, tt.lang); got != tt.want {
			t.Errorf("byline(%v, %s) = %q, want %q", tt.authors, tt.lang, got, tt.want)
		}
	}
}

func TestTOCNesting(t *testing.T) {
	doc := &content.Document{Blocks: []content.Block{h(2, "A"), h(4, "A.1.1"), h(3, "A.2"), h(2, "B"), h(2, "")}}
	content.AssignIDs(doc)
	a := newArticle(newBuilder(Options{}), doc, "en")
	a.place("f.xhtml", doc.Blocks)
	var sb strings.Builder
	var dump func(es []*tocEntry, indent string)
	dump = func(es []*tocEntry, indent string) {
		for _, e := range es {
			sb.WriteString(indent + e.label + " " + e.href + "\n")
			dump(e.kids, indent+"  ")
		}
	}
	dump(a.tocEntries(doc.Blocks), "")
	empty := a.headingID[doc.Blocks[4].(*content.Heading)]
	want := "A f.xhtml#a\n  A.1.1 f.xhtml#a-1-1\n  A.2 f.xhtml#a-2\nB f.xhtml#b\nSection f.xhtml#" + empty + "\n"
	if sb.String() != want {
		t.Errorf("TOC:\n%s\nwant:\n%s", sb.String(), want)
	}
}

func TestHeadingIDs(t *testing.T) {
	doc := &content.Document{Blocks: []content.Block{h(2, "Intro"), h(2, "Intro"), h(2, "Notes"), h(2, "Note 1"), h(2, "Endnotes")}}
	doc.Blocks[0].(*content.Heading).ID = "1 bad id"
	doc.Blocks[1].(*content.Heading).ID = "noteref-1" // a writer's prefix
	doc.Blocks[2].(*content.Heading).ID = "ok-id"
	doc.Blocks[3].(*content.Heading).ID = "note-1" // its slug has the prefix too
	doc.Blocks[4].(*content.Heading).ID = "endnotes"
	a := newArticle(newBuilder(Options{}), doc, "en")
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, a.headingID[b.(*content.Heading)])
	}
	if strings.Join(got, " ") != "intro intro-2 ok-id s-note-1 s-endnotes" {
		t.Errorf("heading ids = %v", got)
	}
}

func pngOf(t *testing.T, w, h int) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestPrepareImage(t *testing.T) {
	webp, err := os.ReadFile("testdata/gopher-doc.with-alpha.lossless.webp")
	if err != nil {
		t.Fatal(err)
	}
	lossy, err := os.ReadFile("testdata/blue-purple-pink.lossy.webp")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		data     []byte
		maxPx    int
		want     string // name, media type, size
		wantErr  string
		sameData bool
	}{
		{"small png passes", pngOf(t, 30, 20), 100, "f.png image/png 30x20", "", true},
		{"large png scales", pngOf(t, 300, 200), 100, "f.png image/png 100x66", "", false},
		{"tall png scales", pngOf(t, 20, 400), 100, "f.png image/png 5x100", "", false},
		{"webp with alpha to png", webp, 2000, "f.png image/png", "", false},
		{"opaque webp to jpeg", lossy, 2000, "f.jpg image/jpeg", "", false},
		{"svg passes", []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>`), 100, "f.svg image/svg+xml 0x0", "", true},
		{"svg with script", []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>`), 100, "", "script", false},
		{"svg with remote image", []byte(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://e.com/a.png"/></svg>`), 100, "", "remote", false},
		{"broken svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg"><g></svg>`), 100, "", "well-formed", false},
		{"svg without namespace", []byte(`<svg><g/></svg>`), 100, "", "namespace", false},
		{"text", []byte("hello"), 100, "", "not a JPEG", false},
		{"truncated png", pngOf(t, 30, 20)[:20], 100, "", "png", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			im, err := prepareImage(tt.data, "f", tt.maxPx)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := im.name + " " + im.mediaType + " " + strconv.Itoa(im.width) + "x" + strconv.Itoa(im.height)
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if tt.sameData != bytes.Equal(im.data, tt.data) {
				t.Errorf("data passed through unchanged = %v, want %v", !tt.sameData, tt.sameData)
			}
			if im.mediaType != "image/svg+xml" {
				if _, _, err := image.Decode(bytes.NewReader(im.data)); err != nil {
					t.Errorf("output does not decode: %v", err)
				}
			}
		})
	}
}

// TestCoverFit checks that headlines of every length fit the cover's title
// box: short ones large, long ones smaller, absurd ones cut with an
// ellipsis, never wider than the box, and a word broken between letters
// only when it is wider than the box at the smallest size.
func TestCoverFit(t *testing.T) {
	c := newCanvas(coverW, coverH, nil)
	width, height := coverW-2*coverMargin, titleBottom-titleTop
	tests := []struct {
		title        string
		minPx, maxPx float64
		wantEllipsis bool
	}{
		{"Short", titleMaxPx, titleMaxPx, false},
		{"ISIS-K has become a global terror threat while the world has been distracted", 70, titleMaxPx, false},
		{strings.Repeat("A very long headline that goes on and on ", 30), titleMinPx, titleMinPx, true},
		{strings.Repeat("Unbreakable", 20), titleMinPx, titleMaxPx, false},
		{"Dwutygodnik.com: Internationalization", titleMinPx, 130, false},
	}
	smallest, _, err := c.fit(fonts.Bold, "x", width, height, titleMinPx, titleMinPx, 0)
	if err != nil {
		t.Fatal(err)
	}
	wordsFitAt := func(face font.Face, text string, width int) bool {
		for _, w := range strings.Fields(text) {
			if measure(face, w) > width {
				return false
			}
		}
		return true
	}
	for _, tt := range tests {
		face, lines, err := c.fit(fonts.Bold, tt.title, width, height, titleMaxPx, titleMinPx, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			if w := measure(face, l); w > width {
				t.Errorf("%.20q: line %q is %d px wide, box is %d", tt.title, l, w, width)
			}
		}
		if !tt.wantEllipsis && wordsFitAt(smallest, tt.title, width) && strings.Join(lines, " ") != strings.Join(strings.Fields(tt.title), " ") {
			t.Errorf("%.20q: a word is broken between letters: %q", tt.title, lines)
		}
		if len(lines)*lineHeight(face) > height {
			t.Errorf("%.20q: %d lines do not fit %d px", tt.title, len(lines), height)
		}
		if got := strings.HasSuffix(lines[len(lines)-1], "…"); got != tt.wantEllipsis {
			t.Errorf("%.20q: ellipsis = %v", tt.title, got)
		}
	}
}

func TestCoverDrawsText(t *testing.T) {
	var warned []string
	im, err := drawCover(content.Meta{Title: "Hello 世界", Publisher: "Pub"}, "en", nil, func(s string) { warned = append(warned, s) })
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(im.data))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != coverW || b.Dy() != coverH {
		t.Errorf("cover is %v", b)
	}
	if dark := titleInk(img); dark < 500 {
		t.Errorf("the title box has only %d dark samples: no headline drawn?", dark)
	}
	if len(warned) != 1 || !strings.Contains(warned[0], "世界") {
		t.Errorf("warnings = %q, want one about the missing glyphs", warned)
	}
}

// BenchmarkDrawCover draws the cover of the sample article.
func BenchmarkDrawCover(b *testing.B) {
	m := content.Meta{Title: "ISIS-K has become a global terror threat while the world has been distracted", Authors: []content.Author{{Name: "Ellen Ioanes"}}, Publisher: "Vox"}
	for b.Loop() {
		if _, err := drawCover(m, "en", nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func TestURI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/a?b=1&c=2#f", "https://example.com/a?b=1&c=2#f"},
		{"https://example.com/a b", "https://example.com/a%20b"},
		{"https://例え.jp/パス?q=ü|x#frag", "https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9?q=%C3%BC%7Cx#frag"},
		{"https://x.org:8080/%E2%80%94", "https://x.org:8080/%E2%80%94"},
		{"mailto:someone@example.com", "mailto:someone@example.com"},
		{"https://x.org/%zz", ""},
		{"http://www2.sagawa-/x", ""},
		{"http://-bad.example/", ""},
		{"http://a..b/", ""},
		{"http:///path", ""},
		{"https://example.com./a", "https://example.com./a"},
		{"http://127.0.0.1:8080/x", "http://127.0.0.1:8080/x"},
		{"http://[::1]/x", "http://[::1]/x"},
		{"https://my_site.blogspot.com/", "https://my_site.blogspot.com/"},
	}
	for _, tt := range tests {
		if got := uri(tt.in); got != tt.want {
			t.Errorf("uri(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRTL(t *testing.T) {
	for lang, want := range map[string]bool{"ar": true, "he": true, "fa-IR": true, "ur": true, "az-Arab": true, "en": false, "az": false, "ru": false, "zh-Hant": false} {
		if got := rtl(lang); got != want {
			t.Errorf("rtl(%q) = %v", lang, got)
		}
	}
}

func TestBreakableURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://vox.com", "https://<wbr/>vox.<wbr/>com"},
		{"https://example.org/a?b=1&c=2", "https://<wbr/>example.<wbr/>org/<wbr/>a?<wbr/>b=1&#38;<wbr/>c=2"},
		{"http://x.org/a//b-.c/", "http://<wbr/>x.<wbr/>org/<wbr/>a//<wbr/>b-.<wbr/>c/"},
		{"mailto:ada@example.org", "mailto:ada@example.<wbr/>org"},
		{"https://", "https://"},
		{"plain", "plain"},
	} {
		p := &page{}
		p.breakable(tc.in)
		if got := p.sb.String(); got != tc.want {
			t.Errorf("breakable(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPruneCSS(t *testing.T) {
	css := "/* head */\np { a: 1; }\np.bio + p, p.bio, h1 + p { b: 2; }\n/* gone */\n.credit { c: 3; }\nsection.endnotes ol { d: 4; }\n"
	got := pruneCSS(css, map[string]bool{"endnotes": true})
	want := "/* head */\np { a: 1; }\nh1 + p { b: 2; }\n/* gone */\nsection.endnotes ol { d: 4; }\n"
	if got != want {
		t.Errorf("pruneCSS =\n%s\nwant\n%s", got, want)
	}
}

// TestPruneScriptRules keeps the rule of sup and sub only for markup that
// uses them.
func TestPruneScriptRules(t *testing.T) {
	css := "p { a: 1; }\nsup, sub { line-height: 0; /* why */ }\n"
	for _, tc := range []struct{ markup, want string }{
		{"<p>x</p>", "p { a: 1; }\n"},
		{"<p>x<sup>2</sup></p>", "p { a: 1; }\nsup { line-height: 0; /* why */ }\n"},
		{"<p>H<sub>2</sub>O<sup>+</sup></p>", "p { a: 1; }\nsup, sub { line-height: 0; /* why */ }\n"},
	} {
		used := map[string]bool{}
		addClasses(used, tc.markup)
		if got := pruneCSS(css, used); got != tc.want {
			t.Errorf("%s: pruneCSS =\n%s\nwant\n%s", tc.markup, got, tc.want)
		}
	}
}

// TestRowSpanIndent marks the first cell of a row whose first column a
// cell above spans (it stands in a later column, and is indented as
// such), within the header and the body apart.
func TestRowSpanIndent(t *testing.T) {
	c := func(s string, rows int) content.Cell { return content.Cell{Inlines: content.T(s), RowSpan: rows} }
	tbl := &content.Table{
		Header: [][]content.Cell{{c("H", 2), c("a", 1)}, {c("b", 1)}},
		Rows: [][]content.Cell{
			{c("N", 3), c("1", 1)}, {c("2", 1)}, {c("3", 1)},
			{c("S", 1), c("4", 1)},
			{{Inlines: content.T("W"), RowSpan: 2, ColSpan: 2}, c("5", 1)}, {c("6", 1)},
		},
	}
	var pg page
	pg.table(tbl)
	got := pg.sb.String()
	for _, want := range []string{`<th class="indent">b`, `<td class="indent">2`, `<td class="indent">3`, `<td>S`, `<td>4`, `<td class="indent">6`} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
	if n := strings.Count(got, "indent"); n != 4 {
		t.Errorf("%d cells indented, want 4:\n%s", n, got)
	}
}

// TestBreakUnits checks where the cover's lines may break: between the
// words of spaced text, and in Chinese, Japanese and Korean between the
// characters, never before a closing mark or inside a Latin word.
func TestBreakUnits(t *testing.T) {
	tests := []struct {
		text string
		want []string // the units, a leading space marking one after a space
	}{
		{"A plain  headline", []string{"A", " plain", " headline"}},
		{"東京の本屋", []string{"東", "京", "の", "本", "屋"}},
		{"なるか？--Appleニュース", []string{"な", "る", "か？--", "Apple", "ニュー", "ス"}},
		{"「本屋」 in Tokyo", []string{"「本", "屋」", " in", " Tokyo"}},
		{"서울의 책방", []string{"서", "울", "의", " 책", "방"}},
	}
	for _, tt := range tests {
		var got []string
		for _, u := range breakUnits(tt.text) {
			if u.space && len(got) > 0 {
				got = append(got, " "+u.text)
			} else {
				got = append(got, u.text)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCoverMachineFont draws covers for titles in Chinese, Japanese and
// Korean with a face found on the machine (Debian's fonts-noto-cjk, which
// .ci/run installs): a cover, with ink in the title's box, and no
// character left out, a title mostly in Latin letters too. An Arabic title still gets none: the cover cannot
// shape it.
func TestCoverMachineFont(t *testing.T) {
	testtool.Integration(t)
	sys := fonts.DefaultSystem()
	tests := []struct {
		title, lang string
		cover       bool
	}{
		{"東京で一番小さな本屋は一週間に一冊だけを売る", "ja", true},
		{"上海的小书店每周只卖一本书", "zh", true},
		{"“서울의 책방”", "ko", true},
		{"JVNDB-2018-010151 東京の書店のセキュリティ", "ja", true}, // mostly Latin: drawn whole, Japanese and all
		{"مكتبة الإسكندرية تفتح قاعة جديدة", "ar", false},
	}
	for _, tt := range tests {
		f, err := coverFontFor(fonts.Bold, tt.title, tt.lang, sys)
		if err != nil {
			t.Fatal(err)
		}
		if (f != nil) != tt.cover {
			t.Errorf("%q: a face %v, want %v", tt.title, f != nil, tt.cover)
			continue
		}
		if !tt.cover {
			continue
		}
		var warned []string
		im, err := drawCover(content.Meta{Title: tt.title, Publisher: "Pub"}, tt.lang, sys, func(s string) { warned = append(warned, s) })
		if err != nil {
			t.Fatal(err)
		}
		if len(warned) > 0 {
			t.Errorf("%q: warnings %q", tt.title, warned)
		}
		img, err := png.Decode(bytes.NewReader(im.data))
		if err != nil {
			t.Fatal(err)
		}
		if dark := titleInk(img); dark < 2000 {
			t.Errorf("%q: %d dark pixels in the title's box", tt.title, dark)
		}
	}
}

// titleInk counts the dark samples, every second pixel each way, in the
// title's box of a drawn cover.
func titleInk(img image.Image) int {
	dark := 0
	for y := titleTop; y < titleBottom; y += 2 {
		for x := coverMargin; x < coverW-coverMargin; x += 2 {
			if r, _, _, _ := img.At(x, y).RGBA(); r < 0x8000 {
				dark++
			}
		}
	}
	return dark
}
