package content

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/content/locale"
)

// NumberNotes is the notes pass: it numbers every source of the document
// once, so that the EPUB and the PDF agree on the numbers.
//
//   - The article's source (Meta.Publisher / Meta.SourceURL) becomes note 1,
//     of kind NoteSource, unless the document already has a source note.
//   - Then, in reading order (title, subtitle, body: paragraphs, headings,
//     captions, credits, table cells, terms), each note call (NoteRef) and
//     each external link (http, https, ftp, mailto) gets the next number on
//     its first appearance.
//     Links share one note per distinct URL. What a note's own body calls or
//     cites is numbered right after that note, so that notes print in order.
//   - Notes that nothing calls are dropped, except the source note.
//
// NoteRef.Note and a non-zero Link.Note are 1-based positions in
// doc.Notes before and after the pass; the pass reorders the notes and
// rewrites the calls so that Notes[i].Number == i+1. Running it twice
// changes nothing.
func NumberNotes(doc *Document) {
	old := doc.Notes
	p := numbering{old: old, byOld: map[int]int{}, byURL: map[string]int{}}
	if i := sourceIndex(old); i >= 0 {
		p.take(i + 1)
	} else if src := sourceNote(doc.Meta); src != nil {
		p.notes = append(p.notes, *src)
		p.notes[0].Number = 1
	}
	for _, ins := range doc.Meta.LiveInlines() {
		WalkInlines(ins, p.visit)
	}
	WalkDocInlines(doc.Blocks, p.visit)
	doc.Notes = p.notes
}

type numbering struct {
	old   []Note
	notes []Note
	byOld map[int]int    // old 1-based index -> new number
	byURL map[string]int // URL -> number of its link note
}

// take numbers the old note at 1-based index i (once) and returns its number.
func (p *numbering) take(i int) int {
	if n, ok := p.byOld[i]; ok {
		return n
	}
	if i < 1 || i > len(p.old) {
		return 0
	}
	n := p.old[i-1]
	n.Number = len(p.notes) + 1
	p.notes = append(p.notes, n)
	p.byOld[i] = n.Number
	if n.Kind == NoteLink && n.URL != "" {
		p.byURL[n.URL] = n.Number
	}
	WalkDocInlines(n.Blocks, p.visit)
	return n.Number
}

func (p *numbering) visit(in Inline) {
	switch in := in.(type) {
	case *NoteRef:
		in.Note = p.take(in.Note)
	case *Link:
		switch {
		case in.Note != 0:
			in.Note = p.take(in.Note)
		case IsExternalURL(in.URL):
			if n, ok := p.byURL[in.URL]; ok {
				in.Note = n
				return
			}
			in.Note = len(p.notes) + 1
			p.notes = append(p.notes, Note{Number: in.Note, Kind: NoteLink, URL: in.URL})
			p.byURL[in.URL] = in.Note
		}
	}
}

func sourceIndex(notes []Note) int {
	for i := range notes {
		if notes[i].Kind == NoteSource {
			return i
		}
	}
	return -1
}

// IsExternalURL reports whether u points outside the document (and so is
// worth a note): an http, https, ftp or mailto address.
func IsExternalURL(u string) bool {
	l := strings.ToLower(u)
	for _, p := range []string{"http://", "https://", "ftp://", "mailto:"} {
		if strings.HasPrefix(l, p) && len(l) > len(p) {
			return true
		}
	}
	return false
}

// sourceNote builds the note that says where the article was published, or
// nil when the metadata does not say.
func sourceNote(m Meta) *Note {
	if m.Publisher == "" && m.SourceURL == "" {
		return nil
	}
	var parts []string
	if m.Publisher != "" {
		parts = append(parts, m.Publisher)
	}
	w, _ := locale.For(m.Language)
	if m.Title != "" {
		parts = append(parts, quoteTitle(m.Title, w))
	}
	if !m.Date.IsZero() {
		parts = append(parts, w.Date(m.Date))
	}
	text := strings.Join(parts, ", ")
	if !strings.HasSuffix(text, "?"+w.Close) && !strings.HasSuffix(text, "!"+w.Close) {
		text += "."
	}
	if !m.Retrieved.IsZero() {
		text += " " + capitalise(w.Retrieved) + " " + w.Date(m.Retrieved) + "."
	}
	return &Note{Kind: NoteSource, Text: text, URL: m.SourceURL}
}

// quoteTitle puts a title in the quotation marks of the document's
// language, as the Sources list does (“…” in English, „…“ in German, «…»
// in French): outer quotes it already has are dropped, inner English
// double quotes become single ones when the marks are English ones
// (“‘Rising,’ she said”), and a final full stop goes (the note adds its
// own).
func quoteTitle(t string, w locale.Words) string {
	t = strings.TrimRight(t, ".,;: ")
	if r := []rune(t); len(r) >= 2 && strings.ContainsRune("“\"„«", r[0]) && strings.ContainsRune("”\"“»", r[len(r)-1]) {
		t = string(r[1 : len(r)-1])
	}
	if w.Open == "“" {
		t = strings.NewReplacer("“", "‘", "”", "’").Replace(t)
	}
	return w.Open + t + w.Close
}

// capitalise puts the first letter of s in upper case ("retrieved" →
// "Retrieved").
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
