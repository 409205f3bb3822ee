package content

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Dump writes the document as stable, indented text: one node per line,
// inlines in a compact bracket form. Golden tests compare dumps.
//
//	meta title "ISIS-K has become …"
//	heading 2 #what-we-know "What we know …"
//	paragraph "The Islamic State — " emph["notorious"] " group" ref[3]
func Dump(w io.Writer, doc *Document) error {
	d := dumper{w: w}
	d.meta(doc.Meta)
	d.blocks(doc.Blocks, "")
	for _, n := range doc.Notes {
		d.line("", "note %d %s%s %s", n.Number, n.Kind, urlSuffix(n.URL), strconv.Quote(n.Text))
		d.blocks(n.Blocks, "  ")
	}
	return d.err
}

// DumpString returns Dump's output as a string.
func DumpString(doc *Document) string {
	var sb strings.Builder
	_ = Dump(&sb, doc)
	return sb.String()
}

type dumper struct {
	w   io.Writer
	err error
}

func (d *dumper) line(indent, format string, args ...any) {
	if d.err == nil {
		_, d.err = fmt.Fprintf(d.w, indent+format+"\n", args...)
	}
}

func (d *dumper) meta(m Meta) {
	q := strconv.Quote
	field := func(name, v string) {
		if v != "" {
			d.line("", "meta %s %s", name, q(v))
		}
	}
	field("title", m.Title)
	d.markup("title", m.TitleInlines, m.Title)
	field("subtitle", m.Subtitle)
	d.markup("subtitle", m.SubtitleInlines, m.Subtitle)
	for _, a := range m.Authors {
		d.line("", "meta author %s", q(a.Name))
		field("author-bio", a.Bio)
	}
	if !m.Date.IsZero() {
		field("date", m.Date.Format("2006-01-02"))
	}
	field("language", m.Language)
	field("publisher", m.Publisher)
	field("source-url", m.SourceURL)
	if !m.Retrieved.IsZero() {
		field("retrieved", m.Retrieved.Format("2006-01-02"))
	}
	field("description", m.Description)
	for _, k := range m.Keywords {
		field("keyword", k)
	}
	field("rights", m.Rights)
	field("identifier", m.Identifier)
}

// markup dumps the rich form of a title or subtitle when it has markup
// (more than its plain text) and is in use.
func (d *dumper) markup(name string, ins []Inline, plain string) {
	if len(ins) == 0 || !sameText(ins, plain) {
		return
	}
	if len(ins) == 1 {
		if _, ok := ins[0].(*Text); ok {
			return
		}
	}
	d.line("", "meta %s-inlines %s", name, InlineString(ins))
}

func (d *dumper) blocks(blocks []Block, indent string) {
	for _, b := range blocks {
		d.block(b, indent)
	}
}

func (d *dumper) block(b Block, indent string) {
	switch b := b.(type) {
	case *Heading:
		d.line(indent, "heading %d #%s %s", b.Level, b.ID, InlineString(b.Inlines))
	case *Paragraph:
		d.line(indent, "paragraph %s", InlineString(b.Inlines))
	case *Quote:
		d.line(indent, "quote")
		d.blocks(b.Blocks, indent+"  ")
	case *List:
		kind := "bullet"
		if b.Ordered {
			kind = "ordered " + strconv.Itoa(max(b.Start, 1))
		}
		d.line(indent, "list %s", kind)
		for _, item := range b.Items {
			d.line(indent+"  ", "item")
			d.blocks(item, indent+"    ")
		}
	case *DefList:
		d.line(indent, "deflist")
		for _, it := range b.Items {
			d.line(indent+"  ", "term %s", InlineString(it.Term))
			for _, def := range it.Defs {
				d.line(indent+"    ", "def")
				d.blocks(def, indent+"      ")
			}
		}
	case *Figure:
		d.line(indent, "figure credit=%s caption=%s", quotedInlines(b.Credit), InlineString(b.Caption))
		if im := b.Image; im != nil {
			d.line(indent+"  ", "image %s %dx%d %d bytes alt=%s", im.MediaType, im.Width, im.Height, len(im.Data), strconv.Quote(im.Alt))
		}
	case *CodeBlock:
		d.line(indent, "code %s %s", strconv.Quote(b.Lang), strconv.Quote(b.Text))
	case *Rule:
		d.line(indent, "rule")
	case *Table:
		d.line(indent, "table")
		for _, row := range b.Header {
			d.line(indent+"  ", "header %s", cellsString(row))
		}
		for _, row := range b.Rows {
			d.line(indent+"  ", "row %s", cellsString(row))
		}
	default:
		d.line(indent, "unknown block %T", b)
	}
}

// quotedInlines is InlineString, with "" for none.
func quotedInlines(ins []Inline) string {
	if len(ins) == 0 {
		return `""`
	}
	return InlineString(ins)
}

// cellsString dumps a row: "|" before each cell, its span and alignment
// when it has them ("|span=2x1 align=right "…""), " |" at the end.
func cellsString(cells []Cell) string {
	parts := make([]string, len(cells))
	for i, c := range cells {
		attrs := ""
		if c.ColSpan > 1 || c.RowSpan > 1 {
			attrs += fmt.Sprintf("span=%dx%d ", max(c.ColSpan, 1), max(c.RowSpan, 1))
		}
		if c.Align != AlignDefault {
			attrs += "align=" + c.Align.String() + " "
		}
		parts[i] = "|" + attrs + InlineString(c.Inlines)
	}
	return strings.Join(parts, " ") + " |"
}

// InlineString renders inlines in the dump's compact form: quoted text,
// emph[…], strong[…], strike[…], sup[…], sub[…], code"…", link<url>[…]^n,
// ref[n], break.
func InlineString(inlines []Inline) string {
	parts := make([]string, 0, len(inlines))
	for _, in := range inlines {
		switch in := in.(type) {
		case *Text:
			parts = append(parts, strconv.Quote(in.Text))
		case *Emph:
			parts = append(parts, "emph["+InlineString(in.Inlines)+"]")
		case *Strong:
			parts = append(parts, "strong["+InlineString(in.Inlines)+"]")
		case *Strike:
			parts = append(parts, "strike["+InlineString(in.Inlines)+"]")
		case *Super:
			parts = append(parts, "sup["+InlineString(in.Inlines)+"]")
		case *Sub:
			parts = append(parts, "sub["+InlineString(in.Inlines)+"]")
		case *Code:
			parts = append(parts, "code"+strconv.Quote(in.Text))
		case *Link:
			s := "link<" + in.URL + ">[" + InlineString(in.Inlines) + "]"
			if in.Note != 0 {
				s += "^" + strconv.Itoa(in.Note)
			}
			parts = append(parts, s)
		case *NoteRef:
			parts = append(parts, "ref["+strconv.Itoa(in.Note)+"]")
		case *Break:
			parts = append(parts, "break")
		default:
			parts = append(parts, fmt.Sprintf("unknown[%T]", in))
		}
	}
	return strings.Join(parts, " ")
}

func urlSuffix(u string) string {
	if u == "" {
		return ""
	}
	return " <" + u + ">"
}
