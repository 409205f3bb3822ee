package epub

import (
	"strconv"
	"strings"

	"github.com/offprint/offprint/content"
)

// The anchors of notes. Heading anchors never contain '_' unless a reader
// set them, and safeHeadingIDs renames any that start with these prefixes.
const (
	callPrefix     = "fnref_" // a note call
	footnotePrefix = "fn_"    // a pop-up footnote (aside)
	endnotePrefix  = "note_"  // an entry of the visible notes section

	// notesSectionID anchors the visible notes section; it has a reserved
	// prefix, so no heading can take it, and no note number makes it.
	notesSectionID = endnotePrefix + "list"
)

// noteCall writes the call of note n: a superscript outside the link (Apple
// Books breaks pop-ups when the <a> has child elements) and a link with the
// noteref role to the footnote on this page. In the visible notes section
// (endnotes mode) the call is a plain link to the note's entry.
func (p *page) noteCall(n int) {
	if p.inLink > 0 {
		p.deferred = append(p.deferred, n)
		return
	}
	if p.a.notes[n] == nil {
		p.a.warnOnce("note call " + strconv.Itoa(n) + " has no note; left out")
		return
	}
	num := strconv.Itoa(n)
	if p.endnotes {
		p.w(`<sup class="nref"><a href="#` + endnotePrefix + num + `">` + num + `</a></sup>`)
		return
	}
	p.calls[n]++
	id := callPrefix + num
	if c := p.calls[n]; c > 1 {
		id += "_" + strconv.Itoa(c)
	} else {
		p.order = append(p.order, n)
	}
	if _, ok := p.a.firstCall[n]; !ok {
		p.a.firstCall[n] = p.name + "#" + id
	}
	p.w(`<sup class="nref"><a epub:type="noteref" role="doc-noteref" href="#` + footnotePrefix + num + `" id="` + id + `">` + num + `</a></sup>`)
}

// footnotes writes, after the text of the page, one aside per note called
// on it (and per note those notes call), back link first: Kindle runs
// notes together otherwise.
func (p *page) footnotes() {
	for i := 0; i < len(p.order); i++ {
		n := p.order[i]
		num := strconv.Itoa(n)
		p.w(`<aside epub:type="footnote" role="doc-footnote" class="footnote" id="` + footnotePrefix + num + `">`)
		back := `<a class="back" role="doc-backlink" href="#` + callPrefix + num + `">` + num + `.</a> `
		p.noteBody(p.a.notes[n], back)
		p.w("</aside>\n")
	}
}

// endnoteSection writes the visible notes section: every note of the
// article, numbered, with a link back to its first call. Readers that hide
// pop-up footnotes (Apple Books) still show these.
func (p *page) endnoteSection(title string) {
	if len(p.a.doc.Notes) == 0 {
		return
	}
	p.endnotes = true
	defer func() { p.endnotes = false }()
	p.w(`<section class="notes" id="` + notesSectionID + `">` + "\n<h2>")
	p.text(title)
	p.w("</h2>\n")
	for i := range p.a.doc.Notes {
		n := &p.a.doc.Notes[i]
		num := strconv.Itoa(n.Number)
		lead := `<span class="num">` + num + `.</span> `
		if at, ok := p.a.firstCall[n.Number]; ok {
			lead = `<a class="back" role="doc-backlink" href="` + local(p.name, at) + `">` + num + `.</a> `
		}
		p.w(`<div class="note" id="` + endnotePrefix + num + `">`)
		p.noteBody(n, lead)
		p.w("</div>\n")
	}
	p.w("</section>\n")
}

// local turns "file#id" into "#id" when file is the current one.
func local(current, at string) string {
	if rest, ok := strings.CutPrefix(at, current); ok && strings.HasPrefix(rest, "#") {
		return rest
	}
	return at
}

// noteBody writes a note's text with lead (the back link) at the start of
// its first paragraph: rich bodies as blocks, plain ones as text followed
// by the cited address in full, as a working link.
func (p *page) noteBody(n *content.Note, lead string) {
	if len(n.Blocks) > 0 {
		rest := n.Blocks
		p.w("<p>" + lead)
		if para, ok := rest[0].(*content.Paragraph); ok {
			p.inlines(para.Inlines)
			rest = rest[1:]
		}
		p.w("</p>")
		p.blocks(rest)
		if n.URL != "" {
			p.w("<p>")
			p.url(n.URL)
			p.w("</p>")
		}
		return
	}
	p.w("<p>" + lead)
	p.text(n.Text)
	if n.URL != "" {
		if n.Text != "" {
			p.w(" ")
		}
		p.url(n.URL)
	}
	p.w("</p>")
}

// url writes an address as a link showing the address itself.
func (p *page) url(u string) {
	href := p.a.href(u)
	if href == "" {
		p.text(u)
		return
	}
	p.w(`<a class="url" href="`)
	p.text(href)
	p.w(`">`)
	p.text(u)
	p.w("</a>")
}
