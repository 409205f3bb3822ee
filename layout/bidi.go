package layout

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"
)

// This file orders right-to-left text (Arabic, Hebrew) for drawing. It is
// a simplification of the Unicode Bidirectional Algorithm (UAX #9) with
// two levels, right for the common case of mostly right-to-left
// paragraphs with embedded Latin words and numbers (and of left-to-right
// paragraphs quoting a right-to-left word):
//
//   - a paragraph is right-to-left when the document's language is written
//     so (ar, he, fa, ur…) and the paragraph has right-to-left letters, or
//     else when its first strong character is right-to-left;
//   - every box has a direction: right-to-left letters, left-to-right
//     (Latin letters and digits: numbers read left to right), or neutral
//     (punctuation), which takes the direction of its neighbours when they
//     agree and the paragraph's otherwise;
//   - each set line of a right-to-left paragraph is mirrored: its boxes go
//     from the right margin leftwards, while a run of left-to-right boxes
//     keeps its own order; the characters of a right-to-left box are
//     reversed by grapheme and brackets are mirrored, because the PDF
//     draws every run left to right. In the reversed text a base
//     character's combining marks come just before it: the right-to-left
//     faces draw a mark (of zero advance) over the glyph that follows it
//     in drawing order, as a shaper that reverses a right-to-left run
//     glyph by glyph would leave them.

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
	p, _ := bidi.LookupRune(r)
	switch p.Class() {
	case bidi.L, bidi.EN, bidi.AN:
		return dirLTR
	case bidi.R, bidi.AL:
		return dirRTL
	}
	return dirNeutral
}

// textDir is the direction of a box: right-to-left when it holds any
// right-to-left letter, else left-to-right when it holds any strong
// character or digit, else neutral.
func textDir(s string) direction {
	d := dirNeutral
	for _, r := range s {
		switch dirOf(r) {
		case dirRTL:
			return dirRTL
		case dirLTR:
			d = dirLTR
		}
	}
	return d
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
		if p, _ := bidi.LookupRune(r); p.Class() == bidi.EN || p.Class() == bidi.AN {
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

// splitDir cuts s into runs of one direction class (a neutral run
// between two runs is its own piece), in order.
func splitDir(s string) []string {
	var out []string
	start, cur := 0, direction(-1)
	for i, r := range s {
		d := dirOf(r)
		if isMark(r) || unicode.Is(unicode.Mn, r) {
			d = cur // a mark belongs to its base
		}
		if i > 0 && d != cur {
			out = append(out, s[start:i])
			start = i
		}
		cur = d
	}
	return append(out, s[start:])
}

// mirrored maps a bracket to its mirror image, drawn for it in
// right-to-left text.
var mirrored = map[rune]rune{
	'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<',
	'«': '»', '»': '«', '‹': '›', '›': '‹',
}

// reverseGraphemes returns s with its grapheme clusters in reverse order
// and its brackets mirrored; in each cluster the combining marks come
// before their base (see the file comment).
func reverseGraphemes(s string) string {
	var clusters []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		for j < len(s) {
			m, k := utf8.DecodeRuneInString(s[j:])
			if !isMark(m) && !unicode.Is(unicode.Mn, m) && !unicode.Is(unicode.Me, m) {
				break
			}
			j += k
		}
		if m, ok := mirrored[r]; ok {
			r = m
		}
		clusters = append(clusters, s[i+n:j]+string(r))
		i = j
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for k := len(clusters) - 1; k >= 0; k-- {
		sb.WriteString(clusters[k])
	}
	return sb.String()
}

// placed is a fragment set on a line, before reordering.
type placed struct {
	f      *frag
	x, w   Length
	expand int
	dir    direction // resolved: dirLTR or dirRTL
}

// resolveDirs gives every neutral piece the direction of its strong
// neighbours on the line when they agree, and the paragraph's otherwise.
func resolveDirs(ps []placed, para direction) {
	for i := range ps {
		ps[i].dir = ps[i].f.dir
	}
	for i := range ps {
		if ps[i].dir != dirNeutral {
			continue
		}
		before, after := para, para
		for j := i - 1; j >= 0; j-- {
			if d := ps[j].f.dir; d != dirNeutral {
				before = d
				break
			}
		}
		for j := i + 1; j < len(ps); j++ {
			if d := ps[j].f.dir; d != dirNeutral {
				after = d
				break
			}
		}
		ps[i].dir = para
		if before == after {
			ps[i].dir = before
		}
	}
}

// reorder moves the pieces of a line of the given width to their visual
// places (see the file comment) and reverses right-to-left text. It
// returns the pieces sorted left to right.
func reorder(ps []placed, width Length, para direction) []placed {
	resolveDirs(ps, para)
	if para == dirRTL {
		for i := range ps {
			ps[i].x = width - ps[i].x - ps[i].w
		}
	}
	for i := 0; i < len(ps); {
		j := i
		for j < len(ps) && ps[j].dir != para {
			j++
		}
		if j == i {
			i++
			continue
		}
		// ps[i:j] is an embedded run of the other direction: it keeps
		// (right-to-left paragraph) or reverses (left-to-right one) the
		// order of its logical span
		first, last := ps[i], ps[j-1]
		for k := i; k < j; k++ {
			if para == dirRTL {
				// mirrored spans: first's right edge is the run's
				// right edge; restore logical offsets from the left
				ps[k].x = last.x + (first.x + first.w) - (ps[k].x + ps[k].w)
			} else {
				ps[k].x = first.x + (last.x + last.w) - (ps[k].x + ps[k].w)
			}
		}
		i = j
	}
	sort.SliceStable(ps, func(a, b int) bool { return ps[a].x < ps[b].x })
	return ps
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
