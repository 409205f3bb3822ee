package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

// This file is the first stage: it turns inlines into a flat list of
// Knuth–Plass items. Words become boxes (split at hyphenation points by
// hyphenate.go), spaces become glue, note calls become superscript boxes.

// frag is what a box (or a hyphenation penalty) draws.
type frag struct {
	text string
	face fonts.Style // the style (the embedded face that stands for font)
	font *fonts.Face // the face that draws text
	size Length
	rise Length // baseline shift upwards (note calls)
	link string // URL the text links to: external, or "#id" for a heading
	call int    // note number: this box is the call of note call
	back int    // note number: this box is the number in front of that note
	// level is the UAX #9 embedding level of the text (bidi.go): odd
	// levels are right to left
	level  uint8
	feat   feature // shaped with the font's superior or inferior forms (note calls, scripts)
	strike bool    // struck out: setLine draws a rule through it
}

// rtl reports whether the fragment is set right to left.
func (f *frag) rtl() bool { return f.level%2 == 1 }

// textStyle is the base look of a paragraph.
type textStyle struct {
	face   fonts.Style
	size   Length
	align  Align
	indent Length // first-line indent
	// noHyphens keeps words whole (headlines, headings, running
	// heads); dashes, slashes and URLs still break
	noHyphens bool
	// balance sets ragged lines of even length: a heading or title
	// broken on the narrowest measure that keeps its number of lines,
	// so its last line is no lone word (balance.go)
	balance bool
}

// span is a run of text in one look, before it is cut into words.
type span struct {
	text  string
	face  fonts.Style
	link  string
	call  int  // a note call (text is the number)
	brk   bool // a forced line break
	nobrk bool // code: no hyphenation, no URL breaks
	// script is +1 for superscript, -1 for subscript text that has no
	// Unicode superscript or subscript forms (those replace the text)
	script int8
	strike bool // struck out
}

// flatten walks inlines into spans, resolving emphasis into faces and
// link notes into calls; look is the look of the text (its face, link,
// script and strike), which the inlines inherit.
func flatten(inlines []content.Inline, look span, out []span) []span {
	for _, in := range inlines {
		l := look
		switch in := in.(type) {
		case *content.Text:
			l.text = in.Text
			out = append(out, l)
		case *content.Code:
			l.text, l.face, l.nobrk = in.Text, fonts.Mono, true
			out = append(out, l)
		case *content.Emph:
			l.face = toggleItalic(l.face)
			out = flatten(in.Inlines, l, out)
		case *content.Strong:
			l.face = withBold(l.face)
			out = flatten(in.Inlines, l, out)
		case *content.Super, *content.Sub:
			_, super := in.(*content.Super)
			if t, ok := scriptText(content.Children(in), super); ok {
				l.text = t
				out = append(out, l)
				break
			}
			l.script = -1
			if super {
				l.script = 1
			}
			out = flatten(content.Children(in), l, out)
		case *content.Strike:
			l.strike = true
			out = flatten(in.Inlines, l, out)
		case *content.Link:
			if content.IsExternalURL(in.URL) || len(in.URL) > 1 && in.URL[0] == '#' {
				l.link = in.URL // "#id" links to a heading of the document
			}
			out = flatten(in.Inlines, l, out)
			if in.Note > 0 {
				out = append(out, span{call: in.Note})
			}
		case *content.NoteRef:
			if in.Note > 0 {
				out = append(out, span{call: in.Note})
			}
		case *content.Break:
			out = append(out, span{brk: true})
		}
	}
	return out
}

func toggleItalic(f fonts.Style) fonts.Style {
	switch f {
	case fonts.Regular:
		return fonts.Italic
	case fonts.Italic:
		return fonts.Regular
	case fonts.Bold:
		return fonts.BoldItalic
	case fonts.BoldItalic:
		return fonts.Bold
	}
	return f
}

func withBold(f fonts.Style) fonts.Style {
	switch f {
	case fonts.Regular:
		return fonts.Bold
	case fonts.Italic:
		return fonts.BoldItalic
	}
	return f
}

