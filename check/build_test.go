package check

import (
	"archive/zip"
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"
)

// book is an EPUB under construction for tests: entries in zip order.
type book struct {
	names      []string
	data       map[string][]byte
	compressed map[string]bool // entries written deflated (mimetype is stored)
}

// validBook returns a small EPUB 3 that passes epubcheck and every rule:
// nav with toc and landmarks, NCX, a cover in both declarations, a chapter
// with a heading, an image with alt text and a footnote, and an SVG cover
// page.
func validBook(t testing.TB) *book {
	b := &book{data: make(map[string][]byte), compressed: make(map[string]bool)}
	b.set("mimetype", epubMimetype)
	b.set("META-INF/container.xml", containerXML)
	b.set("OEBPS/content.opf", packageXML)
	b.set("OEBPS/cover.xhtml", coverXHTML)
	b.set("OEBPS/nav.xhtml", navXHTML)
	b.set("OEBPS/toc.ncx", tocNCX)
	b.set("OEBPS/ch1.xhtml", chapterXHTML)
	b.set("OEBPS/style.css", "p { margin: 0; text-indent: 1em; }\n")
	b.setBytes("OEBPS/cover.png", tinyPNG(t))
	return b
}

// set stores a text entry, appending it to the zip order when new.
func (b *book) set(name, content string) { b.setBytes(name, []byte(content)) }

// setBytes stores an entry, appending it to the zip order when new.
func (b *book) setBytes(name string, content []byte) {
	if _, ok := b.data[name]; !ok {
		b.names = append(b.names, name)
	}
	b.data[name] = content
	b.compressed[name] = name != "mimetype"
}

// remove deletes an entry.
func (b *book) remove(name string) {
	delete(b.data, name)
	for i, n := range b.names {
		if n == name {
			b.names = append(b.names[:i], b.names[i+1:]...)
			return
		}
	}
}

// edit replaces old by new in an entry; the test fails when old is absent,
// so that a case cannot silently stop breaking anything.
func (b *book) edit(t testing.TB, name, old, new string) {
	t.Helper()
	s := string(b.data[name])
	if !strings.Contains(s, old) {
		t.Fatalf("%s does not contain %q", name, old)
	}
	b.data[name] = []byte(strings.Replace(s, old, new, 1))
}

// bytes returns the zip file.
func (b *book) bytes(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range b.names {
		h := &zip.FileHeader{Name: n, Method: zip.Store}
		if b.compressed[n] {
			h.Method = zip.Deflate
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(b.data[n]); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// tinyPNG returns a 2×2 PNG.
func tinyPNG(t testing.TB) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 2, 2))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const containerXML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`

const packageXML = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="en">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="pub-id">urn:uuid:5e3a1c2e-8f4b-5d6a-9b7c-0d1e2f3a4b5c</dc:identifier>
    <dc:title>A Small Book</dc:title>
    <dc:language>en</dc:language>
    <meta property="dcterms:modified">2024-05-01T12:00:00Z</meta>
    <meta name="cover" content="cover-image"/>
  </metadata>
  <manifest>
    <item id="cover" href="cover.xhtml" media-type="application/xhtml+xml" properties="svg"/>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="ch1" href="ch1.xhtml" media-type="application/xhtml+xml"/>
    <item id="css" href="style.css" media-type="text/css"/>
    <item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image"/>
  </manifest>
  <spine toc="ncx">
    <itemref idref="cover"/>
    <itemref idref="nav"/>
    <itemref idref="ch1"/>
  </spine>
</package>
`

const navXHTML = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head><title>Contents</title></head>
<body>
  <nav epub:type="toc" id="toc">
    <h1>Contents</h1>
    <ol>
      <li><a href="ch1.xhtml#start">Chapter one</a>
        <ol><li><a href="ch1.xhtml#part">A part</a></li></ol>
      </li>
    </ol>
  </nav>
  <nav epub:type="landmarks" hidden="">
    <ol>
      <li><a epub:type="cover" href="cover.xhtml">Cover</a></li>
      <li><a epub:type="toc" href="nav.xhtml#toc">Contents</a></li>
      <li><a epub:type="bodymatter" href="ch1.xhtml">Start</a></li>
    </ol>
  </nav>
</body>
</html>
`

const coverXHTML = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head><title>Cover</title></head>
<body epub:type="cover">
  <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" viewBox="0 0 2 2" width="100%" height="100%" preserveAspectRatio="xMidYMid meet">
    <image width="2" height="2" xlink:href="cover.png"/>
  </svg>
</body>
</html>
`

const tocNCX = `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
  <head>
    <meta name="dtb:uid" content="urn:uuid:5e3a1c2e-8f4b-5d6a-9b7c-0d1e2f3a4b5c"/>
  </head>
  <docTitle><text>A Small Book</text></docTitle>
  <navMap>
    <navPoint id="np1" playOrder="1">
      <navLabel><text>Chapter one</text></navLabel>
      <content src="ch1.xhtml#start"/>
      <navPoint id="np2" playOrder="2">
        <navLabel><text>A part</text></navLabel>
        <content src="ch1.xhtml#part"/>
      </navPoint>
    </navPoint>
  </navMap>
</ncx>
`

const chapterXHTML = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head><title>Chapter one</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body id="top">
  <!-- a comment - with single dashes -->
  <section id="sec1">
    <h1 id="start">Chapter one</h1>
    <p>Text with a note<a epub:type="noteref" role="doc-noteref" href="#n1" id="r1">1</a> and a <a href="#part">link</a>.</p>
    <figure><img src="cover.png" alt="A grey square"/><figcaption>A figure.</figcaption></figure>
    <h2 id="part">A part</h2>
    <p>More text, see <a href="https://example.org/">a site</a>.</p>
    <aside epub:type="footnote" role="doc-footnote" id="n1"><p><a href="#r1">1.</a> The note.</p></aside>
  </section>
</body>
</html>
`
