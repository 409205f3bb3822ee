package layout_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/layout"
)

// cell is a table cell of text spanning rows × cols.
func cell(s string, rows, cols int) content.Cell {
	return content.Cell{Inlines: content.T(s), RowSpan: rows, ColSpan: cols}
}

// runsOf returns the runs of the pages whose text is s, with their page.
func runsOf(res *layout.Result, s string) (out []layout.TextRun, pages []int) {
	for _, pg := range res.Pages {
		for _, t := range pg.Texts {
			if t.Text == s {
				out = append(out, t)
				pages = append(pages, pg.Number)
			}
		}
	}
	return out, pages
}

func firstRun(t *testing.T, res *layout.Result, s string) layout.TextRun {
	t.Helper()
	rs, _ := runsOf(res, s)
	if len(rs) == 0 {
		t.Fatalf("no run %q", s)
	}
	return rs[0]
}

// rulesBetween returns the rules of page pg between heights y1 and y2.
func rulesBetween(pg layout.Page, y1, y2 layout.Length) []layout.RuleLine {
	var out []layout.RuleLine
	for _, r := range pg.Rules {
		if r.Y1 > y1 && r.Y1 < y2 {
			out = append(out, r)
		}
	}
	return out
}

// TestRowSpan sets cells spanning rows: a cell's lines run down through
// the rows it spans (the last row grows when it needs more), the later
// rows leave its columns to it, the rules between its rows stop at its
// edge, and a cell spanning rows and columns at once does both.
func TestRowSpan(t *testing.T) {
	long := "North, by far the largest of all the regions in the survey by area, by the number of its towns and villages, by its farmland, forests and lakes, and by the number of its inhabitants"
	tbl := &content.Table{
		Header: [][]content.Cell{{cell("Region", 1, 1), cell("Year", 1, 1), cell("Value", 1, 1)}},
		Rows: [][]content.Cell{
			{cell(long, 2, 1), cell("2021", 1, 1), cell("12", 1, 1)},
			{cell("2022", 1, 1), cell("14", 1, 1)},
			{cell("South and West", 2, 2), cell("7", 1, 1)},
			{cell("9", 1, 1)},
			{cell("East", 1, 1), cell("2024", 1, 1), cell("16", 1, 1)},
		},
	}
	res := layoutBlocks(t, paper(t, "a5"), tbl)
	pg := res.Pages[0]
	y2021, y2022 := firstRun(t, res, "2021"), firstRun(t, res, "2022")
	if y2022.X != y2021.X {
		t.Errorf("2022 at x %.1f, want under 2021 at %.1f", y2022.X.Points(), y2021.X.Points())
	}
	north, _ := runsOf(res, "North,")
	last := firstRun(t, res, "inhabitants")
	east, south, seven, nine := firstRun(t, res, "East"), firstRun(t, res, "South"), firstRun(t, res, "7"), firstRun(t, res, "9")
	if len(north) != 1 || north[0].Y != y2021.Y {
		t.Fatalf("the spanning cell does not start on its first row's line: %v", north)
	}
	if last.Y <= y2022.Y {
		t.Errorf("the spanning cell's text ends at %.1f, above its second row (%.1f): the test needs a taller cell", last.Y.Points(), y2022.Y.Points())
	}
	// between its rows, the rule stops at the cell's right edge
	for _, r := range rulesBetween(pg, y2021.Y, y2022.Y) {
		if r.X1 < y2021.X-y2021.Size {
			t.Errorf("rule between the rows of a spanning cell crosses it: x %.1f–%.1f", r.X1.Points(), r.X2.Points())
		}
	}
	// the rows grow to hold it: the next group starts below its last line
	if south.Y <= last.Y {
		t.Errorf("the next row (%.1f) overlaps the spanning cell's last line (%.1f)", south.Y.Points(), last.Y.Points())
	}
	if full := rulesBetween(pg, last.Y, south.Y); len(full) != 1 || full[0].X1 > north[0].X || full[0].X2 < seven.X {
		t.Errorf("under the spanning cell's rows, want one rule across the table: %v", full)
	}
	// the cell spanning two rows and two columns: the next row's cell
	// goes in the third column, the rule between them only there
	if nine.X != seven.X || nine.Y <= seven.Y {
		t.Errorf("9 at %.1f,%.1f, want under 7 at %.1f,%.1f", nine.X.Points(), nine.Y.Points(), seven.X.Points(), seven.Y.Points())
	}
	for _, r := range rulesBetween(pg, seven.Y, nine.Y) {
		if r.X1 < seven.X-seven.Size {
			t.Errorf("rule between the rows of a 2×2 cell crosses it: x %.1f–%.1f", r.X1.Points(), r.X2.Points())
		}
	}
	if east.Y <= nine.Y {
		t.Errorf("East (%.1f) is not below the 2×2 cell's rows (%.1f)", east.Y.Points(), nine.Y.Points())
	}
	spans := map[string]int{}
	for _, n := range res.Struct {
		if n.RowSpan > 1 || n.ColSpan > 1 {
			spans[fmt.Sprintf("%s %dx%d", n.Role, n.RowSpan, n.ColSpan)]++
		}
	}
	if spans["TD 2x1"] != 1 || spans["TD 2x2"] != 1 || len(spans) != 2 {
		t.Errorf("structure spans %v, want one TD 2x1 and one TD 2x2", spans)
	}
}

