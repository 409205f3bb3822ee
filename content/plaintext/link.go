package plaintext

import (
	"net/url"
	"strings"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/lazyre"
)

// urlInTextRE finds web addresses written out in running text: with
// their scheme, or opening with "www." as GitHub's Markdown links them.
var urlInTextRE = lazyre.New(`\b(?:https?://|www\.)[^\s<>"“”‘’]+`)

// linkify turns the text of a block into inlines: web addresses written in
// the text become links whose text is the address itself, so the plain
// text is unchanged and the notes pass can cite them. Punctuation that
// ends a sentence after an address is not part of it. An address without
// its scheme ("www.example.org/page") counts where it starts a word (not
// inside "info@www.example.org") and links to http:, as GitHub's
// Markdown does.
func linkify(s string) []content.Inline {
	if !strings.Contains(s, "://") && !strings.Contains(s, "www.") {
		return content.T(s)
	}
	locs := urlInTextRE.FindAllStringIndex(s, -1)
	if locs == nil {
		return content.T(s)
	}
	var out []content.Inline
	last := 0
	for _, loc := range locs {
		text := trimURL(s[loc[0]:loc[1]])
		u, ok := textURL(s, loc[0], text)
		if !ok {
			continue
		}
		if loc[0] > last {
			out = append(out, &content.Text{Text: s[last:loc[0]]})
		}
		out = append(out, &content.Link{URL: u, Inlines: content.T(text)})
		last = loc[0] + len(text)
	}
	if last < len(s) {
		out = append(out, &content.Text{Text: s[last:]})
	}
	return out
}

// textURL returns the address that text, found at byte at of s, links
// to, and whether it is one: more than a bare scheme or "www.", a host
// that could exist ("http://www2.sagawa- exp.co.jp" is an address cut in
// two by a space), and for an address without its scheme, a word of its
// own with a dot after "www." ("www.example.org", not "www.").
func textURL(s string, at int, text string) (string, bool) {
	u := text
	if strings.HasPrefix(text, "www.") {
		if at > 0 && !strings.ContainsRune(" \t([{\"“‘«", lastRuneOf(s[:at])) || !strings.Contains(text[len("www."):], ".") {
			return "", false
		}
		u = "http://" + text
	} else if len(text) <= len("https://") {
		return "", false
	}
	return u, webHost(u)
}

// trimURL drops trailing punctuation from an address found in text, and a
// closing bracket that has no opening one inside the address.
func trimURL(u string) string {
	for {
		t := strings.TrimRight(u, ".,;:!?'")
		if strings.HasSuffix(t, ")") && strings.Count(t, "(") < strings.Count(t, ")") {
			t = t[:len(t)-1]
		}
		if strings.HasSuffix(t, "]") && strings.Count(t, "[") < strings.Count(t, "]") {
			t = t[:len(t)-1]
		}
		if t == u {
			return u
		}
		u = t
	}
}

// webHost reports whether the address u names a host that could exist
// (content.HostOK): "http://www2.sagawa-" is an address cut in two by a
// space, and is no link.
func webHost(u string) bool {
	p, err := url.Parse(u)
	return err == nil && content.HostOK(p)
}
