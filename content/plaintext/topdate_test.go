package plaintext

import (
	"strings"
	"testing"
)

// TestTopDate covers date-line-top: a date alone near the top of the body
// is the article's date, or furniture when the date is known; a date in
// the body's text, or one of a timeline's, stays.
func TestTopDate(t *testing.T) {
	lead := "New York’s aging below-street infrastructure is tough to maintain, and winter makes it even worse."
	top := "Title\nCorey Kilgannon\n" + lead + "\n"
	caption := "A worker repairing cables this month in Queens.CreditChang W. Lee/The New York Times"
	tests := []struct {
		name, input string
		line        int // 1-based line under test
		role, rule  string
		date        string // the document's date, "" for none
	}{
		{"under lead and caption", "Title\nCorey Kilgannon\n" + lead + "\nImage\n" + caption + "\nFeb. 21, 2019\n" + lede + "\n" + lede + "\n",
			6, RoleDate, ruleDateTop, "2019-02-21"},
		{"under the lead", top + "Updated Apr 8, 2024 11:30 a.m. PT\n" + lede + "\n", 4, RoleDate, ruleDateTop, "2024-04-08"},
		{"spanish place and date", "Título\nMaría López\n" + lead + "\nSoria - 21 ene 2024 - 05:30 CET\n" + lede + "\n",
			4, RoleDate, ruleDateTop, "2024-01-21"},
		{"german", "Titel\nLena Schmidt\n" + lead + "\n12. März 2024\n" + lede + "\n", 4, RoleDate, ruleDateTop, "2024-03-12"},
		{"date already known", "Title\nBy Jane Doe\nMarch 3, 2024\n" + lead + "\nImage\n" + caption + "\nMarch 3, 2024\n" + lede + "\n",
			7, RoleBoilerplate, ruleDateTop, "2024-03-03"},
		{"date in the tail is known", top + "Feb. 21, 2019\n" + lede + "\n" + lede + "\nPublished March 3, 2024\n",
			4, RoleBoilerplate, ruleDateTop, "2024-03-03"},
		// not at the top
		{"after two paragraphs of prose", top + lede + "\nFeb. 21, 2019\n" + lede + "\n", 5, RoleParagraph, "", ""},
		{"a timeline's first date", top + "Jan. 5, 2020\n" + lede + "\nFeb. 1, 2020\n" + lede + "\nMarch 9, 2020\n" + lede + "\n",
			4, RoleParagraph, "", ""},
		{"a date in a sentence", top + "On Feb. 21, 2019, the pipes burst.\n" + lede + "\n", 4, RoleParagraph, "", ""},
		{"far down", top + strings.Repeat("Short line\n", 8) + "Feb. 21, 2019\n" + lede + "\n", 12, RoleParagraph, "", ""},
	}
	for _, tt := range tests {
		ds, err := Explain(strings.NewReader(tt.input), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got *Decision
		for k := range ds {
			if ds[k].Line == tt.line {
				got = &ds[k]
				break
			}
		}
		if got == nil || got.Role != tt.role || tt.rule != "" && got.Rule != tt.rule || tt.rule == "" && got.Rule == ruleDateTop {
			t.Errorf("%s: line %d = %+v, want %s %s", tt.name, tt.line, got, tt.role, tt.rule)
		}
		doc, err := Read(strings.NewReader(tt.input), Options{})
		if err != nil {
			t.Fatal(err)
		}
		date := ""
		if !doc.Meta.Date.IsZero() {
			date = doc.Meta.Date.Format("2006-01-02")
		}
		if tt.date != "" && date != tt.date || tt.date == "" && got != nil && got.Rule == ruleDateTop {
			t.Errorf("%s: date %q, want %q", tt.name, date, tt.date)
		}
	}
}
