package layout

import (
	"strings"
	"unicode/utf8"
)

// This file sets French spacing: in French (a document language fr…) the
// space after « and before » ; ! ? is a narrow no-break space (U+202F,
// the "espace fine insécable") and the space before : a no-break word
// space, so that a line never starts with "»" or ":" nor ends with "«".
// Text that already has the no-break characters keeps them (they are not
// spaces to the itemizer: the word and its mark are one box).

// frenchLanguage reports whether a BCP 47 language tag names French.
func frenchLanguage(tag string) bool {
	return primaryLanguage(tag) == "fr"
}

// primaryLanguage returns the primary language subtag of a BCP 47 tag
// (or a POSIX locale name such as fr_CA), lower-cased: "fr" for "FR-ca".
func primaryLanguage(tag string) string {
	lang, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
	lang, _, _ = strings.Cut(lang, "_")
	return lang
}

// frenchSpace appends the pending space before the word next when French
// makes it a no-break space, and reports whether it did; otherwise the
// caller sets an ordinary space.
func (z *itemizer) frenchSpace(next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	narrow := false
	switch {
	case z.last == '«' || z.last == '‹' || r == '»' || r == '›' || r == ';' || r == '!' || r == '?':
		narrow = true
	case r == ':':
	default:
		return false
	}
	w := z.ts.width(" ", z.spaceOf, z.st.size)
	// a penalty of +∞ before the glue: a glue that follows no box is no
	// legal break, so the line cannot break here
	z.items = append(z.items, item{kind: penaltyItem, penalty: infPenalty})
	switch {
	case narrow:
		if nw := z.ts.width("\u202f", z.spaceOf, z.st.size); nw > 0 {
			w = nw
		} else {
			w /= 2
		}
		z.items = append(z.items, item{kind: glueItem, width: w})
	case z.st.align == AlignLeft:
		z.items = append(z.items, item{kind: glueItem, width: w})
	default:
		z.items = append(z.items, item{kind: glueItem, width: w, stretch: max(w/2, z.st.size/6), shrink: w / 3})
	}
	return true
}
