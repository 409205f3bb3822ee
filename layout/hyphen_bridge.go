package layout

import "offprint/layout/hyphen"

// hyphenator finds hyphenation points in a word; *hyphen.Hyphenator is
// the implementation, the interface keeps tests free to substitute one.
type hyphenator interface {
	Points(word string) []int
}

// hyphenatorFor returns the hyphenator of a language, or nil (no
// patterns, or hyphenation turned off).
func hyphenatorFor(lang string) hyphenator {
	if h := hyphen.For(lang); h != nil {
		return h
	}
	return nil
}

func isURL(s string) bool { return hyphen.IsURL(s) }

func urlBreaks(s string) []int { return hyphen.URLBreaks(s) }

func explicitHyphen(word string, p int) bool { return hyphen.Explicit(word, p) }
