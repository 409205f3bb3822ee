package layout

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/fonts"
)

// replacement is drawn for characters the fonts lack: U+FFFD, the
// REPLACEMENT CHARACTER (a question mark in a black diamond), which every
// embedded face has. It is visible on paper, unlike an empty box.
const replacement = '\uFFFD'

// metrics caches the embedded faces. The four text faces are loaded at
// once; Go Mono and the right-to-left fallbacks when a run first needs
// them (each costs about a millisecond to parse, and most documents use
// none of them).
type metrics struct {
	faces [len(fontStyles)]*fonts.Face
}

var fontStyles = [...]fonts.Style{fonts.Regular, fonts.Italic, fonts.Bold, fonts.BoldItalic, fonts.Mono,
	fonts.Arabic, fonts.ArabicBold, fonts.Hebrew, fonts.HebrewBold}

// loadMetrics sets the user's faces (see Style.Faces) in place of Noto
// Serif's. The embedded faces are loaded when first asked for (face): a
// document without bold italic never parses that face (2 ms).
func loadMetrics(user [4]*fonts.Face) metrics {
	var m metrics
	for i, s := range fontStyles[:len(user)] {
		m.faces[i] = user[s]
	}
	return m
}

func (m *metrics) face(s fonts.Style) *fonts.Face {
	if int(s) < 0 || int(s) >= len(m.faces) {
		s = fontStyles[0]
	}
	if m.faces[s] == nil {
		m.faces[s] = fonts.MustGet(s) // embedded: an error is a build defect
	}
	return m.faces[s]
}

// width returns the shaped width of s in face at size (kerning and
// ligatures included); a character the face lacks counts with its width
// in the fallback face that draws it.
func (ts *typesetter) width(s string, face fonts.Style, size Length) Length {
	if f := ts.m.face(face); ts.covers(face, s) {
		return ts.sh.shape(f, s, hasRTL(s), featNone).widthAt(f, size)
	}
	var w Length
	for _, run := range ts.runsOf(s, face) {
		w += ts.sh.shape(run.font, run.text, hasRTL(run.text), featNone).widthAt(run.font, size)
	}
	return w
}

// drawable reports whether face, or its fallback when withFallback,
// draws r.
func (ts *typesetter) drawable(r rune, face fonts.Style, withFallback bool) bool {
	if ts.m.face(face).Has(r) || joiner(r) {
		return true
	}
	if !withFallback {
		return false
	}
	_, f := ts.fallback(face, r)
	return f.Has(r)
}

// cleanFallback prepares text that will be split into runs by face
// (runsOf): control characters and soft hyphens are dropped, tabs become
// spaces, and characters neither face nor a fallback face can draw become
// U+FFFD, each reported once in the warnings.
func (ts *typesetter) cleanFallback(s string, face fonts.Style) string {
	return ts.cleanText(s, face, true)
}

