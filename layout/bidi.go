package layout

import (
	"strings"

	"github.com/go-text/typesetting/bidi"
	xbidi "golang.org/x/text/unicode/bidi"
)

// This file orders bidirectional text (Arabic, Hebrew and the numbers and
// Latin words in them) with the Unicode Bidirectional Algorithm, UAX #9
// (go-text/typesetting's bidi package, which passes Unicode's
// BidiCharacterTest):
//
//   - a paragraph is right-to-left when the document's language is written
//     so (ar, he, fa, ur…) and the paragraph has right-to-left letters, or
//     else when its first strong character is right-to-left (UAX #9 P2–P3,
//     with the language as a higher-level protocol, HL1);
//   - the algorithm gives every character an embedding level (even: left
//     to right, odd: right to left); a word whose characters have several
//     levels ("(مكتبة)", "العدد 42،") is cut into boxes of one level,
//     each shaped in its direction;
//   - each set line is reordered by rule L2: from the highest level down
//     to the lowest odd one, every maximal sequence of pieces at that level
//     or higher is reversed. The spaces between pieces take the lower of
//     their neighbours' levels, the line's indent and its free space (a
//     ragged line's end) the paragraph's, so a right-to-left line starts
//     at the right margin.
//
// A right-to-left run keeps its text in logical order; the shaper returns
// its glyphs in visual order (and mirrors brackets).

// direction is the writing direction of a piece of text.
type direction int8

// The directions.
const (
	dirNeutral direction = iota // punctuation, spaces, symbols
	dirLTR                      // Latin and other left-to-right letters, digits
	dirRTL                      // Arabic, Hebrew
)

// dirOf returns the direction class of r.
func dirOf(r rune) direction {
	if r < 0x80 {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9':
			return dirLTR
		}
		return dirNeutral
	}
	p, _ := xbidi.LookupRune(r)
	switch p.Class() {
	case xbidi.L, xbidi.EN, xbidi.AN:
		return dirLTR
	case xbidi.R, xbidi.AL:
		return dirRTL
	}
	return dirNeutral
}

// hasRTL reports whether s holds a right-to-left letter.
func hasRTL(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xd6 { // the first byte of U+0590 and above
			// a lead byte: continuation bytes are below 0xc0
			return strings.ContainsFunc(s[i:], func(r rune) bool { return dirOf(r) == dirRTL })
		}
	}
	return false
}

// firstStrong returns the direction of the first strong character of s,
// or dirNeutral.
func firstStrong(s string) direction {
	for _, r := range s {
		if r >= '0' && r <= '9' {
			continue // digits are weak: they do not set a paragraph's direction
		}
		if p, _ := xbidi.LookupRune(r); p.Class() == xbidi.EN || p.Class() == xbidi.AN {
			continue
		}
		if d := dirOf(r); d != dirNeutral {
			return d
		}
	}
	return dirNeutral
}

// rtlLanguage reports whether a BCP 47 language tag names a language
// written right to left.
func rtlLanguage(tag string) bool {
	switch primaryLanguage(tag) {
	case "ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "ckb", "dv":
		return true
	}
	return false
}

// rightToLeft decides the direction of a paragraph of spans: right to left
// when it has right-to-left letters and the document's language is
// written right to left, or when its first strong character is
// right-to-left.
func (ts *typesetter) rightToLeft(spans []span) bool {
	any := false
	for _, sp := range spans {
		if hasRTL(sp.text) {
			any = true
			break
		}
	}
	if !any {
		return false
	}
	if ts.rtlDoc {
		return true
	}
	for _, sp := range spans {
		if d := firstStrong(sp.text); d != dirNeutral {
			return d == dirRTL
		}
	}
	return false
}

// embeddingLevels returns the UAX #9 embedding level of every byte of
// text, a paragraph of the given direction.
func embeddingLevels(p *bidi.Paragraph, text string, rtl bool) []uint8 {
	dir := bidi.LeftToRight
	if rtl {
		dir = bidi.RightToLeft
	}
	runs := p.SegmentString(text, dir)
	levels := make([]uint8, len(text))
	// runs count runes; walk the text alongside
	ri, runeIdx := 0, 0
	var run bidi.Run
	if runs.NumRuns() > 0 {
		run = runs.Run(0)
	}
	for i := range text {
		for runeIdx >= run.End && ri+1 < runs.NumRuns() {
			ri++
			run = runs.Run(ri)
		}
		levels[i] = uint8(run.Level)
		runeIdx++
	}
	// continuation bytes take their rune's level
	for i := 1; i < len(text); i++ {
		if text[i]&0xc0 == 0x80 {
			levels[i] = levels[i-1]
		}
	}
	return levels
}

// placed is a fragment set on a line, before reordering.
type placed struct {
	f      *frag
	x, w   Length
	expand int
	glued  bool // glue comes before it in logical order: a new run starts there
}

// visualPiece is a fragment or a space of a line in reordering.
type visualPiece struct {
	p     int // index in the placed pieces, or -1 for a space
	w     Length
	level uint8
}

// reorder moves the pieces of a line of the given width (in logical
// order, x from the line's start) to their visual places by rule L2 (see
// the file comment). It returns them sorted left to right.
func reorder(ps []placed, width Length, paraLevel uint8) []placed {
	seq := make([]visualPiece, 0, 2*len(ps)+2)
	var end Length
	if len(ps) > 0 {
		seq = append(seq, visualPiece{p: -1, w: ps[0].x, level: paraLevel})
		end = ps[0].x
	}
	for i, p := range ps {
		if i > 0 {
			gap := p.x - end
			seq = append(seq, visualPiece{p: -1, w: gap, level: min(ps[i-1].f.level, p.f.level)})
		}
		seq = append(seq, visualPiece{p: i, w: p.w, level: p.f.level})
		end = p.x + p.w
	}
	if end < width {
		seq = append(seq, visualPiece{p: -1, w: width - end, level: paraLevel})
	}
	reverseLevels(seq)
	out := make([]placed, 0, len(ps))
	var x Length
	for _, v := range seq {
		if v.p >= 0 {
			p := ps[v.p]
			p.x = x
			out = append(out, p)
		}
		x += v.w
	}
	return out
}

// reverseLevels applies rule L2 of UAX #9 to seq: from the highest level
// to the lowest odd level, reverse every maximal run at that level or
// above.
func reverseLevels(seq []visualPiece) {
	var hi, lo uint8 = 0, 255
	for _, v := range seq {
		hi = max(hi, v.level)
		if v.level%2 == 1 {
			lo = min(lo, v.level)
		}
	}
	for lvl := hi; lvl >= lo && lvl > 0; lvl-- {
		for i := 0; i < len(seq); {
			if seq[i].level < lvl {
				i++
				continue
			}
			j := i
			for j < len(seq) && seq[j].level >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				seq[a], seq[b] = seq[b], seq[a]
			}
			i = j
		}
	}
}
