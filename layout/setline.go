package layout

import (
	"math"
	"slices"
	"strings"
)

// This file turns chosen breaks into set lines: positioned text runs with
// their glue stretched or shrunk by the line's adjustment ratio.

// lineBox is one set line; x is relative to the line's left end, y to its
// baseline.
type lineBox struct {
	texts  []TextRun
	links  []linkRef
	calls  []int      // note numbers called on the line, in order
	backs  []int      // note numbers whose note starts on this line (note bodies)
	ratio  float64    // adjustment ratio (0 for a last line at natural width)
	hyphen bool       // ends with an inserted hyphen
	width  Length     // set width
	over   Length     // how much wider than the measure (0 when it fits)
	hangL  Length     // how far it hangs into the left margin (protrude.go)
	hangR  Length     // how far it hangs into the right margin
	last   bool       // the paragraph's last line
	images []ImageBox // pictures of emoji (emoji.go)
	link   string     // the link of the last fragment added (a run never spans a link's end)
	marks  []runMark  // while setting: how each text is shaped (nil: all plain)
	rules  []RuleLine // the strokes through struck-out text (strike.go)
	struck bool       // while setting: the last fragment added is struck out
}

// linkRef is a link area before pagination: an external URL, or a note
// call / note number whose target depends on the page.
type linkRef struct {
	LinkArea
	call int // links to note call on the same page
	back int // links back to the call of note back on the same page
}

// setLines sets the lines of items broken at breaks, each widths[i] wide.
func (ts *typesetter) setLines(items []item, breaks []lineBreak, widths []Length) []lineBox {
	lines := make([]lineBox, 0, len(breaks))
	start := 0
	for n, b := range breaks {
		width := widthOf(widths, n)
		ln := ts.setLine(items, start, b.pos, width)
		ln.last = n == len(breaks)-1
		if !ln.last && breaksAtSpace(items, b.pos) {
			markSpaceAfter(ln.texts, ts.paraRTL)
		}
		lines = append(lines, ln)
		start = b.pos + 1
		for start < len(items) && items[start].kind != boxItem && !(items[start].kind == penaltyItem && items[start].penalty <= -infPenalty) {
			start++
		}
	}
	return lines
}

// setLine sets items[start:end] (end is the break) into width. Glue
// and expandable boxes share the adjustment: the glyphs widen (up to
// their full expansion, TeX's rule) or narrow by the same ratio as the
// glue, and the glue takes what the glyphs cannot. The runs of the line
// are then shaped (shapeLine).
func (ts *typesetter) setLine(items []item, start, end int, width Length) lineBox {
	ts.fitPieces(items, start, end)
	hangL, hangR := lineHangs(items, start, end)
	width += hangL + hangR
	m := measureLine(items, start, end)
	expand := lineExpansion(m.w, width, m.gy+m.by, m.gz+m.bz, m.by > 0 || m.bz > 0, ts.params.Expansion)
	ratio := adjustment(width-m.w-boxesExtra(items[start:end], expand), m.gy, m.gz)
	ln := lineBox{ratio: ratio, texts: make([]TextRun, 0, m.frags)}
	if m.gy >= fil {
		ln.ratio = 0 // a last line: natural spacing
	}
	pl := placer{ln: &ln, bidi: ts.paraRTL || lineHasRTL(items[start:end])}
	x := pl.placeItems(items[start:end], ratio, expand)
	if brk := items[end]; brk.kind == penaltyItem && brk.frag != nil {
		pl.put(brk.frag, x, brk.width, false, expand)
		x += brk.width
		ln.hyphen = brk.flagged
	} else if brk.kind == penaltyItem && brk.penalty > -infPenalty && brk.width != 0 {
		// the re-shaped end of a word broken without a hyphen
		x += brk.width
		if n := len(pl.pieces); n > 0 {
			pl.pieces[n-1].w += brk.width
		}
	}
	if pl.bidi {
		var para uint8
		if ts.paraRTL {
			para = 1
		}
		ln.addVisual(pl.pieces, width, para)
	}
	ts.shapeLine(&ln)
	if cap(ln.texts) > len(ln.texts) {
		// A run often takes several fragments: a document's lines are all
		// held until its pages are made, so they keep no spare room.
		ln.texts = slices.Clone(ln.texts)
	}
	ln.width = x
	if x > width+roundingSlack {
		ln.over = x - width
	}
	ln.hangL, ln.hangR = hangL, hangR
	if hangL != 0 {
		ln.shift(-hangL)
	}
	return ln
}

