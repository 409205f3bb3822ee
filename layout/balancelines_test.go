package layout

import (
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

// TestBalanceLines sets headings whose greedy ragged break leaves a lone
// last word and checks that balancing keeps the number of lines, sets
// nothing overfull and leaves no line much shorter than the others.
func TestBalanceLines(t *testing.T) {
	ts := testTypesetter(t)
	for _, tc := range []struct {
		text  string
		width Length
	}{
		{"What we know about ISIS and its affiliates now", 180 * Pt},
		{"ISIS-K has become a global terror threat while the world has been distracted", 250 * Pt},
		{"A short heading", 300 * Pt},
	} {
		st := textStyle{face: fonts.Bold, size: 14 * Pt, align: AlignLeft, noHyphens: true}
		plain := ts.breakText(content.T(tc.text), st, tc.width)
		st.balance = true
		even := ts.breakText(content.T(tc.text), st, tc.width)
		if len(even) != len(plain) {
			t.Errorf("%q: %d lines balanced, %d not", tc.text, len(even), len(plain))
		}
		var widths []Length
		for _, ln := range even {
			if ln.over > 0 {
				t.Errorf("%q: overfull line", tc.text)
			}
			widths = append(widths, lineWidth(ln))
		}
		if len(even) < 2 {
			continue
		}
		last, longest := widths[len(widths)-1], Length(0)
		for _, w := range widths {
			longest = max(longest, w)
		}
		if last < longest/2 {
			t.Errorf("%q: last line %v of %v: %v", tc.text, last, longest, texts(even))
		}
	}
}

// lineWidth is the extent of a set line, from its first run to the end of its last.
func lineWidth(ln lineBox) Length {
	var right Length
	for _, r := range ln.texts {
		right = max(right, r.X+runWidth(r))
	}
	return right
}

// runWidth is the sum of the advances of a run's glyphs, with their
// expansion.
func runWidth(r TextRun) Length {
	var adv Length
	for _, g := range r.Glyphs {
		adv += g.Advance
	}
	return adv + adv.Scale(int64(r.Expand), 1e6)
}

func texts(lines []lineBox) string {
	var out []string
	for _, ln := range lines {
		var parts []string
		for _, r := range ln.texts {
			parts = append(parts, r.Text)
		}
		out = append(out, strings.Join(parts, " "))
	}
	return strings.Join(out, " / ")
}

// TestRaggedCJKSpacing sets a Japanese title ragged, balanced or not, and
// checks that its lines keep the characters' natural spacing: the room a
// line does not fill goes to its end, not between the characters (the
// breaks between ideographs once stretched like justified glue, spacing
// a title's first line out letter by letter).
func TestRaggedCJKSpacing(t *testing.T) {
	ts := testTypesetter(t)
	const title = "セキュリティとAI進化の両立なるか？--Appleニュース一気読み"
	for _, balance := range []bool{false, true} {
		st := textStyle{face: fonts.Bold, size: 20 * Pt, align: AlignLeft, noHyphens: true, balance: balance}
		lines := ts.breakText(content.T(title), st, 300*Pt)
		if len(lines) < 2 {
			t.Fatalf("balance %v: %d lines, want at least 2", balance, len(lines))
		}
		for i, ln := range lines {
			if gap := lineWidth(ln) - naturalWidth(ln); gap > Pt {
				t.Errorf("balance %v: line %d %q is %v wider than its characters", balance, i+1, texts([]lineBox{ln}), gap)
			}
		}
	}
}

// naturalWidth is the sum of the advances of a set line's glyphs, with
// their expansion.
func naturalWidth(ln lineBox) Length {
	var w Length
	for _, r := range ln.texts {
		w += runWidth(r)
	}
	return w
}