// TestRowSpanPages sets a table of many groups of rows tied by a cell
// spanning three rows, long enough to take several pages: every group
// stays on one page with its spanning cell, and every row is printed.
func TestRowSpanPages(t *testing.T) {
	tbl := &content.Table{Header: [][]content.Cell{{cell("Group", 1, 1), cell("Item", 1, 1), cell("Count", 1, 1)}}}
	const groups = 40
	for g := range groups {
		tbl.Rows = append(tbl.Rows,
			[]content.Cell{cell(fmt.Sprintf("G%d", g), 3, 1), cell(fmt.Sprintf("i%d.1", g), 1, 1), cell("1", 1, 1)},
			[]content.Cell{cell(fmt.Sprintf("i%d.2", g), 1, 1), cell("2", 1, 1)},
			[]content.Cell{cell(fmt.Sprintf("i%d.3", g), 1, 1), cell("3", 1, 1)})
	}
	res := layoutBlocks(t, paper(t, "a5"), tbl)
	if len(res.Pages) < 2 {
		t.Fatalf("%d page, want the table to break across pages", len(res.Pages))
	}
	for g := range groups {
		_, head := runsOf(res, fmt.Sprintf("G%d", g))
		if len(head) != 1 {
			t.Fatalf("G%d printed %d times", g, len(head))
		}
		for i := 1; i <= 3; i++ {
			_, pages := runsOf(res, fmt.Sprintf("i%d.%d", g, i))
			if len(pages) != 1 || pages[0] != head[0] {
				t.Errorf("row i%d.%d on pages %v, its spanning cell G%d on page %d", g, i, pages, g, head[0])
			}
		}
	}
}

// TestRowSpanTall sets a cell spanning two rows that is taller than half
// a page: the group is cut between lines into chunks that go on
// different pages, and every word is printed once.
func TestRowSpanTall(t *testing.T) {
	var long []string
	for i := range 1200 {
		long = append(long, fmt.Sprintf("w%d", i))
	}
	tbl := &content.Table{Rows: [][]content.Cell{
		{cell(strings.Join(long, " "), 2, 1), cell("first", 1, 1)},
		{cell("second", 1, 1)},
		{cell("after", 1, 1), cell("end", 1, 1)},
	}}
	res := layoutBlocks(t, paper(t, "a5"), tbl)
	if len(res.Pages) < 2 {
		t.Fatalf("%d page, want the tall cell to go on", len(res.Pages))
	}
	for _, w := range append(long, "first", "second", "after", "end") {
		if rs, _ := runsOf(res, w); len(rs) != 1 {
			t.Errorf("%q printed %d times", w, len(rs))
		}
	}
	last, lastPages := runsOf(res, long[len(long)-1])
	after, afterPages := runsOf(res, "after")
	if len(last) == 1 && len(after) == 1 && afterPages[0] == lastPages[0] && after[0].Y <= last[0].Y {
		t.Errorf("the next row (%.1f) is not below the tall cell's last line (%.1f)", after[0].Y.Points(), last[0].Y.Points())
	}
}

// FuzzTableSpans lays out tables made from arbitrary bytes: cells of
// struck, raised and lowered words spanning any number of rows and
// columns (more than the table has, too), on a small page. No panic, and
// every run lies on its page.
func FuzzTableSpans(f *testing.F) {
	f.Add([]byte{3, 2, 1, 0x21, 0x12, 5, 0x11, 0x40, 9})
	f.Add([]byte{1, 0xff, 0x81, 0x7f, 0x33, 0, 0, 0x90})
	f.Add(bytes.Repeat([]byte{0x31, 0x13, 0x22}, 60))
	f.Fuzz(func(t *testing.T, data []byte) { tableSpansCase(t, data) })
}

// tableSpansCase is one run of FuzzTableSpans.
func tableSpansCase(t *testing.T, data []byte) {
	words := tableWords // cell words: plain, with no Unicode script forms, too long for a column
	st := paper(t, "ereader")
	if len(data) < 2 || len(data) > 600 {
		return
	}
	heads, cols := int(data[0]%3), int(data[1]%6)+1
	tbl := &content.Table{}
	var row []content.Cell
	for i, b := range data[2:] {
		var ins []content.Inline
		for k := range int(b%4) + 1 {
			w := &content.Text{Text: words[(int(b)+k*7+i)%len(words)] + " "}
			switch (int(b)>>2 + k) % 5 {
			case 1:
				ins = append(ins, &content.Strike{Inlines: []content.Inline{w}})
			case 2:
				ins = append(ins, &content.Super{Inlines: []content.Inline{w}})
			case 3:
				ins = append(ins, &content.Sub{Inlines: []content.Inline{w}})
			default:
				ins = append(ins, w)
			}
		}
		row = append(row, content.Cell{Inlines: ins, RowSpan: int(b>>4) % 5, ColSpan: int(b>>6) + 1})
		if len(row) == cols || i == len(data)-3 {
			if len(tbl.Header) < heads {
				tbl.Header = append(tbl.Header, row)
			} else {
				tbl.Rows = append(tbl.Rows, row)
			}
			row = nil
		}
	}
	res, err := layout.Layout(&content.Document{Blocks: []content.Block{tbl}}, st)
	if err != nil {
		t.Fatal(err)
	}
	for _, pg := range res.Pages {
		for _, tr := range pg.Texts {
			if tr.Y < 0 || tr.Y > pg.Height {
				t.Fatalf("page %d: %q at y %.1f, off the page", pg.Number, tr.Text, tr.Y.Points())
			}
		}
	}
}

// tableWords are the words of FuzzTableSpans' cells.
var tableWords = strings.Fields("a Region North, largest regions area th nd 2n+1 eff max CO2e supercalifragilisticexpialidocious x")
