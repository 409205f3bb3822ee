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
// The word is cut into segments of one face and one embedding level
// (glyphs.go, bidi.go), and each segment is shaped whole: its pieces
// between break points get the advances of their clusters, so that the
// pieces of an unbroken word add up to its shaped width (kerning,
// ligatures and Arabic joining across a possible break included). A
// break never cuts a cluster (a ligature); where a line does break
// inside a word, setLine re-shapes the two parts (fitPieces).
func (z *itemizer) word(w string, sp span, off int) {
	size := z.st.size
	// superscripts and subscripts are not hyphenated
	points := z.ts.wordBreaks(w, sp.nobrk, !z.st.noHyphens && sp.script == 0)
	// a word that nearly fills a line may still not fit after the
	// paragraph indent or with a note call glued to it: give it
	// emergency breaks too (they cost so much that they are used only
	// when nothing else works), but only inside its pieces that are that
	// wide: a run of Chinese or Japanese between two spaces is one word
	// with a break between each two ideographs, and breaks inside its
	// Latin words ("Sam|sung", "300|0MB") would win over glue that
	// cannot shrink
	if limit := z.measure - z.st.indent - 2*size; z.ts.width(w, sp.face, size) > limit {
		points = mergePoints(points, z.emergencyBreaks(w, points, sp, limit))
	}
	segs := cutAtGlue(z.segments(w, sp, off), points)
	pi := 0
	for si, sg := range segs {
		look := z.look(w[sg.start:sg.end], sp, sg)
		st := z.ts.sh.shape(sg.font, w[sg.start:sg.end], sg.level%2 == 1, look.feat)
		start := sg.start
		var done Length // width of the segment's pieces so far
		for ; pi < len(points) && points[pi].at < sg.end; pi++ {
			p := points[pi]
			if p.at <= start || !st.boundary(p.at-sg.start) {
				continue // (a break would cut a ligature)
			}
			pre := st.prefixWidth(p.at-sg.start, sg.font, look.size)
			z.faceBox(w[start:p.at], look, pre-done)
			done = pre
			z.breakAt(p, sp, off, sg, st, look)
			start = p.at
		}
		z.faceBox(w[start:sg.end], look, st.widthAt(sg.font, look.size)-done)
		if si+1 < len(segs) && pi < len(points) && points[pi].at == sg.end {
			z.breakAt(points[pi], sp, off, sg, nil, look) // a break between segments
			pi++
		}
	}
}

// look returns the look of the boxes of segment sg of a word of span sp
// (text is the segment's text): its face, font, size, link, level and
// strike, and for a superscript or subscript how it is drawn: in the
// font's own superior or inferior forms (OpenType sups, subs) at the
// text's size when it has them for every character, else scaled and
// shifted as the font's OS/2 table says (scriptShift).
func (z *itemizer) look(text string, sp span, sg wordSeg) frag {
	f := frag{face: sg.face, font: sg.font, size: z.st.size, link: sp.link, level: sg.level, strike: sp.strike}
	if sp.script == 0 {
		return f
	}
	f.feat = featSups
	if sp.script < 0 {
		f.feat = featSubs
	}
	if !z.ts.sh.hasForms(sg.font, text, f.feat) {
		f.feat = featNone
		f.size, f.rise = scriptShift(sg.font, z.st.size, sp.script > 0)
	}
	return f
}

// Superscripts and subscripts of a font whose OS/2 table does not say
// how to set them are set at 65% of the text's size, raised by 35% or
// lowered by 15% of it.
const (
	defaultScriptSize = 650
	defaultSuperRise  = 350
	defaultSubDrop    = 150
)

// scriptShift returns the size and the baseline shift (upwards) of a
// superscript (super) or subscript set in font at the text's size:
// the OS/2 table's ySuperscript or ySubscript metrics, else the defaults.
func scriptShift(font *fonts.Face, size Length, super bool) (Length, Length) {
	d, em := font.Decor(), int64(font.UnitsPerEm)
	shift := int64(-defaultSubDrop)
	switch {
	case super && d.SuperSize > 0 && d.SuperRise > 0:
		shift = int64(d.SuperRise) * 1000 / em
	case super:
		shift = defaultSuperRise
	case d.SubSize > 0 && d.SubDrop > 0:
		shift = -int64(d.SubDrop) * 1000 / em
	}
	return size.Scale(scriptScale(font, super), 1000), size.Scale(shift, 1000)
}

// scriptScale is the size of a superscript (super) or subscript set in
// font, in thousandths of the text's size.
func scriptScale(font *fonts.Face, super bool) int64 {
	d, em := font.Decor(), int64(font.UnitsPerEm)
	switch {
	case super && d.SuperSize > 0 && d.SuperRise > 0:
		return int64(d.SuperSize) * 1000 / em
	case !super && d.SubSize > 0 && d.SubDrop > 0:
		return int64(d.SubSize) * 1000 / em
	}
	return defaultScriptSize
}

// wordSeg is a segment of a word: one face, one embedding level.
type wordSeg struct {
	start, end int
	face       fonts.Style
	font       *fonts.Face
	level      uint8
}

