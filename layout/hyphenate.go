package layout

import (
	"unicode/utf8"

	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/layout/hyphen"
)

// This file is the hyphenation stage: it cuts each word into boxes at the
// places where a line may break inside it, and puts a penalty there.
//
//   - ordinary words break at the hyphenation points of the language
//     (package layout/hyphen: Liang's patterns) with a flagged penalty
//     that draws a hyphen;
//   - after an explicit hyphen or en dash (with at least two letters
//     before and three after), a flagged break that draws nothing;
//   - after an em dash or a slash, a plain break;
//   - URLs break after / . - ? & (hyphen.URLBreaks), never with a hyphen;
//   - a piece still wider than the line gets emergency breaks between its
//     characters, at a high penalty, so that no line must be overfull.

// Penalties of the breaks inside words (the penalty of an inserted hyphen
// is breakParams.HyphenPenalty, TeX's \hyphenpenalty).
const (
	exHyphenPenalty  = 50   // TeX's \exhyphenpenalty: after an explicit hyphen
	urlPenalty       = 100  // inside a URL
	emergencyPenalty = 1000 // between any two characters of a too-long word
)

// breakPoint is a place inside a word where a line may break.
type breakPoint struct {
	at      int  // byte offset: the break goes before word[at:]
	penalty int  // cost
	hyphen  bool // draw a hyphen at the end of the line
	flagged bool // counts as a hyphenated line
	glue    bool // a break between ideographs (segment.go): stretchable glue, not a penalty
}

// word appends the boxes and penalties of one word (no spaces inside).
// A word one face draws left to right is shaped whole: its pieces get
// the advances of their clusters, so that the pieces of an unbroken word
// add up to its shaped width (kerning and ligatures across a possible
// break included). Where a line does break inside the word, setLine
// re-shapes the two parts (fitPieces).
func (z *itemizer) word(w string, sp span, off int) {
	face, size := sp.face, z.st.size
	points := z.ts.wordBreaks(w, sp.nobrk, !z.st.noHyphens)
	// a word that nearly fills a line may still not fit after the
	// paragraph indent or with a note call glued to it: give it
	// emergency breaks too (they cost so much that they are used only
	// when nothing else works)
	total := z.ts.width(w, face, size)
	if total > z.measure-z.st.indent-2*size {
		points = mergePoints(points, emergencyBreaks(w))
	}
	var whole *shapedText
	font := z.ts.m.face(face)
	lvl, uniform := z.wordLevel(off, len(w))
	if len(points) > 0 && uniform && lvl%2 == 0 && z.ts.covers(face, w) {
		whole = z.ts.sh.shape(font, w, false, false)
	}
	start := 0
	var done Length // prefix width of the word set so far (whole only)
	for _, p := range points {
		if p.at <= start || p.at >= len(w) || whole != nil && !whole.boundary(p.at) {
			continue // (a break would cut a ligature)
		}
		var pre Length
		if whole != nil {
			pre = whole.prefixWidth(p.at, font, size)
			z.faceBox(w[start:p.at], face, font, lvl, sp.link, pre-done)
			done = pre
		} else {
			z.box(w[start:p.at], sp, off+start)
		}
		if p.glue {
			z.items = append(z.items, item{kind: glueItem,
				stretch: size.Scale(cjkStretchNum, cjkStretchDen), shrink: size.Scale(cjkShrinkNum, cjkShrinkDen)})
			start = p.at
			continue
		}
		pen := item{kind: penaltyItem, penalty: p.penalty, flagged: p.flagged}
		if p.hyphen {
			// the hyphen's own width: a line that breaks here is
			// re-shaped with its hyphen when set (fitPieces)
			pen.width = z.ts.width("-", face, size)
			if whole != nil {
				pen.width += z.ts.sh.kernLost(whole, p.at, font, size)
			}
			pen.frag = &frag{text: "-", face: face, font: font, size: size, link: sp.link, level: z.levelAt(off + p.at - 1)}
		}
		z.items = append(z.items, pen)
		start = p.at
	}
	if whole != nil {
		z.faceBox(w[start:], face, font, lvl, sp.link, whole.widthAt(font, size)-done)
		return
	}
	z.box(w[start:], sp, off+start)
}

// wordLevel returns the embedding level of the n bytes at offset off of
// the span, and whether they all have it.
func (z *itemizer) wordLevel(off, n int) (uint8, bool) {
	lvl := z.levelAt(off)
	if z.levels == nil {
		return lvl, true
	}
	for i := 1; i < n; i++ {
		if z.levelAt(off+i) != lvl {
			return lvl, false
		}
	}
	return lvl, true
}

