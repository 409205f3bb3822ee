package check

import (
	"bytes"
	"fmt"
	"io"
	"slices"

	"github.com/offprint/offprint/internal/lazyre"
)

// Bounds of the page tree walk.
const (
	maxPages     = 1 << 17
	maxTreeDepth = 64
	maxXObjects  = 1 << 14
)

// pdfHeaderRE matches the PDF header and captures the version.
var pdfHeaderRE = lazyre.New(`%PDF-(\d\.\d)`)

// PDF checks the PDF read from r: header, cross-reference data, embedded
// fonts, outline, page boxes, title and language. The error is non-nil only
// when r cannot be read or holds no PDF at all; everything else is reported
// as problems.
func PDF(r io.ReadSeeker) ([]Problem, error) {
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("read PDF: %w", err)
	}
	data, err := io.ReadAll(io.LimitReader(r, maxPDFSize+1))
	if err != nil {
		return nil, fmt.Errorf("read PDF: %w", err)
	}
	var ps problems
	if len(data) > maxPDFSize {
		ps.add("pdf-too-large", "the file is larger than %d MB and was not checked", maxPDFSize>>20)
		return ps.list, nil
	}
	m := pdfHeaderRE.FindIndex(data[:min(len(data), 1024)])
	switch {
	case m == nil && !bytes.Contains(data, []byte("obj")):
		return nil, fmt.Errorf("not a PDF file (no %%PDF- header)")
	case m == nil:
		ps.add("pdf-header", "no %%PDF-x.y header in the first 1024 bytes")
	case m[0] != 0:
		ps.add("pdf-header", "the %%PDF- header is at offset %d, not at the start of the file", m[0])
	}
	c := &pdfChecker{f: openPDF(data, &ps), problems: &ps}
	c.check()
	if c.f.misplaced > 0 {
		ps.add("pdf-xref", "%d objects are not at the offsets the cross-reference table gives (found by scanning)", c.f.misplaced)
	}
	if c.f.exhausted || c.f.lookups > maxLookups {
		ps.add("pdf-too-complex", "the file's objects are too tangled to check completely (damaged or hostile file)")
	}
	return ps.list, nil
}

// pdfChecker holds the state of one PDF check.
type pdfChecker struct {
	*problems
	f         *pdfFile
	pages     int
	fontsSeen map[pdfRef]bool // font objects checked
	resSeen   map[pdfRef]bool
	boxes     map[string]bool // page box rules reported already
	pageDicts []pdfDict       // the pages, in order (pdftags.go)
	// contentSeen are the content streams read (pdftags.go)
	contentSeen map[*pdfStream]bool
}

// check runs the document-level checks.
func (c *pdfChecker) check() {
	root, ok := c.f.resolve(c.f.trailer["Root"]).(pdfDict)
	if !ok {
		c.add("pdf-structure", "the trailer names no document catalog (/Root)")
		return
	}
	if c.f.trailer["Encrypt"] != nil {
		c.add("pdf-encrypted", "the document is encrypted; readers may ask for a password or refuse to print or copy")
	}
	c.fontsSeen = make(map[pdfRef]bool)
	c.resSeen = make(map[pdfRef]bool)
	c.boxes = make(map[string]bool)
	c.walkPages(root["Pages"], inherited{}, 0, make(map[pdfRef]bool))
	if c.pages == 0 {
		c.add("pdf-no-pages", "the document has no pages")
	}
	if c.pages > 1 {
		outlines, _ := c.f.resolve(root["Outlines"]).(pdfDict)
		if outlines == nil || outlines["First"] == nil {
			c.add("pdf-no-outline", "the document has %d pages but no outline (bookmarks)", c.pages)
		}
	}
	if !c.hasTitle(root) {
		c.add("pdf-no-title", "no document title (/Info /Title or XMP dc:title)")
	}
	if lang, _ := c.f.resolve(root["Lang"]).(pdfString); len(lang) == 0 {
		c.add("pdf-no-lang", "the catalog has no /Lang (readers and screen readers need the language)")
	}
	c.checkTags(root)
}

// inherited holds the page attributes inherited through the page tree.
type inherited struct {
	resources any
	mediaBox  any
}

// walkPages visits the page tree node v, counting pages and checking each.
func (c *pdfChecker) walkPages(v any, inh inherited, depth int, seen map[pdfRef]bool) {
	if r, ok := v.(pdfRef); ok {
		if seen[r] {
			c.add("pdf-structure", "object %d appears more than once in the page tree (a cycle or a shared node)", r.num)
			return
		}
		seen[r] = true
	}
	node, ok := c.f.resolve(v).(pdfDict)
	if !ok || depth > maxTreeDepth || c.pages >= maxPages {
		if depth > maxTreeDepth {
			c.add("pdf-structure", "the page tree is deeper than %d", maxTreeDepth)
		}
		return
	}
	if r, ok := node["Resources"]; ok {
		inh.resources = r
	}
	if b, ok := node["MediaBox"]; ok {
		inh.mediaBox = b
	}
	kids, isTree := c.f.resolve(node["Kids"]).(pdfArray)
	if node["Type"] == pdfName("Pages") || (isTree && node["Type"] != pdfName("Page")) {
		for _, k := range kids {
			c.walkPages(k, inh, depth+1, seen)
		}
		return
	}
	c.pages++
	c.pageDicts = append(c.pageDicts, node)
	c.checkBoxes(node, inh.mediaBox)
	c.checkResources(inh.resources, 0)
}

