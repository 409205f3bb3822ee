package readability

import (
	"path"
	"strings"

	"golang.org/x/net/html"

	"github.com/offprint/offprint/internal/dom"
)

// lazyCopyAfter returns the element right after noscript that shows img,
// the picture inside the <noscript>, a second time (offprint change 8):
// lazy-loading pages write the picture first for readers without
// scripts, then as an <img> or <picture> whose address waits in
// data-src or data-srcset. Upstream unwraps the <noscript> and keeps
// both, so the picture came out twice; the caller drops the <noscript>
// and keeps the copy, whose addresses offprint reads (content/html's
// imageRefs) and which is the picture the rest of the page names (the
// lead figure's check). It is an <img> or <picture>, or an element
// holding one picture and no text (scripts aside), and one of its attributes names img's
// file. Nil when the next element is anything else.
func lazyCopyAfter(noscript, img *html.Node) *html.Node {
	next := dom.NextElementSibling(noscript)
	file := imageFile(dom.GetAttribute(img, "src"))
	if next == nil || file == "" || hasText(next) {
		return nil
	}
	imgs := dom.GetElementsByTagName(next, "img")
	if dom.TagName(next) == "img" {
		imgs = append(imgs, next)
	}
	if len(imgs) != 1 {
		return nil
	}
	for _, n := range append(dom.GetElementsByTagName(next, "source"), imgs[0]) {
		for _, a := range n.Attr {
			if !strings.HasPrefix(a.Val, "data:") && strings.Contains(a.Val, file) {
				return next
			}
		}
	}
	return nil
}

// keepAlt gives the picture in lazy the alternative text of img, the same
// picture in a <noscript>, when it has none of its own.
func keepAlt(lazy, img *html.Node) {
	alt := dom.GetAttribute(img, "alt")
	if alt == "" {
		return
	}
	target := lazy
	if dom.TagName(lazy) != "img" {
		target = dom.GetElementsByTagName(lazy, "img")[0]
	}
	if strings.TrimSpace(dom.GetAttribute(target, "alt")) == "" {
		dom.SetAttribute(target, "alt", alt)
	}
}

// hasText reports whether n holds text outside scripts and styles (a
// lazy <picture> may carry the script that sizes it).
func hasText(n *html.Node) bool {
	switch {
	case n.Type == html.TextNode:
		return hasContent(n.Data)
	case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style"):
		return false
	}
	for k := range n.ChildNodes() {
		if hasText(k) {
			return true
		}
	}
	return false
}

// imageFile returns the file name of an image's address, without its
// query: "GP0STU8E7_3.jpg" for "/files/GP0STU8E7_3.jpg?itok=x". It is ""
// for a data: URI and for a name without an extension or too short to
// tell pictures apart.
func imageFile(src string) string {
	if strings.HasPrefix(strings.TrimSpace(src), "data:") {
		return ""
	}
	if i := strings.IndexAny(src, "?#"); i >= 0 {
		src = src[:i]
	}
	file := path.Base(strings.TrimSpace(src))
	if dot := strings.LastIndexByte(file, '.'); dot < 1 || len(file) < 5 {
		return "" // "image" of a resizing service's "/v3/image?url=…": no name
	}
	return file
}
