package content

import (
	"net"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// HostOK reports whether the host of a web or FTP address could exist:
// an IP literal, or dot-separated labels (a final dot allowed) with no
// hyphen at either end and no character a host may not hold. Other
// schemes (mailto:) pass. A reader does not link an address whose host
// cannot exist ("http://www2.sagawa- exp.co.jp", cut in two by a space),
// and a writer gives it no href (epubcheck warns of one, RSC-023).
func HostOK(u *url.URL) bool {
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "ftp":
	default:
		return true
	}
	h := u.Hostname()
	if net.ParseIP(h) != nil {
		return true
	}
	h = strings.TrimSuffix(h, ".")
	if h == "" || strings.ContainsFunc(h, badHostRune) {
		return false
	}
	for label := range strings.SplitSeq(h, ".") {
		if label == "" || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
	}
	return true
}

// badHostRune reports whether r may not stand in a host name (the URL
// standard's forbidden host code points, and controls).
func badHostRune(r rune) bool {
	return r <= ' ' || r == 0x7f || strings.ContainsRune("#%/:<>?@[\\]^|", r)
}

// Bounds of a URL as printed (DisplayURL).
const (
	maxDisplayURL   = 1000 // the most characters printed of a URL
	displayURLStart = 700  // characters kept from its start when it is longer
	displayURLEnd   = 250  // and from its end
)

// DisplayURL returns u as a note prints it for a reader: the characters
// of other scripts it percent-encodes shown as themselves, as a browser's
// address bar shows them ("https://zh.wikipedia.org/wiki/蔡健雅" for
// "…/wiki/%E8%94%A1%E5%81%A5%E9%9B%85"), and, past maxDisplayURL
// characters (a dozen lines of a footnote: any address a person could
// read prints whole), its start and its end around an ellipsis: a page
// that puts a whole article into a link's query would fill pages of
// footnotes. The link itself keeps u whole; ASCII escapes
// ("%20", "%2F") stay escaped.
func DisplayURL(u string) string {
	s := decodeNonASCII(u)
	n := utf8.RuneCountInString(s)
	if n <= maxDisplayURL {
		return s
	}
	r := []rune(s)
	return string(r[:displayURLStart]) + "…" + string(r[n-displayURLEnd:])
}

// decodeNonASCII decodes the percent escapes of s that spell a printable
// character outside ASCII in UTF-8, leaving every other escape as it is.
func decodeNonASCII(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '%' {
			if r, size := escapedRune(s[i:]); size > 0 {
				sb.WriteRune(r)
				i += size
				continue
			}
		}
		sb.WriteByte(s[i])
		i++
	}
	return sb.String()
}

// escapedRune reads, at the start of s, the percent escapes of one
// printable non-ASCII character in UTF-8 ("%E8%94%A1"): the character and
// how many bytes of s spell it, or size 0.
func escapedRune(s string) (rune, int) {
	var b [utf8.UTFMax]byte
	n := 0
	for n < utf8.UTFMax && len(s) >= 3*(n+1) && s[3*n] == '%' {
		hi, ok1 := unhex(s[3*n+1])
		lo, ok2 := unhex(s[3*n+2])
		if !ok1 || !ok2 {
			break
		}
		b[n] = hi<<4 | lo
		n++
		if utf8.FullRune(b[:n]) {
			break
		}
	}
	r, size := utf8.DecodeRune(b[:n])
	if n < 2 || r == utf8.RuneError || size != n || !unicode.IsPrint(r) || unicode.IsSpace(r) {
		return 0, 0
	}
	return r, 3 * n
}

// unhex returns the value of hex digit c.
func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
