package readability

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"

	"github.com/offprint/offprint/internal/dom"
)

// IDFromHeading reports whether id, the id of n, is made from the text of
// n's first heading (or of n itself, a heading), as Pandoc, Hugo, Jekyll
// and most Markdown tools make ids: the heading's words in lower case,
// joined by hyphens or underscores, at the start of the id (offprint
// change 9). Such an id names a section ("related-work", "ad-hoc-networks",
// "sharing-data"); matched against the patterns of boxes to drop, it took
// the section away.
func IDFromHeading(n *html.Node, id string) bool {
	if id == "" || n == nil || n.Type != html.ElementNode {
		return false
	}
	h := n
	if !isHeadingTag(n.Data) {
		if h = firstHeadingUnder(n); h == nil {
			return false
		}
	}
	words := strings.FieldsFunc(strings.ToLower(dom.TextContent(h)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < 2 {
		return false // "comments", "newsletter": the box's name as much as its heading's
	}
	if !strings.HasPrefix(strings.ReplaceAll(strings.ToLower(id), "_", "-"), strings.Join(words, "-")) {
		return false
	}
	return h == n || !mostlyLinks(n)
}

// mostlyLinks reports whether half of n's text or more is the text of
// links: a box of related stories under its heading ("<div
// id="related-stories"><h3>Related stories</h3><ul><li><a>…"), whose id
// still marks it.
func mostlyLinks(n *html.Node) bool {
	total, links := 0, 0
	for d := range n.Descendants() {
		if d.Type != html.TextNode {
			continue
		}
		size := len(strings.TrimSpace(d.Data))
		total += size
		for a := d.Parent; a != nil && a != n; a = a.Parent {
			if a.Type == html.ElementNode && a.Data == "a" {
				links += size
				break
			}
		}
	}
	return 2*links >= total
}

// idWords returns n's id for matching against the patterns of unlikely
// and negative boxes: "" when it is made from n's heading (IDFromHeading).
func idWords(n *html.Node) string {
	if id := dom.ID(n); !IDFromHeading(n, id) {
		return id
	}
	return ""
}

func isHeadingTag(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}

// firstHeadingUnder returns the first h1-h6 under n, or nil.
func firstHeadingUnder(n *html.Node) *html.Node {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && isHeadingTag(d.Data) {
			return d
		}
	}
	return nil
}
