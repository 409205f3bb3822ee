package check

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/offprint/offprint/internal/testtool"
)

// rules returns the sorted distinct rule ids of ps.
func rules(ps []Problem) []string {
	var out []string
	for _, p := range ps {
		if !slices.Contains(out, p.Rule) {
			out = append(out, p.Rule)
		}
	}
	slices.Sort(out)
	return out
}

func TestValidBookPasses(t *testing.T) {
	data := validBook(t).bytes(t)
	ps, err := EPUB(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		t.Errorf("valid book: %s", p)
	}
	// The reference validator must agree that the base of every case is valid.
	path := filepath.Join(t.TempDir(), "valid.epub")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	testtool.EPUBCheck(t, path)
}

const (
	opf = "OEBPS/content.opf"
	ch1 = "OEBPS/ch1.xhtml"
	nav = "OEBPS/nav.xhtml"
	ncx = "OEBPS/toc.ncx"
)

// brokenCases each break one thing in the valid book; want lists every rule
// the broken book must raise, and no other.
var brokenCases = []struct {
	name   string
	mutate func(t testing.TB, b *book)
	want   []string
}{
	{"mimetype not first", func(t testing.TB, b *book) {
		b.remove("mimetype")
		b.set("mimetype", epubMimetype)
	}, []string{"epub-mimetype"}},
	{"mimetype compressed", func(t testing.TB, b *book) { b.compressed["mimetype"] = true }, []string{"epub-mimetype"}},
	{"mimetype content", func(t testing.TB, b *book) { b.set("mimetype", "application/zip") }, []string{"epub-mimetype"}},
	{"no container", func(t testing.TB, b *book) { b.remove("META-INF/container.xml") }, []string{"epub-container"}},
	{"container malformed", func(t testing.TB, b *book) { b.edit(t, "META-INF/container.xml", "</rootfiles>", "") }, []string{"epub-container"}},
	{"rootfile missing", func(t testing.TB, b *book) { b.edit(t, "META-INF/container.xml", "OEBPS/content.opf", "content.opf") }, []string{"epub-rootfile-missing"}},
	{"package malformed", func(t testing.TB, b *book) { b.edit(t, opf, "</manifest>", "") }, []string{"opf-malformed"}},
	{"unique-identifier dangling", func(t testing.TB, b *book) { b.edit(t, opf, `unique-identifier="pub-id"`, `unique-identifier="other"`) }, []string{"opf-unique-identifier"}},
	{"no identifier", func(t testing.TB, b *book) {
		b.edit(t, opf, `<dc:identifier id="pub-id">urn:uuid:5e3a1c2e-8f4b-5d6a-9b7c-0d1e2f3a4b5c</dc:identifier>`, "")
	}, []string{"opf-identifier-missing"}},
	{"no title", func(t testing.TB, b *book) {
		b.edit(t, opf, "<dc:title>A Small Book</dc:title>", "<dc:title> </dc:title>")
	}, []string{"opf-title-missing"}},
	{"no language", func(t testing.TB, b *book) { b.edit(t, opf, "<dc:language>en</dc:language>", "") }, []string{"opf-language-missing"}},
	{"no modified", func(t testing.TB, b *book) {
		b.edit(t, opf, `<meta property="dcterms:modified">2024-05-01T12:00:00Z</meta>`, "")
	}, []string{"opf-modified"}},
	{"modified malformed", func(t testing.TB, b *book) { b.edit(t, opf, "2024-05-01T12:00:00Z", "2024-05-01 12:00") }, []string{"opf-modified"}},
	{"manifest file missing", func(t testing.TB, b *book) {
		b.edit(t, opf, `</manifest>`, `<item id="x" href="x.css" media-type="text/css"/></manifest>`)
	}, []string{"opf-manifest-missing-file"}},
	{"file not in manifest", func(t testing.TB, b *book) { b.set("OEBPS/extra.css", "p{}") }, []string{"opf-file-not-in-manifest"}},
	{"duplicate manifest id", func(t testing.TB, b *book) { b.edit(t, opf, `id="css"`, `id="ch1"`) }, []string{"opf-duplicate-id"}},
	{"css media type", func(t testing.TB, b *book) { b.edit(t, opf, `media-type="text/css"`, `media-type="text/plain"`) }, []string{"opf-media-type"}},
	{"image media type", func(t testing.TB, b *book) { b.edit(t, opf, `media-type="image/png"`, `media-type="image/jpeg"`) }, []string{"opf-media-type"}},
	{"spine idref", func(t testing.TB, b *book) {
		b.edit(t, opf, `<itemref idref="ch1"/>`, `<itemref idref="ch1"/><itemref idref="ch2"/>`)
	}, []string{"opf-spine"}},
	{"spine item twice", func(t testing.TB, b *book) {
		b.edit(t, opf, `<itemref idref="ch1"/>`, `<itemref idref="ch1"/><itemref idref="ch1"/>`)
	}, []string{"opf-spine"}},
	{"stylesheet in spine", func(t testing.TB, b *book) {
		b.edit(t, opf, `<itemref idref="ch1"/>`, `<itemref idref="ch1"/><itemref idref="css"/>`)
	}, []string{"opf-spine"}},
	{"two nav items", func(t testing.TB, b *book) {
		b.edit(t, opf, `id="ch1" href="ch1.xhtml"`, `id="ch1" properties="nav" href="ch1.xhtml"`)
	}, []string{"opf-nav"}},
	{"cover without EPUB 2 meta", func(t testing.TB, b *book) { b.edit(t, opf, `<meta name="cover" content="cover-image"/>`, "") }, []string{"opf-cover"}},
	{"cover meta dangling", func(t testing.TB, b *book) { b.edit(t, opf, `content="cover-image"`, `content="cover.png"`) }, []string{"opf-cover"}},
	{"nav without toc", func(t testing.TB, b *book) { b.edit(t, nav, `epub:type="toc" id="toc"`, `id="toc"`) }, []string{"nav-toc-missing"}},
	{"nav without landmarks", func(t testing.TB, b *book) { b.edit(t, nav, `epub:type="landmarks"`, `epub:type="page-list"`) }, []string{"nav-landmarks"}},
	{"landmarks without bodymatter", func(t testing.TB, b *book) { b.edit(t, nav, `epub:type="bodymatter"`, `epub:type="chapter"`) }, []string{"nav-landmarks-entries"}},
	{"landmarks without cover", func(t testing.TB, b *book) { b.edit(t, nav, `epub:type="cover" `, "") }, []string{"nav-landmarks-entries"}},
	{"nav link broken", func(t testing.TB, b *book) { b.edit(t, nav, `ch1.xhtml#part`, `ch1.xhtml#nowhere`) }, []string{"nav-link-broken"}},
	{"no ncx", func(t testing.TB, b *book) {
		b.remove(ncx)
		b.edit(t, opf, `<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>`, "")
		b.edit(t, opf, `<spine toc="ncx">`, `<spine>`)
	}, []string{"ncx-missing"}},
	{"ncx uid", func(t testing.TB, b *book) { b.edit(t, ncx, "urn:uuid:5e3a", "urn:uuid:0000") }, []string{"ncx-uid"}},
	{"ncx malformed", func(t testing.TB, b *book) { b.edit(t, ncx, "</navMap>", "") }, []string{"ncx-malformed"}},
	{"ncx link broken", func(t testing.TB, b *book) { b.edit(t, ncx, `ch1.xhtml#part`, `ch2.xhtml#part`) }, []string{"ncx-link-broken"}},
	{"ncx duplicate id", func(t testing.TB, b *book) { b.edit(t, ncx, `id="np2"`, `id="np1"`) }, []string{"ncx-duplicate-id"}},
	{"ncx play order gap", func(t testing.TB, b *book) { b.edit(t, ncx, `playOrder="2"`, `playOrder="3"`) }, []string{"ncx-play-order"}},
	{"xhtml malformed", func(t testing.TB, b *book) { b.edit(t, ch1, "</figure>", "") }, []string{"xhtml-malformed"}},
	{"xhtml named entity", func(t testing.TB, b *book) { b.edit(t, ch1, "More text", "More&nbsp;text") }, []string{"xhtml-malformed"}},
	{"xhtml duplicate id", func(t testing.TB, b *book) { b.edit(t, ch1, `id="sec1"`, `id="part"`) }, []string{"xhtml-duplicate-id"}},
	{"no lang", func(t testing.TB, b *book) { b.edit(t, ch1, ` lang="en" xml:lang="en"`, "") }, []string{"xhtml-lang"}},
	{"link to missing fragment", func(t testing.TB, b *book) { b.edit(t, ch1, `href="#part"`, `href="#nowhere"`) }, []string{"link-broken"}},
	{"link to missing file", func(t testing.TB, b *book) { b.edit(t, ch1, `href="#part"`, `href="ch9.xhtml"`) }, []string{"link-broken"}},
	{"link outside container", func(t testing.TB, b *book) { b.edit(t, ch1, `href="#part"`, `href="../../x.xhtml"`) }, []string{"link-broken"}},
	{"missing image", func(t testing.TB, b *book) { b.edit(t, ch1, `src="cover.png"`, `src="photo.png"`) }, []string{"resource-missing"}},
	{"link to a document outside the spine", func(t testing.TB, b *book) { b.edit(t, opf, `<itemref idref="nav"/>`, "") }, []string{"link-not-in-spine"}},
	{"noteref to non-note", func(t testing.TB, b *book) { b.edit(t, ch1, `href="#n1"`, `href="#part"`) }, []string{"footnote-target"}},
	{"kindle: no xml declaration", func(t testing.TB, b *book) { b.edit(t, ch1, `<?xml version="1.0" encoding="utf-8"?>`, "") }, []string{"kindle-xml-declaration"}},
	{"kindle: declaration without encoding", func(t testing.TB, b *book) { b.edit(t, ch1, ` encoding="utf-8"`, "") }, []string{"kindle-xml-declaration"}},
	{"kindle: link to body id", func(t testing.TB, b *book) { b.edit(t, ch1, `href="#part"`, `href="#top"`) }, []string{"kindle-body-link"}},
	{"kindle: ncx link to body id", func(t testing.TB, b *book) { b.edit(t, ncx, `ch1.xhtml#part`, `ch1.xhtml#top`) }, []string{"kindle-body-link"}},
	{"kindle: empty alt", func(t testing.TB, b *book) { b.edit(t, ch1, `alt="A grey square"`, `alt=""`) }, []string{"kindle-empty-alt"}},
	{"kindle: missing alt", func(t testing.TB, b *book) { b.edit(t, ch1, ` alt="A grey square"`, "") }, []string{"kindle-empty-alt"}},
	{"kindle: dashes in comment", func(t testing.TB, b *book) { b.edit(t, ch1, "- with single", "-- with double") }, []string{"kindle-comment-dashes"}},
	{"kindle: webp", func(t testing.TB, b *book) {
		b.setBytes("OEBPS/pic.webp", []byte("RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00"))
		b.edit(t, opf, `</manifest>`, `<item id="pic" href="pic.webp" media-type="image/webp"/></manifest>`)
	}, []string{"kindle-webp"}},
	{"kindle: webp named png", func(t testing.TB, b *book) {
		b.setBytes("OEBPS/cover.png", []byte("RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00"))
	}, []string{"kindle-webp", "opf-media-type"}},
	{"kindle: no language", func(t testing.TB, b *book) { b.edit(t, opf, "<dc:language>en</dc:language>", "<dc:language/>") }, []string{"opf-language-missing"}},
}

