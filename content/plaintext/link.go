package plaintext

import (
	"net/url"
	"strings"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/lazyre"
)

// urlInTextRE finds web addresses written out in running text.
var urlInTextRE = lazyre.New(`\bhttps?://[^\s<>"“”‘’]+`)

// linkify turns the text of a block into inlines: web addresses written in
// the text become links whose text is the address itself, so the plain
// text is unchanged and the notes pass can cite them. Punctuation that
// ends a sentence after an address is not part of it.
func linkify(s string) []content.Inline {
	if !strings.Contains(s, "://") {
		return content.T(s)
	}
	locs := urlInTextRE.FindAllStringIndex(s, -1)
	if locs == nil {
		return content.T(s)
	}
	var out []content.Inline
	last := 0
	for _, loc := range locs {
		end := loc[0] + len(trimURL(s[loc[0]:loc[1]]))
		if end <= loc[0]+len("https://") {
			continue
		}
		u := s[loc[0]:end]
		if !webHost(u) {
			continue // "http://www2.sagawa- exp.co.jp": an address broken in the text stays text
		}
		if loc[0] > last {
			out = append(out, &content.Text{Text: s[last:loc[0]]})
		}
		out = append(out, &content.Link{URL: u, Inlines: content.T(u)})
		last = end
	}
	if last < len(s) {
		out = append(out, &content.Text{Text: s[last:]})
	}
	return out
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
