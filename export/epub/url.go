package epub

import (
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/idna"

	"github.com/offprint/offprint/content"
)

// uri turns an address of the model into a valid URI for an href (what
// epubcheck and readers accept): an internationalised host becomes
// punycode, and every byte a URI may not hold (non-ASCII, space, quotes,
// angle brackets, '|'…) is percent-encoded, as RFC 3987 maps an IRI to a
// URI. It returns "" when the address cannot be parsed, or names a web
// host that cannot exist ("http://www2.sagawa-/x", "http://-a.example/"):
// epubcheck warns of such an href, and a reader could not open it.
func uri(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || !content.HostOK(u) {
		return ""
	}
	if h := u.Hostname(); h != "" && !isASCII(h) {
		ascii, err := idna.Lookup.ToASCII(h)
		if err != nil {
			return ""
		}
		if p := u.Port(); p != "" {
			ascii = net.JoinHostPort(ascii, p)
		}
		u.Host = ascii
	}
	return escapeURI(u.String())
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// escapeURI percent-encodes the bytes of s that cannot appear in a URI,
// and a '%' that does not start an escape.
func escapeURI(s string) string {
	const hex = "0123456789ABCDEF"
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			sb.WriteByte(c)
		case c <= ' ' || c >= 0x7f || c == '%' || strings.IndexByte("\"<>\\^`{|}", c) >= 0:
			sb.WriteByte('%')
			sb.WriteByte(hex[c>>4])
			sb.WriteByte(hex[c&15])
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// urlBreakAfter are the characters of an address after which a line may
// break: a reader then splits "https://vox.com/world-politics" as
// "https://vox.com/ | world-politics", never inside a word.
const urlBreakAfter = "/.-?&"

// breakable writes an address as text with a <wbr/> after each run of
// urlBreakAfter characters that is followed by more of the address, and
// none inside the scheme ("https://" stays whole).
func (p *page) breakable(u string) {
	start, last := 0, 0
	if i := strings.Index(u, "://"); i >= 0 && i < 12 {
		start = i + 3 // a break may follow "https://", none inside it
		p.text(u[:start])
		last = start
		if start < len(u) {
			p.w("<wbr/>")
		}
	}
	for i := start; i < len(u); i++ {
		if strings.IndexByte(urlBreakAfter, u[i]) < 0 {
			continue
		}
		if i+1 < len(u) && strings.IndexByte(urlBreakAfter, u[i+1]) >= 0 {
			continue // break after the whole run ("//", ".-")
		}
		if i+1 == len(u) {
			break
		}
		p.text(u[last : i+1])
		p.w("<wbr/>")
		last = i + 1
	}
	p.text(u[last:])
}
