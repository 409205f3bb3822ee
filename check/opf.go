package check

import (
	"encoding/xml"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/offprint/offprint/internal/lazyre"
)

// opfItem is a manifest item.
type opfItem struct {
	ID         string `xml:"id,attr"`
	Href       string `xml:"href,attr"`
	MediaType  string `xml:"media-type,attr"`
	Properties string `xml:"properties,attr"`
	path       string // zip path, "" for remote or unresolvable hrefs
}

// opfMeta is a <meta> element of either EPUB version.
type opfMeta struct {
	Property string `xml:"property,attr"`
	Name     string `xml:"name,attr"`
	Content  string `xml:"content,attr"`
	Value    string `xml:",chardata"`
}

// opfDCElement is a Dublin Core element such as dc:identifier.
type opfDCElement struct {
	ID    string `xml:"id,attr"`
	Value string `xml:",chardata"`
}

// opfPackage is the part of the package document the checks read.
type opfPackage struct {
	Version  string `xml:"version,attr"`
	UniqueID string `xml:"unique-identifier,attr"`
	Metadata struct {
		Identifiers []opfDCElement `xml:"http://purl.org/dc/elements/1.1/ identifier"`
		Titles      []opfDCElement `xml:"http://purl.org/dc/elements/1.1/ title"`
		Languages   []opfDCElement `xml:"http://purl.org/dc/elements/1.1/ language"`
		Metas       []opfMeta      `xml:"meta"`
	} `xml:"metadata"`
	Manifest []*opfItem `xml:"manifest>item"`
	Spine    struct {
		Toc      string `xml:"toc,attr"`
		Itemrefs []struct {
			Idref string `xml:"idref,attr"`
		} `xml:"itemref"`
	} `xml:"spine"`

	path       string              // zip path of the package document
	identifier string              // value of the unique identifier
	byID       map[string]*opfItem // manifest items by id
	byPath     map[string]*opfItem // manifest items by zip path
	inSpine    map[string]bool     // zip paths of the spine items
}

// epub3 reports whether the package declares EPUB 3.
func (p *opfPackage) epub3() bool { return strings.HasPrefix(strings.TrimSpace(p.Version), "3") }

// checkPackage parses and checks the package document at name, then the
// documents it lists.
func (c *epubChecker) checkPackage(name string) {
	data, err := c.readFile(name)
	if err != nil {
		return
	}
	p := &opfPackage{path: name}
	if err := xml.Unmarshal(data, p); err != nil {
		c.add("opf-malformed", "%s is not well-formed: %v", name, err)
		return
	}
	c.pkg = p
	c.checkMetadata(p)
	c.indexManifest(p)
	c.checkManifestFiles(p)
	c.checkSpine(p)
	c.checkCover(p)
	c.checkContent(p)
	c.checkNav(p)
	c.checkNCX(p)
	c.checkLinks()
}

// checkMetadata checks identifier, title, language and modification date.
func (c *epubChecker) checkMetadata(p *opfPackage) {
	md := &p.Metadata
	found := false
	for _, id := range md.Identifiers {
		if p.UniqueID != "" && id.ID == p.UniqueID {
			found = true
			p.identifier = strings.TrimSpace(id.Value)
		}
	}
	switch {
	case len(md.Identifiers) == 0:
		c.add("opf-identifier-missing", "%s has no dc:identifier", p.path)
	case p.UniqueID == "":
		c.add("opf-unique-identifier", "%s: <package> has no unique-identifier attribute", p.path)
	case !found:
		c.add("opf-unique-identifier", "%s: unique-identifier %q names no dc:identifier", p.path, p.UniqueID)
	case p.identifier == "":
		c.add("opf-identifier-missing", "%s: dc:identifier %q is empty", p.path, p.UniqueID)
	}
	if !hasText(md.Titles) {
		c.add("opf-title-missing", "%s has no non-empty dc:title", p.path)
	}
	if !hasText(md.Languages) {
		c.add("opf-language-missing", "%s has no dc:language (Kindle and hyphenation need it)", p.path)
	}
	if p.epub3() {
		c.checkModified(p)
	}
}

// hasText reports whether some element has non-blank text.
func hasText(es []opfDCElement) bool {
	for _, e := range es {
		if strings.TrimSpace(e.Value) != "" {
			return true
		}
	}
	return false
}

