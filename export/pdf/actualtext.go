package pdf

import (
	"strings"
	"unicode/utf16"

	"golang.org/x/text/unicode/norm"
)

// Package layout draws Arabic with presentation forms (one code point
// per contextual glyph shape, the lam-alef ligatures one for two
// letters), in drawing order. fpdf's ToUnicode map is the identity, so a
// reader copying or searching the text would see presentation forms,
// which match no ordinary Arabic text. A run with presentation forms is
// therefore wrapped in a marked-content span whose /ActualText holds the
// letters they stand for, still in drawing order: text extractors
// (pdftotext, mutool) order the letters right to left as they do glyphs.

// isPresentationForm reports whether r is an Arabic presentation form.
func isPresentationForm(r rune) bool {
	return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF && r != 0xFEFF
}

// actualText returns the letters behind the presentation forms of s (a
// run in drawing order), and false when s has none.
func actualText(s string) (string, bool) {
	if !strings.ContainsFunc(s, isPresentationForm) {
		return "", false
	}
	var sb strings.Builder
	for _, r := range s {
		if !isPresentationForm(r) {
			sb.WriteRune(r)
			continue
		}
		// the compatibility decomposition gives the letters in
		// logical order; the run is in drawing order
		d := []rune(norm.NFKC.String(string(r)))
		for i := len(d) - 1; i >= 0; i-- {
			sb.WriteRune(d[i])
		}
	}
	return sb.String(), true
}

// spanActualText is the operator that opens a marked-content span with
// text as its /ActualText (a UTF-16BE hex string); EMC closes it.
func spanActualText(text string) string {
	const hex = "0123456789ABCDEF"
	var sb strings.Builder
	sb.WriteString("/Span <</ActualText <FEFF")
	for _, u := range utf16.Encode([]rune(text)) {
		sb.WriteByte(hex[u>>12])
		sb.WriteByte(hex[u>>8&15])
		sb.WriteByte(hex[u>>4&15])
		sb.WriteByte(hex[u&15])
	}
	sb.WriteString(">>> BDC\n")
	return sb.String()
}
