package layout

import (
	"unicode/utf8"

	"github.com/offprint/offprint/fonts"
)

// This file is optical margin alignment (character protrusion, as in
// pdfTeX/microtype and Typst): a hyphen, comma, full stop or quote at the
// end of a justified line hangs partly into the right margin, an opening
// quote at its start into the left, so that the margins look straight to
// the eye rather than to the ruler. Knuth–Plass counts the hang as room
// on the line (adjustmentRatio), and setLine sets the line that much
// wider and shifts it left by the hang at its start.

// protrusion is the share of a character's advance, in thousandths, that
// hangs into the margin: Typst's table (hyphen 0.55, comma and full stop
// 0.8, colon and semicolon 0.3, en and em dash 0.2) with microtype's
// quotes (about half). Only quotes and dashes hang left (opening).
func protrusion(r rune) int64 {
	switch r {
	case '.', ',', '\u060C', '\u06D4', '\u3001', '\u3002':
		return 800
	case '-', '\u00AD', '\u2010', '\u2011':
		return 550
	case '\'', '"', '\u2018', '\u2019', '\u201A', '\u201C', '\u201D', '\u201E', '\u2039', '\u203A', '\u00AB', '\u00BB':
		return 500
	case ':', ';':
		return 300
	case '\u2013', '\u2014':
		return 200
	}
	return 0
}

// opening reports whether r may hang into the left margin: quotes and
// dashes (a full stop or comma never starts a line on purpose).
func opening(r rune) bool {
	switch r {
	case '\'', '"', '\u2018', '\u2019', '\u201A', '\u201C', '\u201D', '\u201E', '\u2039', '\u203A', '\u00AB', '\u00BB', '\u2013', '\u2014':
		return true
	}
	return false
}

// hangOf is how far character r, set in f, hangs into the margin.
func (ts *typesetter) hangOf(r rune, f *frag) Length {
	k := protrusion(r)
	if k == 0 || f.rise != 0 {
		return 0
	}
	key := hangKey{r, f.face, f.size}
	h, ok := ts.hangs[key]
	if !ok {
		h = ts.width(string(r), f.face, f.size).Scale(k, 1000)
		ts.hangs[key] = h
	}
	return h
}

// hangKey is a character in a look, for the cache of hangs.
type hangKey struct {
	r    rune
	face fonts.Style
	size Length
}

// setHangs fills the hangs of the boxes and hyphens of a justified
// paragraph: the first character of a box may hang left when it starts
// a line, its last character right when the line ends after it. A
// paragraph with right-to-left text keeps straight edges (the visual
// ends of its lines are not its logical ones).
func (ts *typesetter) setHangs(items []item) {
	if ts.paraRTL {
		return
	}
	for i := range items {
		if f := items[i].frag; f != nil && f.rtl() {
			return
		}
	}
	for i := range items {
		it := &items[i]
		if it.frag == nil || it.frag.text == "" || (it.kind != boxItem && it.kind != penaltyItem) {
			continue
		}
		first, _ := utf8.DecodeRuneInString(it.frag.text)
		last, _ := utf8.DecodeLastRuneInString(it.frag.text)
		if it.kind == boxItem && opening(first) {
			it.hangL = ts.hangOf(first, it.frag)
		}
		it.hangR = ts.hangOf(last, it.frag)
	}
}

// lineHangs returns how far the line items[start:end] (end is its
// break) hangs into the left and right margins.
func lineHangs(items []item, start, end int) (left, right Length) {
	if start < len(items) && items[start].kind == boxItem {
		left = items[start].hangL
	}
	return left, endHang(items, end)
}

// endHang is how far a line that breaks at items[i] hangs right: the
// hyphen the break draws, or the last box before it.
func endHang(items []item, i int) Length {
	if i >= len(items) {
		return 0
	}
	it := items[i]
	if it.kind == penaltyItem && it.frag != nil {
		return it.hangR
	}
	if it.kind == penaltyItem && it.width != 0 {
		return 0 // a word re-shaped at the break: its end is not the box's
	}
	if i > 0 && items[i-1].kind == boxItem {
		return items[i-1].hangR
	}
	return 0
}

// shift moves everything a line draws dx to the right.
func (ln *lineBox) shift(dx Length) {
	for i := range ln.texts {
		ln.texts[i].X += dx
	}
	for i := range ln.images {
		ln.images[i].X += dx
	}
	for i := range ln.links {
		ln.links[i].X += dx
	}
	for i := range ln.rules {
		ln.rules[i].X1 += dx
		ln.rules[i].X2 += dx
	}
	ln.width += dx
}