// segments cuts w (at offset off of the span) where its face or its
// embedding level changes.
func (z *itemizer) segments(w string, sp span, off int) []wordSeg {
	var segs []wordSeg
	pos := 0
	for _, r := range z.ts.runsOf(w, sp.face) {
		s, lvl := pos, z.levelAt(off+pos)
		if z.levels != nil {
			for i := range r.text {
				if l := z.levelAt(off + pos + i); l != lvl {
					segs = append(segs, wordSeg{s, pos + i, r.face, r.font, lvl})
					s, lvl = pos+i, l
				}
			}
		}
		pos += len(r.text)
		segs = append(segs, wordSeg{s, pos, r.face, r.font, lvl})
	}
	return segs
}

// cjkGlue appends a break between ideographs: glue that stretches a
// little in justified text, and in ragged text a ragged break of no
// width (raggedBreak), so that the line's characters keep their natural
// spacing and the room is left at its end.
func (z *itemizer) cjkGlue() {
	if z.st.align == AlignLeft {
		z.raggedBreak(0)
		return
	}
	z.items = append(z.items, item{kind: glueItem,
		stretch: z.st.size.Scale(cjkStretchNum, cjkStretchDen)})
}

// breakAt appends the item of break point p of a word: glue between
// ideographs, or a penalty, with its hyphen. st is the shaped segment the
// break is inside of (nil between segments): a line that breaks there
// loses the kerning across the break, which the penalty's width counts.
func (z *itemizer) breakAt(p breakPoint, sp span, off int, sg wordSeg, st *shapedText, look frag) {
	size := look.size
	if p.glue {
		z.cjkGlue()
		return
	}
	pen := item{kind: penaltyItem, penalty: p.penalty, flagged: p.flagged}
	switch {
	case st != nil && sg.level%2 == 0:
		pen.width = z.ts.sh.kernLost(st, p.at-sg.start, sg.font, size)
	case st != nil:
		// right to left: the letters on both sides of the break change
		// form (Arabic joining), which the line breaker must count
		pen.width, pen.post = z.ts.sh.breakEffect(sg.font, st.text, p.at-sg.start, true, size)
	}
	if p.hyphen {
		pen.width += z.ts.width("-", sp.face, size)
		pen.frag = &frag{text: "-", face: sp.face, font: z.ts.m.face(sp.face), size: size, rise: look.rise, link: sp.link, level: z.levelAt(off + p.at - 1), strike: sp.strike}
	}
	z.items = append(z.items, pen)
}

// faceBox appends one box of text s in the look of f, w wide. In
// justified text its glyphs may widen or narrow by
// breakParams.Expansion (font expansion, as pdfTeX's): the box stretches
// and shrinks by that part of its width.
func (z *itemizer) faceBox(s string, look frag, w Length) {
	if s == "" {
		return
	}
	var flex Length
	if z.st.align == AlignJustify {
		flex = expandBy(w, z.ts.params.Expansion)
	}
	f := look
	f.text = s
	z.items = append(z.items, item{
		kind:    boxItem,
		width:   w,
		stretch: flex,
		shrink:  flex,
		frag:    &f,
	})
}

// wordBreaks returns the ordinary break points of a word, in order:
// none in code, hyphenation points only when hyphenate is set.
func (ts *typesetter) wordBreaks(w string, code, hyphenate bool) []breakPoint {
	if code {
		return nil
	}
	// a run of Chinese or Japanese with a slash in it ("最大3000MB/s、後者は")
	// is no URL: UAX #14 breaks it (cjkBreaks), a URL inside it too
	cjk := hasIdeographs(w)
	if !cjk && hyphen.IsURL(w) {
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
	out = mergePoints(out, dashBreaks(w))
	if cjk {
		out = keepLatinWhole(w, mergePoints(out, ts.cjkBreaks(w)))
	}
	return out
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
	if len(ts.hcache) >= maxCached {
		clear(ts.hcache) // a text of ever new words (see maxCached)
	}
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
// a combining mark) of each piece of w, between its break points, that is
// wider than limit.
func (z *itemizer) emergencyBreaks(w string, points []breakPoint, sp span, limit Length) []breakPoint {
	var out []breakPoint
	start := 0
	for k := 0; k <= len(points); k++ {
		end := len(w)
		if k < len(points) {
			end = points[k].at
		}
		if end > start && (len(points) == 0 || z.ts.width(w[start:end], sp.face, z.st.size) > limit) {
			out = append(out, charBreaks(w, start, end)...)
		}
		start = end
	}
	return out
}

// charBreaks allows a break between any two characters of w[start:end]
// (not before a combining mark).
func charBreaks(w string, start, end int) []breakPoint {
	var out []breakPoint
	for i, r := range w[start:end] {
		if i > 0 && !isMark(r) {
			out = append(out, breakPoint{at: start + i, penalty: emergencyPenalty})
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

// cutAtGlue cuts segments at the glue breaks between ideographs: the
// text on each side of glue is drawn as a run of its own (setLine starts
// a run after glue), so it is shaped on its own, with the script of its
// own characters (digits after a Han character are shaped as Latin
// when drawn alone, and may be wider than inside the Han text).
func cutAtGlue(segs []wordSeg, points []breakPoint) []wordSeg {
	out := segs[:0:0]
	pi := 0
	for _, sg := range segs {
		for ; pi < len(points) && points[pi].at < sg.end; pi++ {
			if p := points[pi]; p.glue && p.at > sg.start {
				part := sg
				part.end = p.at
				out = append(out, part)
				sg.start = p.at
			}
		}
		out = append(out, sg)
	}
	return out
}
