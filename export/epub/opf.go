package epub

import (
	"crypto/sha1"
	"encoding/hex"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// item is one manifest entry; path is relative to the EPUB folder.
type item struct {
	id, path, mediaType, properties string
	data                            []byte  // the content, to compress
	media                           bool    // a stylesheet, image or font (see mediaFile)
	packed                          *packed // or a content file packed as it was rendered
	spine                           bool    // in the reading order
}

// identifier returns the package identifier: the document's own, else a
// UUID (version 5) of the content digest, so the same content always gets
// the same identifier.
func (b *builder) identifier() string {
	if id := strings.TrimSpace(b.meta.Identifier); id != "" {
		return id
	}
	return "urn:uuid:" + uuidV5(urlNamespace, "urn:offprint:sha256:"+hex.EncodeToString(b.hash))
}

// urlNamespace is the URL namespace of RFC 9562 (6ba7b811-…); the names
// offprint hashes in it are "urn:offprint:sha256:<content digest>".
var urlNamespace = [16]byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

// uuidV5 returns the RFC 9562 version 5 UUID of name in namespace ns.
func uuidV5(ns [16]byte, name string) string {
	h := sha1.New()
	h.Write(ns[:])
	h.Write([]byte(name))
	u := h.Sum(nil)[:16]
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	s := hex.EncodeToString(u)
	return s[:8] + "-" + s[8:12] + "-" + s[12:16] + "-" + s[16:20] + "-" + s[20:]
}

// packageDocument writes package.opf: metadata, manifest in the order of
// items, spine.
func (b *builder) packageDocument(items []*item, id string, modified time.Time) []byte {
	var sb strings.Builder
	sb.WriteString(xmlHeader)
	sb.WriteString(`<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="` + escape(b.lang) + `">` + "\n")
	sb.WriteString(`<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">` + "\n")
	b.metadata(&sb, id, modified)
	sb.WriteString("</metadata>\n<manifest>\n")
	for _, it := range items {
		sb.WriteString(`<item id="` + it.id + `" href="` + escape(it.path) + `" media-type="` + it.mediaType + `"`)
		if it.properties != "" {
			sb.WriteString(` properties="` + it.properties + `"`)
		}
		sb.WriteString("/>\n")
	}
	sb.WriteString("</manifest>\n<spine toc=\"ncx\"")
	if rtl(b.lang) {
		sb.WriteString(` page-progression-direction="rtl"`)
	}
	sb.WriteString(">\n")
	for _, it := range items {
		if it.spine {
			sb.WriteString(`<itemref idref="` + it.id + `"/>` + "\n")
		}
	}
	sb.WriteString("</spine>\n")
	b.guide(&sb)
	sb.WriteString("</package>\n")
	return []byte(sb.String())
}

func (b *builder) metadata(sb *strings.Builder, id string, modified time.Time) {
	m := b.meta
	el := func(tag, attrs, v string) {
		if v = strings.TrimSpace(v); v != "" {
			sb.WriteString("<" + tag + attrs + ">" + escape(v) + "</" + tag + ">\n")
		}
	}
	el("dc:identifier", ` id="pub-id"`, id)
	el("dc:title", ` id="title"`, label(m.Title, "Untitled"))
	el("dc:language", "", b.lang)
	n := 0
	for _, a := range m.Authors {
		if strings.TrimSpace(a.Name) == "" {
			continue
		}
		n++
		cid := "creator" + strconv.Itoa(n)
		el("dc:creator", ` id="`+cid+`"`, a.Name)
		sb.WriteString(`<meta refines="#` + cid + `" property="role" scheme="marc:relators">aut</meta>` + "\n")
	}
	if !m.Date.IsZero() {
		el("dc:date", "", m.Date.UTC().Format("2006-01-02"))
	}
	el("dc:publisher", "", m.Publisher)
	el("dc:source", "", m.SourceURL)
	desc := m.Description
	if strings.TrimSpace(desc) == "" {
		desc = m.Subtitle
	}
	el("dc:description", "", desc)
	for _, k := range m.Keywords {
		el("dc:subject", "", k)
	}
	el("dc:rights", "", m.Rights)
	sb.WriteString(`<meta property="dcterms:modified">` + modified.Format("2006-01-02T15:04:05Z") + "</meta>\n")
	if b.cover != nil {
		sb.WriteString(`<meta name="cover" content="cover-image"/>` + "\n")
	}
	b.accessibility(sb)
}

// accessibility writes the schema.org accessibility metadata, derived from
// what the publication holds.
func (b *builder) accessibility(sb *strings.Builder) {
	meta := func(prop, v string) {
		sb.WriteString(`<meta property="schema:` + prop + `">` + v + "</meta>\n")
	}
	images := len(b.images)
	if b.cover != nil {
		images++
	}
	allAlt := true
	for _, im := range b.images {
		allAlt = allAlt && im.altKnown
	}
	meta("accessMode", "textual")
	if images > 0 {
		meta("accessMode", "visual")
	}
	if allAlt {
		meta("accessModeSufficient", "textual")
	}
	if images > 0 {
		meta("accessModeSufficient", "textual,visual")
	}
	meta("accessibilityFeature", "tableOfContents")
	meta("accessibilityFeature", "readingOrder")
	if b.stats.headings > 0 {
		meta("accessibilityFeature", "structuralNavigation")
	}
	if images > 0 && allAlt {
		meta("accessibilityFeature", "alternativeText")
	}
	meta("accessibilityFeature", "displayTransformability")
	meta("accessibilityHazard", "none")
	meta("accessibilitySummary", escape(b.summary(images, allAlt)))
}

// summary says in a sentence or three what the accessibility metadata
// declares.
func (b *builder) summary(images int, allAlt bool) string {
	s := "Reflowable text with a table of contents and a logical reading order"
	if b.stats.headings > 0 {
		s += "; sections are marked up as headings"
	}
	s += "."
	switch {
	case len(b.images) > 0 && allAlt:
		s += " Every image has a text alternative."
	case len(b.images) > 0:
		s += " Images without a description in the source have a generic text alternative."
	}
	if b.stats.notes > 0 {
		s += " Notes are listed once, in a notes section after each article, and linked from their calls and back."
	}
	if b.stats.tables > 0 {
		s += " Tables have header cells where the source had them."
	}
	return s
}

// guide writes the EPUB 2 guide (deprecated in EPUB 3 but still read by
// older Kindle and Kobo software): the cover and where the text starts
// (not the nav document, which is outside the spine).
func (b *builder) guide(sb *strings.Builder) {
	l := words(b.lang)
	sb.WriteString("<guide>\n")
	if b.cover != nil {
		sb.WriteString(`<reference type="cover" title="` + escape(l.cover) + `" href="` + xhtmlFolder + `/cover.xhtml"/>` + "\n")
	}
	sb.WriteString(`<reference type="text" title="` + escape(l.start) + `" href="` + xhtmlFolder + "/" + b.bodymatter + `"/>` + "\n")
	sb.WriteString("</guide>\n")
}

// rtl reports whether the language is written right to left (by its
// script: Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam), so that pages turn
// the other way.
func rtl(lang string) bool {
	script, _ := language.Make(lang).Script()
	switch script.String() {
	case "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr":
		return true
	}
	return false
}
