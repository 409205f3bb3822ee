package check

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strings"

	"github.com/offprint/offprint/internal/lazyre"
)

// XML namespaces the checks look at.
const (
	nsXHTML = "http://www.w3.org/1999/xhtml"
	nsOPS   = "http://www.idpf.org/2007/ops"
	nsXML   = "http://www.w3.org/XML/1998/namespace"
	nsXLink = "http://www.w3.org/1999/xlink"
)

// element is what the link checks need to know about an element with an id.
type element struct {
	body bool // the element is <body>
	note bool // epub:type footnote/endnote/rearnote/note or a doc-*note role
}

// xhtmlDoc is a parsed content document.
type xhtmlDoc struct {
	ids  map[string]element
	navs []navInfo // <nav> elements, in document order
}

// navInfo describes one <nav> element.
type navInfo struct {
	types     []string // its epub:type tokens
	links     int      // number of <a href> inside it
	linkTypes []string // the epub:type tokens of those links
}

// link is an internal reference found in a document.
type link struct {
	from    string // zip path of the referring document
	href    string // as written
	kind    string // "a", "resource", "ncx"
	noteref bool   // an <a epub:type="noteref"> or role="doc-noteref"
	nav     bool   // inside a <nav> of the navigation document
}

// checkContent parses every XHTML content document of the manifest.
func (c *epubChecker) checkContent(p *opfPackage) {
	for _, it := range p.Manifest {
		if it.path == "" || c.files[it.path] == nil || it.MediaType != "application/xhtml+xml" {
			continue
		}
		data, err := c.readFile(it.path)
		if err != nil {
			continue
		}
		if doc := c.scanXHTML(it.path, data); doc != nil {
			c.docs[it.path] = doc
		}
	}
}

// xmlDeclRE matches an XML declaration and captures its encoding.
var xmlDeclRE = lazyre.New(`^<\?xml\s[^>]*?\?>`)

// encodingRE captures the encoding pseudo-attribute of a declaration.
var encodingRE = lazyre.New(`encoding\s*=\s*["']([^"']*)["']`)

// checkDeclaration reports a missing XML declaration or one without
// encoding="utf-8", which Send to Kindle rejects.
func (c *epubChecker) checkDeclaration(name string, data []byte) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	decl := xmlDeclRE.Find(data)
	if decl == nil {
		c.add("kindle-xml-declaration", "%s has no XML declaration; Kindle needs <?xml version=\"1.0\" encoding=\"utf-8\"?>", name)
		return
	}
	m := encodingRE.FindSubmatch(decl)
	switch {
	case m == nil:
		c.add("kindle-xml-declaration", "%s: the XML declaration has no encoding; Kindle needs encoding=\"utf-8\"", name)
	case !strings.EqualFold(string(m[1]), "utf-8"):
		c.add("kindle-xml-declaration", "%s: the XML declaration says encoding=%q; use utf-8", name, m[1])
	}
}

// fixComments reports comments containing "--" (invalid XML that Send to
// Kindle rejects) and returns data with those dashes blanked so that the
// rest of the document can still be checked.
func (c *epubChecker) fixComments(name string, data []byte) []byte {
	fixed, cloned := data, false
	for i := 0; ; {
		start := bytes.Index(data[i:], []byte("<!--"))
		if start < 0 {
			return fixed
		}
		start += i + 4
		end := bytes.Index(data[start:], []byte("-->"))
		if end < 0 {
			return fixed // unterminated: the parser reports it
		}
		end += start
		body := data[start:end]
		if bytes.Contains(body, []byte("--")) || bytes.HasSuffix(body, []byte("-")) {
			c.add("kindle-comment-dashes", "%s: an XML comment contains \"--\" (not allowed in XML; Kindle rejects it)", name)
			if !cloned {
				fixed, cloned = bytes.Clone(data), true
			}
			for j := start; j < end; j++ {
				if fixed[j] == '-' {
					fixed[j] = ' '
				}
			}
		}
		i = end + 3
	}
}

// scanXHTML checks one content document and returns what the link checks
// need, or nil when it is not well-formed.
func (c *epubChecker) scanXHTML(name string, data []byte) *xhtmlDoc {
	c.checkDeclaration(name, data)
	data = c.fixComments(name, data)
	doc := &xhtmlDoc{ids: make(map[string]element)}
	d := xml.NewDecoder(bytes.NewReader(data))
	if bytes.Contains(data[:min(len(data), 2048)], []byte("-//W3C//DTD XHTML")) {
		d.Entity = xml.HTMLEntity // the XHTML 1.x DTD of EPUB 2 defines them
	}
	var navStack []int // indexes into doc.navs of the open <nav> elements
	root := true
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line, _ := d.InputPos()
			hint := ""
			if strings.Contains(err.Error(), "entity") {
				hint = " (XHTML without the XHTML 1.1 DTD knows only &amp; &lt; &gt; &quot; &apos;: write the character or &#160;)"
			}
			c.add("xhtml-malformed", "%s is not well-formed XML (line %d): %v%s", name, line, err, hint)
			return nil
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if root {
				c.checkRoot(name, t)
				root = false
			}
			if t.Name.Local == "nav" {
				doc.navs = append(doc.navs, navInfo{types: epubTypes(t)})
				navStack = append(navStack, len(doc.navs)-1)
			}
			c.scanElement(name, doc, t, navStack)
		case xml.EndElement:
			if t.Name.Local == "nav" && len(navStack) > 0 {
				navStack = navStack[:len(navStack)-1]
			}
		}
	}
	if root {
		c.add("xhtml-malformed", "%s has no root element", name)
		return nil
	}
	return doc
}

