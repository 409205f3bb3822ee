package html

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/offprint/offprint/internal/lazyre"
)

// Readability sometimes keeps only part of an article (one of several
// containers, a block of quotes). When the page marks its article with a
// single <article> element and readability's result holds less than
// keepShare of that element's paragraph text, the reader converts the
// <article> element instead, after pruning what is plainly not article
// text, and says so in a warning.
const (
	keepShare     = 0.5  // readability must keep at least this share…
	minArticleLen = 1500 // …of an <article> with at least this much paragraph text
)

// unlikelyRE marks containers that are not article text (after
// Readability.js's "unlikely candidates").
var unlikelyRE = lazyre.New(`(?i)(?:^|[\s_-])(?:comments?|disqus|share|sharing|social|related|recommended|sidebar|menu|nav|navigation|breadcrumbs?|footer|header|masthead|newsletter|subscribe|promo|sponsor\w*|ads?|advert\w*|popup|modal|tags|pagination|pager)(?:$|[\s_-])`)

// chooseBody returns the node to convert: readability's result, or the
// page's single <article> when readability lost most of its text, or
// the page's tables when it lost them (tablepage.go).
func (c *converter) chooseBody(readable *html.Node, p *page) *html.Node {
	if readable == nil || strings.TrimSpace(textOf(readable)) == "" {
		if p.articles == 1 {
			return prune(p.article)
		}
		return p.body
	}
	if t := c.tablesBody(readable, p); t != nil {
		return t
	}
	if p.articles != 1 {
		return readable
	}
	whole := paragraphText(p.article)
	kept := paragraphText(readable)
	if whole >= minArticleLen && float64(kept) < keepShare*float64(whole) {
		c.warn(fmt.Sprintf("readability kept %d of %d characters of the page's <article>; using the whole <article>", kept, whole))
		return prune(p.article)
	}
	return readable
}

// paragraphText counts the characters of text in the <p> elements under n
// that are not inside navigation, asides, forms or footers.
func paragraphText(n *html.Node) int {
	total := 0
	for d := range n.Descendants() {
		if d.Type == html.TextNode && inParagraph(d) {
			total += len(strings.TrimSpace(d.Data))
		}
	}
	return total
}

func inParagraph(n *html.Node) bool {
	inP := false
	for a := n.Parent; a != nil; a = a.Parent {
		switch tag(a) {
		case atom.P:
			inP = true
		case atom.Nav, atom.Aside, atom.Form, atom.Footer:
			return false
		}
	}
	return inP
}

// prune removes from n (the page's own tree, no longer needed by anyone
// else) the elements that are plainly not article text.
func prune(n *html.Node) *html.Node {
	var drop []*html.Node
	for d := range n.Descendants() {
		if d.Type != html.ElementNode || d == n {
			continue
		}
		switch tag(d) {
		case atom.Nav, atom.Aside, atom.Form, atom.Footer, atom.Script, atom.Style:
			drop = append(drop, d)
			continue
		}
		if unlikelyRE.MatchString(attr(d, "class") + " " + attr(d, "id")) {
			drop = append(drop, d)
		}
	}
	for _, d := range drop {
		if d.Parent != nil {
			d.Parent.RemoveChild(d)
		}
	}
	return n
}
