package hyphen

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// softHyphen is U+00AD, an author's optional break point.
const softHyphen = '\u00ad'

// candidate reports whether token may be a prose word at all: no digits and
// none of the characters that mark addresses, handles or paths.
func candidate(token string) bool {
	for _, r := range token {
		if unicode.IsNumber(r) || strings.ContainsRune(`@/\_=#<>{}|~^`, r) {
			return false
		}
	}
	return true
}

// trimToLetters returns the byte range of token from its first letter to
// the end of its last letter, skipping surrounding punctuation and quotes.
func trimToLetters(token string) (start, end int) {
	start = strings.IndexFunc(token, isLetter)
	if start < 0 {
		return 0, 0
	}
	end = strings.LastIndexFunc(token, isLetter)
	_, size := utf8.DecodeRuneInString(token[end:])
	end += size
	// Keep combining marks that follow the last letter.
	for end < len(token) {
		r, size := utf8.DecodeRuneInString(token[end:])
		if !unicode.IsMark(r) {
			break
		}
		end += size
	}
	return start, end
}

// isLetter reports whether r belongs to a word: a letter or a combining mark.
func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// isApostrophe reports whether r is used as an apostrophe inside words.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// isDash reports whether a line may end after r with no hyphen added.
func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2013', '\u2014': // hyphen-minus, hyphen, en and em dash
		return true
	}
	return false
}

// isWordPunct reports whether r may appear inside a hyphenatable word.
func isWordPunct(r rune) bool {
	return isApostrophe(r) || isDash(r) || r == '.' || r == softHyphen || r == '\u2011'
}

// properCase reports whether core is a word the patterns should see: only
// letters and word punctuation, not all capitals (NATO), and no capital
// inside a part (iPhone, McDonald), which marks names and brands.
func properCase(core string) bool {
	upper, lowerSeen := 0, false
	prev := rune(0)
	for i, r := range core {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			upper++
			if i > 0 && !isWordPunct(prev) {
				return false
			}
		case unicode.IsLower(r):
			lowerSeen = true
		case !isLetter(r) && !isWordPunct(r):
			return false
		}
		prev = r
	}
	return lowerSeen || upper == 0
}

// hasExplicitBreak reports whether the author marked where core may break:
// a hyphen, a dash, a soft hyphen or a non-breaking hyphen (U+2011).
func hasExplicitBreak(core string) bool {
	return strings.IndexFunc(core, func(r rune) bool {
		return isDash(r) || r == softHyphen || r == '\u2011'
	}) >= 0
}

// explicitPoints returns the offsets just after each hyphen, dash or soft
// hyphen of core (after the last of a run such as "--") that keep at least
// lmin letters before and rmin letters after the break.
func explicitPoints(core string, lmin, rmin int) []int {
	total := letterCount(core)
	var out []int
	before := 0
	for i, r := range core {
		if isLetter(r) {
			if unicode.IsLetter(r) {
				before++ // a combining mark is part of the letter before it, as letterCount counts
			}
			continue
		}
		if !isDash(r) && r != softHyphen {
			continue
		}
		p := i + utf8.RuneLen(r)
		next, _ := utf8.DecodeRuneInString(core[p:])
		if isDash(next) || next == softHyphen {
			continue
		}
		if before >= lmin && total-before >= rmin {
			out = append(out, p)
		}
	}
	return out
}

// runeOffsets converts break positions counted in runes of s into byte
// offsets plus base, keeping those with at least lmin letters before, rmin
// letters after, and no combining mark right after the break.
func runeOffsets(s string, base int, pos []int, lmin, rmin int) []int {
	if len(pos) == 0 {
		return nil
	}
	total := letterCount(s)
	out := make([]int, 0, len(pos))
	k, idx, letters := 0, 0, 0 // k runes, of which letters are letters, lie before byte idx
	for _, p := range pos {
		if p < k {
			continue
		}
		for k < p && idx < len(s) {
			r, size := utf8.DecodeRuneInString(s[idx:])
			if unicode.IsLetter(r) {
				letters++
			}
			idx += size
			k++
		}
		if k < p || letters < lmin || total-letters < rmin {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[idx:]); unicode.IsMark(r) {
			continue
		}
		out = append(out, base+idx)
	}
	return out
}

// letterRuns returns the byte ranges of the maximal runs of letters in core,
// with apostrophes counted as letters when withApostrophes is set (for
// patterns such as French that know about elision: l’homme).
func letterRuns(core string, withApostrophes bool) [][2]int {
	var runs [][2]int
	start := -1
	for i, r := range core {
		in := isLetter(r) || (withApostrophes && isApostrophe(r))
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			runs = append(runs, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		runs = append(runs, [2]int{start, len(core)})
	}
	return runs
}

// letterCount returns the number of letters (not marks) in s.
func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// lower returns s in lower case with typographic apostrophes made plain,
// the form exception lists are written in.
func lower(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

// lastRune returns the last rune of s, or utf8.RuneError when s is empty.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
