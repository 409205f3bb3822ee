package readability

import "golang.org/x/net/html"

// offprint patch: the three CSS selectors readability queried through
// go-shiori/dom and cascadia, as Go functions (internal/dom's QueryAll).
// They match as cascadia did: elements by name (x/net/html's lower-case
// Data, any namespace) and attributes by exact key and value.

// isJSONLDScript is script[type="application/ld+json"].
func isJSONLDScript(n *html.Node) bool {
	if n.Type != html.ElementNode || n.Data != "script" {
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "type" && a.Val == "application/ld+json" {
			return true
		}
	}
	return false
}

// isParagraphLike is "p, pre, article".
func isParagraphLike(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.Data {
	case "p", "pre", "article":
		return true
	}
	return false
}

// isBrInDiv is "div > br".
func isBrInDiv(n *html.Node) bool {
	p := n.Parent
	return n.Type == html.ElementNode && n.Data == "br" &&
		p != nil && p.Type == html.ElementNode && p.Data == "div"
}
