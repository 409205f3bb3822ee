package sources

import (
	"strings"

	"github.com/offprint/offprint/content"
)

// noteText is the body of a speaker's note: "Name, role; how."
func noteText(f found) string {
	s := describe(f.p)
	if f.how != "" {
		s += "; " + f.how
	}
	return finish(s)
}

// describe is "Name, role as the article states it" (or just the name).
func describe(p *person) string {
	s := p.name
	if r := p.role(); r.text != "" {
		s += ", " + r.text
	}
	return s
}

// finish ends s with a period unless it already ends with one.
func finish(s string) string {
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}

// addNotes appends a note for each speaker's first quotation and calls it
// right after the quotation's closing mark (or at the end of the paragraph
// when the quotation runs on).
func (a *analysis) addNotes(doc *content.Document) {
	for _, f := range a.found {
		if !f.note {
			continue
		}
		doc.Notes = append(doc.Notes, content.Note{Kind: content.NoteAttribution, Text: noteText(f)})
		ref := &content.NoteRef{Note: len(doc.Notes)}
		f.pa.p.Inlines = insertAt(f.pa.p.Inlines, f.call, ref)
	}
}

// plainLen is the length of an inline in content.PlainText.
func plainLen(in content.Inline) int {
	switch in := in.(type) {
	case *content.Text:
		return len(in.Text)
	case *content.Code:
		return len(in.Text)
	case *content.Break:
		return 1
	}
	n := 0
	for _, c := range content.Children(in) {
		n += plainLen(c)
	}
	return n
}

// insertAt inserts ref at byte offset off of the plain text of inlines,
// splitting a Text when needed. It never puts the call inside a link or a
// code span (it goes after them) and enters emphasis only when off falls
// strictly inside it. The plain text is unchanged.
func insertAt(inlines []content.Inline, off int, ref content.Inline) []content.Inline {
	pos := 0
	for i, in := range inlines {
		n := plainLen(in)
		if off > pos+n || (off == pos+n && n == 0) {
			pos += n
			continue
		}
		switch x := in.(type) {
		case *content.Text:
			cut := off - pos
			if cut == n {
				return splice(inlines, i+1, ref)
			}
			head, tail := &content.Text{Text: x.Text[:cut]}, &content.Text{Text: x.Text[cut:]}
			out := make([]content.Inline, 0, len(inlines)+2)
			out = append(out, inlines[:i]...)
			if cut > 0 {
				out = append(out, head)
			}
			out = append(out, ref, tail)
			return append(out, inlines[i+1:]...)
		case *content.Emph:
			if off < pos+n && off > pos {
				x.Inlines = insertAt(x.Inlines, off-pos, ref)
				return inlines
			}
		case *content.Strong:
			if off < pos+n && off > pos {
				x.Inlines = insertAt(x.Inlines, off-pos, ref)
				return inlines
			}
		}
		if off == pos {
			return splice(inlines, i, ref)
		}
		return splice(inlines, i+1, ref)
	}
	return append(inlines, ref)
}

func splice(inlines []content.Inline, i int, in content.Inline) []content.Inline {
	out := make([]content.Inline, 0, len(inlines)+1)
	out = append(out, inlines[:i]...)
	out = append(out, in)
	return append(out, inlines[i:]...)
}