func (ts *typesetter) cleanText(s string, face fonts.Style, withFallback bool) string {
	ok := utf8.ValidString(s)
	for _, r := range s {
		if r < ' ' || r == 0xad || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x200b || !ts.drawable(r, face, withFallback) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			sb.WriteByte(' ')
		case r < ' ' || r == 0xad || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x200b:
			// invisible: drop
		case !ts.drawable(r, face, withFallback):
			ts.missing(r, face)
			sb.WriteRune(replacement)
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// missing records a character face lacks, once per character; finish
// reports them all in one warning.
func (ts *typesetter) missing(r rune, face fonts.Style) {
	if ts.warned[r] {
		return
	}
	ts.warned[r] = true
	ts.stats.MissingGlyphs++
	ts.missingRunes = append(ts.missingRunes, r)
}

// faceRun is a piece of text that one face draws.
type faceRun struct {
	text string
	face fonts.Style // the embedded style that stands for the face
	font *fonts.Face // the face itself
}

// runsOf cuts s into runs of the faces that draw it: base where it can,
// a fallback face (fonts.Fallback) for the rest. A combining mark stays in
// the face of its base character when that face has it. Text that base
// draws whole is one run.
func (ts *typesetter) runsOf(s string, base fonts.Style) []faceRun {
	f := ts.m.face(base)
	if ts.covers(base, s) {
		return []faceRun{{s, base, f}}
	}
	var out []faceRun
	start, cur, curFont := 0, base, f
	for i, r := range s {
		face, font := base, f
		switch {
		case i > 0 && (isCombining(r) && curFont.Has(r) || joiner(r)):
			face, font = cur, curFont
		case i > 0 && curFont != f && curFont.Has(r) && !isLetterOf(f, r):
			// a fallback face keeps the punctuation and digits it has
			// (a Devanagari danda stays in the Devanagari face)
			face, font = cur, curFont
		case !f.Has(r):
			face, font = ts.fallback(base, r)
		}
		if i > 0 && font != curFont {
			out = append(out, faceRun{s[start:i], cur, curFont})
			start = i
		}
		cur, curFont = face, font
	}
	return append(out, faceRun{s[start:], cur, curFont})
}

// fallback returns the face that draws r for text in style base: an
// embedded one (fonts.Fallback), else one found on the machine (see
// fonts.System), else base.
func (ts *typesetter) fallback(base fonts.Style, r rune) (fonts.Style, *fonts.Face) {
	if fb, ok := fonts.Fallback(base, r); ok {
		if f := ts.m.face(fb); f.Has(r) {
			return fb, f
		}
		if f, err := fonts.Get(fb); err == nil && f.Has(r) {
			return fb, f // Noto Serif for what the user's face lacks
		}
	}
	if ts.sys != nil {
		if f := ts.sys.Lookup(r, base, ts.lang); f != nil && pdfDrawable(f) {
			return base, f
		}
	}
	return base, ts.m.face(base)
}

// covers reports whether face draws every character of s.
func (ts *typesetter) covers(face fonts.Style, s string) bool {
	f := ts.m.face(face)
	for _, r := range s {
		if !f.Has(r) {
			return false
		}
	}
	return true
}

// isCombining reports whether r is a combining mark, drawn over the
// character before it.
func isCombining(r rune) bool {
	return isMark(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r)
}

// maxNamedMissing is how many missing characters the warning names.
const maxNamedMissing = 12

// missingWarning is the one warning about characters the fonts lack, or "".
func (ts *typesetter) missingWarning() string {
	rs := ts.missingRunes
	if len(rs) == 0 {
		return ""
	}
	names := make([]string, 0, min(len(rs), maxNamedMissing))
	for _, r := range rs[:min(len(rs), maxNamedMissing)] {
		names = append(names, fmt.Sprintf("%q (U+%04X)", r, r))
	}
	more := ""
	if len(rs) > maxNamedMissing {
		more = fmt.Sprintf(" and %d more", len(rs)-maxNamedMissing)
	}
	return fmt.Sprintf("the PDF fonts lack %d character(s), printed as U+FFFD: %s%s", len(rs), strings.Join(names, ", "), more)
}

func (ts *typesetter) warn(msg string) {
	ts.warnings = append(ts.warnings, msg)
}

// pdfDrawable reports whether the PDF writer can draw face f: TrueType
// or CFF outlines, or colour bitmaps (emoji), which the line becomes
// pictures of (emoji.go).
func pdfDrawable(f *fonts.Face) bool {
	return f.Outlines() != ""
}

// isLetterOf reports whether r is a letter face f has: the base face
// takes its own letters back from a fallback face, not the shared
// punctuation and digits.
func isLetterOf(f *fonts.Face, r rune) bool {
	return unicode.IsLetter(r) && f.Has(r)
}

// joiner reports whether r is a joiner or variation selector: invisible,
// it stays in the run of the character before it, whose shaping it
// changes (emoji sequences, Arabic joining).
func joiner(r rune) bool {
	return r == 0x200c || r == 0x200d || r >= 0xfe00 && r <= 0xfe0f || r >= 0xe0100 && r <= 0xe01ef
}
