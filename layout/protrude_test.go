package layout

import (
	"strings"
	"testing"
)

// TestProtrusion sets a justified paragraph and checks that lines ending
// in a comma, full stop or hyphen reach past the measure by part of that
// character, that a line opening with a quote starts left of the margin,
// and that other lines are flush with both margins.
func TestProtrusion(t *testing.T) {
	ts := testTypesetter(t)
	text := strings.Repeat("“Quoted words,” she said, and then more words followed, with commas, full stops. Hyphenation of extraordinarily long compound constructions. ", 6)
	width := 200 * Pt
	_, lines := setText(ts, text, width, AlignJustify)
	hung := map[string]int{}
	for _, ln := range lines[:len(lines)-1] {
		runs := ln.texts
		first, last := runs[0], runs[len(runs)-1]
		right := lineWidth(ln)
		end := []rune(last.Text)
		c := string(end[len(end)-1])
		if ln.hyphen {
			c = "-"
		}
		switch {
		case strings.Contains(",.-", c):
			if right <= width+Pt/2 || right > width+5*Pt {
				t.Errorf("line ending %q: right edge %v, want just past %v", c, right, width)
			}
			hung[c]++
		case protrusion([]rune(c)[0]) == 0:
			if d := right - width; d > Pt/10 || d < -Pt/10 {
				t.Errorf("line ending %q: right edge %v, want %v", c, right, width)
			}
		}
		if strings.HasPrefix(first.Text, "“") {
			if first.X >= 0 {
				t.Errorf("line opening with a quote starts at %v", first.X)
			}
			hung["“"]++
		} else if first.X != 0 {
			t.Errorf("line %q starts at %v", first.Text, first.X)
		}
	}
	if hung[","]+hung["."] == 0 {
		t.Errorf("no line ended with punctuation: %v", hung)
	}
	t.Log(hung)
}