// modifiedRE is the form EPUB 3 requires for dcterms:modified.
var modifiedRE = lazyre.New(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$`)

// checkModified checks that exactly one well-formed dcterms:modified exists.
func (c *epubChecker) checkModified(p *opfPackage) {
	var values []string
	for _, m := range p.Metadata.Metas {
		if m.Property == "dcterms:modified" {
			values = append(values, strings.TrimSpace(m.Value))
		}
	}
	switch {
	case len(values) == 0:
		c.add("opf-modified", "%s has no dcterms:modified (EPUB 3 requires one)", p.path)
		return
	case len(values) > 1:
		c.add("opf-modified", "%s has %d dcterms:modified, want one", p.path, len(values))
	}
	v := values[0]
	if _, err := time.Parse(time.RFC3339, v); err != nil || !modifiedRE.MatchString(v) {
		c.add("opf-modified", "%s: dcterms:modified %q is not of the form CCYY-MM-DDThh:mm:ssZ", p.path, truncate(v, 40))
	}
}

// indexManifest resolves item hrefs and reports duplicate ids and paths.
func (c *epubChecker) indexManifest(p *opfPackage) {
	p.byID = make(map[string]*opfItem)
	p.byPath = make(map[string]*opfItem)
	for _, it := range p.Manifest {
		if it.ID == "" {
			c.add("opf-item", "%s: manifest item %q has no id", p.path, it.Href)
		} else if p.byID[it.ID] != nil {
			c.add("opf-duplicate-id", "%s: manifest id %q is used more than once", p.path, it.ID)
		} else {
			p.byID[it.ID] = it
		}
		target, external, ok := splitHref(p.path, it.Href)
		switch {
		case external:
			continue
		case !ok || target.file == "":
			c.add("opf-item", "%s: manifest item %q has an invalid href %q", p.path, it.ID, it.Href)
			continue
		}
		it.path = target.file
		if p.byPath[it.path] != nil {
			c.add("opf-duplicate-href", "%s: %s is listed in the manifest more than once", p.path, it.path)
		}
		p.byPath[it.path] = it
	}
}

// checkManifestFiles checks that manifest and zip agree and that media types
// match the files.
func (c *epubChecker) checkManifestFiles(p *opfPackage) {
	for _, it := range p.Manifest {
		if it.path == "" {
			continue
		}
		if c.files[it.path] == nil {
			c.add("opf-manifest-missing-file", "%s: manifest item %q points to %s, which is not in the EPUB", p.path, it.ID, it.path)
			continue
		}
		c.checkMediaType(it)
	}
	for _, f := range c.zr.File {
		n := f.Name
		if n == "mimetype" || n == p.path || strings.HasPrefix(n, "META-INF/") || strings.HasSuffix(n, "/") {
			continue
		}
		if p.byPath[n] == nil {
			c.add("opf-file-not-in-manifest", "%s is in the EPUB but not in the manifest", n)
		}
	}
}

// checkSpine checks the spine references.
func (c *epubChecker) checkSpine(p *opfPackage) {
	if len(p.Spine.Itemrefs) == 0 {
		c.add("opf-spine", "%s: the spine is empty", p.path)
	}
	p.inSpine = make(map[string]bool)
	for _, ref := range p.Spine.Itemrefs {
		it := p.byID[ref.Idref]
		switch {
		case it == nil:
			c.add("opf-spine", "%s: spine itemref %q names no manifest item", p.path, ref.Idref)
			continue
		case p.inSpine[it.path]:
			c.add("opf-spine", "%s: %q is in the spine more than once", p.path, ref.Idref)
		case it.MediaType != "application/xhtml+xml" && it.MediaType != "image/svg+xml":
			c.add("opf-spine", "%s: spine item %q is %s, not a content document (XHTML or SVG)", p.path, ref.Idref, it.MediaType)
		}
		p.inSpine[it.path] = true
	}
	if p.epub3() {
		if navs := p.itemsWith("nav"); len(navs) != 1 {
			c.add("opf-nav", "%s: %d manifest items have the nav property, want exactly 1", p.path, len(navs))
		}
	}
}

// itemsWith returns the manifest items having the property prop.
func (p *opfPackage) itemsWith(prop string) []*opfItem {
	var out []*opfItem
	for _, it := range p.Manifest {
		if slices.Contains(strings.Fields(it.Properties), prop) {
			out = append(out, it)
		}
	}
	return out
}

// checkCover checks that a cover is declared both the EPUB 3 way
// (properties="cover-image") and the EPUB 2 way (<meta name="cover">), and
// that both name the same image.
func (c *epubChecker) checkCover(p *opfPackage) {
	items := p.itemsWith("cover-image")
	metaID, hasMeta := "", false
	for _, m := range p.Metadata.Metas {
		if m.Name == "cover" {
			metaID, hasMeta = strings.TrimSpace(m.Content), true
		}
	}
	if len(items) > 1 {
		c.add("opf-cover", "%s: %d items have the cover-image property, want at most 1", p.path, len(items))
	}
	for _, it := range items {
		if !strings.HasPrefix(it.MediaType, "image/") {
			c.add("opf-cover", "%s: cover-image item %q is %s, not an image", p.path, it.ID, it.MediaType)
		}
	}
	switch {
	case len(items) > 0 && !hasMeta:
		c.add("opf-cover", "%s: cover-image item %q has no EPUB 2 <meta name=\"cover\" content=%q/> (Kobo needs it)", p.path, items[0].ID, items[0].ID)
	case hasMeta && p.byID[metaID] == nil:
		c.add("opf-cover", "%s: <meta name=\"cover\"> names %q, which is no manifest id", p.path, metaID)
	case hasMeta && !strings.HasPrefix(p.byID[metaID].MediaType, "image/"):
		c.add("opf-cover", "%s: <meta name=\"cover\"> names %q, which is not an image", p.path, metaID)
	case hasMeta && p.epub3() && len(items) == 0:
		c.add("opf-cover", "%s: <meta name=\"cover\"> names %q but no item has properties=\"cover-image\"", p.path, metaID)
	case hasMeta && len(items) > 0 && items[0].ID != metaID:
		c.add("opf-cover", "%s: <meta name=\"cover\"> names %q but the cover-image item is %q", p.path, metaID, items[0].ID)
	}
}

// ref is a resolved internal reference: a zip path and a fragment.
type ref struct {
	file     string
	fragment string
}

// splitHref resolves href, found in the document at base, to a zip path and
// fragment. external is true for URLs with a scheme (or network paths); ok
// is false for malformed references or paths leaving the container.
func splitHref(base, href string) (target ref, external, ok bool) {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return ref{}, false, false
	}
	if u.Scheme != "" || u.Host != "" || u.Opaque != "" {
		return ref{}, true, true
	}
	file, ok := resolve(base, u.Path)
	if u.Path == "" {
		file = base
	}
	return ref{file: file, fragment: u.Fragment}, false, ok
}
