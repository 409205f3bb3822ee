package hyphen

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The characters a URL, e-mail address or path may break at, after the
// Chicago Manual of Style (14.18): after a slash or a double slash;
// before a period, comma, hyphen, underscore, tilde, question mark,
// number sign or percent sign, so that the next line starts with it and
// no reader takes it for a hyphen or the end of a sentence; before or
// after an equals sign or an ampersand. No hyphen is drawn at such a break.
const (
	urlBreakAfter  = "/=&"
	urlBreakBefore = ".,-_~?#%=&"
	urlPunct       = urlBreakAfter + urlBreakBefore
)

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
// or path may break across lines, in increasing order; a break at offset
// i goes before s[i:]. Following the Chicago Manual of Style, a URL breaks
// after '/' (after the last of a run such as "//"), before '.', ',', '-',
// '_', '~', '?', '#' and '%', and before or after '=' and '&'; inside a
// run of these characters ("--", "/?", "=&") only after a slash; never
// inside the scheme and its "://"
// (a break may follow it) nor right after a leading "//", and never
// leaving fewer than two characters, surrounding punctuation aside, on
// either side. No hyphen is drawn at these breaks.
func URLBreaks(s string) []int {
	lo, hi := urlSpan(s)
	if hi-lo < 2*minURLFragment {
		return nil
	}
	body := s[lo:hi]
	from := protectedPrefix(body)
	if strings.HasPrefix(body, "//") {
		from++ // nothing before the "//" to keep it company
	}
	total := utf8.RuneCountInString(body)
	var out []int
	prev, _ := utf8.DecodeRuneInString(body)
	n := 0 // runes of body before r
	for i, r := range body {
		n++
		if i == 0 {
			continue
		}
		if i >= from && n-1 >= minURLFragment && total-(n-1) >= minURLFragment && urlBreak(prev, r) {
			out = append(out, lo+i)
		}
		prev = r
	}
	return out
}

// urlBreak reports whether a URL may break between the characters a and b.
func urlBreak(a, b rune) bool {
	pa, pb := strings.ContainsRune(urlPunct, a), strings.ContainsRune(urlPunct, b)
	switch {
	case pa && pb: // inside a run of punctuation: only after its slashes
		return a == '/' && b != '/'
	case pa:
		return strings.ContainsRune(urlBreakAfter, a)
	case pb:
		return strings.ContainsRune(urlBreakBefore, b)
	}
	return false
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
