package layout

import "testing"

func TestWholeWords(t *testing.T) {
	line := func(hyphen bool, texts ...string) lineBox {
		ln := lineBox{hyphen: hyphen}
		for _, s := range texts {
			ln.texts = append(ln.texts, TextRun{Text: s})
		}
		return ln
	}
	tests := []struct {
		name  string
		lines []lineBox
		want  string // ActualText of the first line's last run
	}{
		{"hyphenated", []lineBox{line(true, "the", "implemen-"), line(false, "tation,", "of")}, "implementation,"},
		{"no hyphen inserted", []lineBox{line(false, "well-"), line(false, "known")}, ""},
		{"last line", []lineBox{line(true, "implemen-")}, ""},
		{"three lines", []lineBox{line(true, "Pop-"), line(true, "ula-"), line(false, "tion")}, "Population"},
		{"right to left", []lineBox{line(true, "שלו-"), line(false, "ם")}, ""},
	}
	for _, tt := range tests {
		wholeWords(tt.lines)
		first := tt.lines[0].texts[len(tt.lines[0].texts)-1]
		if first.ActualText != tt.want {
			t.Errorf("%s: ActualText %q, want %q", tt.name, first.ActualText, tt.want)
		}
	}
}
