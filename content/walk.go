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
// Link), or nil.
func Children(in Inline) []Inline {
	switch in := in.(type) {
	case *Emph:
		return in.Inlines
	case *Strong:
		return in.Inlines
	case *Link:
		return in.Inlines
	}
	return nil
}

// BlockInlines returns the inline lists directly held by a block: the text
// of a heading or paragraph, a figure's caption, every table cell. Quotes
// and lists hold blocks, not inlines, and return nil.
func BlockInlines(b Block) [][]Inline {
	switch b := b.(type) {
	case *Heading:
		return [][]Inline{b.Inlines}
	case *Paragraph:
		return [][]Inline{b.Inlines}
	case *Figure:
		return [][]Inline{b.Caption}
	case *Table:
		var cells [][]Inline
		cells = append(cells, b.Header...)
		for _, row := range b.Rows {
			cells = append(cells, row...)
		}
		return cells
	}
	return nil
}

// WalkDocInlines calls fn for every inline of the body in reading order,
// including captions and table cells, but not note bodies.
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