// itemizer builds the item list of one paragraph.
type itemizer struct {
	ts      *typesetter
	st      textStyle
	measure Length // the narrowest line width, for emergency breaks
	items   []item
	space   bool // a space is pending before the next box
	spaceOf fonts.Style
	sf      int  // TeX's space factor of the last word (1000 normal), see spaceFactor
	rtl     bool // a right-to-left paragraph (bidi.go)
	last    rune // the last character of the last word, for French spacing
	// levels are the embedding levels of the paragraph's text, by byte
	// (bidi.go); nil when the paragraph has no right-to-left letter
	levels    []uint8
	off       int   // offset in the paragraph's text of the span being itemized
	lastLevel uint8 // the level of the last word's last character
}

// itemize returns the items of inlines set in style st on lines at most
// measure wide, ending with the paragraph's final glue and forced break.
func (ts *typesetter) itemize(inlines []content.Inline, st textStyle, measure Length) []item {
	z := itemizer{ts: ts, st: st, measure: measure, items: make([]item, 0, 64)}
	if st.indent > 0 {
		z.items = append(z.items, item{kind: boxItem, width: st.indent})
	}
	spans := flatten(inlines, span{face: st.face}, nil)
	for i := range spans {
		spans[i].text = ts.cleanFallback(spans[i].text, spans[i].face)
	}
	z.rtl = z.ts.rightToLeft(spans)
	z.ts.paraRTL = z.rtl
	z.bidi(spans)
	for _, sp := range spans {
		switch {
		case sp.brk:
			z.space = false
			z.trim()
			if len(z.items) > 0 {
				z.items = append(z.items, item{kind: glueItem, stretch: fil}, item{kind: penaltyItem, penalty: -infPenalty})
			}
		case sp.call > 0:
			z.call(sp.call)
		default:
			z.text(sp)
		}
		z.off += len(sp.text)
	}
	z.finish()
	return z.items
}

// bidi resolves the embedding levels of a paragraph that has
// right-to-left letters (bidi.go).
func (z *itemizer) bidi(spans []span) {
	rtl := false
	for _, sp := range spans {
		rtl = rtl || hasRTL(sp.text)
	}
	if !rtl {
		return
	}
	var sb strings.Builder
	for _, sp := range spans {
		sb.WriteString(sp.text)
	}
	z.levels = embeddingLevels(&z.ts.bidiPara, sb.String(), z.rtl)
}

// levelAt is the embedding level of the paragraph's text at offset i of
// the current span (0 when the paragraph is all left to right).
func (z *itemizer) levelAt(i int) uint8 {
	if z.levels == nil || z.off+i >= len(z.levels) || z.off+i < 0 {
		return z.paraLevel()
	}
	return z.levels[z.off+i]
}

func (z *itemizer) paraLevel() uint8 {
	if z.rtl {
		return 1
	}
	return 0
}

// call appends a superscript note call, glued to the preceding word: in
// the font's own superior figures (OpenType sups) at the text's size when
// it has them for the number, else the figures at three fifths of the
// size, raised.
func (z *itemizer) call(n int) {
	txt := itoa(n)
	// a call reads after its word: the even level above the word's
	lvl := z.lastLevel + z.lastLevel%2
	font := z.ts.m.face(fonts.Regular)
	fr := &frag{text: txt, face: fonts.Regular, font: font, size: z.st.size.Scale(3, 5), rise: z.st.size.Scale(2, 5), call: n, level: lvl}
	if z.ts.sh.hasForms(font, txt, featSups) {
		fr.size, fr.rise, fr.feat = z.st.size, 0, featSups
	}
	if z.space {
		// "word ¹": keep the call on the word's line, drop the space
		z.space = false
	}
	w := z.ts.sh.shape(font, txt, false, fr.feat).widthAt(font, fr.size)
	z.items = append(z.items, item{kind: boxItem, width: w + z.st.size/20, frag: fr})
}

