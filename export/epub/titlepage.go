package epub

import (
	"strings"

	"github.com/offprint/offprint/content"
)

// titleBlock writes the title page of an article (or of a book): the
// headline with the call of the source note, the subtitle, the byline,
// the date, the lead figure with its caption and credit, and the authors'
// bios.
func (p *page) titleBlock(m content.Meta, sourceNote int, fig *content.Figure) {
	p.w("<header class=\"titlepage\">\n<h1 class=\"title\">")
	if t := m.RichTitle(); len(t) > 0 {
		p.inlines(t)
	} else {
		p.text("Untitled")
	}
	if sourceNote > 0 {
		p.noteCall(sourceNote)
	}
	p.w("</h1>\n")
	if s := m.RichSubtitle(); len(s) > 0 {
		p.w(`<p class="subtitle">`)
		p.inlines(s)
		p.w("</p>\n")
	}
	if by := byline(m.Authors, p.a.lang); by != "" {
		p.w(`<p class="byline">`)
		p.text(by)
		p.w("</p>\n")
	}
	if !m.Date.IsZero() {
		p.w(`<p class="date"><time datetime="` + m.Date.Format("2006-01-02") + `">`)
		p.text(formatDate(m, p.a.lang))
		p.w("</time></p>\n")
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

// byline joins the authors' names: "By A, B and C" in the languages
// offprint has words for (see labelsByLang), the bare names separated by
// commas in others.
func byline(authors []content.Author, lang string) string {
	names := authorNames(authors)
	l, ok := wordsFor(lang)
	switch {
	case len(names) == 0:
		return ""
	case !ok:
		return strings.Join(names, ", ")
	case len(names) == 1:
		return l.by + " " + names[0]
	}
	return l.by + " " + strings.Join(names[:len(names)-1], ", ") + " " + l.and + " " + names[len(names)-1]
}

// formatDate prints the publication date: "22 March 2024" in English,
// ISO 8601 otherwise (month names are not translated).
func formatDate(m content.Meta, lang string) string {
	if isEnglish(lang) {
		return m.Date.Format("2 January 2006")
	}
	return m.Date.Format("2006-01-02")
}

func isEnglish(lang string) bool {
	return lang == "en" || strings.HasPrefix(lang, "en-")
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