// box appends the boxes of a piece of a word at offset off of the span:
// one box, or, when the piece needs more than one face (see runsOf) or
// has several embedding levels (bidi.go), adjacent boxes with no glue
// between them, one per face and level.
func (z *itemizer) box(s string, sp span, off int) {
	if s == "" {
		return
	}
	start := 0
	lvl := z.levelAt(off)
	for i := range s {
		if l := z.levelAt(off + i); l != lvl {
			z.faceBoxes(s[start:i], sp, lvl)
			start, lvl = i, l
		}
	}
	z.faceBoxes(s[start:], sp, lvl)
}

// faceBoxes appends the boxes of a piece of one level: one per face.
func (z *itemizer) faceBoxes(s string, sp span, lvl uint8) {
	for _, run := range z.ts.runsOf(s, sp.face) {
		w := z.ts.sh.shape(run.font, run.text, lvl%2 == 1, false).widthAt(run.font, z.st.size)
		z.faceBox(run.text, run.face, run.font, lvl, sp.link, w)
	}
}

// faceBox appends one box of text in font, w wide, at embedding level
// lvl. In justified text its glyphs may widen or narrow by
// breakParams.Expansion (font expansion, as pdfTeX's): the box stretches
// and shrinks by that part of its width.
func (z *itemizer) faceBox(s string, face fonts.Style, font *fonts.Face, lvl uint8, link string, w Length) {
	if s == "" {
		return
	}
	var flex Length
	if z.st.align == AlignJustify {
		flex = expandBy(w, z.ts.params.Expansion)
	}
	z.items = append(z.items, item{
		kind:    boxItem,
		width:   w,
		stretch: flex,
		shrink:  flex,
		frag:    &frag{text: s, face: face, font: font, size: z.st.size, link: link, level: lvl},
	})
}

// wordBreaks returns the ordinary break points of a word, in order:
// none in code, hyphenation points only when hyphenate is set.
func (ts *typesetter) wordBreaks(w string, code, hyphenate bool) []breakPoint {
	if code {
		return nil
	}
	if hyphen.IsURL(w) {
		var out []breakPoint
		for _, at := range hyphen.URLBreaks(w) {
			out = append(out, breakPoint{at: at, penalty: urlPenalty})
		}
		return out
	}
	var out []breakPoint
	var points []int
	if hyphenate {
		points = ts.hyphenPoints(w)
	}
	for _, at := range points {
		if hyphen.Explicit(w, at) {
			out = append(out, breakPoint{at: at, penalty: exHyphenPenalty, flagged: true})
		} else {
			out = append(out, breakPoint{at: at, penalty: ts.params.HyphenPenalty, hyphen: true, flagged: true})
		}
	}
	return mergePoints(mergePoints(out, dashBreaks(w)), ts.cjkBreaks(w))
}

// hyphenPoints returns the hyphenation points of w, cached per word.
func (ts *typesetter) hyphenPoints(w string) []int {
	if ts.hyph == nil || len(w) < 5 {
		return nil
	}
	if p, ok := ts.hcache[w]; ok {
		return p
	}
	p := ts.hyph.Points(w)
	ts.hcache[w] = p
	return p
}

// dashBreaks returns breaks after explicit hyphens, dashes and slashes.
func dashBreaks(w string) []breakPoint {
	var out []breakPoint
	before := 0
	for i, r := range w {
		n := utf8.RuneLen(r)
		switch r {
		case '-', '\u2010', '\u2013':
			if before >= 2 && utf8.RuneCountInString(w[i+n:]) >= 3 {
				out = append(out, breakPoint{at: i + n, penalty: exHyphenPenalty, flagged: true})
			}
		case '\u2014', '/':
			if before >= 1 && i+n < len(w) {
				out = append(out, breakPoint{at: i + n, penalty: exHyphenPenalty})
			}
		}
		before++
	}
	return out
}

// emergencyBreaks allows a break between any two characters (not before
// a combining mark).
func emergencyBreaks(w string) []breakPoint {
	var out []breakPoint
	for i, r := range w {
		if i > 0 && !isMark(r) {
			out = append(out, breakPoint{at: i, penalty: emergencyPenalty})
		}
	}
	return out
}

func isMark(r rune) bool {
	return r >= 0x300 && r < 0x370 || r >= 0x1ab0 && r < 0x1b00 || r >= 0x20d0 && r < 0x2100 || r == 0x200d || r >= 0xfe00 && r < 0xfe10
}

// mergePoints merges two sorted lists of break points; at the same
// offset the first list wins.
func mergePoints(a, b []breakPoint) []breakPoint {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := make([]breakPoint, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || (i < len(a) && a[i].at < b[j].at):
			out = append(out, a[i])
			i++
		case i >= len(a) || b[j].at < a[i].at:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// expandBy returns ppm parts per million of w ≥ 0, rounded up: the line
// breaker then never counts on more stretch than setLine gives a line
// (it rounds each box's part down), so a line it finds full is never
// overfull.
func expandBy(w Length, ppm int) Length {
	return Length((int64(w)*int64(ppm) + 999999) / 1000000)
}
