package epub

import (
	"strconv"
	"strings"
)

const xmlHeader = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"

// xhtmlDocument returns a complete XHTML document with the XML declaration
// and the language on <html>; class, when set, goes on <html> and <body>,
// and the epub: namespace is declared only when body uses it.
func xhtmlDocument(lang, title, cssHref, class, body string) []byte {
	var sb strings.Builder
	sb.Grow(len(body) + 512)
	sb.WriteString(xmlHeader)
	sb.WriteString("<!DOCTYPE html>\n")
	classAttr := ""
	if class != "" {
		classAttr = ` class="` + class + `"`
	}
	sb.WriteString(`<html xmlns="http://www.w3.org/1999/xhtml"`)
	if strings.Contains(body, " epub:") {
		sb.WriteString(` xmlns:epub="http://www.idpf.org/2007/ops"`)
	}
	sb.WriteString(langAttrs(lang) + classAttr + ">\n")
	sb.WriteString("<head>\n<title>" + escape(title) + "</title>\n")
	if cssHref != "" {
		sb.WriteString(`<link rel="stylesheet" type="text/css" href="` + cssHref + `"/>` + "\n")
	}
	sb.WriteString("</head>\n<body" + classAttr + ">\n")
	sb.WriteString(body)
	sb.WriteString("</body>\n</html>\n")
	return []byte(sb.String())
}

// navDocument writes nav.xhtml: the table of contents nested by heading
// level, and the landmarks (cover, bodymatter). The nav document is not in
// the spine, so the landmarks do not point at it (a link to a file outside
// the spine is an error).
func (b *builder) navDocument() []byte {
	l := words(b.lang)
	var sb strings.Builder
	sb.WriteString(`<nav epub:type="toc" role="doc-toc" id="toc">` + "\n<h1>" + escape(l.contents) + "</h1>\n")
	navList(&sb, b.toc)
	sb.WriteString("</nav>\n")
	sb.WriteString(`<nav epub:type="landmarks" id="landmarks" hidden="hidden">` + "\n<h2>Landmarks</h2>\n<ol>\n")
	if b.cover != nil {
		sb.WriteString(`<li><a epub:type="cover" href="` + xhtmlFolder + `/cover.xhtml">` + escape(l.cover) + "</a></li>" + "\n")
	}
	sb.WriteString(`<li><a epub:type="bodymatter" href="` + xhtmlFolder + "/" + b.bodymatter + `">` + escape(l.start) + "</a></li>" + "\n")
	sb.WriteString("</ol>\n</nav>\n")
	return xhtmlDocument(b.lang, l.contents, cssFolder+"/style.css", "", sb.String())
}

func navList(sb *strings.Builder, entries []*tocEntry) {
	sb.WriteString("<ol>\n")
	for _, e := range entries {
		sb.WriteString(`<li><a href="` + xhtmlFolder + "/" + escape(e.href) + `">` + escape(e.label) + "</a>")
		if len(e.kids) > 0 {
			sb.WriteString("\n")
			navList(sb, e.kids)
		}
		sb.WriteString("</li>\n")
	}
	sb.WriteString("</ol>\n")
}

// ncxDocument writes toc.ncx for EPUB 2 readers (Kobo needs it for
// sideloaded books): dtb:uid is the package identifier, navPoint ids and
// playOrder follow the reading order.
func (b *builder) ncxDocument(id string) []byte {
	var sb strings.Builder
	sb.WriteString(xmlHeader)
	sb.WriteString(`<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="` + escape(b.lang) + `">` + "\n<head>\n")
	sb.WriteString(`<meta name="dtb:uid" content="` + escape(id) + `"/>` + "\n")
	sb.WriteString(`<meta name="dtb:depth" content="` + strconv.Itoa(depth(b.toc)) + `"/>` + "\n")
	sb.WriteString(`<meta name="dtb:totalPageCount" content="0"/>` + "\n")
	sb.WriteString(`<meta name="dtb:maxPageNumber" content="0"/>` + "\n</head>\n")
	sb.WriteString("<docTitle><text>" + escape(label(b.meta.Title, "Untitled")) + "</text></docTitle>\n")
	for _, a := range b.meta.Authors {
		if n := strings.TrimSpace(a.Name); n != "" {
			sb.WriteString("<docAuthor><text>" + escape(n) + "</text></docAuthor>\n")
		}
	}
	sb.WriteString("<navMap>\n")
	order := 0
	navPoints(&sb, b.toc, &order)
	sb.WriteString("</navMap>\n</ncx>\n")
	return []byte(sb.String())
}

func navPoints(sb *strings.Builder, entries []*tocEntry, order *int) {
	for _, e := range entries {
		*order++
		n := strconv.Itoa(*order)
		sb.WriteString(`<navPoint id="navpoint-` + n + `" playOrder="` + n + `">`)
		sb.WriteString("<navLabel><text>" + escape(e.label) + "</text></navLabel>")
		sb.WriteString(`<content src="` + xhtmlFolder + "/" + escape(e.href) + `"/>` + "\n")
		navPoints(sb, e.kids, order)
		sb.WriteString("</navPoint>\n")
	}
}

// depth returns the number of levels of the table of contents (at least
// 1, as dtb:depth requires).
func depth(entries []*tocEntry) int {
	return max(levels(entries), 1)
}

func levels(entries []*tocEntry) int {
	d := 0
	for _, e := range entries {
		d = max(d, 1+levels(e.kids))
	}
	return d
}

// coverDocument writes the cover page: nothing but the image, in an SVG
// wrapper that scales it to the page, keeping its proportions, on every
// reader. The wrapper has no <title> (FBReader shows it as a page of text
// before the image) and the page no fixed height (a 100vh box overflows
// into a blank second page in epub.js); its accessible name is the
// aria-label.
func (b *builder) coverDocument() []byte {
	c := b.cover
	w, h := strconv.Itoa(c.width), strconv.Itoa(c.height)
	body := `<section class="cover" epub:type="cover"><svg class="cover" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="100%" height="100%" viewBox="0 0 ` + w + " " + h + `" preserveAspectRatio="xMidYMid meet" role="img" aria-label="` + escape(c.alt) + `">` +
		`<image width="` + w + `" height="` + h + `" xlink:href="../` + imageFolder + "/" + c.name + `"/></svg></section>` + "\n"
	return xhtmlDocument(b.lang, words(b.lang).cover, "../"+cssFolder+"/style.css", "cover", body)
}

// langAttrs returns the attributes that give an <html> element its
// language (lang and xml:lang) and, for right-to-left scripts, direction.
func langAttrs(lang string) string {
	a := ` lang="` + escape(lang) + `" xml:lang="` + escape(lang) + `"`
	if rtl(lang) {
		a += ` dir="rtl"`
	}
	return a
}
