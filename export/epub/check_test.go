package epub_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"regexp"
	"strings"
	"testing"
)

// pkg is an EPUB read back for checks.
type pkg struct {
	names []string          // zip entries in order
	files map[string][]byte // by name
	first *zip.File
}

func readPkg(tb testing.TB, data []byte) *pkg {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	p := &pkg{files: map[string][]byte{}, first: zr.File[0]}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			tb.Fatal(err)
		}
		p.names = append(p.names, f.Name)
		p.files[f.Name] = b
	}
	return p
}

// xdoc is what checkInvariants learns from one XHTML file.
type xdoc struct {
	ids   map[string]bool
	hrefs []string
}

var identifierRE = regexp.MustCompile(`<dc:identifier id="pub-id">([^<]+)</dc:identifier>`)
var uidRE = regexp.MustCompile(`<meta name="dtb:uid" content="([^"]+)"/>`)

// endnoteRE matches an entry of a notes section; backLinkFirstRE one that
// starts with its back link (or its bare number when nothing calls it).
var (
	endnoteRE       = regexp.MustCompile(`<li id="note-[0-9]+" epub:type="endnote">`)
	backLinkFirstRE = regexp.MustCompile(`<li id="note-[0-9]+" epub:type="endnote"><p>(<a class="back" role="doc-backlink" href="[^"]*#noteref-[0-9]+">|<span class="num">)[0-9]+\.(</a>|</span>) `)
)

// checkInvariants asserts what the e-reader notes require of every EPUB
// offprint writes: mimetype first and stored, an XML declaration and a
// language on every XHTML file, well-formed XHTML, unique ids, links that
// resolve, non-empty alt text, note calls without child elements and with
// the noteref role, each note once (no aside copy) and starting with its
// back link, no WebP, and an NCX uid equal to the package identifier.
func checkInvariants(t *testing.T, data []byte) {
	t.Helper()
	p := readPkg(t, data)
	if p.first.Name != "mimetype" || p.first.Method != zip.Store || len(p.first.Extra) != 0 || string(p.files["mimetype"]) != "application/epub+zip" {
		t.Errorf("mimetype is not the first, stored entry: %+v", p.first.FileHeader)
	}
	opf := string(p.files["EPUB/package.opf"])
	id := identifierRE.FindStringSubmatch(opf)
	uid := uidRE.FindStringSubmatch(string(p.files["EPUB/toc.ncx"]))
	if id == nil || uid == nil || id[1] != uid[1] {
		t.Errorf("NCX dtb:uid %v does not equal the package identifier %v", uid, id)
	}
	docs := map[string]*xdoc{}
	for _, name := range p.names {
		switch {
		case strings.HasSuffix(name, ".webp"):
			t.Errorf("%s: WebP in the package", name)
		case strings.HasSuffix(name, ".xhtml"):
			docs[name] = checkXHTML(t, name, p.files[name])
		case strings.HasPrefix(name, "EPUB/") && name != "EPUB/package.opf":
			if !strings.Contains(opf, `href="`+strings.TrimPrefix(name, "EPUB/")+`"`) {
				t.Errorf("%s is not in the manifest", name)
			}
		}
	}
	for name, d := range docs {
		for _, h := range d.hrefs {
			if strings.Contains(h, ":") {
				continue
			}
			file, frag, _ := strings.Cut(h, "#")
			target := name
			if file != "" {
				target = path.Join(path.Dir(name), file)
			}
			td, ok := docs[target]
			if !ok {
				if _, isFile := p.files[target]; !isFile {
					t.Errorf("%s: link to missing file %q", name, h)
				}
				continue
			}
			if frag != "" && !td.ids[frag] {
				t.Errorf("%s: link to missing fragment %q", name, h)
			}
		}
	}
}

func checkXHTML(t *testing.T, name string, data []byte) *xdoc {
	t.Helper()
	if !bytes.HasPrefix(data, []byte(`<?xml version="1.0" encoding="UTF-8"?>`)) {
		t.Errorf("%s: no XML declaration with encoding", name)
	}
	if bytes.Contains(data, []byte("<aside")) {
		t.Errorf("%s: an aside (readers that show it print the note twice)", name)
	}
	notes := len(endnoteRE.FindAll(data, -1))
	backFirst := len(backLinkFirstRE.FindAll(data, -1))
	if notes != backFirst {
		t.Errorf("%s: %d notes, %d start with their back link", name, notes, backFirst)
	}
	d := &xdoc{ids: map[string]bool{}}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	var stack []xml.StartElement
	noteref := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Errorf("%s: not well-formed: %v", name, err)
			return d
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if noteref {
				t.Errorf("%s: element <%s> inside a note call", name, tok.Name.Local)
			}
			checkElement(t, name, tok, stack, d)
			noteref = attr(tok, "type") == "noteref"
			stack = append(stack, tok)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			noteref = false
		}
	}
	return d
}

func checkElement(t *testing.T, name string, el xml.StartElement, stack []xml.StartElement, d *xdoc) {
	t.Helper()
	if id := attr(el, "id"); id != "" {
		if d.ids[id] {
			t.Errorf("%s: duplicate id %q", name, id)
		}
		d.ids[id] = true
	}
	if h := attr(el, "href"); h != "" {
		d.hrefs = append(d.hrefs, h)
	}
	switch el.Name.Local {
	case "html":
		if attr(el, "lang") == "" || attrNS(el, "http://www.w3.org/XML/1998/namespace", "lang") == "" {
			t.Errorf("%s: <html> without lang and xml:lang", name)
		}
	case "img":
		if strings.TrimSpace(attr(el, "alt")) == "" {
			t.Errorf("%s: <img> with empty alt", name)
		}
	case "a":
		if attr(el, "type") == "noteref" && (attr(el, "role") != "doc-noteref" || !strings.HasPrefix(attr(el, "id"), "noteref-")) {
			t.Errorf("%s: note call %q without its role or id", name, attr(el, "href"))
		}
		for _, up := range stack {
			if attr(el, "type") == "noteref" && up.Name.Local == "h1" {
				t.Errorf("%s: note call %q in the title (its accessible name would end with the number)", name, attr(el, "href"))
			}
		}
	case "body":
		if attr(el, "id") != "" {
			t.Errorf("%s: id on <body>", name)
		}
	}
}

func attr(el xml.StartElement, local string) string {
	for _, a := range el.Attr {
		if a.Name.Local == local && a.Name.Space != "http://www.w3.org/XML/1998/namespace" {
			return a.Value
		}
	}
	return ""
}

func attrNS(el xml.StartElement, space, local string) string {
	for _, a := range el.Attr {
		if a.Name.Local == local && (a.Name.Space == space || a.Name.Space == "xml") {
			return a.Value
		}
	}
	return ""
}
