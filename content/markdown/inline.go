package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/image"
)

// inlines converts the inline children of n, merging adjacent text and
// pairing their raw HTML tags (rawhtml.go).
func (c *converter) inlines(n ast.Node) []content.Inline {
	var kids []ast.Node
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		kids = append(kids, k)
	}
	return c.inlineSeq(kids)
}

func (c *converter) inline(n ast.Node) []content.Inline {
	switch n := n.(type) {
	case *ast.Text:
		return c.text(n)
	case *ast.String:
		if n.IsCode() || n.IsRaw() {
			return content.T(string(n.Value))
		}
		return content.T(string(resolve(n.Value)))
	case *ast.CodeSpan:
		var sb strings.Builder
		for k := n.FirstChild(); k != nil; k = k.NextSibling() {
			switch k := k.(type) {
			case *ast.Text:
				sb.Write(k.Segment.Value(c.src))
			case *ast.String:
				sb.Write(k.Value)
			}
		}
		return []content.Inline{&content.Code{Text: sb.String()}}
	case *ast.Emphasis:
		if n.Level >= 2 {
			return []content.Inline{&content.Strong{Inlines: c.inlines(n)}}
		}
		return []content.Inline{&content.Emph{Inlines: c.inlines(n)}}
	case *ast.Link:
		u := destination(n.Destination)
		at := len(c.figs)
		ins := c.inlines(n)
		if !content.IsExternalURL(u) {
			// Relative and fragment links lead nowhere in an e-book or on
			// paper: keep their text.
			return ins
		}
		if strings.TrimSpace(content.PlainText(ins)) == "" && len(c.figs) > at {
			c.linkFigures(at, u) // a linked image: its figure's caption links
			return ins
		}
		return content.LinkTo(u, ins)
	case *ast.AutoLink:
		u := string(n.URL(c.src))
		if n.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(u), "mailto:") {
			u = "mailto:" + u
		}
		return []content.Inline{&content.Link{URL: u, Inlines: content.T(string(n.Label(c.src)))}}
	case *ast.Image:
		return c.inlineImage(n)
	case *ast.RawHTML:
		return nil // paired by inlineSeq
	case *east.FootnoteLink:
		if i, ok := c.byNote[n.Index]; ok {
			return []content.Inline{&content.NoteRef{Note: i}}
		}
		// A call from inside a footnote to one not yet converted: goldmark
		// lists footnotes in index order, so the index is the position.
		return []content.Inline{&content.NoteRef{Note: n.Index}}
	case *east.FootnoteBacklink:
		return nil
	case *east.Strikethrough:
		return []content.Inline{&content.Strike{Inlines: c.inlines(n)}}
	case *scriptNode:
		ins := nbsp(c.inlines(n))
		if n.Super {
			return []content.Inline{&content.Super{Inlines: ins}}
		}
		return []content.Inline{&content.Sub{Inlines: ins}}
	case *east.TaskCheckBox:
		if n.IsChecked {
			return content.T("☒ ")
		}
		return content.T("☐ ")
	}
	// Unknown inline containers: keep their text.
	return c.inlines(n)
}

// inlineImage converts an image met in running text. In table cells and
// captions, a status badge (rule 8 of furniture.go) or a glyph-sized
// image (an emoji, an icon: image.IsGlyph) it gives its alt text, in the
// sentence. Any other image becomes a figure placed right after the
// block that holds it (takeFigures), as content/html does: the text of
// the paragraph stays whole and the picture is not lost. An image that
// cannot be loaded leaves its alt text (and title) in the sentence.
func (c *converter) inlineImage(im *ast.Image) []content.Inline {
	alt := c.altInlines(im)
	if c.noFigures > 0 || isBadge(destination(im.Destination), content.PlainText(alt)) {
		return alt
	}
	return c.addFigure(c.figure(im), alt)
}

