package layout

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"offprint/fonts"
)

// replacement is drawn for characters the fonts lack: U+FFFD, the
// REPLACEMENT CHARACTER (a question mark in a black diamond), which every
// embedded face has. It is visible on paper, unlike an empty box.
const replacement = '\uFFFD'

// metrics caches the embedded faces.
type metrics struct {
	faces [len(fontStyles)]*fonts.Face
}

var fontStyles = [...]fonts.Style{fonts.Regular, fonts.Italic, fonts.Bold, fonts.BoldItalic, fonts.Mono}

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

// width returns the advance width of s in face at size.
func (ts *typesetter) width(s string, face fonts.Style, size Length) Length {
	f := ts.m.face(face)
	units := 0
	for _, r := range s {
		if a, ok := f.Advance(r); ok {
			units += a
		}
	}
	return Length(int64(units) * int64(size) / int64(f.UnitsPerEm))
}

// clean prepares text for face: control characters and soft hyphens are
// dropped, tabs become spaces, and characters the face cannot draw become
// U+FFFD, each reported once in the warnings.
func (ts *typesetter) clean(s string, face fonts.Style) string {
	f := ts.m.face(face)
	ok := utf8.ValidString(s)
	for _, r := range s {
		if r < ' ' || r == 0xad || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x200b || !f.Has(r) {
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
		case !f.Has(r):
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