// fitPieces makes the widths of a word broken at the ends of the line
// items[start:end] those of its parts shaped on their own: the part that
// starts the line after a break inside a word, and the part that ends it
// (with its hyphen, if any): kerning and ligatures across the break
// change. The
// items belong to this line alone once the breaks are chosen.
func (ts *typesetter) fitPieces(items []item, start, end int) {
	if start > 0 && start < end && items[start-1].kind == penaltyItem && items[start].kind == boxItem {
		b := start
		for b < end && items[b].kind != glueItem && fits(items[start].frag, items[b]) {
			b++
		}
		ts.fitGroup(items, start, b, nil)
	}
	if brk := &items[end]; brk.kind == penaltyItem && end > start && items[end-1].kind == boxItem {
		// a break inside a word (with or without a hyphen)
		a := end
		for a > start && items[a-1].kind != glueItem && fits(items[end-1].frag, items[a-1]) {
			a--
		}
		ts.fitGroup(items, a, end, brk)
	}
}

// fits reports whether item it continues a run of fragment f: a
// penalty inside the word, or a box one face draws in f's direction
// (not a note call).
func fits(f *frag, it item) bool {
	if it.kind == penaltyItem {
		return true
	}
	g := it.frag
	return f != nil && g != nil && f.call == 0 && g.call == 0 && g.feat == f.feat &&
		g.font == f.font && g.size == f.size && g.rise == f.rise && g.rtl() == f.rtl()
}

// fitGroup adjusts items[a] (or the break pen) by the difference
// between the shaped width of the pieces items[a:b] (with pen's text)
// and the sum of their widths: one face draws them in one direction
// (see fits).
func (ts *typesetter) fitGroup(items []item, a, b int, pen *item) {
	var f *frag
	var sb strings.Builder
	var est Length
	for _, it := range items[a:b] {
		if it.kind == boxItem {
			f = it.frag
			sb.WriteString(it.frag.text)
			est += it.width
		}
	}
	if f == nil {
		return
	}
	target := &items[a]
	if pen != nil {
		if pen.frag != nil {
			sb.WriteString(pen.frag.text)
		}
		est += pen.width
		target = pen
	}
	target.width += ts.sh.shape(f.font, sb.String(), f.rtl(), f.feat).widthAt(f.font, f.size) - est
	if target.kind == boxItem && target.stretch > 0 {
		// an expandable box stretches and shrinks by its part of its new
		// width: setLine expands each box by its width (boxExpansion),
		// and the line's ratio must count the same flex
		target.stretch = expandBy(max(target.width, 0), ts.params.Expansion)
		target.shrink = target.stretch
	}
}

// lineSums are the natural width of a line and the stretch and shrink
// of its glue (gy, gz) and of its expandable boxes (by, bz).
type lineSums struct {
	w, gy, gz, by, bz Length
	frags             int // boxes that draw (and the break), at most the runs of the line
}

// measureLine adds up items[start:end] and the width of the break.
func measureLine(items []item, start, end int) lineSums {
	var m lineSums
	for _, it := range items[start:end] {
		switch it.kind {
		case glueItem:
			m.gy += it.stretch
			m.gz += it.shrink
		case boxItem:
			m.by += it.stretch
			m.bz += it.shrink
			if it.frag != nil {
				m.frags++
			}
		}
		if it.kind != penaltyItem {
			m.w += it.width
		}
	}
	if brk := items[end]; brk.kind == penaltyItem {
		m.w += brk.width
		m.frags++
	}
	return m
}

// boxesExtra is how much the expandable boxes of items widen (or narrow)
// at expansion e.
func boxesExtra(items []item, e int) Length {
	var extra Length
	for _, it := range items {
		if it.kind == boxItem && it.stretch > 0 {
			extra += boxExpansion(it, e)
		}
	}
	return extra
}

// adjustment is the adjustment ratio of glue with stretch gy and shrink
// gz that must absorb rest (shrinking at most fully).
func adjustment(rest, gy, gz Length) float64 {
	switch {
	case rest > 0 && gy > 0:
		return float64(rest) / float64(gy)
	case rest < 0 && gz > 0:
		return math.Max(-1, float64(rest)/float64(gz))
	}
	return 0
}

// placer places the fragments of one line: straight onto the line, or,
// when the line needs reordering (bidi.go), into pieces for addVisual.
type placer struct {
	ln     *lineBox
	bidi   bool
	pieces []placed
}

