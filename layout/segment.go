package layout

import (
	"unicode"
	"unicode/utf8"

	"github.com/go-text/typesetting/segmenter"
)

// This file finds the line break opportunities of UAX #14 (go-text's
// segmenter) inside a "word" — text between spaces — of the scripts
// written without spaces: Chinese, Japanese and Korean text breaks
// between ideographs, kana and hangul syllables, never before a closing
// bracket or small kana, never after an opening bracket (the rules of
// UAX #14's classes ID, CJ, OP, CL, NS). Each such break is glue with a
// little stretch and no shrink (xeCJK's \CJKglue, 0pt plus 0.08
// \baselineskip), so a line of Chinese can be justified: glue of no
// width that shrank would overlap the ideographs' em boxes, which CJK
// typesetting never does. A line narrows through the glyphs' expansion
// instead (breakParams.Expansion).

// cjkStretch is how much a break between ideographs may stretch, in ems
// of the type: a sixteenth.
const cjkStretchNum, cjkStretchDen = 1, 16

// hasIdeographs reports whether s holds a character of a script written
// without spaces between words (Han, Hiragana, Katakana, Hangul, Bopomofo,
// Yi) or a full-width form.
func hasIdeographs(s string) bool {
	for _, r := range s {
		if r >= 0x1100 && isIdeographic(r) {
			return true
		}
	}
	return false
}

func isIdeographic(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo, unicode.Yi) ||
		r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef
}

// lineBreaks returns the byte offsets inside w where UAX #14 allows a
// line break (not 0 or len(w)).
func (ts *typesetter) lineBreaks(w string) []int {
	if err := ts.seg.InitWithString(w); err != nil {
		return nil
	}
	var out []int
	it := ts.seg.LineIterator()
	for it.Next() {
		l := it.Line()
		if end := l.OffsetInBytes + l.LengthInBytes; end > 0 && end < len(w) {
			out = append(out, end)
		}
	}
	return out
}

// cjkBreaks returns the breaks of UAX #14 inside w, a word with
// ideographs (hasIdeographs), as glue.
func (ts *typesetter) cjkBreaks(w string) []breakPoint {
	var out []breakPoint
	for _, at := range ts.lineBreaks(w) {
		out = append(out, breakPoint{at: at, glue: true})
	}
	return out
}

// keepLatinWhole drops the breaks of points that fall inside a Latin word
// or figure of w, a run of Chinese or Japanese: "3000MB/s" or "Samsung"
// in a line of Japanese stays whole, as it would between spaces, though
// UAX #14 and the slash rule (dashBreaks) break after "/". Hyphenation
// points stay.
func keepLatinWhole(w string, points []breakPoint) []breakPoint {
	out := points[:0]
	for _, p := range points {
		before, _ := utf8.DecodeLastRuneInString(w[:p.at])
		after, _ := utf8.DecodeRuneInString(w[p.at:])
		if !p.hyphen && (asciiAlnum(before) || before == '/') && asciiAlnum(after) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// asciiAlnum reports an ASCII letter or digit.
func asciiAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// segmenterState is the reusable UAX #14 segmenter of a typesetter.
type segmenterState = segmenter.Segmenter
