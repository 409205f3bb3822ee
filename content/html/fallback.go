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

// bodyChoice is the node chooseBody settles on.
type bodyChoice int

const (
	useReadable bodyChoice = iota // readability's result
	useArticle                    // the page's single <article>, pruned
	useBody                       // the page's <body>
	useTables                     // the page's data tables and what surrounds them (tablepage.go)
)

// bodyFacts is what Read decides with about the page as it was (after
// its clutter is dropped), counted before readability changes it.
type bodyFacts struct {
	articles  int    // <article> elements
	whole     int    // paragraphText of the single <article>
	tables    int    // data tables in the <body> (tablepage.go)
	tableText int    // their visibleText
	bodyText  int    // the <body>'s visibleText, when it has data tables
	qa        bool   // the page is a question and answer (qaBody gives a body)
	hasLead   bool   // the page has a lead figure
	leadKey   string // imageKey of the lead figure's image
}

// facts counts p's bodyFacts.
func (p *page) facts() bodyFacts {
	f := bodyFacts{articles: p.articles, qa: p.qaReady(), hasLead: p.lead != nil}
	if p.articles == 1 {
		f.whole = paragraphText(p.article)
	}
	if p.body != nil {
		tables := dataTables(p.body)
		for _, t := range tables {
			f.tableText += visibleText(t)
		}
		if f.tables = len(tables); f.tables > 0 {
			f.bodyText = visibleText(p.body)
		}
	}
	if p.lead != nil {
		f.leadKey = imageKey(findImage(p.lead))
	}
	return f
}

// forget drops p's references to the page's nodes, so that the page's
// tree can go once readability is done with it: a page for the metadata
// only.
func (p *page) forget() {
	p.body, p.article, p.lead, p.qa.question, p.qa.answer = nil, nil, nil, nil, nil
}

// chooseBody decides which node to convert: readability's result, or the
// page's single <article> when readability lost most of its text, or the
// page's tables when it lost them (tablepage.go).
func (c *converter) chooseBody(readable *html.Node, f bodyFacts) bodyChoice {
	if readable == nil || !hasText(readable) {
		if f.articles == 1 {
			return useArticle
		}
		return useBody
	}
	if c.tablesChosen(readable, f) {
		return useTables
	}
	if f.articles != 1 {
		return useReadable
	}
	kept := paragraphText(readable)
	if f.whole >= minArticleLen && float64(kept) < keepShare*float64(f.whole) {
		c.warn(fmt.Sprintf("readability kept %d of %d characters of the page's <article>; using the whole <article>", kept, f.whole))
		return useArticle
	}
	return useReadable
}

// bodyFor returns the node choice names on the page p.
func (p *page) bodyFor(choice bodyChoice, readable *html.Node) *html.Node {
	switch choice {
	case useArticle:
		return prune(p.article)
	case useBody:
		return p.body
	case useTables:
		return prune(commonAncestor(dataTables(p.body), p.body))
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

// hasText reports whether n holds any text but white space (as textOf
// sees it), reading no further than the first such text.
func hasText(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.TextNode && strings.TrimSpace(d.Data) != "" && (d.Parent == nil || (tag(d.Parent) != atom.Script && tag(d.Parent) != atom.Style)) {
			return true
		}
	}
	return false
}
