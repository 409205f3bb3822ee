package layout

import (
	"strings"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/locale"
	"github.com/offprint/offprint/fonts"
)

// titleBlock sets the head of an article: the headline, the subtitle and
// the byline with the date and the publication's name, which carries the
// call of the source note (a line reading "Sources" does when there is
// no byline, date or publication to carry it).
// The lead figure is the document's first block and follows as an
// ordinary figure.
func (ts *typesetter) titleBlock(doc *content.Document, f *frame) {
	m := doc.Meta
	title := append([]content.Inline(nil), m.RichTitle()...)
	n := doc.SourceNote()
	by := byline(m)
	if n > 0 && by == "" {
		// The call goes on a line of its own, never on the headline,
		// whose accessible name would end with the number.
		w, _ := locale.For(m.Language)
		by = w.Sources
	}
	if len(title) > 0 {
		size := ts.g.FontSize * 2
		if ts.g.measure < 30*ts.g.FontSize {
			size = ts.g.FontSize.Scale(8, 5) // a small page: a smaller headline
		}
		st := textStyle{face: fonts.Bold, size: size, align: AlignLeft, noHyphens: true, balance: true}
		first := ts.text(title, st, f.x, f.width, size.Scale(6, 5), false)
		ts.tag("H1", first)
		ts.titled = true
		for i := first; i < ts.flowLen(); i++ {
			ts.el(i).keep = keepHeading
		}
		// A book's titles, and the title of an article without headings,
		// are outline entries: every PDF of more than one page has an
		// outline to navigate by (the checker's pdf-no-outline rule).
		if (ts.bookTitle || !hasHeadings(doc.Blocks)) && first < ts.flowLen() {
			ts.el(first).outline = &outlineAt{title: strings.TrimSpace(m.Title), level: 1, dest: ts.prefix + "title"}
		}
	}
	if s := m.RichSubtitle(); len(s) > 0 {
		ts.vspace(ts.g.Leading / 3)
		size := ts.g.FontSize.Scale(6, 5)
		st := textStyle{face: fonts.Italic, size: size, align: AlignLeft, noHyphens: true, balance: true}
		ts.tag("P", ts.text(s, st, f.x, f.width, size.Scale(13, 10), false))
	}
	if by != "" {
		ins := content.T(by)
		if n > 0 {
			ins = append(ins, &content.NoteRef{Note: n})
		}
		ts.vspace(ts.g.Leading / 2)
		size := ts.g.FontSize.Scale(19, 20)
		st := textStyle{face: fonts.Regular, size: size, align: AlignLeft, noHyphens: true}
		ts.tag("P", ts.text(ins, st, f.x, f.width, size.Scale(13, 10), false))
	}
	if ts.flowLen() > 0 {
		ts.vspace(ts.g.Leading * 3 / 2)
	}
	f.indent = false
}

// byline is "By A, B and C · 2 January 2006 · Vox" (the publisher, else
// the source's host name), in the document's language (content/locale:
// "Von A und B · 2. Januar 2006").
func byline(m content.Meta) string {
	var names []string
	for _, a := range m.Authors {
		if n := strings.TrimSpace(a.Name); n != "" {
			names = append(names, n)
		}
	}
	w, _ := locale.For(m.Language)
	var parts []string
	if by := w.Byline(names); by != "" {
		parts = append(parts, by)
	}
	if !m.Date.IsZero() {
		parts = append(parts, w.Date(m.Date))
	}
	if p := content.SourceName(m); p != "" {
		parts = append(parts, p)
	}
	return strings.Join(parts, " · ")
}

// authorNotes sets the authors' bios at the end of the article, after a
// short rule, in smaller italic type.
func (ts *typesetter) authorNotes(m content.Meta, f *frame) {
	var bios []string
	for _, a := range m.Authors {
		if b := strings.TrimSpace(a.Bio); b != "" {
			bios = append(bios, b)
		}
	}
	if len(bios) == 0 {
		return
	}
	from := ts.flowLen()
	ts.rule(f)
	for i := from; i < ts.flowLen(); i++ {
		ts.el(i).keep = keepHard // the rule never ends a page: it belongs to the bios
	}
	size := ts.g.FontSize.Scale(9, 10)
	st := textStyle{face: fonts.Italic, size: size, align: ts.g.Align}
	for _, b := range bios {
		ts.tag("P", ts.text(content.T(b), st, f.x, f.width, size.Scale(13, 10), true))
	}
}

// hasHeadings reports whether blocks hold a heading (an outline entry).
func hasHeadings(blocks []content.Block) bool {
	for _, b := range blocks {
		if _, ok := b.(*content.Heading); ok {
			return true
		}
	}
	return false
}