// addFigure queues f to follow the current block and returns nothing;
// or returns alt when f is a glyph-sized image; or, when f's picture
// could not be loaded, its caption (the alt text, see
// image.MissingCaption) in the sentence where the picture was: it may
// have been an emoji or an icon, and a figure would hold nothing more.
func (c *converter) addFigure(f *content.Figure, alt []content.Inline) []content.Inline {
	switch {
	case f.Image != nil && image.IsGlyph(f.Image.Width, f.Image.Height):
		return alt
	case f.Image == nil && len(f.Caption) > 0:
		return f.Caption
	case f.Image == nil:
		c.removed++
		return nil
	}
	c.figs = append(c.figs, f)
	c.removed++
	return nil
}

// altInlines converts the alt text of an image (images inside it give
// their own alt text).
func (c *converter) altInlines(im *ast.Image) []content.Inline {
	c.noFigures++
	defer func() { c.noFigures-- }()
	return c.inlines(im)
}

// linkFigures makes the captions of the figures queued since c.figs[at]
// link to u: the link of a linked image ("[![alt](img)](url)"). A figure
// without a caption shows the URL.
func (c *converter) linkFigures(at int, u string) {
	for _, b := range c.figs[at:] {
		f := b.(*content.Figure)
		f.Caption = linkCaption(u, f.Caption)
	}
}

// linkCaption makes caption link to u; an empty caption becomes the URL.
func linkCaption(u string, caption []content.Inline) []content.Inline {
	if strings.TrimSpace(content.PlainText(caption)) == "" {
		return []content.Inline{&content.Link{URL: u, Inlines: content.T(u)}}
	}
	return content.LinkTo(u, caption)
}

// text converts a text segment: escapes and entities resolved, a soft line
// break becomes a space, a hard one a Break.
func (c *converter) text(n *ast.Text) []content.Inline {
	v := n.Segment.Value(c.src)
	s := string(v)
	if !n.IsRaw() {
		s = string(resolve(v))
	}
	out := content.T(s)
	switch {
	case n.HardLineBreak():
		out = append(out, &content.Break{})
	case n.SoftLineBreak():
		out = content.T(s + " ")
	}
	return out
}

// nbsp turns the escaped spaces ("\\ ") of a superscript or subscript
// into no-break spaces, as pandoc does.
func nbsp(ins []content.Inline) []content.Inline {
	for i, in := range ins {
		if t, ok := in.(*content.Text); ok && strings.Contains(t.Text, "\\ ") {
			ins[i] = &content.Text{Text: strings.ReplaceAll(t.Text, "\\ ", "\u00a0")}
		}
	}
	return ins
}

// appendInlines appends ins to out, merging adjacent Text values.
func appendInlines(out []content.Inline, ins ...content.Inline) []content.Inline {
	for _, in := range ins {
		t, ok := in.(*content.Text)
		if ok && t.Text == "" {
			continue
		}
		if ok && len(out) > 0 {
			if prev, ok := out[len(out)-1].(*content.Text); ok {
				out[len(out)-1] = &content.Text{Text: prev.Text + t.Text}
				continue
			}
		}
		out = append(out, in)
	}
	return out
}

// trimInlines removes leading and trailing white space (and breaks) of a
// block's inlines.
func trimInlines(ins []content.Inline) []content.Inline {
	for len(ins) > 0 {
		if _, ok := ins[len(ins)-1].(*content.Break); !ok {
			break
		}
		ins = ins[:len(ins)-1]
	}
	if len(ins) == 0 {
		return nil
	}
	if t, ok := ins[0].(*content.Text); ok {
		ins[0] = &content.Text{Text: strings.TrimLeft(t.Text, " \t\n")}
	}
	if t, ok := ins[len(ins)-1].(*content.Text); ok {
		ins[len(ins)-1] = &content.Text{Text: strings.TrimRight(t.Text, " \t\n")}
	}
	out := ins[:0]
	for _, in := range ins {
		if t, ok := in.(*content.Text); ok && t.Text == "" {
			continue
		}
		out = append(out, in)
	}
	return out
}