// rect reads a rectangle [llx lly urx ury].
func (c *pdfChecker) rect(v any) ([4]float64, bool) {
	var r [4]float64
	a, ok := c.f.resolve(v).(pdfArray)
	if !ok || len(a) != 4 {
		return r, false
	}
	for i, x := range a {
		switch n := c.f.resolve(x).(type) {
		case int64:
			r[i] = float64(n)
		case float64:
			r[i] = n
		default:
			return r, false
		}
	}
	return r, true
}

// checkBoxes checks the MediaBox (present, sane size) and that the TrimBox
// lies within it. Each rule is reported for the first page only.
func (c *pdfChecker) checkBoxes(page pdfDict, mediaBox any) {
	report := func(rule, format string, args ...any) {
		if !c.boxes[rule] {
			c.boxes[rule] = true
			c.add(rule, "page %d: "+format, append([]any{c.pages}, args...)...)
		}
	}
	mb, ok := c.rect(mediaBox)
	if !ok {
		report("pdf-page-size", "no valid /MediaBox")
		return
	}
	w, h := mb[2]-mb[0], mb[3]-mb[1]
	if w < 3 || h < 3 || w > 14400 || h > 14400 {
		report("pdf-page-size", "MediaBox %v gives a page of %.1f × %.1f pt (must be 3 to 14400)", mb, w, h)
	}
	tv, has := page["TrimBox"]
	if !has {
		return
	}
	tb, ok := c.rect(tv)
	const eps = 0.01
	if !ok || tb[0] < mb[0]-eps || tb[1] < mb[1]-eps || tb[2] > mb[2]+eps || tb[3] > mb[3]+eps || tb[0] >= tb[2] || tb[1] >= tb[3] {
		report("pdf-trimbox", "TrimBox %v is not within MediaBox %v", tb, mb)
	}
}

// checkResources checks the fonts of a resource dictionary and of the form
// XObjects it uses.
func (c *pdfChecker) checkResources(v any, depth int) {
	if r, ok := v.(pdfRef); ok {
		if c.resSeen[r] {
			return
		}
		c.resSeen[r] = true
	}
	res, ok := c.f.resolve(v).(pdfDict)
	if !ok || depth > maxTreeDepth || len(c.resSeen) > maxXObjects {
		return
	}
	fonts, _ := c.f.resolve(res["Font"]).(pdfDict)
	for _, name := range sortedKeys(fonts) {
		c.checkFont(name, fonts[name])
	}
	xobjs, _ := c.f.resolve(res["XObject"]).(pdfDict)
	for _, name := range sortedKeys(xobjs) {
		r, isRef := xobjs[name].(pdfRef)
		if !isRef || c.resSeen[r] {
			continue
		}
		c.resSeen[r] = true
		if s, ok := c.f.resolve(r).(*pdfStream); ok && s.dict["Subtype"] == pdfName("Form") {
			c.checkResources(s.dict["Resources"], depth+1)
		}
	}
}

// checkFont reports a font whose program is not embedded.
func (c *pdfChecker) checkFont(name pdfName, v any) {
	if r, ok := v.(pdfRef); ok {
		if c.fontsSeen[r] || len(c.fontsSeen) > maxXObjects {
			return
		}
		c.fontsSeen[r] = true
	}
	font, ok := c.f.resolve(v).(pdfDict)
	if !ok {
		return
	}
	base, _ := font["BaseFont"].(pdfName)
	if base == "" {
		base = name
	}
	desc := font
	switch font["Subtype"] {
	case pdfName("Type3"):
		return
	case pdfName("Type0"):
		kids, _ := c.f.resolve(font["DescendantFonts"]).(pdfArray)
		if len(kids) == 0 {
			c.add("pdf-font-not-embedded", "font %s (Type0) has no descendant font", base)
			return
		}
		desc, _ = c.f.resolve(kids[0]).(pdfDict)
	}
	fd, _ := c.f.resolve(desc["FontDescriptor"]).(pdfDict)
	for _, k := range []pdfName{"FontFile", "FontFile2", "FontFile3"} {
		if fd[k] != nil {
			return
		}
	}
	c.add("pdf-font-not-embedded", "font %s is not embedded (printers and readers substitute it)", base)
}

// hasTitle reports whether the document has a non-empty title in /Info or
// in its XMP metadata.
func (c *pdfChecker) hasTitle(root pdfDict) bool {
	info, _ := c.f.resolve(c.f.trailer["Info"]).(pdfDict)
	if t, _ := c.f.resolve(info["Title"]).(pdfString); len(bytes.TrimSpace(bytes.TrimPrefix([]byte(t), []byte("\xfe\xff")))) > 0 {
		return true
	}
	md, ok := c.f.resolve(root["Metadata"]).(*pdfStream)
	if !ok {
		return false
	}
	xmp, err := c.f.decode(md)
	return err == nil && xmpTitleRE.Match(xmp)
}

// xmpTitleRE matches a non-empty dc:title in XMP.
var xmpTitleRE = lazyre.New(`(?s)<dc:title>.*?<rdf:li[^>]*>\s*[^<\s]`)

// sortedKeys returns the keys of d in order, for deterministic output.
func sortedKeys(d pdfDict) []pdfName {
	keys := make([]pdfName, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
