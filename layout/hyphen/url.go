package hyphen

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// urlBreakAfter lists the characters a URL, e-mail address or path may
// break after. No hyphen is drawn at such a break.
const urlBreakAfter = "/.-?&=#_"

// openPunct and closePunct surround a URL in running text without being
// part of it: (https://…), “www.…”, <…>, and sentence punctuation after it.
const (
	openPunct  = "([{<\"'“‘«"
	closePunct = ")]}>\"'”’».,;:!?"
)

// minURLFragment is the fewest characters (surrounding punctuation not
// counted) a URL break may leave on either side.
const minURLFragment = 2

// URLBreaks returns the byte offsets inside s where a URL, e-mail address
// or path may break across lines, in increasing order: after '/', '.', '-',
// '?', '&', '=', '#' and '_' (after the last of a run such as "//"), never
// inside the scheme and its "://" nor right after a leading "//", and never
// leaving fewer than two characters, surrounding punctuation aside, on
// either side. No hyphen is drawn at these breaks.
func URLBreaks(s string) []int {
	lo, hi := urlSpan(s)
	if hi-lo < 2*minURLFragment {
		return nil
	}
	body := s[lo:hi]
	from := protectedPrefix(body)
	total := utf8.RuneCountInString(body)
	var out []int
	n := 0 // runes of body up to and including r
	for i, r := range body {
		n++
		if i < from || !strings.ContainsRune(urlBreakAfter, r) {
			continue
		}
		_, size := utf8.DecodeRuneInString(body[i:])
		p := i + size
		if p >= len(body) {
			break
		}
		if next, _ := utf8.DecodeRuneInString(body[p:]); strings.ContainsRune(urlBreakAfter, next) {
			continue
		}
		if n < minURLFragment || total-n < minURLFragment {
			continue
		}
		out = append(out, lo+p)
	}
	return out
}

// urlSpan returns the byte range of s without the punctuation around it.
func urlSpan(s string) (lo, hi int) {
	t := strings.TrimLeft(s, openPunct)
	lo = len(s) - len(t)
	t = strings.TrimRight(t, closePunct)
	return lo, lo + len(t)
}

// protectedPrefix returns the length of the start of u that must not
// break: the scheme with its "://", or a leading "//".
func protectedPrefix(u string) int {
	if strings.HasPrefix(u, "//") {
		return 2
	}
	if i := strings.Index(u, "://"); i >= 0 && isScheme(u[:i]) {
		return i + 3
	}
	return 0
}

// isScheme reports whether s is a URL scheme (RFC 3986: a letter followed
// by letters, digits, '+', '-' or '.').
func isScheme(s string) bool {
	if s == "" || !isASCIILetter(rune(s[0])) {
		return false
	}
	for _, r := range s {
		if !isASCIILetter(r) && !('0' <= r && r <= '9') && !strings.ContainsRune("+-.", r) {
			return false
		}
	}
	return true
}

// IsURL reports whether the token s (punctuation around it allowed) is a
// URL, a bare domain (vox.com/world), an e-mail address or a path, so that
// layout should break it with URLBreaks and never hyphenate it.
func IsURL(s string) bool {
	lo, hi := urlSpan(s)
	t := s[lo:hi]
	if t == "" {
		return false
	}
	lt := strings.ToLower(t)
	switch {
	case strings.Contains(t, "://"), strings.HasPrefix(lt, "www."),
		strings.HasPrefix(lt, "mailto:"):
		return true
	case strings.Contains(t, "@"):
		at := strings.LastIndexByte(t, '@')
		return at > 0 && isDomain(t[at+1:])
	case strings.ContainsRune(t, '/'):
		return strings.IndexFunc(t, isLetterOrDigit) >= 0
	}
	return isDomain(t)
}

// isDomain reports whether s starts with a host name of two or more labels
// whose last label (the top-level domain) is 2–24 letters in one case,
// optionally followed by a port, path, query or fragment: "vox.com",
// "news.bbc.co.uk/x". Abbreviations such as "e.g" or "U.S" do not qualify.
func isDomain(s string) bool {
	if i := strings.IndexAny(s, "/?#:"); i >= 0 {
		s = s[:i]
	}
	labels := strings.Split(s, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || strings.IndexFunc(l, func(r rune) bool {
			return !isLetterOrDigit(r) && r != '-'
		}) >= 0 {
			return false
		}
	}
	tld := labels[len(labels)-1]
	n := utf8.RuneCountInString(tld)
	if n < 2 || n > 24 || strings.IndexFunc(tld, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	return tld == strings.ToLower(tld) || tld == strings.ToUpper(tld)
}

// isLetterOrDigit reports whether r is a letter or a decimal digit.
func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isASCIILetter reports whether r is in A–Z or a–z.
func isASCIILetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }
