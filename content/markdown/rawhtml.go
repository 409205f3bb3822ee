package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"golang.org/x/net/html"

	"github.com/offprint/offprint/content"
)

// Inline raw HTML. goldmark gives each tag of "x<sup>2</sup>" as its own
// RawHTML node, a sibling of the text between the tags. inlineSeq pairs
// the open and close tags of one sibling list (a paragraph, a heading, an
// emphasis…) and maps the pair onto the model, as content/html does for
// the same tags:
//
//	<em> <i> <cite> <dfn> <var>     Emph
//	<strong> <b>                    Strong
//	<s> <del> <strike>              Strike
//	<sup> / <sub>                   Super / Sub
//	<code> <kbd> <samp> <tt>        Code (when it holds text only)
//	<a href>                        Link (external URLs; the notes pass numbers it)
//	<q>                             the text in “ ”
//	<br>                            Break
//	<img>                           a figure after the block, as ![alt](src) (inlineImage)
//	<script> <style> <template>     nothing: their content is never text
//
// Other tags (<u>, <ins>, <mark>, <small>, <abbr>, <span>…) keep their
// text and lose their markup: the model has no underline or highlight,
// and content/html reads them the same way. A tag left open at the end
// of its list, or closed out of order, loses its markup and keeps its
// text (except script and style, whose content is dropped as a browser
// would).

// rawTag is one parsed inline tag.
type rawTag struct {
	name  string // lower-case tag name; "" when not a tag (comment, declaration)
	close bool   // </name>
	void  bool   // <name/> or a void element
	href  string // the href attribute of <a>
	src   string // the src attribute of <img>
	alt   string // the alt attribute of <img>, spaces collapsed
}

// parseRawTag parses the text of a RawHTML node.
func parseRawTag(s string) rawTag {
	z := html.NewTokenizer(strings.NewReader(s))
	var t rawTag
	switch z.Next() {
	case html.StartTagToken:
	case html.SelfClosingTagToken:
		t.void = true
	case html.EndTagToken:
		t.close = true
	default:
		return t
	}
	name, more := z.TagName()
	t.name = string(name)
	for more && !t.close {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch string(k) {
		case "href":
			t.href = strings.TrimSpace(string(v))
		case "src":
			t.src = strings.TrimSpace(string(v))
		case "alt":
			t.alt = strings.Join(strings.Fields(string(v)), " ")
		}
	}
	switch t.name {
	case "br", "wbr", "img", "hr", "input", "meta", "link", "source", "col", "embed", "area", "track":
		t.void = true
	}
	return t
}

// isMarkTag reports whether an open tag of this name starts a span the
// model keeps (or a span whose content is dropped).
func isMarkTag(name string) bool {
	switch name {
	case "em", "i", "cite", "dfn", "var", "strong", "b", "s", "del", "strike",
		"sup", "sub", "code", "kbd", "samp", "tt", "a", "q":
		return true
	}
	return isHidden(name)
}

// rawFrame is an open tag waiting for its close tag.
type rawFrame struct {
	tag  rawTag
	out  []content.Inline
	figs int // len(converter.figs) when the tag opened: <a><img></a> links the figure
}

// inlineSeq converts a list of sibling inline nodes, pairing their raw
// HTML tags.
func (c *converter) inlineSeq(nodes []ast.Node) []content.Inline {
	stack := []rawFrame{{}}
	for _, k := range nodes {
		raw, ok := k.(*ast.RawHTML)
		if !ok {
			top := &stack[len(stack)-1]
			n := c.removed
			top.out = c.appendGap(top.out, c.inline(k), c.removed > n)
			continue
		}
		t := parseRawTag(c.rawText(raw))
		switch {
		case t.name == "br" && !t.close:
			top := &stack[len(stack)-1]
			top.out = append(top.out, &content.Break{})
		case t.name == "img" && !t.close && !insideHidden(stack):
			top := &stack[len(stack)-1]
			n := c.removed
			top.out = c.appendGap(top.out, c.rawImage(t), c.removed > n)
		case t.close:
			stack = c.closeTag(stack, t.name)
		case !t.void && isMarkTag(t.name):
			stack = append(stack, rawFrame{tag: t, figs: len(c.figs)})
		}
	}
	for len(stack) > 1 {
		stack = c.popFrame(stack, false)
	}
	return stack[0].out
}

