package layout

import (
	"strings"

	"github.com/offprint/offprint/content"
)

// scriptText returns the text of a superscript (or subscript) in the
// Unicode forms of its characters (km², H₂O, 10⁻³, xⁿ), when the inlines
// are plain text and every character has such a form; ok is false
// otherwise, and the text is then set on the baseline as it is ("1st").
func scriptText(ins []content.Inline, super bool) (string, bool) {
	for _, in := range ins {
		if _, ok := in.(*content.Text); !ok {
			return "", false
		}
	}
	forms := subscripts
	if super {
		forms = superscripts
	}
	return scriptForm(strings.TrimSpace(content.PlainText(ins)), forms)
}

// scriptForm maps every rune of s through forms; ok is false when s is
// empty or a rune has no form.
func scriptForm(s string, forms map[rune]rune) (string, bool) {
	if s == "" {
		return "", false
	}
	var sb strings.Builder
	for _, r := range s {
		m, ok := forms[r]
		if !ok {
			return "", false
		}
		sb.WriteRune(m)
	}
	return sb.String(), true
}

// superscripts and subscripts are the Unicode forms of digits and signs
// (and the superscript n of exponents), all in the embedded fonts.
var (
	superscripts = map[rune]rune{
		'0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
		'+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', 'n': 'ⁿ',
	}
	subscripts = map[rune]rune{
		'0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
		'+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎',
	}
)
