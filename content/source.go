package content

import (
	"net/url"
	"strings"
)

// SourceName returns the name under which a reader knows where the
// article was published: the publisher, else the host of the source
// address without "www." ("vox.com"), else "". Writers print it in the
// byline or source line and attach the source note's call to it.
func SourceName(m Meta) string {
	if p := strings.TrimSpace(m.Publisher); p != "" {
		return p
	}
	u, err := url.Parse(strings.TrimSpace(m.SourceURL))
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
