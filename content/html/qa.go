package html

import (
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A question-and-answer page (Stack Exchange, Discourse, forums marked
// up with schema.org's QAPage) is one question and its answers. Readability
// picks a single container, usually the longest answer, and loses the
// question. When the page declares itself a QAPage and marks a Question
// with microdata, the reader converts the question's text, then a rule,
// then the accepted answer's text (else the answer with the most votes,
// else the first): the page's votes, comments, signatures and other
// answers are left out. A page without such microdata but with a JSON-LD
// QAPage gives the question and answer from the JSON-LD "text" fields,
// HTML fragments. An FAQ page (FAQPage, or Questions in a @graph) is an
// article and stays one.

// qa holds the parts of a question-and-answer page.
type qa struct {
	question *html.Node // the Question's itemprop="text"
	answer   *html.Node // the chosen Answer's itemprop="text"
	accepted bool       // answer is the accepted one
	votes    int        // upvoteCount of a suggested answer
	page     bool       // the page declares itself a QAPage
}

// qaItem records n when it is a Question or an Answer item of schema.org
// microdata.
func (p *page) qaItem(n *html.Node) {
	prop := attr(n, "itemprop")
	typ := attr(n, "itemtype")
	switch {
	case strings.HasSuffix(typ, "schema.org/QAPage"):
		p.qa.page = true
	case strings.HasSuffix(typ, "schema.org/Question"):
		if p.qa.question == nil {
			p.qa.question = itemText(n)
		}
	case strings.HasSuffix(typ, "schema.org/Answer") || hasWord(prop, "acceptedAnswer") || hasWord(prop, "suggestedAnswer"):
		text := itemText(n)
		if text == nil || p.qa.accepted {
			return
		}
		votes := itemVotes(n)
		switch {
		case hasWord(prop, "acceptedAnswer"):
			p.qa.answer, p.qa.accepted, p.qa.votes = text, true, votes
		case p.qa.answer == nil || votes > p.qa.votes:
			p.qa.answer, p.qa.votes = text, votes
		}
	}
}

// hasWord reports whether the space-separated list s holds w.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// itemText returns the first itemprop="text" element of the item n that
// does not belong to an item nested in it.
func itemText(n *html.Node) *html.Node {
	return itemProp(n, "text")
}

// itemVotes returns the item's upvoteCount, 0 when it has none.
func itemVotes(n *html.Node) int {
	v := itemProp(n, "upvoteCount")
	if v == nil {
		return 0
	}
	s := attr(v, "content")
	if s == "" {
		s = collapse(textOf(v))
	}
	votes, _ := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	return votes
}

// itemProp finds the element carrying property name among the properties
// of the item n, not descending into nested items.
func itemProp(n *html.Node, name string) *html.Node {
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if k.Type != html.ElementNode {
			continue
		}
		if hasWord(attr(k, "itemprop"), name) {
			return k
		}
		if hasAttr(k, "itemscope") {
			continue
		}
		if found := itemProp(k, name); found != nil {
			return found
		}
	}
	return nil
}

// hasAttr reports whether n carries the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// ldQA fills p.qa from a JSON-LD QAPage when the page's microdata gave
// no question: the Question's text and the accepted answer's (else the
// most voted suggested answer's) are HTML fragments.
func (p *page) ldQA() {
	if p.qa.question != nil {
		return
	}
	for _, o := range p.jsonLD {
		if !slices.Contains(jsonStrings(o["@type"]), "QAPage") {
			continue
		}
		q, _ := o["mainEntity"].(map[string]any)
		if q == nil || !slices.Contains(jsonStrings(q["@type"]), "Question") {
			continue
		}
		question := ldFragment(q)
		answer := ldFragment(ldAnswer(q))
		if question != nil && answer != nil {
			p.qa = qa{question: question, answer: answer, page: true}
			return
		}
	}
}

// ldAnswer returns the accepted answer of a JSON-LD Question, else its
// suggested answer with the most votes.
func ldAnswer(q map[string]any) map[string]any {
	if a, ok := q["acceptedAnswer"].(map[string]any); ok {
		return a
	}
	var best map[string]any
	votes := -1 << 31
	var list []any
	switch v := q["suggestedAnswer"].(type) {
	case []any:
		list = v
	case map[string]any:
		list = []any{v}
	}
	for _, x := range list {
		a, ok := x.(map[string]any)
		if !ok {
			continue
		}
		n, _ := a["upvoteCount"].(float64)
		if best == nil || int(n) > votes {
			best, votes = a, int(n)
		}
	}
	return best
}

// ldFragment parses the "text" of a JSON-LD item, an HTML fragment, into
// a <div>; nil when there is none.
func ldFragment(item map[string]any) *html.Node {
	text, _ := item["text"].(string)
	if strings.TrimSpace(text) == "" {
		return nil
	}
	div := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
	nodes, err := html.ParseFragment(strings.NewReader(text), div)
	if err != nil {
		return nil
	}
	for _, n := range nodes {
		div.AppendChild(n)
	}
	return div
}

// qaReady reports whether the page marks a question and an answer, each
// outside the other: whether qaBody gives a body.
func (p *page) qaReady() bool {
	p.ldQA()
	return p.qa.page && p.qa.question != nil && p.qa.answer != nil && !inside(p.qa.answer, p.qa.question) && !inside(p.qa.question, p.qa.answer)
}

// qaBody builds the body of a question-and-answer page: the question's
// text, a rule and the answer's text. It returns nil when the page marks
// no question, or no answer.
func (p *page) qaBody() *html.Node {
	if !p.qaReady() {
		return nil
	}
	body := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
	for _, part := range []*html.Node{p.qa.question, nil, p.qa.answer} {
		if part == nil {
			body.AppendChild(&html.Node{Type: html.ElementNode, DataAtom: atom.Hr, Data: "hr"})
			continue
		}
		if part.Parent != nil {
			part.Parent.RemoveChild(part)
		}
		body.AppendChild(part)
	}
	return body
}
