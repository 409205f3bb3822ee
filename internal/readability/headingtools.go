package readability

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"

	"github.com/offprint/offprint/internal/dom"
)

// Headings beside their tools (offprint's change 7, README). MediaWiki
// since 2024 wraps each section heading in a <div> with its "[edit]"
// link (<div class="mw-heading"><h2>History</h2><span
// class="mw-editsection">[<a href="…&action=edit&section=1">edit</a>]</span></div>),
// Baidu Baike beside its "编辑" button, documentation sites beside a "#"
// permalink. cleanConditionally takes such a wrapper for a short block of
// links (under 25 characters, some of them links, headings under 90% of
// them: "suspiciously short") and removes it, heading and all, so every
// section heading of a Wikipedia article was lost (Readability.js has the
// same bug: mozilla/readability#986). unwrapHeadingTools, run when the
// document is prepared, puts such a heading in its wrapper's place and
// drops the tools. A wrapper qualifies when it holds one heading and
// nothing else but tools: elements of at most maxToolWords words whose
// links lead nowhere else (an empty href, a fragment, "javascript:", or
// an edit or history action of the page), with no picture. A heading
// beside a link to another page (a teaser's "Read more") is left to
// readability's rules.

// maxToolWords is the most words of a heading's tool ("[edit | edit
// source]").
const maxToolWords = 4

// unwrapHeadingTools replaces each wrapper of a heading and its tools
// with the heading.
func unwrapHeadingTools(doc *html.Node) {
	for _, h := range dom.GetAllNodesWithTag(doc, "h1", "h2", "h3", "h4", "h5", "h6") {
		wrapper := h.Parent
		if wrapper == nil || wrapper.Parent == nil || dom.TagName(wrapper) != "div" || !onlyTools(wrapper, h) {
			continue
		}
		wrapper.RemoveChild(h)
		wrapper.Parent.InsertBefore(h, wrapper)
		wrapper.Parent.RemoveChild(wrapper)
	}
}

// onlyTools reports whether wrapper holds heading h, at least one tool
// beside it, and nothing else but white space.
func onlyTools(wrapper, h *html.Node) bool {
	tools := 0
	for k := wrapper.FirstChild; k != nil; k = k.NextSibling {
		switch {
		case k == h:
		case k.Type == html.TextNode:
			if strings.Trim(k.Data, " \t\r\n\f[]|·") != "" {
				return false
			}
		case k.Type == html.CommentNode:
		case k.Type != html.ElementNode || !isTool(k):
			return false
		default:
			tools++
		}
	}
	return tools > 0
}

// isTool reports whether element n is a heading's tool: a few words whose
// links lead nowhere else, without a picture.
func isTool(n *html.Node) bool {
	if len(strings.Fields(dom.TextContent(n))) > maxToolWords {
		return false
	}
	links := 0
	ok := func(d *html.Node) bool {
		switch dom.TagName(d) {
		case "img", "picture", "video", "audio", "iframe", "svg", "h1", "h2", "h3", "h4", "h5", "h6":
			return false
		case "a":
			links++
			return toolLink(dom.GetAttribute(d, "href"))
		}
		return true
	}
	if !ok(n) {
		return false
	}
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && !ok(d) {
			return false
		}
	}
	return links > 0
}

// toolLink reports whether href leads nowhere but to the page itself or
// to an action on it: empty, a fragment, "javascript:", or a URL asking
// to edit the page or see its history (MediaWiki's "?action=edit",
// "veaction=edit").
func toolLink(href string) bool {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
		return true
	}
	u, err := url.Parse(href)
	if err != nil {
		return false
	}
	q := u.Query()
	for _, key := range []string{"action", "veaction"} {
		switch q.Get(key) {
		case "edit", "editsource", "history", "submit":
			return true
		}
	}
	return false
}
