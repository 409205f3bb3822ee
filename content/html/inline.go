package html

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/offprint/offprint/content"
)

// inlineChildren converts the children of n in inline context.
func (c *converter) inlineChildren(n *html.Node, b *builder, depth int) []content.Inline {
	var out []content.Inline
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		out = append(out, c.inline(k, b, depth+1)...)
	}
	return out
}

// inline converts one node inside running text. Images become figures
// placed after the paragraph (b.figs), or their text in cells and captions.
func (c *converter) inline(n *html.Node, b *builder, depth int) []content.Inline {
	switch n.Type {
	case html.TextNode:
		return appendText(nil, n.Data, &b.space)
	case html.ElementNode:
	default:
		return nil
	}
	if depth > c.opts.MaxDepth {
		return appendText(nil, textOf(n), &b.space)
	}
	if skipped(n) || c.used[n] {
		return nil
	}
	switch tag(n) {
	case atom.Br:
		b.space = true
		return []content.Inline{&content.Break{}}
	case atom.Em, atom.I, atom.Cite, atom.Dfn, atom.Var:
		return wrap(c.inlineChildren(n, b, depth), func(ins []content.Inline) content.Inline { return &content.Emph{Inlines: ins} })
	case atom.Strong, atom.B:
		return wrap(c.inlineChildren(n, b, depth), func(ins []content.Inline) content.Inline { return &content.Strong{Inlines: ins} })
	case atom.S, atom.Del, atom.Strike:
		return wrap(c.inlineChildren(n, b, depth), func(ins []content.Inline) content.Inline { return &content.Strike{Inlines: ins} })
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		t := collapse(textOf(n))
		if t == "" {
			return nil
		}
		b.space = false
		return []content.Inline{&content.Code{Text: t}}
	case atom.A:
		return c.link(n, b, depth)
	case atom.Img:
		return c.inlineImage(n, b)
	case atom.Q:
		ins := append(content.T("“"), c.inlineChildren(n, b, depth)...)
		return append(ins, &content.Text{Text: "”"})
	case atom.Sup:
		return c.sup(n, b, depth)
	case atom.Sub:
		return c.script(n, b, depth, false)
	}
	return c.inlineChildren(n, b, depth)
}

// wrap puts non-empty inlines into a container.
func wrap(ins []content.Inline, mk func([]content.Inline) content.Inline) []content.Inline {
	if strings.TrimSpace(content.PlainText(ins)) == "" {
		return ins
	}
	return []content.Inline{mk(ins)}
}

// link converts <a>: external links stay links (the notes pass numbers
// them); links to the page itself, fragments, javascript: and other
// schemes keep only their text.
func (c *converter) link(n *html.Node, b *builder, depth int) []content.Inline {
	if isBacklink(n) {
		return nil
	}
	if ref := c.noteRef(strings.TrimSpace(attr(n, "href"))); ref != nil {
		b.space = false
		return []content.Inline{ref}
	}
	figs := len(b.figs)
	ins := c.inlineChildren(n, b, depth)
	u := c.linkTarget(attr(n, "href"))
	if u == "" || strings.TrimSpace(content.PlainText(ins)) == "" {
		if u != "" && !isImageFile(u) {
			linkFigures(b.figs[figs:], u)
		}
		return ins
	}
	return content.LinkTo(u, ins) // a link the parser nests in another (through a table) keeps its own URL
}

// linkFigures makes the captions of figs, the images of a link that
// holds nothing else, link to u: the link is kept as a note. A figure
// without a caption shows its alt text, else the URL, as the link's text;
// a caption that holds links of its own (links do not nest) is followed
// by the URL as a link.
func linkFigures(figs []content.Block, u string) {
	for _, b := range figs {
		f := b.(*content.Figure)
		switch {
		case content.HasLink(f.Caption):
			f.Caption = trimInlines(append(f.Caption, &content.Text{Text: " "}, &content.Link{URL: u, Inlines: content.T(u)}))
		case strings.TrimSpace(content.PlainText(f.Caption)) != "":
			f.Caption = []content.Inline{&content.Link{URL: u, Inlines: f.Caption}}
		case f.Image != nil && f.Image.Alt != "":
			f.Caption = []content.Inline{&content.Link{URL: u, Inlines: content.T(f.Image.Alt)}}
		default:
			f.Caption = []content.Inline{&content.Link{URL: u, Inlines: content.T(u)}}
		}
	}
}

