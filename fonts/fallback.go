package fonts

// Fallback returns the face that draws r when base lacks it: Noto Naskh
// Arabic for the Arabic script (and its presentation forms), Noto Serif
// Hebrew for Hebrew, in the weight of base (italic has no Arabic or
// Hebrew counterpart: it falls back to the upright face); then Noto Serif
// Regular (or Bold) for what Go Mono lacks. It returns base and true when
// base itself has r, and false when no embedded face has it.
func Fallback(base Style, r rune) (Style, bool) {
	if f, err := Get(base); err == nil && f.Has(r) {
		return base, true
	}
	bold := base == Bold || base == BoldItalic || base == ArabicBold || base == HebrewBold
	var cand []Style
	switch {
	case isArabic(r):
		cand = []Style{Arabic, ArabicBold}
	case isHebrew(r):
		cand = []Style{Hebrew, HebrewBold}
	default:
		cand = []Style{Regular, Bold}
	}
	if bold {
		cand[0], cand[1] = cand[1], cand[0]
	}
	for _, s := range cand {
		if f, err := Get(s); err == nil && f.Has(r) {
			return s, true
		}
	}
	return base, false
}

// isArabic reports whether r is in a block of the Arabic script: Arabic,
// Arabic Supplement, Arabic Extended-A, and the presentation forms.
func isArabic(r rune) bool {
	return r >= 0x0600 && r <= 0x06ff || r >= 0x0750 && r <= 0x077f ||
		r >= 0x08a0 && r <= 0x08ff || r >= 0xfb50 && r <= 0xfdff || r >= 0xfe70 && r <= 0xfeff
}

// isHebrew reports whether r is in the Hebrew block or Hebrew's
// presentation forms.
func isHebrew(r rune) bool {
	return r >= 0x0590 && r <= 0x05ff || r >= 0xfb1d && r <= 0xfb4f
}
