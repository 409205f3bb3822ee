package html

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// foldSpace moves each white-space-only text node that follows a block
// of text (a <p>, <li>, heading, cell… ending in text) between blocks
// into the end of that block's last text, and drops the node: the
// newline between two paragraphs of a page costs an x/net/html node of
// 112 bytes, a third of the page's tree when the paragraphs are short
// (a page of a million <p>: about 110 MB).
//
// The text of the page, read in document order, keeps every character,
// so the text of every element holding both the block and the node is
// unchanged; the block's own text gains trailing white space, which
// everything that reads it trims or collapses (the converter, readability's
// counts and scores). Nothing inside <pre>, <textarea>, <listing>, <xmp>,
// <plaintext>, scripts, styles, templates or SVG and MathML moves, and
// white space between inline elements ("<em>a</em> <em>b</em>") stays: only
// a block whose parent is a block container is folded into.
func foldSpace(root *html.Node) {
	n := root
	for n != nil {
		if n.FirstChild != nil && !keepsSpace(n) {
			if spaceParent(n) {
				foldChildren(n)
			}
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// foldChildren folds the white space between n's children (see foldSpace).
func foldChildren(n *html.Node) {
	for k := n.FirstChild; k != nil; {
		next := k.NextSibling
		if k.Type == html.TextNode && isSpace(k.Data) {
			if prev := k.PrevSibling; prev != nil && foldsSpace(prev) {
				prev.LastChild.Data += k.Data
				n.RemoveChild(k)
			}
		}
		k = next
	}
}

// keepsSpace reports the elements whose white space foldSpace leaves
// alone, with everything inside them.
func keepsSpace(n *html.Node) bool {
	if n.Type != html.ElementNode && n.Type != html.DocumentNode {
		return true
	}
	if n.Namespace != "" { // SVG, MathML
		return true
	}
	switch n.DataAtom {
	case atom.Pre, atom.Textarea, atom.Listing, atom.Xmp, atom.Plaintext,
		atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Title:
		return true
	}
	return false
}

// spaceParent reports the block containers whose white-space children
// foldSpace may fold.
func spaceParent(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Body, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer,
		atom.Aside, atom.Nav, atom.Blockquote, atom.Ul, atom.Ol, atom.Dl, atom.Li, atom.Dd,
		atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th,
		atom.Form, atom.Fieldset, atom.Details, atom.Center, atom.Hgroup:
		return n.Type == html.ElementNode
	}
	return false
}

// foldsSpace reports whether n is a block ending in text, whose
// converted text is trimmed at its end.
func foldsSpace(n *html.Node) bool {
	if n.Type != html.ElementNode || n.Namespace != "" || n.LastChild == nil || n.LastChild.Type != html.TextNode {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Li, atom.Dd, atom.Dt, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Td, atom.Th, atom.Div:
		return true
	}
	return false
}

// isSpace reports text that is only HTML white space (and not empty).
func isSpace(s string) bool {
	return s != "" && strings.Trim(s, " \t\n\f\r") == ""
}