// checkRoot checks the root element: <html> in the XHTML namespace with a
// language.
func (c *epubChecker) checkRoot(name string, t xml.StartElement) {
	if t.Name.Local != "html" || t.Name.Space != nsXHTML {
		c.add("xhtml-malformed", "%s: the root element is <%s>, want <html xmlns=%q>", name, t.Name.Local, nsXHTML)
	}
	if strings.TrimSpace(attr(t, "", "lang")) == "" && strings.TrimSpace(attr(t, nsXML, "lang")) == "" {
		c.add("xhtml-lang", "%s: <html> has no lang/xml:lang (readers hyphenate only when they know the language)", name)
	}
}

// scanElement records the ids and references of one start element and
// checks its alt text.
func (c *epubChecker) scanElement(name string, doc *xhtmlDoc, t xml.StartElement, navStack []int) {
	local := t.Name.Local
	if id := attr(t, "", "id"); id != "" {
		if _, dup := doc.ids[id]; dup {
			c.add("xhtml-duplicate-id", "%s: id %q is used more than once", name, id)
		}
		doc.ids[id] = element{body: local == "body", note: isNote(t)}
	}
	switch local {
	case "a", "area":
		if href, ok := attrOK(t, "", "href"); ok {
			l := link{from: name, href: href, kind: "a", noteref: hasToken(t, "noteref"), nav: len(navStack) > 0}
			c.addLink(l)
			if l.nav {
				n := &doc.navs[navStack[len(navStack)-1]]
				n.links++
				if len(n.linkTypes) < 64 {
					n.linkTypes = append(n.linkTypes, epubTypes(t)...)
				}
			}
		}
	case "img":
		c.addResource(name, attr(t, "", "src"))
		if alt, ok := attrOK(t, "", "alt"); !ok || strings.TrimSpace(alt) == "" {
			c.add("kindle-empty-alt", "%s: <img src=%q> has no alt text (Kindle rejects empty alt; describe the image)", name, truncate(attr(t, "", "src"), 60))
		}
	case "link":
		c.addResource(name, attr(t, "", "href"))
	case "image":
		if href := attr(t, nsXLink, "href"); href != "" {
			c.addResource(name, href)
		} else {
			c.addResource(name, attr(t, "", "href"))
		}
	case "source", "audio", "video", "script", "iframe", "embed":
		c.addResource(name, attr(t, "", "src"))
	}
}

// addResource records a reference to a file the document needs.
func (c *epubChecker) addResource(from, href string) {
	if strings.TrimSpace(href) != "" {
		c.addLink(link{from: from, href: href, kind: "resource"})
	}
}

// maxLinks caps the references remembered for one EPUB.
const maxLinks = 1 << 20

// addLink remembers a reference for checkLinks.
func (c *epubChecker) addLink(l link) {
	if len(c.links) < maxLinks {
		c.links = append(c.links, l)
	}
}

// epubTypes returns the tokens of the element's epub:type attribute (also
// when the epub prefix is not declared).
func epubTypes(t xml.StartElement) []string {
	return strings.Fields(attr(t, nsOPS, "type") + " " + attr(t, "epub", "type"))
}

// isNote reports whether the element is a footnote or endnote.
func isNote(t xml.StartElement) bool {
	for _, tok := range epubTypes(t) {
		switch tok {
		case "footnote", "endnote", "rearnote", "note":
			return true
		}
	}
	for _, tok := range strings.Fields(attr(t, "", "role")) {
		if tok == "doc-footnote" || tok == "doc-endnote" {
			return true
		}
	}
	return false
}

// hasToken reports whether epub:type has tok, or role has "doc-"+tok.
func hasToken(t xml.StartElement, tok string) bool {
	return slices.Contains(epubTypes(t), tok) || slices.Contains(strings.Fields(attr(t, "", "role")), "doc-"+tok)
}

// attr returns the value of the attribute space:local, or "".
func attr(t xml.StartElement, space, local string) string {
	v, _ := attrOK(t, space, local)
	return v
}

// attrOK returns the value of the attribute space:local and whether it is
// present.
func attrOK(t xml.StartElement, space, local string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == local && a.Name.Space == space {
			return a.Value, true
		}
	}
	return "", false
}
