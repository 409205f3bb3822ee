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
	field("subtitle", m.Subtitle)
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
	case *Figure:
		d.line(indent, "figure credit=%s caption=%s", strconv.Quote(b.Credit), InlineString(b.Caption))
		if im := b.Image; im != nil {
			d.line(indent+"  ", "image %s %dx%d %d bytes alt=%s", im.MediaType, im.Width, im.Height, len(im.Data), strconv.Quote(im.Alt))
		}
	case *CodeBlock:
		d.line(indent, "code %s %s", strconv.Quote(b.Lang), strconv.Quote(b.Text))
	case *Rule:
		d.line(indent, "rule")
	case *Table:
		d.line(indent, "table")
		if len(b.Header) > 0 {
			d.line(indent+"  ", "header %s", cellsString(b.Header))
		}
		for _, row := range b.Rows {
			d.line(indent+"  ", "row %s", cellsString(row))
		}
	default:
		d.line(indent, "unknown block %T", b)
	}
}

func cellsString(cells [][]Inline) string {
	parts := make([]string, len(cells))
	for i, c := range cells {
		parts[i] = "|" + InlineString(c)
	}
	return strings.Join(parts, " ") + " |"
}

// InlineString renders inlines in the dump's compact form: quoted text,
// emph[…], strong[…], code"…", link<url>[…]^n, ref[n], break.
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
