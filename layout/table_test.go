package layout_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/layout"
)

// TestTableColumnsKeepWords sets tables whose longest words do not all fit
// side by side: no word may be cut except at a hyphenation point ("Year"
// must never become "Yea r"), and short unhyphenatable words stay whole.
func TestTableColumnsKeepWords(t *testing.T) {
	cells := func(ss ...string) []content.Cell {
		var out []content.Cell
		for _, s := range ss {
			out = append(out, content.Cell{Inlines: content.T(s)})
		}
		return out
	}
	tests := []struct {
		name   string
		paper  string
		header []content.Cell
		rows   [][]content.Cell
		whole  []string
	}{
		{"eight columns", "ereader",
			cells("Year", "Country", "Region", "Attacks", "Deaths", "Wounded", "Perpetrator group claimed", "Notes on the sources"),
			[][]content.Cell{cells("2014", "Iraq", "Nineveh", "1,234", "9,929", "12,001", "Islamic State", "Global Terrorism Database, with corrections")},
			[]string{"Year", "Country", "Region", "Attacks", "Deaths", "Wounded", "2014", "Iraq", "Nineveh", "1,234", "9,929", "12,001"}},
		{"five columns", "ereader",
			cells("Year", "Country", "Number of attacks recorded in the region", "Deaths", "Notes on the sources used"),
			[][]content.Cell{cells("2014", "Iraq", "1,234 attacks across many provinces and towns", "9,929", "Global Terrorism Database, with corrections by later studies")},
			[]string{"Year", "Country", "Deaths", "Number", "attacks", "provinces", "Database,", "corrections"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &content.Document{Blocks: []content.Block{&content.Table{Header: [][]content.Cell{tt.header}, Rows: tt.rows}}}
			res, err := layout.Layout(doc, paper(t, tt.paper))
			if err != nil {
				t.Fatal(err)
			}
			if res.Stats.Overfull != 0 {
				t.Errorf("overfull: %v", res.Stats)
			}
			var got []string
			for _, w := range words(res) {
				got = append(got, strings.ReplaceAll(w, "-", ""))
			}
			for _, w := range tt.whole {
				if !slices.Contains(got, w) {
					t.Errorf("%q is not set whole; words: %s", w, strings.Join(got, " "))
				}
			}
		})
	}
}
