package epub

import (
	"strings"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/locale"
)

// titleBlock writes the title page of an article (or of a book): the
// headline, the subtitle, the byline, the source line (the date and the
// publication's name, which carries the call of the source note), the
// lead figure with its caption and credit, and the authors' bios.
func (p *page) titleBlock(m content.Meta, sourceNote int, fig *content.Figure) {
	by := byline(m.Authors, p.a.lang)
	source := content.SourceName(m)
	p.w("<header class=\"titlepage\">\n<h1>")
	if t := m.RichTitle(); len(t) > 0 {
		p.inlines(t)
	} else {
		p.text("Untitled")
	}
	p.w("</h1>\n")
	if s := m.RichSubtitle(); len(s) > 0 {
		p.w(`<p class="subtitle">`)
		p.inlines(s)
		p.w("</p>\n")
	}
	if by != "" {
		p.w(`<p class="byline">`)
		p.text(by)
		if sourceNote > 0 && source == "" && m.Date.IsZero() {
			p.noteCall(sourceNote)
		}
		p.w("</p>\n")
	}
	if source == "" && m.Date.IsZero() && by == "" && sourceNote > 0 {
		// Nothing else carries the call, and on the headline the
		// number would end its accessible name: a line of its own.
		w, _ := locale.For(p.a.lang)
		source = w.Sources
	}
	if source != "" || !m.Date.IsZero() {
		p.sourceLine(m, source, sourceNote)
	}
	p.w("</header>\n")
	if fig != nil {
		p.figure(fig)
	}
	for _, a := range m.Authors {
		if bio := strings.TrimSpace(a.Bio); bio != "" {
			p.w(`<p class="bio">`)
			p.text(bio)
			p.w("</p>\n")
		}
	}
}

// sourceLine writes "22 March 2024 · Vox", the source note's call after
// the publication's name (after the date when the name is unknown).
func (p *page) sourceLine(m content.Meta, source string, sourceNote int) {
	p.w(`<p class="source">`)
	if !m.Date.IsZero() {
		p.w(`<time datetime="` + m.Date.Format("2006-01-02") + `">`)
		p.text(formatDate(m, p.a.lang))
		p.w("</time>")
		if source != "" {
			p.w(" · ")
		}
	}
	p.text(source)
	if sourceNote > 0 {
		p.noteCall(sourceNote)
	}
	p.w("</p>\n")
}

// byline joins the authors' names: "By A, B and C" in the languages
// offprint has words for (content/locale), the bare names separated by
// commas in others.
func byline(authors []content.Author, lang string) string {
	w, ok := locale.For(lang)
	if !ok {
		w.By = ""
	}
	return w.Byline(authorNames(authors))
}

// formatDate prints the publication date in the document's language
// ("22 March 2024", "22. März 2024"), ISO 8601 in languages offprint has
// no month names for.
func formatDate(m content.Meta, lang string) string {
	if w, ok := locale.For(lang); ok {
		return w.Date(m.Date)
	}
	return m.Date.Format("2006-01-02")
}

// authorNames returns the non-empty author names, trimmed.
func authorNames(authors []content.Author) []string {
	var names []string
	for _, a := range authors {
		if n := strings.TrimSpace(a.Name); n != "" {
			names = append(names, n)
		}
	}
	return names
}
