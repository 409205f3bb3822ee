package layout

import "github.com/offprint/offprint/fonts"

// This file draws the line through struck-out text (content.Strike): as
// a line is set, each struck fragment extends the rule of the struck
// fragment before it (across the glue between them, stretched or not,
// so a struck phrase is one rule) or starts a rule of its own. A rule
// stops where the line ends, so struck text broken across lines, or
// hyphenated, is struck on each line, its inserted hyphen included.
// Note calls neither end a rule nor are struck. The rules are drawn as
// page furniture; the text stays text.

// Struck text of a font whose OS/2 table gives no strikeout stroke is
// struck 0.3 em above the baseline (about the middle of the lower-case
// letters) with a stroke a twentieth of an em thick.
const (
	defaultStrikePos   = 300
	defaultStrikeThick = 50
)

// strikeRule returns the height of the strikeout stroke's middle above
// the baseline of text in font at size, and its thickness: from the
// font's OS/2 table, else the defaults.
func strikeRule(font *fonts.Face, size Length) (mid, thick Length) {
	pos, th, em := int64(defaultStrikePos), int64(defaultStrikeThick), int64(1000)
	if font != nil {
		if d := font.Decor(); d.StrikeThick > 0 && d.StrikePos > 0 {
			pos, th, em = int64(d.StrikePos), int64(d.StrikeThick), int64(font.UnitsPerEm)
		}
	}
	thick = size.Scale(th, em)
	return size.Scale(pos, em) - thick/2, thick
}

// strike records fragment f, placed at x and w wide, in the strike
// rules of the line: a struck fragment extends the line's last rule when
// the fragment before it was struck at the same height and thickness,
// else it starts a rule. The rule is at the height of the text around
// a superscript or subscript (as a browser strikes <del>x<sup>2</sup></del>
// with one line), from the fragment's font.
func (ln *lineBox) strike(f *frag, x, w Length) {
	if f.call > 0 || f.back > 0 {
		return
	}
	if !f.strike {
		ln.struck = false
		return
	}
	mid, thick := strikeRule(f.font, f.textSize())
	y := -mid
	if n := len(ln.rules); ln.struck && n > 0 && ln.rules[n-1].Y1 == y && ln.rules[n-1].Thickness == thick {
		r := &ln.rules[n-1]
		r.X1, r.X2 = min(r.X1, x), max(r.X2, x+w)
		return
	}
	ln.rules = append(ln.rules, RuleLine{X1: x, Y1: y, X2: x + w, Y2: y, Thickness: thick})
	ln.struck = true
}

// textSize is the size of the text f is set in: its own, or for a
// superscript or subscript scaled down and shifted (scriptShift), the
// size it was scaled from.
func (f *frag) textSize() Length {
	if f.rise == 0 || f.font == nil {
		return f.size
	}
	scaled := scriptScale(f.font, f.rise > 0)
	return f.size.Scale(1000, scaled)
}
