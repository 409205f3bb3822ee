package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word of a line (a run of non-space characters) with its byte
// offsets in the line.
type token struct {
	text       string
	start, end int
}

// tokenize splits s at white space, keeping byte offsets.
func tokenize(s string) []token { return firstTokens(s, -1) }

// firstTokens returns the first n tokens of s (all of them when n < 0).
func firstTokens(s string, n int) []token {
	var toks []token
	start := -1
	for i, r := range s {
		if len(toks) == n {
			return toks
		}
		if unicode.IsSpace(r) {
			if start >= 0 {
				toks = append(toks, token{s[start:i], start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		toks = append(toks, token{s[start:], start, len(s)})
	}
	return toks
}

// lastTokens returns the last n tokens of s (fewer when s has fewer),
// scanning from the end, so that long lines cost no more than short ones.
func lastTokens(s string, n int) []token {
	toks := make([]token, 0, n)
	end := -1
	for i := len(s); i > 0 && len(toks) < n; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case unicode.IsSpace(r) && end >= 0:
			toks = append(toks, token{s[i:end], i, end})
			end = -1
		case !unicode.IsSpace(r) && end < 0:
			end = i
		}
		i -= size
	}
	if end >= 0 && len(toks) < n {
		toks = append(toks, token{s[:end], 0, end})
	}
	for i, j := 0, len(toks)-1; i < j; i, j = i+1, j-1 {
		toks[i], toks[j] = toks[j], toks[i]
	}
	return toks
}

// The quote marks and brackets that open and close a quotation or an
// aside, in English, French, German and Polish use: “…”, «…», „…“, »…«.
const (
	openingMarks = "\"'“‘«„‚»›‹(["
	closingMarks = "\"'”’»“‘«›‹)]"
)

// firstLetter returns the first letter or digit of s, skipping opening
// quotes and brackets, or 0.
func firstLetter(s string) rune {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		if !strings.ContainsRune(openingMarks, r) {
			return 0
		}
	}
	return 0
}

// isCapitalized reports whether the word starts (after opening quotes)
// with an upper-case letter or a digit.
func isCapitalized(w string) bool {
	r := firstLetter(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// lastRune returns the last rune of s after closing quotes and brackets are
// skipped, or 0.
func lastRune(s string) rune {
	s = strings.TrimRight(s, closingMarks)
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// endsSentence reports whether the word ends a sentence: a final '.', '!'
// or '?', possibly followed by closing quotes or brackets.
func endsSentence(w string) bool {
	switch lastRune(w) {
	case '.', '!', '?', '…', '。', '．', '！', '？':
		return true
	}
	return false
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if t := firstTokens(s, 1); len(t) > 0 {
		return t[0].text
	}
	return ""
}

// runeCount is the number of characters of s.
func runeCount(s string) int { return utf8.RuneCountInString(s) }

// asciiLetter reports whether b is an ASCII letter, A–Z or a–z.
func asciiLetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

// letters returns s reduced to its letters, lower-cased.
func letters(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

// smallWords are left lower case in title case ("Out of the Shadows").
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true,
	"nor": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "by": true, "with": true, "from": true, "as": true,
	"vs": true, "vs.": true, "via": true, "into": true, "over": true,
}

// isTitleCase reports whether every word of s that starts with a letter is
// capitalised, small words (of, the, and…) aside.
func isTitleCase(s string) bool {
	for i, t := range tokenize(s) {
		r := firstLetter(t.text)
		if r == 0 || unicode.IsDigit(r) || unicode.IsUpper(r) {
			continue
		}
		if i == 0 || !smallWords[strings.ToLower(strings.Trim(t.text, ",;:"))] {
			return false
		}
	}
	return true
}

// editDistance is the optimal string alignment distance between a and b
// (insertions, deletions, substitutions and transpositions of runes).
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