func TestBrokenBooks(t *testing.T) {
	for _, tc := range brokenCases {
		t.Run(tc.name, func(t *testing.T) {
			b := validBook(t)
			tc.mutate(t, b)
			data := b.bytes(t)
			ps, err := EPUB(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			if got := rules(ps); !slices.Equal(got, tc.want) {
				t.Errorf("rules = %v, want %v", got, tc.want)
				for _, p := range ps {
					t.Logf("%s", p)
				}
			}
			for _, p := range ps {
				if strings.Contains(p.Message, "\n") || p.Message == "" {
					t.Errorf("message not one line: %q", p.Message)
				}
			}
		})
	}
}

func TestLimits(t *testing.T) {
	data := validBook(t).bytes(t)
	for _, tc := range []struct {
		name string
		lim  limits
		want []string
	}{
		{"kindle size", limits{kindleSize: 100, entry: 1 << 20, total: 1 << 20}, []string{"kindle-size"}},
		{"entry too large", limits{kindleSize: 1 << 20, entry: 500, total: 1 << 20}, []string{"epub-too-large"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := checkEPUB(bytes.NewReader(data), int64(len(data)), tc.lim)
			if err != nil {
				t.Fatal(err)
			}
			if got := rules(ps); !slices.Equal(got, tc.want) {
				t.Errorf("rules = %v, want %v (%v)", got, tc.want, ps)
			}
		})
	}
}

func TestNotAZip(t *testing.T) {
	for _, data := range []string{"", "hello", "PK\x03\x04 truncated"} {
		if _, err := EPUB(strings.NewReader(data), int64(len(data))); err == nil {
			t.Errorf("EPUB(%q): no error", data)
		}
	}
}

func TestEPUB2(t *testing.T) {
	b := validBook(t)
	b.edit(t, opf, `version="3.0"`, `version="2.0"`)
	b.edit(t, opf, `<meta property="dcterms:modified">2024-05-01T12:00:00Z</meta>`, "")
	b.edit(t, opf, `<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>`, "")
	b.edit(t, opf, `<itemref idref="nav"/>`, "")
	b.edit(t, opf, ` properties="cover-image"`, "")
	b.remove(nav)
	b.edit(t, ch1, "<!DOCTYPE html>", `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">`)
	b.edit(t, ch1, "More text", "More&nbsp;text")
	data := b.bytes(t)
	ps, err := EPUB(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		t.Errorf("EPUB 2 book: %s", p)
	}
}

// TestPandocEPUB checks EPUBs from another producer: pandoc's EPUB 2 of
// the sample article passes clean; its EPUB 3 has landmarks with only a
// title page, which the landmarks rule reports.
func TestPandocEPUB(t *testing.T) {
	testtool.Require(t, "pandoc")
	for _, tc := range []struct {
		to   string
		want []string
	}{
		{"epub3", []string{"nav-landmarks-entries"}},
		{"epub2", nil},
	} {
		path := filepath.Join(t.TempDir(), tc.to+".epub")
		testtool.Run(t, "pandoc", "../examples/vox-isis-k.md", "--metadata", "title=Title", "-t", tc.to, "-o", path)
		ps, err := File(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := rules(ps); !slices.Equal(got, tc.want) {
			t.Errorf("pandoc %s: rules %v, want %v (%v)", tc.to, got, tc.want, ps)
		}
	}
}