// text cuts a span (cleaned) at white space into words.
func (z *itemizer) text(sp span) {
	s := sp.text
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if isSpace(r) {
			z.space = len(z.items) > 0
			z.spaceOf = sp.face
			s = s[n:]
			continue
		}
		end := strings.IndexFunc(s, isSpace)
		if end < 0 {
			end = len(s)
		}
		z.flushSpace(s[:end])
		z.word(s[:end], sp, len(sp.text)-len(s))
		z.lastLevel = z.levelAt(len(sp.text) - len(s) + end - 1)
		z.sf = spaceFactor(s[:end])
		z.last, _ = utf8.DecodeLastRuneInString(s[:end])
		s = s[end:]
	}
}

func isSpace(r rune) bool {
	return r != '\u00a0' && r != '\u202f' && r != '\u2007' && unicode.IsSpace(r)
}

// flushSpace turns a pending space into glue: justified glue stretches by
// half a space or a sixth of an em, whichever is more, and shrinks by a
// third of a space (TeX's proportions); ragged-right
// glue is TeX's \raggedright trick, a break that carries its own stretch.
func (z *itemizer) flushSpace(next string) {
	if !z.space {
		return
	}
	z.space = false
	if z.ts.french && z.frenchSpace(next) {
		return
	}
	w := z.ts.width(" ", z.spaceOf, z.st.size)
	if z.st.align == AlignLeft {
		z.raggedBreak(w)
		return
	}
	// TeX's Computer Modern space stretches by 1/6 em; Noto Serif's space
	// is narrower than CM's, so half of it would stretch too little
	stretch, shrink := max(w/2, z.st.size/6), w/3
	if sf := max(z.sf, 1000); sf != 1000 {
		stretch, shrink = stretch.Scale(int64(sf), 1000), shrink.Scale(1000, int64(sf))
	}
	z.items = append(z.items, item{kind: glueItem, width: w, stretch: stretch, shrink: shrink})
}

// raggedBreak appends a break of ragged text, TeX's \raggedright trick:
// glue that stretches, the break, and glue of width w that takes the
// stretch back, so a line keeps its natural spacing and the room is left
// at its end.
func (z *itemizer) raggedBreak(w Length) {
	rag := z.st.size * 3
	z.items = append(z.items,
		item{kind: glueItem, stretch: rag},
		item{kind: penaltyItem},
		item{kind: glueItem, width: w, stretch: -rag})
}

// spaceFactor is TeX's space factor after word w, as set by LaTeX's
// \nonfrenchspacing (its default): the space after a sentence stretches
// three times as much as a word space and shrinks a third as much, after a
// colon twice, a semicolon 1.5 times, a comma 1.25 times, so that a loose
// line opens its sentence ends before its word spaces. Closing quotes and
// brackets are transparent; a full stop after a capital ("J. Smith",
// "U.S.") is not a sentence end. (TeX also widens the space itself; the
// width stays that of a word space here.)
func spaceFactor(w string) int {
	for len(w) > 0 {
		r, n := utf8.DecodeLastRuneInString(w)
		w = w[:len(w)-n]
		switch r {
		case ')', ']', '"', '\'', '’', '”', '»', '›':
			continue
		case '.', '!', '?', '…':
			if p, _ := utf8.DecodeLastRuneInString(w); unicode.IsUpper(p) {
				return 1000
			}
			return 3000
		case ':':
			return 2000
		case ';':
			return 1500
		case ',':
			return 1250
		}
		return 1000
	}
	return 1000
}

// finish ends the paragraph with TeX's \parfillskip and a forced break.
func (z *itemizer) finish() {
	z.trim()
	z.items = append(z.items,
		item{kind: penaltyItem, penalty: infPenalty},
		item{kind: glueItem, stretch: fil},
		item{kind: penaltyItem, penalty: -infPenalty})
}

// trim drops trailing glue and forced breaks, so that a paragraph never
// ends with an empty line.
func (z *itemizer) trim() {
	for n := len(z.items); n > 0; n = len(z.items) {
		last := z.items[n-1]
		if last.kind != glueItem && !(last.kind == penaltyItem && last.penalty <= -infPenalty) {
			return
		}
		z.items = z.items[:n-1]
	}
}

// itoa formats a small non-negative integer.
func itoa(n int) string {
	if n < 10 && n >= 0 {
		return string(rune('0' + n))
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
