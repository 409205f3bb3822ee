package layout

import "unicode"

// This file shapes Arabic text the simple way: every letter becomes the
// presentation form (Unicode's Arabic Presentation Forms-A and -B, which
// Noto Naskh Arabic maps) that its joining with its neighbours calls for,
// and lam followed by alef becomes one ligature. It follows the joining
// types of Unicode's ArabicShaping.txt: dual-joining letters join on both
// sides, right-joining ones only to the letter before them, tatweel joins
// both ways, and marks (harakat) are transparent: they sit between two
// letters without breaking their join.

// arabicForms are a letter's presentation forms: isolated, final,
// initial, medial. A right-joining letter has no initial or medial form.
type arabicForms [4]rune

// The indexes of arabicForms.
const (
	formIsolated = iota
	formFinal
	formInitial
	formMedial
)

// arabicLetters maps the letters of the Arabic block (and the commonest
// Persian and Urdu ones) to their presentation forms.
var arabicLetters = map[rune]arabicForms{
	0x0621: {0xFE80, 0, 0, 0}, // hamza: joins neither side
	0x0622: {0xFE81, 0xFE82, 0, 0},
	0x0623: {0xFE83, 0xFE84, 0, 0},
	0x0624: {0xFE85, 0xFE86, 0, 0},
	0x0625: {0xFE87, 0xFE88, 0, 0},
	0x0626: {0xFE89, 0xFE8A, 0xFE8B, 0xFE8C},
	0x0627: {0xFE8D, 0xFE8E, 0, 0},
	0x0628: {0xFE8F, 0xFE90, 0xFE91, 0xFE92},
	0x0629: {0xFE93, 0xFE94, 0, 0},
	0x062A: {0xFE95, 0xFE96, 0xFE97, 0xFE98},
	0x062B: {0xFE99, 0xFE9A, 0xFE9B, 0xFE9C},
	0x062C: {0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0},
	0x062D: {0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4},
	0x062E: {0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8},
	0x062F: {0xFEA9, 0xFEAA, 0, 0},
	0x0630: {0xFEAB, 0xFEAC, 0, 0},
	0x0631: {0xFEAD, 0xFEAE, 0, 0},
	0x0632: {0xFEAF, 0xFEB0, 0, 0},
	0x0633: {0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4},
	0x0634: {0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8},
	0x0635: {0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC},
	0x0636: {0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0},
	0x0637: {0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4},
	0x0638: {0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8},
	0x0639: {0xFEC9, 0xFECA, 0xFECB, 0xFECC},
	0x063A: {0xFECD, 0xFECE, 0xFECF, 0xFED0},
	0x0641: {0xFED1, 0xFED2, 0xFED3, 0xFED4},
	0x0642: {0xFED5, 0xFED6, 0xFED7, 0xFED8},
	0x0643: {0xFED9, 0xFEDA, 0xFEDB, 0xFEDC},
	0x0644: {0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0},
	0x0645: {0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4},
	0x0646: {0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8},
	0x0647: {0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC},
	0x0648: {0xFEED, 0xFEEE, 0, 0},
	0x0649: {0xFEEF, 0xFEF0, 0, 0},
	0x064A: {0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4},
	0x0671: {0xFB50, 0xFB51, 0, 0},           // alef wasla
	0x0679: {0xFB66, 0xFB67, 0xFB68, 0xFB69}, // tteh (Urdu)
	0x067E: {0xFB56, 0xFB57, 0xFB58, 0xFB59}, // peh
	0x0686: {0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D}, // tcheh
	0x0688: {0xFB88, 0xFB89, 0, 0},           // ddal (Urdu)
	0x0691: {0xFB8C, 0xFB8D, 0, 0},           // rreh (Urdu)
	0x0698: {0xFB8A, 0xFB8B, 0, 0},           // jeh
	0x06A4: {0xFB6A, 0xFB6B, 0xFB6C, 0xFB6D}, // veh
	0x06A9: {0xFB8E, 0xFB8F, 0xFB90, 0xFB91}, // keheh (Persian kaf)
	0x06AF: {0xFB92, 0xFB93, 0xFB94, 0xFB95}, // gaf
	0x06BA: {0xFB9E, 0xFB9F, 0, 0},           // noon ghunna (Urdu)
	0x06BE: {0xFBAA, 0xFBAB, 0xFBAC, 0xFBAD}, // heh doachashmee (Urdu)
	0x06C1: {0xFBA6, 0xFBA7, 0xFBA8, 0xFBA9}, // heh goal (Urdu)
	0x06CC: {0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF}, // Farsi yeh
	0x06D2: {0xFBAE, 0xFBAF, 0, 0},           // yeh barree (Urdu)
}

