package hyphen

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// maxFuzzInput caps fuzz inputs: Points refuses longer tokens anyway.
const maxFuzzInput = 1 << 10

// fuzzSeeds returns the first distinct tokens of the sample article and
// some hard cases.
func fuzzSeeds(f *testing.F) []string {
	seeds := []string{"", "-", "a-", "-a", "’’", "“well-known,”", "co--op",
		"l’organisation", "responsabilità", "hy\u00adphen", "x\u0301yz\u0301abc",
		"https://vox.com/a/b", "//x.y", "a@b.cd", "\xff\xfe", "İstanbul", "ǅemal"}
	seen := make(map[string]bool)
	for _, tok := range exampleTokens(f) {
		if !seen[tok] && len(seen) < 200 {
			seen[tok] = true
			seeds = append(seeds, tok)
		}
	}
	return seeds
}

// FuzzPoints checks, for several languages, that Points never panics and
// returns strictly increasing offsets at rune boundaries strictly inside
// the word, each with at least the minima of letters on either side.
func FuzzPoints(f *testing.F) {
	for i, s := range fuzzSeeds(f) {
		f.Add(uint8(i), s)
	}
	tags := []string{"en-us", "fr", "de", "es", "it"}
	f.Fuzz(func(t *testing.T, which uint8, word string) {
		if len(word) > maxFuzzInput {
			return
		}
		h := For(tags[int(which)%len(tags)])
		pts := h.Points(word)
		last := 0
		for _, p := range pts {
			if p <= last || p >= len(word) {
				t.Fatalf("%s %q: points %v not increasing inside the word", h.Lang(), word, pts)
			}
			if !utf8.RuneStart(word[p]) {
				t.Fatalf("%s %q: point %d splits a rune", h.Lang(), word, p)
			}
			if letterCount(word[:p]) < DefaultLeftMin || letterCount(word[p:]) < DefaultRightMin {
				t.Fatalf("%s %q: point %d breaks the minima", h.Lang(), word, p)
			}
			last = p
		}
		if len(pts) > 0 && !candidate(word) {
			t.Fatalf("%s %q: points %v for a token that is no word", h.Lang(), word, pts)
		}
		if again := h.Points(word); len(again) != len(pts) {
			t.Fatalf("%s %q: cached %v differs from first %v", h.Lang(), word, again, pts)
		}
	})
}

// FuzzURLBreaks checks that URLBreaks never panics and returns strictly
// increasing rune-boundary offsets strictly inside s, none inside the
// scheme's "://", none leaving a line that ends with a character the
// next line should start with (a period or a hyphen, which a reader would
// take for the end of a sentence or a hyphenation), and that IsURL does
// not panic.
func FuzzURLBreaks(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > maxFuzzInput {
			return
		}
		IsURL(s)
		pts := URLBreaks(s)
		if len(pts) > 64 {
			pts = pts[:64] // keep the rune counting below cheap
		}
		last := 0
		for _, p := range pts {
			if p <= last || p >= len(s) || (utf8.ValidString(s) && !utf8.RuneStart(s[p])) {
				t.Fatalf("%q: breaks %v", s, pts)
			}
			if i := strings.Index(s, "://"); i >= 0 && isScheme(strings.TrimLeft(s[:i], openPunct)) && p < i+3 {
				t.Fatalf("%q: break %d inside the scheme", s, p)
			}
			if r, _ := utf8.DecodeLastRuneInString(s[:p]); strings.ContainsRune(".,-_~?#%", r) {
				t.Fatalf("%q: break %d after %q", s, p, r)
			}
			if utf8.RuneCountInString(s[:p]) < minURLFragment || utf8.RuneCountInString(s[p:]) < minURLFragment {
				t.Fatalf("%q: break %d leaves a fragment shorter than %d", s, p, minURLFragment)
			}
			last = p
		}
	})
}
