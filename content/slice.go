package content

import "strings"

// SliceInlines returns the part of inlines whose plain text (PlainText) is
// the bytes [from, to), keeping the markup around it: a link cut in two
// gives two links to the same address. A note call belongs to the text
// before it: it is kept when from < its offset <= to (or at offset 0 when
// from is 0). Offsets are clamped to the text.
func SliceInlines(inlines []Inline, from, to int) []Inline {
	out, _ := slice(inlines, from, to, 0)
	return out
}

// slice cuts inlines starting at plain-text offset pos; it returns the
// kept inlines and the offset after them.
func slice(inlines []Inline, from, to, pos int) ([]Inline, int) {
	var out []Inline
	for _, in := range inlines {
		n := plainLen(in)
		end := pos + n
		switch in := in.(type) {
		case *Text:
			if s, ok := cut(in.Text, from, to, pos); ok {
				out = append(out, &Text{Text: s})
			}
		case *Code:
			if s, ok := cut(in.Text, from, to, pos); ok {
				out = append(out, &Code{Text: s})
			}
		case *Break:
			if from <= pos && end <= to {
				out = append(out, &Break{})
			}
		case *NoteRef:
			if from < pos && pos <= to || pos == 0 && from == 0 {
				out = append(out, &NoteRef{Note: in.Note})
			}
		default:
			kids, _ := slice(Children(in), from, to, pos)
			if len(kids) > 0 {
				out = append(out, withChildren(in, kids))
			}
		}
		pos = end
	}
	return out, pos
}

// cut returns the part of s (starting at offset pos) inside [from, to).
func cut(s string, from, to, pos int) (string, bool) {
	a, b := max(from-pos, 0), min(to-pos, len(s))
	if a >= b {
		return "", false
	}
	return s[a:b], true
}

// withChildren returns a copy of the container in holding kids.
func withChildren(in Inline, kids []Inline) Inline {
	switch in := in.(type) {
	case *Emph:
		return &Emph{Inlines: kids}
	case *Strong:
		return &Strong{Inlines: kids}
	case *Strike:
		return &Strike{Inlines: kids}
	case *Super:
		return &Super{Inlines: kids}
	case *Sub:
		return &Sub{Inlines: kids}
	case *Link:
		return &Link{URL: in.URL, Inlines: kids, Note: in.Note}
	}
	return in
}

// plainLen is the length in bytes of an inline in PlainText.
func plainLen(in Inline) int {
	switch in := in.(type) {
	case *Text:
		return len(in.Text)
	case *Code:
		return len(in.Text)
	case *Break:
		return 1
	}
	n := 0
	for _, k := range Children(in) {
		n += plainLen(k)
	}
	return n
}

// TrimInlines returns inlines without the white space (and breaks) at
// both ends of their plain text; nil when nothing is left.
func TrimInlines(inlines []Inline) []Inline {
	text := PlainText(inlines)
	from := len(text) - len(strings.TrimLeft(text, " \t\n\u00a0"))
	to := len(strings.TrimRight(text, " \t\n\u00a0"))
	if from >= to {
		return nil
	}
	if from == 0 && to == len(text) {
		return inlines
	}
	return append(SliceInlines(inlines, from, to), NoteCalls(SliceInlines(inlines, to, len(text)))...)
}

// NoteCalls returns the note calls among inlines, at any depth, in order.
func NoteCalls(inlines []Inline) []Inline {
	var out []Inline
	WalkInlines(inlines, func(in Inline) {
		if r, ok := in.(*NoteRef); ok {
			out = append(out, &NoteRef{Note: r.Note})
		}
	})
	return out
}