func (p *placer) put(f *frag, x, w Length, glued bool, e int) {
	if p.bidi {
		p.pieces = append(p.pieces, placed{f: f, x: x, w: w, expand: e, glued: glued})
		return
	}
	p.ln.add(f, x, w, glued, e, false)
}

// placeItems places the boxes of items, spacing them by their glue at
// ratio, and returns the width they take.
func (p *placer) placeItems(items []item, ratio float64, expand int) Length {
	var x Length
	glued := false       // glue since the last run: start a new run
	var cum, done Length // stretch or shrink so far, and what it added
	for _, it := range items {
		switch it.kind {
		case glueItem:
			// cumulative rounding: the extra space adds up to exactly
			// what the line needs
			var add Length
			cum, add = glueExtra(it, ratio, cum)
			x += it.width + add - done
			done = add
			glued = true
		case boxItem:
			bw := it.width
			e := 0
			if it.stretch > 0 {
				bw += boxExpansion(it, expand)
				e = expand
			} else if it.width == 0 {
				// a glyph of no width (an alef the lam before it draws,
				// in a font that makes lam-alef so) joins the run of
				// its neighbours, which it must be shaped with
				e = expand
			}
			if it.frag != nil {
				p.put(it.frag, x, bw, glued, e)
				glued = false
			}
			x += bw
		}
	}
	return x
}

// roundingSlack is the excess width a line may have from rounding the
// expansion of its glyphs (a few units of 1/65536 pt): a thousandth of a
// point, far below what a PDF's coordinates (hundredths) can show.
const roundingSlack = Pt / 1000

// lineExpansion returns the expansion of the glyphs of a line of
// natural width w set in width, in parts per million: the line's
// adjustment ratio (stretch y, shrink z, both counting the glyphs'
// own) times the full expansion max, capped at ±max. Lines without
// expandable boxes are not expanded, nor are last lines widened (their
// infinite stretch makes the ratio 0), but a full last line may narrow.
func lineExpansion(w, width, y, z Length, expandable bool, max int) int {
	if !expandable {
		return 0
	}
	r := 0.0
	switch {
	case w < width && y > 0:
		r = math.Min(1, float64(width-w)/float64(y))
	case w > width && z > 0:
		r = math.Max(-1, float64(width-w)/float64(z))
	}
	// rounded down: a shade less stretch (the glue takes the rest) or a
	// shade more shrink (the line ends a hair short), never overfull
	return int(math.Floor(r * float64(max)))
}

// boxExpansion is how much box it widens (or narrows, when negative) at
// expansion e parts per million, rounded down (see lineExpansion).
func boxExpansion(it item, e int) Length {
	n := int64(it.width) * int64(e)
	q := n / 1000000
	if n%1000000 < 0 {
		q-- // floor, not truncation
	}
	return Length(q)
}

// glueExtra returns the running total of stretch (or shrink) including
// glue it, and the rounded extra space of all glue so far.
func glueExtra(it item, ratio float64, cum Length) (Length, Length) {
	switch {
	case ratio > 0 && it.stretch < fil:
		cum += it.stretch
	case ratio < 0:
		cum += it.shrink
	default:
		return cum, Length(math.Round(ratio * float64(cum)))
	}
	return cum, Length(math.Round(ratio * float64(cum)))
}

// add places a fragment at x, extending the previous run when it continues
// it (same look, no glue between) and the link area of the same URL. The
// text of a right-to-left run is kept in logical order: a fragment to the
// left of it (placed later) comes after it in reading.
func (ln *lineBox) add(f *frag, x, w Length, glued bool, expand int, rtl bool) {
	ln.addLink(f, x, w)
	ln.strike(f, x, w)
	struck := f.strike && f.call == 0 && f.back == 0
	if n := len(ln.texts); n > 0 && !glued {
		r := &ln.texts[n-1]
		if r.Font == f.font && r.Face == f.face && r.Size == f.size && r.Y == -f.rise && (int(r.Expand) == expand || w == 0) && f.call == 0 && f.back == 0 && f.link == ln.link && r.struck == struck && ln.mark(n-1) == markOf(f, rtl) {
			if rtl {
				r.Text = f.text + r.Text
			} else {
				r.Text += f.text
			}
			return
		}
	}
	ln.link = f.link
	ln.texts = append(ln.texts, TextRun{X: x, Y: -f.rise, Face: f.face, Font: f.font, Size: f.size, Text: f.text, Expand: int32(expand), struck: struck})
	if m := markOf(f, rtl); m != 0 || ln.marks != nil {
		for len(ln.marks) < len(ln.texts)-1 {
			ln.marks = append(ln.marks, 0)
		}
		ln.marks = append(ln.marks, m)
	}
}

