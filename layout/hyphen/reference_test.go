package hyphen

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// refLiang is a plain reading of Liang's algorithm, written independently
// of github.com/speedata/hyphenation: every substring of ".word." (one
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

// TestMatchesReferenceLiang checks the library with compiled patterns
// against refLiang, for every language, on the words of the sample article
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
				// The library also reports a break after the last letter,
				// which no caller can use: compare inner breaks only.
				n := runeCount(word)
				got := slices.DeleteFunc(h.lang.Hyphenate(h.matchForm(word)), func(p int) bool { return p >= n })
				want := ref.hyphenate(word)
				if !slices.Equal(got, want) {
					t.Errorf("%s %q: library %v, reference %v", tag, word, got, want)
				}
			}
		}
	}
}
