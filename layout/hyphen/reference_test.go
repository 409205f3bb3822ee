package hyphen

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// refLiang is a plain reading of Liang's algorithm, written independently
// of the package's matcher (liang.go): every substring of ".word." (one
// letter or more) is looked up and the highest priority wins between each
// pair of letters. It returns the rune positions with odd priority.
type refLiang map[string][]byte

func newRefLiang(t *testing.T, data string) refLiang {
	t.Helper()
	ref := make(refLiang)
	for _, field := range strings.Fields(data) {
		p, err := parsePattern(field)
		if err != nil {
			t.Fatal(err)
		}
		ref[string(p.letters)] = p.prio
	}
	return ref
}

func (ref refLiang) hyphenate(word string) []int {
	w := []rune("." + strings.Map(unicode.ToLower, word) + ".")
	prio := make([]byte, len(w)+1) // prio[i]: before w[i]
	for i := range w {
		for j := i + 1; j <= len(w); j++ {
			p, ok := ref[string(w[i:j])]
			if !ok {
				continue
			}
			for k, v := range p {
				prio[i+k] = max(prio[i+k], v)
			}
		}
	}
	var out []int
	for i := 2; i < len(w)-1; i++ { // between word letters only
		if prio[i]%2 == 1 {
			out = append(out, i-1)
		}
	}
	return out
}

// TestMatchesReferenceLiang checks the matcher against refLiang, for every language, on the words of the sample article
// and of a few words per language that use one-letter patterns.
func TestMatchesReferenceLiang(t *testing.T) {
	words := slices.Compact(slices.Sorted(slices.Values(exampleTokens(t))))
	words = append(words, strings.Fields("responsabilidad casa ordenador "+
		"responsabilità hyphénation Silbentrennung computador uddannelse")...)
	for _, tag := range Languages() {
		src := sources[tag]
		data, err := patternFS.ReadFile("patterns/" + src.patterns)
		if err != nil {
			t.Fatal(err)
		}
		ref := newRefLiang(t, string(data))
		h := For(tag)
		for _, tok := range words {
			for _, seg := range letterRuns(tok, false) {
				word := tok[seg[0]:seg[1]]
				got, want := h.pats.hyphenate(word), ref.hyphenate(word)
				if !slices.Equal(got, want) {
					t.Errorf("%s %q: matcher %v, reference %v", tag, word, got, want)
				}
			}
		}
	}
}

// pattern is one Liang pattern: its letters (with '.' for a word edge) and
// the priority before each letter and after the last one.
type pattern struct {
	letters []rune
	prio    []byte // len(letters)+1
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