// linkTarget resolves href and returns it when it is worth keeping.
func (c *converter) linkTarget(href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return ""
	}
	abs := c.absolute(href)
	if !content.IsExternalURL(abs) {
		return ""
	}
	if c.self != "" && stripFragment(abs) == c.self {
		return ""
	}
	return abs
}

// absolute resolves ref against the link base (if any).
func (c *converter) absolute(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || c.linkBase == nil {
		return ref
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return c.linkBase.ResolveReference(u).String()
}

// sup keeps superscripts as text; a footnote call that is only a link
// to a fragment ("<sup><a href="#fn1">1</a></sup>") becomes "[1]" so the
// number does not run into the word.
func (c *converter) sup(n *html.Node, b *builder, depth int) []content.Inline {
	a := firstChildElement(n, atom.A)
	if a != nil {
		if ref := c.noteRef(strings.TrimSpace(attr(a, "href"))); ref != nil {
			b.space = false
			return []content.Inline{ref}
		}
	}
	if a != nil && strings.HasPrefix(attr(a, "href"), "#") {
		t := collapse(textOf(n))
		if t != "" && !strings.HasPrefix(t, "[") {
			t = "[" + t + "]"
		}
		b.space = false
		return content.T(t)
	}
	return c.script(n, b, depth, true)
}

// script converts <sup> or <sub> into raised (Super) or lowered (Sub)
// text; the writers decide how to show it.
func (c *converter) script(n *html.Node, b *builder, depth int, super bool) []content.Inline {
	ins := trimInlines(c.inlineChildren(n, b, depth))
	if len(ins) == 0 {
		return nil
	}
	b.space = false
	if super {
		return []content.Inline{&content.Super{Inlines: ins}}
	}
	return []content.Inline{&content.Sub{Inlines: ins}}
}

// appendText appends s with white space collapsed, not starting with a
// space when the text before ended with one.
func appendText(out []content.Inline, s string, space *bool) []content.Inline {
	var sb strings.Builder
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f':
			if !*space {
				sb.WriteByte(' ')
				*space = true
			}
		case '\u00ad': // soft hyphen: the writers hyphenate themselves
		default:
			sb.WriteRune(r)
			*space = false
		}
	}
	if sb.Len() == 0 {
		return out
	}
	return append(out, &content.Text{Text: sb.String()})
}

// trimInlines trims white space and breaks at both ends and merges
// adjacent texts; a space between a link and the full stop, comma or
// closing bracket after it goes (not before ";:!?»", which French spaces).
func trimInlines(ins []content.Inline) []content.Inline {
	var out []content.Inline
	for _, in := range ins {
		if t, ok := in.(*content.Text); ok && len(out) > 0 {
			if prev, ok := out[len(out)-1].(*content.Text); ok {
				out[len(out)-1] = &content.Text{Text: prev.Text + t.Text}
				continue
			}
		}
		out = append(out, in)
	}
	for i := 1; i < len(out); i++ {
		if t, ok := out[i].(*content.Text); ok && isLink(out[i-1]) {
			if rest := strings.TrimLeft(t.Text, " "); rest != t.Text && strings.IndexAny(rest, ".,)]}”’…") == 0 {
				out[i] = &content.Text{Text: rest} // "program</a>." though the link's text ended with a space
			}
		}
	}
	for len(out) > 0 && isBlank(out[0]) {
		out = out[1:]
	}
	for len(out) > 0 && isBlank(out[len(out)-1]) {
		out = out[:len(out)-1]
	}
	if len(out) == 0 {
		return nil
	}
	trimEdge(out[0], true)
	trimEdge(out[len(out)-1], false)
	return out
}

// isLink reports whether in is a link or a link's note call after it.
func isLink(in content.Inline) bool {
	switch in.(type) {
	case *content.Link, *content.NoteRef:
		return true
	}
	return false
}

func isBlank(in content.Inline) bool {
	switch in := in.(type) {
	case *content.Break:
		return true
	case *content.Text:
		return strings.TrimSpace(in.Text) == ""
	}
	return false
}

// trimEdge trims the white space at the left (or right) edge of in,
// descending into containers.
func trimEdge(in content.Inline, left bool) {
	if t, ok := in.(*content.Text); ok {
		if left {
			t.Text = strings.TrimLeft(t.Text, " \u00a0\u3000")
		} else {
			t.Text = strings.TrimRight(t.Text, " \u00a0\u3000")
		}
		return
	}
	if kids := content.Children(in); len(kids) > 0 {
		if left {
			trimEdge(kids[0], left)
		} else {
			trimEdge(kids[len(kids)-1], left)
		}
	}
}
