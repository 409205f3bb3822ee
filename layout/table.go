package layout

import (
	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

// This file sets tables as a grid: columns share the frame by
// their natural widths, never narrower than their longest word when the
// longest words fit side by side, nor than their longest syllable when
// those fit (columnWidths); cells break into lines in smaller type, a rule
// runs under the header and every row. A table too wide even for its
// syllables degrades gracefully: columns get shares in proportion to
// them and words break anywhere, but first the cell padding and then the
// type shrink (tableGrid). A cell spanning columns takes their widths
// together; a cell spanning rows takes their heights together (the last
// of its rows grows when it needs more), and the rules under the rows it
// spans stop at its edges (tablerows.go). Cells aligned right or centre
// are set ragged and moved within their width.

func (ts *typesetter) table(t *content.Table, f *frame) {
	heads := len(t.Header)
	rows, cols := gridRows(append(append([][]content.Cell(nil), t.Header...), t.Rows...), heads)
	if cols == 0 {
		return
	}
	size, pad, widths := ts.tableGrid(rows, heads, cols, f.width)
	ts.vspace(ts.g.Leading / 2)
	ts.flow = append(ts.flow, element{height: pad, d: drawList{rules: []RuleLine{{X1: f.x, X2: f.x + f.width, Thickness: Pt * 3 / 4}}}, keep: keepHard})
	g := tableGeom{x0: f.x, widths: widths, size: size, leading: size.Scale(6, 5), pad: pad, heads: heads, rows: len(rows)}
	for a := 0; a < len(rows); {
		b := rowGroupEnd(rows, a)
		ts.rowGroup(rows[a:b], a, &g)
		a = b
	}
	ts.vspace(ts.g.Leading / 2)
}

// gridCell is a cell placed on the grid: its first column, how many
// columns it spans and how many rows.
type gridCell struct {
	content.Cell
	col, span, rows int
}

// gridRows places the cells of rows on columns, skipping the places taken
// by cells spanning rows from above; it returns the placed rows and the
// number of columns. A cell spans rows only within its part of the table:
// the first heads rows (the header), or the rest (the body).
func gridRows(rows [][]content.Cell, heads int) ([][]gridCell, int) {
	out := make([][]gridCell, len(rows))
	taken := map[[2]int]bool{} // {row, col} covered from a row above
	cols := 0
	for ri, r := range rows {
		end := len(rows)
		if ri < heads {
			end = heads
		}
		col := 0
		for _, c := range r {
			for taken[[2]int{ri, col}] {
				col++
			}
			span := max(c.ColSpan, 1)
			down := min(max(c.RowSpan, 1), end-ri)
			out[ri] = append(out[ri], gridCell{Cell: c, col: col, span: span, rows: down})
			for dr := 1; dr < down; dr++ {
				for dc := range span {
					taken[[2]int{ri + dr, col + dc}] = true
				}
			}
			col += span
		}
		cols = max(cols, col)
	}
	return out, cols
}

// tableSizes are the type sizes (in tenths of the body size) and cell
// paddings (a fraction 1/padDiv of the type size, each side) a table
// tries in turn, until its columns' unbreakable pieces fit side by side.
var tableSizes = []struct{ tenths, padDiv int64 }{{9, 2}, {9, 4}, {8, 4}, {7, 5}}

// colNeeds are what the columns of a table would take, without padding:
// natural width (the longest cell on one line), longest word, and widest
// unbreakable piece (a word's longest syllable, a short word whole).
type colNeeds struct{ natural, longest, piece []Length }

// tableGrid chooses the type size, the cell padding and the column
// widths of a table: the first of tableSizes at which every column can
// have at least its widest unbreakable piece, else the smallest.
func (ts *typesetter) tableGrid(rows [][]gridCell, heads, cols int, width Length) (size, pad Length, widths []Length) {
	base := ts.g.FontSize.Scale(tableSizes[0].tenths, 10)
	needs := ts.columnNeeds(rows, heads, cols, base)
	for i, ch := range tableSizes {
		size = ts.g.FontSize.Scale(ch.tenths, 10)
		pad = size / Length(ch.padDiv)
		scaled := needs.scale(ch.tenths, tableSizes[0].tenths, pad, size)
		if sum(scaled.piece) <= width || i == len(tableSizes)-1 {
			return size, pad, columnWidths(scaled, width)
		}
	}
	return size, pad, nil // not reached
}

// columnNeeds measures the columns at type size size (cells spanning
// columns are not measured: they take what their columns get).
func (ts *typesetter) columnNeeds(rows [][]gridCell, heads, cols int, size Length) colNeeds {
	n := colNeeds{make([]Length, cols), make([]Length, cols), make([]Length, cols)}
	for i, r := range rows {
		face := fonts.Regular
		if i < heads {
			face = fonts.Bold
		}
		for _, cell := range r {
			if cell.span > 1 {
				continue
			}
			c := cell.col
			txt := content.PlainText(cell.Inlines)
			n.natural[c] = max(n.natural[c], ts.width(txt, face, size))
			for _, w := range splitWords(txt) {
				n.longest[c] = max(n.longest[c], ts.width(w, face, size))
				n.piece[c] = max(n.piece[c], ts.widestPiece(w, face, size))
			}
		}
	}
	return n
}

// scale returns the needs at num/den of the measured size, with padding
// on both sides and at least one em (of size) for every column.
func (n colNeeds) scale(num, den int64, pad, size Length) colNeeds {
	out := colNeeds{make([]Length, len(n.piece)), make([]Length, len(n.piece)), make([]Length, len(n.piece))}
	for c := range n.piece {
		out.piece[c] = max(n.piece[c].Scale(num, den), size) + 2*pad
		out.longest[c] = max(n.longest[c].Scale(num, den)+2*pad, out.piece[c])
		out.natural[c] = max(n.natural[c].Scale(num, den)+2*pad, out.longest[c])
	}
	return out
}

func sum(ls []Length) Length {
	var s Length
	for _, l := range ls {
		s += l
	}
	return s
}

// columnWidths shares width among the columns by their needs: it gives
// every column the most generous need that fits for all columns (natural
// width, longest word, widest piece), and the width left by how much more
// each column would take at the next level (shareRest). Only when not
// even the pieces fit side by side do columns get shares in proportion
// to them, and words break anywhere.
func columnWidths(n colNeeds, width Length) []Length {
	switch {
	case sum(n.natural) <= width:
		out := append([]Length(nil), n.natural...)
		out[len(out)-1] += width - sum(n.natural) // the last column takes the slack
		return out
	case sum(n.longest) <= width:
		return shareRest(n.longest, n.natural, width)
	case sum(n.piece) <= width:
		return shareRest(n.piece, n.longest, width)
	}
	return shareRest(make([]Length, len(n.piece)), n.piece, width)
}

// shareRest gives every column its floor and shares the width left by
// water-filling toward each column's want (want ≥ floor; the floors fit
// in width): a column whose gap is no more than an equal share of what is
// left gets its whole want (a short word stays whole, a short cell on one
// line), repeatedly; the other columns share the rest in proportion to
// their gaps.
func shareRest(floor, want []Length, width Length) []Length {
	out := append([]Length(nil), floor...)
	done := make([]bool, len(floor))
	rest, open := width, 0
	for c := range floor {
		rest -= floor[c]
		if want[c] > floor[c] {
			open++
		} else {
			done[c] = true
		}
	}
	for changed := true; changed && open > 0; {
		changed = false
		share := rest / Length(open)
		for c := range floor {
			if gap := want[c] - floor[c]; !done[c] && gap <= share {
				out[c], done[c] = want[c], true
				rest -= gap
				open--
				changed = true
			}
		}
	}
	var extra Length
	for c := range floor {
		if !done[c] {
			extra += want[c] - floor[c]
		}
	}
	for c := range floor {
		if !done[c] && extra > 0 {
			out[c] += Length(int64(rest) * int64(want[c]-floor[c]) / int64(extra))
		}
	}
	return out
}

// widestPiece returns the width of the widest part of w that cannot be
// broken: between its hyphenation (or dash, or URL) breaks, with the
// hyphen a break draws.
func (ts *typesetter) widestPiece(w string, face fonts.Style, size Length) Length {
	var widest Length
	start := 0
	for _, p := range ts.wordBreaks(w, false, true) {
		if p.at <= start || p.at >= len(w) {
			continue
		}
		part := w[start:p.at]
		if p.hyphen {
			part += "-"
		}
		widest = max(widest, ts.width(part, face, size))
		start = p.at
	}
	return max(widest, ts.width(w[start:], face, size))
}

func splitWords(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isSpace(r) {
			if start >= 0 {
				out = append(out, s[start:i])
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}
