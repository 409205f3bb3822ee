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

// metrics caches the embedded faces.
type metrics struct {
	faces [len(fontStyles)]*fonts.Face
}

var fontStyles = [...]fonts.Style{fonts.Regular, fonts.Italic, fonts.Bold, fonts.BoldItalic, fonts.Mono,
	fonts.Arabic, fonts.ArabicBold, fonts.Hebrew, fonts.HebrewBold}

func loadMetrics() (metrics, error) {
	var m metrics
	for i, s := range fontStyles {
		f, err := fonts.Get(s)
		if err != nil {
			return m, fmt.Errorf("layout: %w", err)
		}
		m.faces[i] = f
	}
	return m, nil
}

func (m *metrics) face(s fonts.Style) *fonts.Face {
	if int(s) >= 0 && int(s) < len(m.faces) {
		return m.faces[s]
	}
	return m.faces[0]
}

// width returns the advance width of s in face at size; a character the
// face lacks counts with its width in the fallback face (fonts.Fallback)
// that draws it.
func (ts *typesetter) width(s string, face fonts.Style, size Length) Length {
	f := ts.m.face(face)
	units := 0
	var other Length
	for _, r := range s {
		if a, ok := f.Advance(r); ok {
			units += a
		} else if fb, ok := fonts.Fallback(face, r); ok {
			g := ts.m.face(fb)
			a, _ := g.Advance(r)
			other += Length(int64(a) * int64(size) / int64(g.UnitsPerEm))
		}
	}
	return Length(int64(units)*int64(size)/int64(f.UnitsPerEm)) + other
}

// drawable reports whether face, or its fallback when withFallback,
// draws r.
func (ts *typesetter) drawable(r rune, face fonts.Style, withFallback bool) bool {
	if ts.m.face(face).Has(r) {
		return true
	}
	if !withFallback {
		return false
	}
	_, ok := fonts.Fallback(face, r)
	return ok
}

// clean prepares text for face: control characters and soft hyphens are
// dropped, tabs become spaces, and characters the face cannot draw become
// U+FFFD, each reported once in the warnings.
func (ts *typesetter) clean(s string, face fonts.Style) string {
	return ts.cleanText(s, face, false)
}

// cleanFallback is clean for text that will be split into runs by face
// (runsOf): characters a fallback face draws are kept.
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
		case r < ' ' || r == 0xad || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x200b || r == 0x200d || r == 0xfe0f:
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
	face fonts.Style
}

// runsOf cuts s into runs of the faces that draw it: base where it can,
// a fallback face (fonts.Fallback) for the rest. A combining mark stays in
// the face of its base character when that face has it. Text that base
// draws whole is one run.
func (ts *typesetter) runsOf(s string, base fonts.Style) []faceRun {
	if ts.covers(base, s) {
		return []faceRun{{s, base}}
	}
	f := ts.m.face(base)
	var out []faceRun
	start, cur := 0, base
	for i, r := range s {
		face := base
		switch {
		case i > 0 && isCombining(r) && ts.m.face(cur).Has(r):
			face = cur
		case !f.Has(r):
			if fb, ok := fonts.Fallback(base, r); ok {
				face = fb
			}
		}
		if i > 0 && face != cur {
			out = append(out, faceRun{s[start:i], cur})
			start = i
		}
		cur = face
	}
	return append(out, faceRun{s[start:], cur})
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