// appendGap appends ins to out. An image that left the sentence for a
// figure or was dropped (removed is true and ins blank) leaves a gap: the space after it
// is dropped when the text before it ends with one, so that "before
// ![x](a.png) after" reads "before after".
func (c *converter) appendGap(out, ins []content.Inline, removed bool) []content.Inline {
	blank := strings.TrimSpace(content.PlainText(ins)) == ""
	if c.gap && len(ins) > 0 && endsWithSpace(out) {
		if t, ok := ins[0].(*content.Text); ok {
			ins[0] = &content.Text{Text: strings.TrimLeft(t.Text, " \t\n")}
		}
	}
	switch {
	case removed && blank:
		c.gap = true
	case !blank:
		c.gap = false
	}
	return appendInlines(out, ins...)
}

// endsWithSpace reports whether ins ends with a text ending in white space.
func endsWithSpace(ins []content.Inline) bool {
	if len(ins) == 0 {
		return false
	}
	t, ok := ins[len(ins)-1].(*content.Text)
	return ok && strings.TrimRight(t.Text, " \t\n") != t.Text
}

// rawImage converts an inline <img> as inlineImage does ![alt](src):
// its alt text where figures are not wanted, nothing for a badge, else a
// figure queued after the block (or its alt text for a glyph).
func (c *converter) rawImage(t rawTag) []content.Inline {
	alt := content.T(t.alt)
	switch {
	case c.noFigures > 0:
		return alt
	case isBadge(t.src, t.alt):
		return nil // rule 8 in furniture.go
	}
	return c.addFigure(c.htmlFigure(t.src, t.alt), alt)
}

// insideHidden reports whether a script, style or template tag is open.
func insideHidden(stack []rawFrame) bool {
	for _, f := range stack {
		if isHidden(f.tag.name) {
			return true
		}
	}
	return false
}

// closeTag closes the innermost open tag called name, and every tag
// opened after it (misnested: their markup is dropped). A close tag with
// no open tag is dropped.
func (c *converter) closeTag(stack []rawFrame, name string) []rawFrame {
	i := len(stack) - 1
	for i > 0 && stack[i].tag.name != name {
		i--
	}
	if i == 0 {
		return stack
	}
	for len(stack)-1 > i {
		stack = c.popFrame(stack, false)
	}
	return c.popFrame(stack, true)
}

// popFrame removes the top frame and adds its content to the frame
// below: marked up when the tag was closed, as plain inlines when not. A
// closed <a> around nothing but images links their figures' captions.
func (c *converter) popFrame(stack []rawFrame, closed bool) []rawFrame {
	f := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	below := &stack[len(stack)-1]
	var ins []content.Inline
	switch {
	case isHidden(f.tag.name):
		// Script and style content is never text, closed or not.
	case closed && f.tag.name == "a" && len(c.figs) > f.figs &&
		strings.TrimSpace(content.PlainText(f.out)) == "" && content.IsExternalURL(f.tag.href):
		c.linkFigures(f.figs, f.tag.href)
		ins = f.out
	case closed:
		ins = markup(f.tag, f.out)
	default:
		ins = f.out
	}
	below.out = appendInlines(below.out, ins...)
	return stack
}

// markup wraps the inlines of a closed tag into the model's inline.
func markup(t rawTag, ins []content.Inline) []content.Inline {
	if strings.TrimSpace(content.PlainText(ins)) == "" {
		return ins
	}
	switch t.name {
	case "em", "i", "cite", "dfn", "var":
		return []content.Inline{&content.Emph{Inlines: ins}}
	case "strong", "b":
		return []content.Inline{&content.Strong{Inlines: ins}}
	case "s", "del", "strike":
		return []content.Inline{&content.Strike{Inlines: ins}}
	case "sup":
		return []content.Inline{&content.Super{Inlines: ins}}
	case "sub":
		return []content.Inline{&content.Sub{Inlines: ins}}
	case "code", "kbd", "samp", "tt":
		if allText(ins) {
			return []content.Inline{&content.Code{Text: content.PlainText(ins)}}
		}
	case "q":
		ins = append(content.T("“"), ins...)
		return append(ins, &content.Text{Text: "”"})
	case "a":
		if u := t.href; content.IsExternalURL(u) {
			return content.LinkTo(u, ins)
		}
	}
	return ins
}

// allText reports whether ins holds only text.
func allText(ins []content.Inline) bool {
	for _, in := range ins {
		if _, ok := in.(*content.Text); !ok {
			return false
		}
	}
	return true
}

// rawText is the source text of a RawHTML node.
func (c *converter) rawText(n *ast.RawHTML) string {
	var sb strings.Builder
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		sb.Write(seg.Value(c.src))
	}
	return sb.String()
}
