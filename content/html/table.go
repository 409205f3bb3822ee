package html

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/offprint/offprint/content"
)

// table converts a data table into a content.Table (cells keep their
// inline text) and unwraps a layout table into its blocks. A first row
// that only repeats the article title goes, and so does a footer row
// (<tfoot>) that repeats the header, as long tables print one at their
// foot; other footer rows come last, wherever the markup puts them.
func (c *converter) table(n *html.Node, b *builder, depth int) {
	rows := tableRows(n)
	if isLayoutTable(n, rows) {
		b.flush()
		c.children(n, b, depth)
		b.flush()
		return
	}
	if capn := firstChildElement(n, atom.Caption); capn != nil {
		c.node(capn, b, depth+1)
	}
	t := &content.Table{}
	for i, row := range rows {
		var cells []content.Cell
		header := true
		for k := row.FirstChild; k != nil; k = k.NextSibling {
			if k.Type != html.ElementNode || (tag(k) != atom.Td && tag(k) != atom.Th) {
				continue
			}
			header = header && tag(k) == atom.Th
			cb := newBuilder()
			cb.noFigures = true
			cells = append(cells, content.Cell{
				Inlines: trimInlines(c.cellInlines(k, cb, depth+1)),
				ColSpan: span(attr(k, "colspan"), 1000), RowSpan: span(attr(k, "rowspan"), 65534),
				Align: cellAlign(k),
			})
		}
		if len(cells) == 0 || len(t.Header)+len(t.Rows) == 0 && c.repeatsTitle(cells) {
			continue
		}
		if row.Parent != nil && tag(row.Parent) == atom.Tfoot && len(t.Header) > 0 && sameCells(cells, t.Header[0]) {
			continue
		}
		inHead := row.Parent != nil && tag(row.Parent) == atom.Thead
		if (inHead || (i == 0 && header)) && len(t.Rows) == 0 {
			t.Header = append(t.Header, cells)
			continue
		}
		t.Rows = append(t.Rows, cells)
	}
	if len(t.Header) > 0 || len(t.Rows) > 0 {
		b.add(t)
	}
}

// cellInlines converts a cell; its paragraphs and lines run together,
// separated by breaks.
func (c *converter) cellInlines(n *html.Node, b *builder, depth int) []content.Inline {
	var out []content.Inline
	for _, blk := range c.blocks(n, depth) {
		var ins []content.Inline
		switch blk := blk.(type) {
		case *content.Paragraph:
			ins = blk.Inlines
		case *content.CodeBlock:
			ins = []content.Inline{&content.Code{Text: blk.Text}}
		default:
			ins = content.T(content.BlocksText([]content.Block{blk}))
		}
		if len(out) > 0 && len(ins) > 0 {
			out = append(out, &content.Break{})
		}
		out = append(out, ins...)
	}
	return out
}

// repeatsTitle reports a row of one cell that is the article title, as
// the top of a Wikipedia infobox: it goes, like a heading repeating it.
func (c *converter) repeatsTitle(cells []content.Cell) bool {
	return len(cells) == 1 && c.title != "" && normText(content.PlainText(cells[0].Inlines)) == c.title
}

// span reads a colspan or rowspan attribute: 0 (meaning 1) when it is
// missing, not a number or 1, else at most limit (HTML's own limits).
func span(v string, limit int) int {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n <= 1 {
		return 0
	}
	return min(n, limit)
}

// cellAlign reads a cell's alignment from its align attribute or its
// style's text-align.
func cellAlign(n *html.Node) content.Align {
	if a := content.ParseAlign(strings.ToLower(strings.TrimSpace(attr(n, "align")))); a != content.AlignDefault {
		return a
	}
	for _, decl := range strings.Split(attr(n, "style"), ";") {
		k, v, ok := strings.Cut(decl, ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), "text-align") {
			return content.ParseAlign(strings.ToLower(strings.TrimSpace(v)))
		}
	}
	return content.AlignDefault
}

// tableRows returns the rows of n, not those of nested tables, in the
// order a browser shows them: a <tfoot>'s rows last, though HTML 4 wrote
// it before the <tbody>.
func tableRows(n *html.Node) []*html.Node {
	var rows, foot []*html.Node
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		switch tag(k) {
		case atom.Tr:
			rows = append(rows, k)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := k.FirstChild; r != nil; r = r.NextSibling {
				switch {
				case tag(r) != atom.Tr:
				case tag(k) == atom.Tfoot:
					foot = append(foot, r)
				default:
					rows = append(rows, r)
				}
			}
		}
	}
	return append(rows, foot...)
}

// sameCells reports whether two rows hold the same texts.
func sameCells(a, b []content.Cell) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if normText(content.PlainText(a[i].Inlines)) != normText(content.PlainText(b[i].Inlines)) {
			return false
		}
	}
	return true
}

// isLayoutTable reports tables used for page layout rather than data:
// role="presentation", a nested table, a single column, or cells holding
// several blocks of text without any header cell.
func isLayoutTable(n *html.Node, rows []*html.Node) bool {
	if attr(n, "role") == "presentation" || len(rows) == 0 {
		return true
	}
	cols, hasTH, blocky := 0, false, false
	for _, row := range rows {
		nc := 0
		for k := row.FirstChild; k != nil; k = k.NextSibling {
			switch tag(k) {
			case atom.Th:
				hasTH = true
				nc++
			case atom.Td:
				nc++
				blocky = blocky || blockChildren(k) >= 2
			}
		}
		cols = max(cols, nc)
	}
	for d := range n.Descendants() {
		if d != n && tag(d) == atom.Table {
			return true
		}
	}
	return cols <= 1 || (blocky && !hasTH)
}

func blockChildren(n *html.Node) int {
	count := 0
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		switch tag(k) {
		case atom.P, atom.Div, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3, atom.H4, atom.Blockquote, atom.Pre, atom.Figure:
			count++
		}
	}
	return count
}