// lamAlef maps the alef that follows a lam to the isolated form of their
// ligature; the final form is the next code point.
var lamAlef = map[rune]rune{0x0622: 0xFEF5, 0x0623: 0xFEF7, 0x0625: 0xFEF9, 0x0627: 0xFEFB}

const (
	lam     = 0x0644
	tatweel = 0x0640
	zwj     = 0x200D
)

// joining is a character's Unicode joining type.
type joining uint8

const (
	joinNone        joining = iota // U: joins neither neighbour (also non-Arabic)
	joinRight                      // R: joins the letter before it only
	joinDual                       // D: joins both neighbours
	joinCausing                    // C: tatweel, ZWJ
	joinTransparent                // T: marks, skipped when looking for neighbours
)

// joiningOf returns the joining type of r.
func joiningOf(r rune) joining {
	if f, ok := arabicLetters[r]; ok {
		switch {
		case f[formMedial] != 0:
			return joinDual
		case f[formFinal] != 0:
			return joinRight
		}
		return joinNone
	}
	switch {
	case r == tatweel || r == zwj:
		return joinCausing
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		return joinTransparent
	}
	return joinNone
}

// joinsForward reports whether a character of type j joins the one after it.
func joinsForward(j joining) bool { return j == joinDual || j == joinCausing }

// joinsBackward reports whether a character of type j joins the one before it.
func joinsBackward(j joining) bool { return j == joinRight || j == joinDual || j == joinCausing }

// hasArabic reports whether s holds a letter that shapeArabic changes.
func hasArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0621 && r <= 0x06FF {
			return true
		}
	}
	return false
}

// shapeArabic returns s (in logical order) with its Arabic letters
// replaced by their contextual presentation forms and lam-alef pairs by
// their ligatures. Text without Arabic letters is returned unchanged.
func shapeArabic(s string) string {
	if !hasArabic(s) {
		return s
	}
	in := []rune(s)
	types := make([]joining, len(in))
	for i, r := range in {
		types[i] = joiningOf(r)
	}
	out := make([]rune, 0, len(in))
	for i := 0; i < len(in); i++ {
		r := in[i]
		forms, ok := arabicLetters[r]
		if !ok {
			out = append(out, r)
			continue
		}
		p, n := neighbour(types, i, -1), neighbour(types, i, +1)
		before := p >= 0 && joinsForward(types[p]) && joinsBackward(types[i])
		if lig, ok := lamAlef[at(in, i+1)]; r == lam && ok {
			// the ligature joins the letter before like the lam did,
			// and nothing after, like the alef
			if before {
				lig++
			}
			out = append(out, lig)
			i++
			continue
		}
		after := n >= 0 && joinsForward(types[i]) && joinsBackward(types[n])
		out = append(out, forms[formOf(before, after)])
	}
	return string(out)
}

// formOf is the index of the form of a letter joined before and/or after.
func formOf(before, after bool) int {
	switch {
	case before && after:
		return formMedial
	case before:
		return formFinal
	case after:
		return formInitial
	}
	return formIsolated
}

// neighbour returns the index of the nearest non-transparent character
// from i in direction step, or -1.
func neighbour(types []joining, i, step int) int {
	for j := i + step; j >= 0 && j < len(types); j += step {
		if types[j] != joinTransparent {
			return j
		}
	}
	return -1
}

// at returns in[i], or 0 past the end.
func at(in []rune, i int) rune {
	if i < len(in) {
		return in[i]
	}
	return 0
}
