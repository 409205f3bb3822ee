package layout

import (
	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

// This file sets the rows of a table (table.go) in groups: a row alone,
// or rows tied together by cells spanning them. A group is one element
// of the flow, so it never breaks across pages: a cell spanning rows
// stays with its rows on one page, its text is never cut from its row
// labels. Only a group taller than half the text block is cut into
// chunks that may go on different pages, between lines (no line of any
// cell is cut), as a tall single row is.

// tableGeom is the grid of a table being set.
type tableGeom struct {
	x0      Length   // left edge
	widths  []Length // column widths
	size    Length   // type size
	leading Length
	pad     Length // cell padding
	heads   int    // header rows
	rows    int    // all rows
}

// setCell is a cell of a row group set into lines.
type setCell struct {
	gridCell
	lines []lineBox
	x     Length // where its text starts
	node  int    // its TD or TH
	row   int    // its first row in the group
}

// placedLine is a line of a cell in a row group, top from the group's top.
type placedLine struct {
	top  Length
	ln   lineBox
	x    Length
	node int
}

// rowGroupEnd returns the end (exclusive) of the group of rows starting
// at row a: the rows that cells spanning rows tie to it.
func rowGroupEnd(rows [][]gridCell, a int) int {
	end := a + 1
	for r := a; r < end; r++ {
		for _, c := range rows[r] {
			end = max(end, r+c.rows)
		}
	}
	return min(end, len(rows))
}

// rowGroup appends rows (the table's rows first to first+len(rows)) to
// the flow: its cells set into lines, each row as high as its tallest
// cell spanning one row, the last row a cell spans grown when the cell
// needs more, and a rule under each row except across the cells that
// span it.
func (ts *typesetter) rowGroup(rows [][]gridCell, first int, g *tableGeom) {
	cells := ts.setCells(rows, first, g)
	heights := rowHeights(cells, len(rows), g)
	tops := make([]Length, len(rows)+1)
	for r, h := range heights {
		tops[r+1] = tops[r] + h + g.pad
	}
	var lines []placedLine
	for _, c := range cells {
		for i, ln := range c.lines {
			lines = append(lines, placedLine{top: tops[c.row] + Length(i)*g.leading, ln: ln, x: c.x, node: c.node})
		}
	}
	rules := g.rowRules(cells, tops, first, len(rows))
	total := tops[len(rows)]
	end := total - g.pad // where the text of the last row ends
	limit := Length(max(1, int(ts.g.textHeight/2/g.leading))) * g.leading
	base := g.leading/2 + g.size.Scale(3, 10)
	for start := Length(0); ; {
		final := end-start <= limit
		cut := total
		if !final {
			cut = chunkCut(lines, start, start+limit, g.leading)
		}
		e := element{height: cut - start}
		for _, pl := range lines {
			if pl.top < start || pl.top >= cut {
				continue
			}
			le := lineElement(pl.ln, pl.x, g.leading, base+pl.top-start)
			ts.claim(&le.d, pl.node)
			e.d.texts = append(e.d.texts, le.d.texts...)
			e.d.rules = append(e.d.rules, le.d.rules...)
			e.d.images = append(e.d.images, le.d.images...)
			e.d.links = append(e.d.links, le.d.links...)
			e.d.calls = append(e.d.calls, le.d.calls...)
		}
		for _, r := range rules {
			if r.Y1 >= start && r.Y1 < cut {
				r.Y1, r.Y2 = r.Y1-start, r.Y2-start
				e.d.rules = append(e.d.rules, r)
			}
		}
		if first < g.heads {
			e.keep = keepHeading
		}
		ts.flow = append(ts.flow, e)
		if final {
			return
		}
		start = cut
	}
}

// setCells sets the cells of rows into lines and opens their TR and TD
// (or TH) nodes.
func (ts *typesetter) setCells(rows [][]gridCell, first int, g *tableGeom) []setCell {
	var cells []setCell
	parent := ts.tree.cur
	for r, row := range rows {
		header := first+r < g.heads
		face, role := fonts.Regular, "TD"
		if header {
			face, role = fonts.Bold, "TH"
		}
		from := len(cells)
		for _, gc := range row {
			x, w := g.x0, Length(0)
			for c := range g.widths {
				switch {
				case c < gc.col:
					x += g.widths[c]
				case c < gc.col+gc.span:
					w += g.widths[c]
				}
			}
			st := textStyle{face: face, size: g.size, align: AlignLeft}
			measure := max(w-2*g.pad, g.size)
			lines := ts.breakText(gc.Inlines, st, measure)
			alignLines(lines, gc.Align, measure)
			cells = append(cells, setCell{gridCell: gc, lines: lines, x: x + g.pad, row: r})
		}
		tr, _ := ts.open("TR")
		for i := from; i < len(cells); i++ {
			cells[i].node, _ = ts.open(role)
			n := &ts.tree.nodes[cells[i].node]
			n.RowSpan, n.ColSpan = int32(cells[i].rows), int32(cells[i].span)
			ts.tree.cur = tr
		}
		ts.tree.cur = parent
	}
	return cells
}

// rowHeights returns the height of the text of each of n rows: that of
// its tallest cell spanning one row, the last row a cell spans grown by
// what the cell needs beyond the rows above (and the padding between
// them), cells ending higher first.
func rowHeights(cells []setCell, n int, g *tableGeom) []Length {
	h := make([]Length, n)
	for _, c := range cells {
		if c.rows == 1 {
			h[c.row] = max(h[c.row], Length(len(c.lines))*g.leading)
		}
	}
	for last := range n {
		for _, c := range cells {
			if c.rows == 1 || c.row+c.rows-1 != last {
				continue
			}
			have := Length(c.rows-1) * g.pad
			for r := c.row; r <= last; r++ {
				have += h[r]
			}
			if need := Length(len(c.lines)) * g.leading; need > have {
				h[last] += need - have
			}
		}
	}
	return h
}

// rowRules returns the rules under n rows at tops (the table's rows
// first to first+n): across the table, but not across the cells that
// span the row and the next; thick under the header and the table.
func (g *tableGeom) rowRules(cells []setCell, tops []Length, first, n int) []RuleLine {
	var out []RuleLine
	for r := range n {
		thick := Pt / 4
		if first+r < g.heads || first+r == g.rows-1 {
			thick = Pt * 3 / 4
		}
		y := tops[r+1] - g.pad/2
		x := g.x0
		var open *RuleLine
		for col, w := range g.widths {
			if spanned(cells, r, col) {
				open = nil
			} else if open != nil {
				open.X2 += w
			} else {
				out = append(out, RuleLine{X1: x, Y1: y, X2: x + w, Y2: y, Thickness: thick})
				open = &out[len(out)-1]
			}
			x += w
		}
	}
	return out
}

// spanned reports whether a cell spans row r and the row below it at
// column col.
func spanned(cells []setCell, r, col int) bool {
	for _, c := range cells {
		if c.row <= r && r < c.row+c.rows-1 && c.col <= col && col < c.col+c.span {
			return true
		}
	}
	return false
}

// chunkCut returns where to end a chunk of a row group that starts at
// start and may end at limit: the lowest line top (above limit) that no
// line of any cell crosses, else limit.
func chunkCut(lines []placedLine, start, limit, leading Length) Length {
	best := Length(-1)
	for _, c := range lines {
		y := c.top
		if y <= start || y > limit || y <= best {
			continue
		}
		clear := true
		for _, o := range lines {
			if o.top < y && y < o.top+leading {
				clear = false
				break
			}
		}
		if clear {
			best = y
		}
	}
	if best < 0 {
		return limit
	}
	return best
}

// alignLines moves the lines of a cell aligned right or centre within
// the measure (lines are set from the left edge).
func alignLines(lines []lineBox, a content.Align, measure Length) {
	for i := range lines {
		gap := measure - lines[i].width
		switch {
		case gap <= 0:
			continue
		case a == content.AlignRight:
		case a == content.AlignCenter:
			gap /= 2
		default:
			continue
		}
		lines[i].shift(gap)
	}
}
