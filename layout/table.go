package layout

import (
	"offprint/content"
	"offprint/fonts"
)

// This file sets tables as a simple grid: columns share the frame in
// proportion to their natural widths (but never less than their longest
// word when that fits), cells break into lines in smaller type, a rule
// runs under the header and every row. Rows never split across pages. A
// table too wide for the frame degrades gracefully: columns get equal
// shares and long words break anywhere.

// tableCell is a cell set into lines.
type tableCell struct {
	lines []lineBox
	bold  bool
}

func (ts *typesetter) table(t *content.Table, f *frame) {
	rows := make([][][]content.Inline, 0, len(t.Rows)+1)
	if len(t.Header) > 0 {
		rows = append(rows, t.Header)
	}
	rows = append(rows, t.Rows...)
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	size := ts.g.FontSize.Scale(9, 10)
	pad := size / 2
	widths := ts.columnWidths(rows, len(t.Header) > 0, cols, size, f.width, pad)
	leading := size.Scale(6, 5)
	ts.vspace(ts.g.Leading / 2)
	ts.flow = append(ts.flow, element{height: pad, d: drawList{rules: []RuleLine{{X1: f.x, X2: f.x + f.width, Thickness: Pt * 3 / 4}}}, keep: keepHard})
	for ri, r := range rows {
		header := ri == 0 && len(t.Header) > 0
		ts.tableRow(r, widths, f.x, size, leading, pad, header, ri == len(rows)-1)
	}
	ts.vspace(ts.g.Leading / 2)
}

// columnWidths shares width among the columns.
func (ts *typesetter) columnWidths(rows [][][]content.Inline, header bool, cols int, size, width, pad Length) []Length {
	natural := make([]Length, cols)
	longest := make([]Length, cols)
	for i, r := range rows {
		face := fonts.Regular
		if i == 0 && header {
			face = fonts.Bold
		}
		for c, cell := range r {
			txt := content.PlainText(cell)
			natural[c] = max(natural[c], ts.width(txt, face, size)+2*pad)
			for _, w := range splitWords(txt) {
				longest[c] = max(longest[c], ts.width(w, fonts.Bold, size)+2*pad)
			}
		}
	}
	out := make([]Length, cols)
	var sumN, sumL Length
	for c := range cols {
		natural[c] = max(natural[c], 2*pad+size)
		sumN += natural[c]
		sumL += longest[c]
	}
	switch {
	case sumN <= width:
		copy(out, natural)
		out[cols-1] += width - sumN // the last column takes the slack
	case sumL <= width:
		// each column gets its longest word, the rest by natural width
		rest := width - sumL
		var extra Length
		for c := range cols {
			extra += natural[c] - longest[c]
		}
		for c := range cols {
			out[c] = longest[c]
			if extra > 0 {
				out[c] += Length(int64(rest) * int64(natural[c]-longest[c]) / int64(extra))
			}
		}
	default:
		for c := range cols {
			out[c] = width / Length(cols)
		}
	}
	return out
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

// tableRow appends one row. A row is one element (rows never split),
// unless it is taller than half the text block: then it is cut into
// chunks of lines that may go on different pages.
func (ts *typesetter) tableRow(r [][]content.Inline, widths []Length, x0, size, leading, pad Length, header, last bool) {
	cells := make([]tableCell, len(widths))
	rowLines := 0
	for c := range widths {
		if c < len(r) {
			face := fonts.Regular
			if header {
				face = fonts.Bold
			}
			st := textStyle{face: face, size: size, align: AlignLeft}
			cells[c].lines = ts.breakText(r[c], st, max(widths[c]-2*pad, size))
		}
		rowLines = max(rowLines, len(cells[c].lines))
	}
	chunk := max(1, int(ts.g.textHeight/2/leading))
	base := leading/2 + size.Scale(3, 10)
	for from := 0; from < max(rowLines, 1); from += chunk {
		to := min(from+chunk, rowLines)
		final := to >= rowLines
		e := element{height: Length(to-from) * leading}
		x := x0
		for c, cell := range cells {
			for i := from; i < min(to, len(cell.lines)); i++ {
				le := lineElement(cell.lines[i], x+pad, leading, base+Length(i-from)*leading)
				e.d.texts = append(e.d.texts, le.d.texts...)
				e.d.links = append(e.d.links, le.d.links...)
				e.d.calls = append(e.d.calls, le.d.calls...)
			}
			x += widths[c]
		}
		if final {
			e.height += pad
			thick := Pt / 4
			if header || last {
				thick = Pt * 3 / 4
			}
			y := e.height - pad/2
			e.d.rules = []RuleLine{{X1: x0, Y1: y, X2: x, Y2: y, Thickness: thick}}
		}
		if header {
			e.keep = keepHeading
		}
		ts.flow = append(ts.flow, e)
	}
}
