package plaintext

import (
	"strings"
	"unicode"

	"github.com/offprint/offprint/content"
)

// Tables copied with their cells parted by tabs. A browser copies a
// table's row as one line, its cells parted by tabs ("Rang<TAB>DFL-
// Tabelle<TAB>Wahre Tabelle", then "1.<TAB>Leverkusen (28 Pkt)<TAB>…").
// Lines in a row with as many cells each, two at least, paragraphs or
// list items alike, make one content.Table (Explain still names each
// line's rule: table-row, list-number…): the first line is its header
// when no cell of it holds a digit and a line under it does. A line
// alone stays a paragraph, its tabs as they were.

// tabCells returns the cells of a paragraph or list item whose line a tab
// parts into two cells or more, or nil. A list item's tab must part its
// text, not only follow its marker ("1.<TAB>Preheat the oven" is an item).
func tabCells(it *item) []string {
	switch {
	case it.Role == RoleListItem && !strings.ContainsRune(strings.TrimSpace(it.body), '\t'),
		it.Role != RoleParagraph && it.Role != RoleListItem,
		!strings.ContainsRune(it.Text, '\t'):
		return nil
	}
	cells := strings.Split(strings.Trim(it.Text, " \t"), "\t")
	if len(cells) < 2 {
		return nil
	}
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
	}
	return cells
}

// tabTable is a table of tab-parted lines, with the first line's decision.
type tabTable struct {
	*content.Table
	first item
}

// tabRow adds a row of cells to the open table, or opens a table.
func (b *builder) tabRow(it *item, cells []string) {
	if b.table == nil {
		b.table = &content.Table{}
		b.tables = append(b.tables, tabTable{b.table, *it})
		b.doc.Blocks = append(b.doc.Blocks, b.table)
	}
	row := make([]content.Cell, len(cells))
	for i, c := range cells {
		row[i] = content.Cell{Inlines: linkify(c)}
	}
	b.table.Rows = append(b.table.Rows, row)
}

// finishTables makes each table of one row the paragraph or list item its
// line was, and gives the others their header row.
func (b *builder) finishTables() {
	if len(b.tables) == 0 {
		return
	}
	alone := map[*content.Table]*item{}
	for _, t := range b.tables {
		switch {
		case len(t.Rows) == 1:
			alone[t.Table] = &t.first
		case !rowHasDigit(t.Rows[0]) && anyRowHasDigit(t.Rows[1:]):
			t.Header, t.Rows = t.Rows[:1], t.Rows[1:]
		}
	}
	for i, blk := range b.doc.Blocks {
		t, ok := blk.(*content.Table)
		if it := alone[t]; ok && it != nil {
			b.doc.Blocks[i] = lineBlock(it)
		}
	}
}

// lineBlock is the block of one line, a paragraph or a list of one item.
func lineBlock(it *item) content.Block {
	if it.Role != RoleListItem {
		return &content.Paragraph{Inlines: linkify(it.Text)}
	}
	l := newList(it)
	l.Items = [][]content.Block{listEntry(it)}
	return l
}

// rowHasDigit reports whether a cell of row holds a digit.
func rowHasDigit(row []content.Cell) bool {
	for _, c := range row {
		if strings.ContainsFunc(content.PlainText(c.Inlines), unicode.IsDigit) {
			return true
		}
	}
	return false
}

// anyRowHasDigit reports whether a cell of any of rows holds a digit.
func anyRowHasDigit(rows [][]content.Cell) bool {
	for _, r := range rows {
		if rowHasDigit(r) {
			return true
		}
	}
	return false
}
