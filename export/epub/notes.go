package epub

import (
	"strconv"
	"strings"

	"github.com/offprint/offprint/content"
)

// The anchors of notes, as Standard Ebooks names them. safeHeadingIDs
// renames a heading whose anchor starts with one of these prefixes or is
// notesSectionID.
const (
	callPrefix = "noteref-" // a note call: noteref-5, noteref-5-2 for its second call
	notePrefix = "note-"    // an entry of the notes section

	// notesSectionID anchors an article's notes section.
	notesSectionID = "endnotes"
)

// noteCall writes the call of note n: a link with the noteref type and
// role straight to the note's entry in the article's notes section, with
// no child element (Apple Books breaks pop-ups when the link has one); CSS
// sets it as a superscript. Every call has an id, so that the note can
// link back to its first call.
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
	p.a.calls[n]++
	id := callPrefix + num
	if c := p.a.calls[n]; c > 1 {
		id += "-" + strconv.Itoa(c)
	} else {
		p.a.firstCall[n] = p.name + "#" + id
	}
	href := local(p.name, p.a.notesFile+"#"+notePrefix+num)
	p.w(`<a class="noteref" epub:type="noteref" role="doc-noteref" href="` + href + `" id="` + id + `">` + num + `</a>`)
}

// endnoteSection writes the article's notes section, the only copy of each
// note: an ordered list whose entries start with a link back to the note's
// first call, showing its number (Kindle runs notes together when the back
// link comes last, and plain-text conversions lose list numbers).
func (p *page) endnoteSection(title string) {
	if len(p.a.doc.Notes) == 0 {
		return
	}
	p.w(`<section class="endnotes" id="` + notesSectionID + `" epub:type="endnotes" role="doc-endnotes">` + "\n<h2>")
	p.text(title)
	p.w("</h2>\n<ol>\n")
	for i := range p.a.doc.Notes {
		n := &p.a.doc.Notes[i]
		num := strconv.Itoa(n.Number)
		lead := `<span class="num">` + num + `.</span> `
		if at, ok := p.a.firstCall[n.Number]; ok {
			lead = `<a class="back" role="doc-backlink" href="` + local(p.name, at) + `">` + num + `.</a> `
		}
		p.w(`<li id="` + notePrefix + num + `" epub:type="endnote">`)
		p.noteBody(n, lead)
		p.w("</li>\n")
	}
	p.w("</ol>\n</section>\n")
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

// url writes an address as a link showing the address itself, as a
// reader reads it (content.DisplayURL), with a line-break opportunity
// after each '/', '.', '-', '?' and '&' of it.
func (p *page) url(u string) {
	href := p.a.href(u)
	if href == "" {
		p.breakable(content.DisplayURL(u))
		return
	}
	p.w(`<a class="url" href="`)
	p.text(href)
	p.w(`">`)
	p.breakable(content.DisplayURL(u))
	p.w("</a>")
}
