package content

import "strings"

// WalkBlocks calls fn for every block in reading order, depth first:
// a Quote before its blocks, a List before its items' blocks. It does not
// descend into note bodies.
func WalkBlocks(blocks []Block, fn func(Block)) {
	for _, b := range blocks {
		fn(b)
		switch b := b.(type) {
		case *Quote:
			WalkBlocks(b.Blocks, fn)
		case *List:
			for _, item := range b.Items {
				WalkBlocks(item, fn)
			}
		case *DefList:
			for _, it := range b.Items {
				for _, d := range it.Defs {
					WalkBlocks(d, fn)
				}
			}
		}
	}
}

// WalkInlines calls fn for every inline in reading order, depth first: a
// container (Emph, Strong, Link) before its children.
func WalkInlines(inlines []Inline, fn func(Inline)) {
	for _, in := range inlines {
		fn(in)
		if kids := Children(in); kids != nil {
			WalkInlines(kids, fn)
		}
	}
}

// Children returns the inlines inside a container inline (Emph, Strong,
// Strike, Super, Sub, Link), or nil.
func Children(in Inline) []Inline {
	switch in := in.(type) {
	case *Emph:
		return in.Inlines
	case *Strong:
		return in.Inlines
	case *Strike:
		return in.Inlines
	case *Super:
		return in.Inlines
	case *Sub:
		return in.Inlines
	case *Link:
		return in.Inlines
	}
	return nil
}

// BlockInlines returns the inline lists directly held by a block: the text
// of a heading or paragraph, a figure's caption and credit, every table
// cell, the terms of a definition list. Quotes and lists hold blocks, not
// inlines, and return nil.
func BlockInlines(b Block) [][]Inline {
	switch b := b.(type) {
	case *Heading:
		return [][]Inline{b.Inlines}
	case *Paragraph:
		return [][]Inline{b.Inlines}
	case *Figure:
		return [][]Inline{b.Caption, b.Credit}
	case *Table:
		var cells [][]Inline
		for _, row := range b.Header {
			for _, c := range row {
				cells = append(cells, c.Inlines)
			}
		}
		for _, row := range b.Rows {
			for _, c := range row {
				cells = append(cells, c.Inlines)
			}
		}
		return cells
	case *DefList:
		terms := make([][]Inline, len(b.Items))
		for i, it := range b.Items {
			terms[i] = it.Term
		}
		return terms
	}
	return nil
}

// WalkDocInlines calls fn for every inline of the body in reading order,
// including captions, credits, table cells and terms, but not note bodies
// nor the title (see Meta.LiveInlines).
func WalkDocInlines(blocks []Block, fn func(Inline)) {
	WalkBlocks(blocks, func(b Block) {
		for _, ins := range BlockInlines(b) {
			WalkInlines(ins, fn)
		}
	})
}

// PlainText returns the text of inlines without markup: note calls are
// left out, a Break becomes a space.
func PlainText(inlines []Inline) string {
	if len(inlines) == 1 { // most paragraphs: no copy
		switch in := inlines[0].(type) {
		case *Text:
			return in.Text
		case *Code:
			return in.Text
		}
	}
	var sb strings.Builder
	writePlain(&sb, inlines)
	return sb.String()
}

func writePlain(sb *strings.Builder, inlines []Inline) {
	for _, in := range inlines {
		switch in := in.(type) {
		case *Text:
			sb.WriteString(in.Text)
		case *Code:
			sb.WriteString(in.Text)
		case *Break:
			sb.WriteByte(' ')
		default:
			writePlain(sb, Children(in))
		}
	}
}

// BlocksText returns the plain text of blocks, one paragraph per line.
func BlocksText(blocks []Block) string {
	var lines []string
	WalkBlocks(blocks, func(b Block) {
		switch b := b.(type) {
		case *CodeBlock:
			lines = append(lines, b.Text)
		default:
			for _, ins := range BlockInlines(b) {
				if t := PlainText(ins); t != "" {
					lines = append(lines, t)
				}
			}
		}
	})
	return strings.Join(lines, "\n")
}

// NoteText returns the plain text of a note's body.
func (n *Note) NoteText() string {
	if len(n.Blocks) > 0 {
		return BlocksText(n.Blocks)
	}
	return n.Text
}

// Note returns the note a NoteRef (or Link) with Note == n calls, or nil
// when n is out of range.
func (d *Document) Note(n int) *Note {
	if n < 1 || n > len(d.Notes) {
		return nil
	}
	return &d.Notes[n-1]
}

// RichTitle returns the title with its markup: TitleInlines while its
// plain text is Title, else Title as text (nil when there is none).
func (m *Meta) RichTitle() []Inline { return rich(m.TitleInlines, m.Title) }

// RichSubtitle is RichTitle for the subtitle.
func (m *Meta) RichSubtitle() []Inline { return rich(m.SubtitleInlines, m.Subtitle) }

// LiveInlines returns the title and subtitle inlines that are in use (see
// RichTitle), for passes that rewrite inlines such as NumberNotes.
func (m *Meta) LiveInlines() [][]Inline {
	var out [][]Inline
	if len(m.TitleInlines) > 0 && sameText(m.TitleInlines, m.Title) {
		out = append(out, m.TitleInlines)
	}
	if len(m.SubtitleInlines) > 0 && sameText(m.SubtitleInlines, m.Subtitle) {
		out = append(out, m.SubtitleInlines)
	}
	return out
}

func rich(ins []Inline, plain string) []Inline {
	if len(ins) > 0 && sameText(ins, plain) {
		return ins
	}
	if s := strings.TrimSpace(plain); s != "" {
		return T(s)
	}
	return nil
}

// sameText reports whether inlines read as s, white space aside.
func sameText(ins []Inline, s string) bool {
	return strings.Join(strings.Fields(PlainText(ins)), " ") == strings.Join(strings.Fields(s), " ")
}

// SourceNote returns the number of the document's source note (the note
// whose call follows the title), or 0 when it has none.
func (d *Document) SourceNote() int {
	for i := range d.Notes {
		if d.Notes[i].Kind == NoteSource {
			return d.Notes[i].Number
		}
	}
	return 0
}

// T is a shorthand for a one-element inline list holding text s.
func T(s string) []Inline { return []Inline{&Text{Text: s}} }

// Cells is a shorthand for a row of plain cells holding the given inlines.
func Cells(cells ...[]Inline) []Cell {
	out := make([]Cell, len(cells))
	for i, c := range cells {
		out[i] = Cell{Inlines: c}
	}
	return out
}
