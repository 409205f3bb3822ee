package content

import (
	"net"
	"net/url"
	"strings"
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
