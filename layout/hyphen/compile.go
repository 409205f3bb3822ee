package hyphen

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pattern is one Liang pattern: its letters (with '.' for a word edge) and
// the priority before each letter and after the last one.
type pattern struct {
	letters []rune
	prio    []byte // len(letters)+1
}

// otherLetter stands for every letter that no pattern mentions: such a
// letter can only take part in a match through a one-letter pattern before
// it, so words are matched with those letters replaced by otherLetter
// (see Hyphenator.matchForm). It is a private-use code point, in no file.
const otherLetter = '\uE000'

// compilePatterns rewrites a hyph-utf8 .pat.txt file into an equivalent
// pattern list that github.com/speedata/hyphenation applies correctly, and
// returns the set of letters the patterns use.
//
// That matcher only looks up substrings of two or more characters, so
// one-letter patterns such as Spanish "1b" ("break before b") never fire.
// Since every letter of a word is followed by another letter or by the
// word's end, "1b" is expanded to "1bx" for every x in the file's alphabet,
// plus otherLetter, plus "1b."; each expansion is merged, by maximum
// priority, with any existing pattern on the same letters, which is what
// Liang's algorithm computes at a position where both match.
func compilePatterns(data string) (string, map[rune]bool, error) {
	alphabet := patternAlphabet(data)
	fields := strings.Fields(data)
	var singles []pattern
	for _, f := range fields {
		switch letterLen(f) {
		case 0:
			return "", nil, fmt.Errorf("pattern %q has no letters", f)
		case 1:
			if p, _ := parsePattern(f); p.letters[0] != '.' {
				singles = append(singles, p)
			}
		}
	}
	if len(singles) == 0 {
		return data, alphabet, nil // nothing to rewrite: the common case
	}
	next := []rune{'.', otherLetter}
	for r := range alphabet {
		next = append(next, r)
	}
	slices.Sort(next)
	merged := make(map[string]pattern)
	for _, s := range singles {
		for _, r := range next {
			merge(merged, pattern{
				letters: []rune{s.letters[0], r},
				prio:    []byte{s.prio[0], s.prio[1], 0},
			})
		}
	}
	var b strings.Builder
	b.Grow(len(data) + 8*len(merged))
	for _, f := range fields {
		switch n := letterLen(f); {
		case n == 1 && !strings.HasPrefix(strings.TrimLeft(f, "0123456789"), "."):
			continue // a single, expanded above
		case n == 2:
			if p, _ := parsePattern(f); merged[string(p.letters)].letters != nil {
				merge(merged, p) // written out with the expansions
				continue
			}
		}
		b.WriteString(f)
		b.WriteByte('\n')
	}
	keys := slices.Sorted(maps.Keys(merged))
	for _, k := range keys {
		merged[k].writeTo(&b)
		b.WriteByte('\n')
	}
	return b.String(), alphabet, nil
}

// patternAlphabet returns the set of letters used by the patterns in data
// (every rune but digits, '.' and white space).
func patternAlphabet(data string) map[rune]bool {
	var ascii [utf8.RuneSelf]bool
	alphabet := make(map[rune]bool)
	for _, r := range data {
		switch {
		case r >= '0' && r <= '9', r == '.', unicode.IsSpace(r):
		case r < utf8.RuneSelf:
			if !ascii[r] {
				ascii[r] = true
				alphabet[r] = true
			}
		default:
			alphabet[r] = true
		}
	}
	return alphabet
}

// letterLen returns the number of letters (runes other than digits) of a
// pattern, counting a '.' word edge as a letter.
func letterLen(field string) int {
	n := 0
	for _, r := range field {
		if r < '0' || r > '9' {
			n++
		}
	}
	return n
}

// parsePattern reads one pattern such as ".ach4" or "2b3l".
func parsePattern(field string) (pattern, error) {
	var p pattern
	var pending byte
	for _, r := range field {
		if r >= '0' && r <= '9' {
			pending = byte(r - '0')
			continue
		}
		p.letters = append(p.letters, r)
		p.prio = append(p.prio, pending)
		pending = 0
	}
	if len(p.letters) == 0 {
		return p, fmt.Errorf("pattern %q has no letters", field)
	}
	p.prio = append(p.prio, pending)
	return p, nil
}

// merge adds p to m, keeping the maximum priority at each position when a
// pattern on the same letters is already there.
func merge(m map[string]pattern, p pattern) {
	key := string(p.letters)
	old, ok := m[key]
	if !ok {
		m[key] = p
		return
	}
	prio := slices.Clone(old.prio)
	for i, v := range p.prio {
		prio[i] = max(prio[i], v)
	}
	m[key] = pattern{letters: old.letters, prio: prio}
}

// writeTo writes p in the usual notation, leaving out zero priorities.
func (p pattern) writeTo(b *strings.Builder) {
	for i, r := range p.letters {
		if v := p.prio[i]; v > 0 {
			b.WriteByte('0' + v)
		}
		b.WriteRune(r)
	}
	if v := p.prio[len(p.letters)]; v > 0 {
		b.WriteByte('0' + v)
	}
}