// runMark says how a run of a line is shaped.
type runMark uint8

const (
	markRTL  runMark = 1 << iota // right to left
	markSups                     // with the font's superior forms (a note call, a superscript)
	markSubs                     // with the font's inferior forms (a subscript)
)

func markOf(f *frag, rtl bool) runMark {
	var m runMark
	if rtl {
		m |= markRTL
	}
	switch f.feat {
	case featSups:
		m |= markSups
	case featSubs:
		m |= markSubs
	}
	return m
}

// feature is the OpenType feature a run of mark m is shaped with.
func (m runMark) feature() feature {
	switch {
	case m&markSups != 0:
		return featSups
	case m&markSubs != 0:
		return featSubs
	}
	return featNone
}

// mark returns how text i of the line is shaped.
func (ln *lineBox) mark(i int) runMark {
	if i < len(ln.marks) {
		return ln.marks[i]
	}
	return 0
}

// addLink records the note call, note number or link area of a fragment.
func (ln *lineBox) addLink(f *frag, x, w Length) {
	switch {
	case f.call > 0:
		ln.calls = append(ln.calls, f.call)
		ln.links = append(ln.links, linkRef{LinkArea: LinkArea{X: x, Y: -f.rise - f.size, W: w, H: f.size * 5 / 4}, call: f.call})
	case f.back > 0:
		ln.backs = append(ln.backs, f.back)
		ln.links = append(ln.links, linkRef{LinkArea: LinkArea{X: x, Y: -f.size, W: w, H: f.size * 5 / 4}, back: f.back})
	case f.link != "":
		if n := len(ln.links); n > 0 && ln.links[n-1].URL == f.link {
			l := &ln.links[n-1]
			l.W = x + w - l.X
		} else {
			ln.links = append(ln.links, linkRef{LinkArea: LinkArea{X: x, Y: -f.size, W: w, H: f.size * 5 / 4, URL: f.link}})
		}
	}
}

// shapeLine gives the runs of a set line their glyphs: each run (a word,
// or the pieces of a word the line did not break) is shaped whole, so a
// hyphenated word's first part is re-shaped with its hyphen, and a
// right-to-left run (its Text in logical order) is shaped right to left,
// its glyphs in visual order.
func (ts *typesetter) shapeLine(ln *lineBox) {
	for i := range ln.texts {
		t := &ln.texts[i]
		if t.Font == nil {
			t.Font = ts.m.face(t.Face)
		}
		m := ln.mark(i)
		st := ts.sh.shape(t.Font, t.Text, m&markRTL != 0, m.feature())
		t.Glyphs = ts.sh.glyphs(st, t.Font, t.Size)
	}
	ln.marks = nil
	ln.texts, ln.images = ts.pictureRuns(ln.texts, nil)
}

// lineHasRTL reports whether any box of items is embedded in or draws
// right-to-left text.
func lineHasRTL(items []item) bool {
	for _, it := range items {
		if it.frag != nil && it.frag.level > 0 {
			return true
		}
	}
	return false
}

// visualBreak reports whether a new run starts between two pieces that
// follow each other in visual order: they do not touch, or glue stood
// between them in logical order (a break between ideographs, whose sides
// are shaped apart: cutAtGlue). Right to left, the glue before the left
// piece in logical order is the one between them.
func visualBreak(left, right placed) bool {
	if left.x+left.w != right.x {
		return true
	}
	if right.f.rtl() {
		return left.glued
	}
	return right.glued
}

// addVisual adds the fragments of a line in their visual order (bidi.go);
// the note calls and note numbers keep their logical order.
func (ln *lineBox) addVisual(ps []placed, width Length, para uint8) {
	var calls, backs []int
	for _, p := range ps {
		if p.f.call > 0 {
			calls = append(calls, p.f.call)
		}
		if p.f.back > 0 {
			backs = append(backs, p.f.back)
		}
	}
	ps = reorder(ps, width, para)
	for i, p := range ps {
		ln.add(p.f, p.x, p.w, i == 0 || visualBreak(ps[i-1], p), p.expand, p.f.rtl())
	}
	ln.calls, ln.backs = calls, backs
}
