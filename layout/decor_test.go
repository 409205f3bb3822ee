package layout_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/layout"
)

// runWidth is the drawn width of a shaped run.
func runWidth(t layout.TextRun) layout.Length {
	var w int64
	for _, g := range t.Glyphs {
		w += int64(g.Advance)
	}
	return layout.Length(w + w*int64(t.Expand)/1000000)
}

// struckRuns returns, for each run of the pages, whether a rule a little
// above its baseline covers its middle (a strikeout rule).
func struckRuns(pg layout.Page) []bool {
	out := make([]bool, len(pg.Texts))
	for i, t := range pg.Texts {
		mid := t.X + runWidth(t)/2
		for _, r := range pg.Rules {
			if r.Y1 == r.Y2 && r.Y1 < t.Y && r.Y1 > t.Y-t.Size/2 && r.X1 <= mid && r.X2 >= mid {
				out[i] = true
			}
		}
	}
	return out
}

func layoutBlocks(t *testing.T, st layout.Style, blocks ...content.Block) *layout.Result {
	t.Helper()
	res, err := layout.Layout(&content.Document{Blocks: blocks}, st)
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.Overfull != 0 {
		t.Errorf("overfull lines: %+v", res.Stats)
	}
	return res
}

// TestStrikeRules sets struck-out text: every run of it (on every line
// it is broken across, hyphenated pieces and inserted hyphens included)
// has a rule through it at about the middle of the lower-case letters,
// a twentieth of an em thick; the glue between struck words is struck
// (one rule per line and struck phrase), the text around is not.
func TestStrikeRules(t *testing.T) {
	struck := "the minister said that the extraordinary appropriations would be reconsidered in the autumn session together with everything else"
	para := &content.Paragraph{Inlines: []content.Inline{
		&content.Text{Text: "Before this "},
		&content.Strike{Inlines: content.T(struck)},
		&content.Text{Text: " and after it, nothing more is struck at all in this paragraph."},
	}}
	hyphens := 0
	for _, name := range []string{"a4", "a5", "ereader"} {
		t.Run(name, func(t *testing.T) {
			res := layoutBlocks(t, paper(t, name), para)
			pg := res.Pages[0]
			marks := struckRuns(pg)
			var got []string
			lines := map[layout.Length]bool{}
			for i, tr := range pg.Texts {
				if marks[i] {
					got = append(got, tr.Text)
					lines[tr.Y] = true
					if strings.HasSuffix(tr.Text, "-") {
						hyphens++
					}
				}
			}
			joined := strings.ReplaceAll(strings.Join(got, " "), "- ", "")
			if joined != struck {
				t.Errorf("struck runs give %q, want %q", joined, struck)
			}
			if len(pg.Rules) != len(lines) {
				t.Errorf("%d rules for struck text on %d lines, want one a line", len(pg.Rules), len(lines))
			}
			for _, r := range pg.Rules {
				size := pg.Texts[0].Size
				if r.Thickness < size/25 || r.Thickness > size/15 {
					t.Errorf("rule %.2f pt thick at %.1f pt type", r.Thickness.Points(), size.Points())
				}
			}
		})
	}
	if hyphens == 0 {
		t.Error("no struck word was hyphenated on any paper: the test lost its hyphenated case")
	}
}

// TestScripts sets superscripts and subscripts that have no Unicode
// forms: in the font's own superior or inferior forms at the text's size
// when it has them for every character (Noto Serif's subs has n), else
// scaled and shifted by the font's OS/2 metrics (Noto Serif: 0.6 em,
// raised 0.35 em or lowered 0.075 em), right after their base; digits
// still take their Unicode forms. Lines keep their spacing.
func TestScripts(t *testing.T) {
	sup := func(s string) content.Inline { return &content.Super{Inlines: content.T(s)} }
	sub := func(s string) content.Inline { return &content.Sub{Inlines: content.T(s)} }
	txt := func(s string) content.Inline { return &content.Text{Text: s} }
	var ins []content.Inline
	for range 6 { // one page's worth
		ins = append(ins, txt("The 10"), sup("th"), txt(" edition lists T"), sub("eff"), txt(" and T"), sub("n"),
			txt(" for x"), sup("2"), txt(" in the 2"), sup("nd"), txt(" table, and "), &content.Strike{Inlines: []content.Inline{txt("a"), sup("th")}}, txt(" again. "))
	}
	res := layoutBlocks(t, paper(t, "a5"), &content.Paragraph{Inlines: ins})
	pg := res.Pages[0]
	size := pg.Texts[0].Size
	baselines := map[layout.Length]bool{} // of the runs at the text's size
	for _, tr := range pg.Texts {
		if tr.Size == size {
			baselines[tr.Y] = true
		}
	}
	seen := map[string]int{}
	for i, tr := range pg.Texts {
		var base layout.TextRun
		if i > 0 {
			base = pg.Texts[i-1]
		}
		check := func(wantSize, wantRise layout.Length) {
			t.Helper()
			seen[tr.Text]++
			if d := tr.Size - wantSize; d < -2 || d > 2 {
				t.Errorf("%q set at %.2f pt, want %.2f", tr.Text, tr.Size.Points(), wantSize.Points())
			}
			if d := base.Y - tr.Y - wantRise; d < -2 || d > 2 {
				t.Errorf("%q raised %.2f pt above %q, want %.2f", tr.Text, (base.Y - tr.Y).Points(), base.Text, wantRise.Points())
			}
			if gap := tr.X - (base.X + runWidth(base)); gap < -2 || gap > 2 {
				t.Errorf("%q starts %.2f pt after %q ends", tr.Text, gap.Points(), base.Text)
			}
		}
		switch tr.Text {
		case "th", "nd":
			check(size.Scale(600, 1000), size.Scale(350, 1000))
		case "eff":
			check(size.Scale(600, 1000), -size.Scale(75, 1000))
		case "n":
			check(size, 0)
			plain := res.Pages[0].Texts[i+1] // "and": its n is the plain one
			if tr.Glyphs[0].ID == plain.Glyphs[1].ID {
				t.Errorf("subscript n drawn with the plain n (glyph %d)", tr.Glyphs[0].ID)
			}
		case "x²":
			seen[tr.Text]++
		}
	}
	for _, w := range []string{"th", "eff", "n", "x²", "nd"} {
		if seen[w] < 6 {
			t.Errorf("%q set %d times as a script, want 6", w, seen[w])
		}
	}
	var ys []layout.Length
	for y := range baselines {
		ys = append(ys, y)
	}
	slices.Sort(ys)
	for i := 2; i < len(ys); i++ {
		if ys[i]-ys[i-1] != ys[1]-ys[0] {
			t.Errorf("baselines %v are not evenly spaced", ys)
			break
		}
	}
	if len(ys) < 3 {
		t.Errorf("the paragraph takes %d lines, want several", len(ys))
	}
}
