package markdown

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"

	"github.com/offprint/offprint/content"
	chtml "github.com/offprint/offprint/content/html"
	"github.com/offprint/offprint/content/image"
	"github.com/offprint/offprint/internal/ctxcheck"
)

// converter turns goldmark's syntax tree into model blocks. It collects the
// footnotes it meets into notes, in the order goldmark numbered them.
type converter struct {
	opts   Options
	src    []byte
	notes  []content.Note
	byNote map[int]int // goldmark footnote index -> 1-based position in notes

	// figs are the figures of images met in running text, placed after
	// the block that holds them (inlineImage); noFigures > 0 inside table
	// cells, figure captions and footnotes, where images give their text.
	figs      []content.Block
	noFigures int
	removed   int            // images taken out of the running text so far (addFigure)
	gap       bool           // the last inline was such an image (appendGap)
	stop      ctxcheck.Every // looks at the context once in checkEvery blocks
}

// checkEvery is how many blocks the converter goes between looks at the
// context.
const checkEvery = 64

func newConverter(opts Options) *converter {
	return &converter{opts: opts, byNote: map[int]int{}, stop: ctxcheck.New(opts.Context, checkEvery)}
}

func (c *converter) warn(msg string) {
	if c.opts.Warn != nil {
		c.opts.Warn(msg)
	}
}

// blocks converts the block children of n.
func (c *converter) blocks(n ast.Node) []content.Block {
	var out []content.Block
	var run []ast.Node // inline nodes met directly in a block container
	flush := func() {
		if ins := trimInlines(c.inlineSeq(run)); len(ins) > 0 {
			out = append(out, &content.Paragraph{Inlines: ins})
		}
		out = c.takeFigures(out)
		run = nil
	}
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		if k.Type() == ast.TypeInline {
			run = append(run, k)
			continue
		}
		if c.stop.Stopped() {
			return out
		}
		flush()
		out = append(out, c.block(k)...)
		out = c.takeFigures(out)
	}
	flush()
	return out
}

// takeFigures appends the figures of the images met in the running text
// of the block just converted to out.
func (c *converter) takeFigures(out []content.Block) []content.Block {
	out = append(out, c.figs...)
	c.figs = nil
	return out
}

func (c *converter) block(n ast.Node) []content.Block {
	switch n := n.(type) {
	case *ast.Heading:
		return []content.Block{&content.Heading{Level: n.Level, Inlines: c.inlines(n)}}
	case *ast.Paragraph, *ast.TextBlock:
		return c.paragraph(n)
	case *ast.Blockquote:
		return []content.Block{&content.Quote{Blocks: c.blocks(n)}}
	case *ast.List:
		l := &content.List{Ordered: n.IsOrdered()}
		if l.Ordered && n.Start != 1 {
			l.Start = n.Start
		}
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			l.Items = append(l.Items, c.blocks(item))
		}
		return []content.Block{l}
	case *ast.FencedCodeBlock:
		return []content.Block{&content.CodeBlock{Lang: string(n.Language(c.src)), Text: c.lines(n)}}
	case *ast.CodeBlock:
		return []content.Block{&content.CodeBlock{Text: c.lines(n)}}
	case *ast.ThematicBreak:
		return []content.Block{&content.Rule{}}
	case *ast.HTMLBlock:
		return c.htmlBlock(n)
	case *east.Table:
		return []content.Block{c.table(n)}
	case *east.DefinitionList:
		return []content.Block{c.defList(n)}
	case *east.FootnoteList:
		return nil // converted first, by footnotes
	case *ast.LinkReferenceDefinition:
		return nil // used by the links that cite it
	}
	c.warn(fmt.Sprintf("markdown: %s block kept as text", n.Kind()))
	if t := strings.TrimSpace(string(c.lines(n))); t != "" {
		return []content.Block{&content.Paragraph{Inlines: content.T(t)}}
	}
	return nil
}

// lines returns the raw lines of a code or HTML block without the final newline.
func (c *converter) lines(n ast.Node) string {
	var buf bytes.Buffer
	ls := n.Lines()
	for i := 0; i < ls.Len(); i++ {
		seg := ls.At(i)
		buf.Write(seg.Value(c.src))
	}
	return strings.TrimRight(buf.String(), "\n")
}

// paragraph converts a paragraph; one made only of images (possibly
// links around them) becomes one figure per image.
func (c *converter) paragraph(n ast.Node) []content.Block {
	if im, caption := c.captionedImage(n); im != nil {
		f := c.figure(im)
		f.Caption, f.Credit = image.SplitCaptionCredit(caption)
		return []content.Block{f}
	}
	if imgs := c.onlyImages(n); imgs != nil {
		var out []content.Block
		for _, li := range c.dropBadges(imgs) {
			f := c.figure(li.im)
			if content.IsExternalURL(li.url) {
				f.Caption = linkCaption(li.url, f.Caption)
			}
			if f.Image != nil || len(f.Caption) > 0 {
				out = append(out, f)
			}
		}
		return out
	}
	ins := trimInlines(c.inlines(n))
	if len(ins) == 0 {
		return nil
	}
	return []content.Block{&content.Paragraph{Inlines: ins}}
}

// linkedImage is an image of a paragraph made only of images, with the
// destination of the link around it ("" when none).
type linkedImage struct {
	im  *ast.Image
	url string
}

// dropBadges returns imgs without status badges (rule 8 in furniture.go).
func (c *converter) dropBadges(imgs []linkedImage) []linkedImage {
	out := imgs[:0]
	for _, li := range imgs {
		if !isBadge(destination(li.im.Destination), content.PlainText(c.altInlines(li.im))) {
			out = append(out, li)
		}
	}
	return out
}

// onlyImages returns the images of a paragraph that holds nothing else
// (whitespace and links wrapping a single image allowed), or nil.
func (c *converter) onlyImages(p ast.Node) []linkedImage {
	var imgs []linkedImage
	for k := p.FirstChild(); k != nil; k = k.NextSibling() {
		switch k := k.(type) {
		case *ast.Image:
			imgs = append(imgs, linkedImage{im: k})
		case *ast.Link:
			im, ok := k.FirstChild().(*ast.Image)
			if !ok || k.ChildCount() != 1 {
				return nil
			}
			imgs = append(imgs, linkedImage{im: im, url: destination(k.Destination)})
		case *ast.Text:
			if len(bytes.TrimSpace(k.Segment.Value(c.src))) != 0 {
				return nil
			}
		default:
			return nil
		}
	}
	return imgs
}

// captionedImage recognises a paragraph made of one image, a line break
// and an italic line: the image and its caption.
func (c *converter) captionedImage(p ast.Node) (*ast.Image, []content.Inline) {
	first := p.FirstChild()
	im, ok := first.(*ast.Image)
	if !ok {
		return nil, nil
	}
	var emph *ast.Emphasis
	for k := first.NextSibling(); k != nil; k = k.NextSibling() {
		switch k := k.(type) {
		case *ast.Text:
			if len(bytes.TrimSpace(k.Segment.Value(c.src))) != 0 {
				return nil, nil
			}
		case *ast.Emphasis:
			if emph != nil || k.Level != 1 {
				return nil, nil
			}
			emph = k
		default:
			return nil, nil
		}
	}
	if emph == nil {
		return nil, nil
	}
	c.noFigures++
	defer func() { c.noFigures-- }()
	return im, trimInlines(c.inlines(emph))
}

// figure loads an image; the title (if any) is the caption, else the
// image's description with its links and emphasis, which the alt text
// gives as plain text. A description with a link would lose it in the alt
// text, so it leads the caption, the title after it. A missing image keeps
// its caption and is reported.
func (c *converter) figure(im *ast.Image) *content.Figure {
	description := trimInlines(c.altInlines(im))
	alt := strings.TrimSpace(content.PlainText(description))
	title := strings.TrimSpace(string(resolve(im.Title)))
	if alt == "" {
		alt = title
	}
	f := &content.Figure{Image: c.loadImage(destination(im.Destination), alt)}
	switch {
	case title != "" && content.HasLink(description):
		f.Caption = append(description, content.T(sentenceGap(alt)+title)...)
	case title != "":
		f.Caption = content.T(title)
	case alt != "":
		f.Caption = description
	}
	if f.Image == nil {
		f.Caption = image.MissingCaption(alt, f.Caption)
	}
	return f
}

// sentenceGap is what goes between text and a sentence that follows it:
// a space, after a full stop unless the text ends a sentence already.
func sentenceGap(text string) string {
	end, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, "\"'”’») "))
	if strings.ContainsRune(".!?…:", end) {
		return " "
	}
	return ". "
}

// loadImage loads ref with the reader's options; failures are warnings.
func (c *converter) loadImage(ref, alt string) *content.Image {
	img, err := image.Load(ref, image.LoadOptions{
		BaseDir: c.opts.BaseDir, Client: c.opts.Client, Context: c.opts.Context, Alt: alt,
	})
	if err != nil {
		if strings.TrimSpace(alt) == "" {
			c.warn(fmt.Sprintf("%v; it has no alt text or title to keep", err))
		} else {
			c.warn(fmt.Sprintf("%v; keeping its text", err))
		}
		return nil
	}
	return img
}

func (c *converter) table(t *east.Table) *content.Table {
	c.noFigures++ // images in cells give their alt text, as in content/html
	defer func() { c.noFigures-- }()
	out := &content.Table{}
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []content.Cell
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cl := content.Cell{Inlines: trimInlines(c.inlines(cell))}
			if tc, ok := cell.(*east.TableCell); ok {
				cl.Align = cellAlign(tc.Alignment)
			}
			cells = append(cells, cl)
		}
		if _, ok := row.(*east.TableHeader); ok {
			out.Header = append(out.Header, cells)
		} else {
			out.Rows = append(out.Rows, cells)
		}
	}
	return out
}

// cellAlign maps a GFM column alignment (":--", ":-:", "--:") to the model's.
func cellAlign(a east.Alignment) content.Align {
	switch a {
	case east.AlignLeft:
		return content.AlignLeft
	case east.AlignCenter:
		return content.AlignCenter
	case east.AlignRight:
		return content.AlignRight
	}
	return content.AlignDefault
}

// defList converts a definition list (PHP Markdown Extra and pandoc's
// "Term" then ": definition" lines): each term starts an item, each
// description adds a definition to it.
func (c *converter) defList(n *east.DefinitionList) *content.DefList {
	out := &content.DefList{}
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		switch k.(type) {
		case *east.DefinitionTerm:
			out.Items = append(out.Items, content.DefItem{Term: trimInlines(c.inlines(k))})
		case *east.DefinitionDescription:
			if len(out.Items) == 0 {
				out.Items = append(out.Items, content.DefItem{})
			}
			it := &out.Items[len(out.Items)-1]
			it.Defs = append(it.Defs, c.blocks(k))
		}
	}
	return out
}

// footnotes turns the footnote definitions into notes, indexed by
// goldmark's footnote numbers (order of first reference). It runs before
// the body is converted, so that calls find their note.
func (c *converter) footnotes(root ast.Node) {
	var list ast.Node
	for k := root.FirstChild(); k != nil; k = k.NextSibling() {
		if _, ok := k.(*east.FootnoteList); ok {
			list = k
		}
	}
	if list == nil {
		return
	}
	for n := list.FirstChild(); n != nil; n = n.NextSibling() {
		fn, ok := n.(*east.Footnote)
		if !ok {
			continue
		}
		c.noFigures++ // notes hold no figures: images give their alt text
		c.notes = append(c.notes, content.Note{Kind: content.NoteFootnote, Blocks: c.blocks(fn)})
		c.noFigures--
		c.byNote[fn.Index] = len(c.notes)
	}
}

// htmlBlock converts a block of raw HTML as the HTML reader converts a
// page's body (chtml.Fragment): its links, tables, lists and figures with
// their captions and credits are kept, the markup is not; badge images
// leave nothing (rule 8 in furniture.go). HTML the converter refuses (too
// deeply nested) keeps its text, with a warning.
func (c *converter) htmlBlock(n *ast.HTMLBlock) []content.Block {
	var buf bytes.Buffer
	ls := n.Lines()
	for i := 0; i < ls.Len(); i++ {
		seg := ls.At(i)
		buf.Write(seg.Value(c.src))
	}
	if n.HasClosure() {
		cl := n.ClosureLine
		buf.Write(cl.Value(c.src))
	}
	opts := chtml.Options{BaseDir: c.opts.BaseDir, Client: c.opts.Client, FetchImages: c.opts.Client != nil, Context: c.opts.Context, Warn: c.opts.Warn}
	blocks, err := chtml.Fragment(buf.String(), opts, isBadge)
	if err == nil || ctxcheck.Err(c.opts.Context) != nil {
		return blocks // a cancelled read fails in Read
	}
	c.warn(fmt.Sprintf("raw HTML block: %v; keeping its text", err))
	if t := htmlText(buf.String()); t != "" {
		return []content.Block{&content.Paragraph{Inlines: content.T(t)}}
	}
	return nil
}

// htmlFigure loads an <img> of raw HTML into a figure: its alt text is
// the caption, as for ![alt](src).
func (c *converter) htmlFigure(src, alt string) *content.Figure {
	f := &content.Figure{Image: c.loadImage(src, alt)}
	if alt != "" {
		f.Caption = content.T(alt)
	}
	return f
}

// htmlText returns the visible text of an HTML fragment, spaces
// collapsed: what a block of raw HTML keeps when the HTML reader refuses
// it (htmlBlock).
func htmlText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var sb strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.Join(strings.Fields(sb.String()), " ")
		case html.TextToken:
			if skip == 0 {
				sb.Write(z.Text())
			}
		case html.StartTagToken:
			if name, _ := z.TagName(); isHidden(string(name)) {
				skip++
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); isHidden(string(name)) && skip > 0 {
				skip--
			}
		}
	}
}

func isHidden(tag string) bool { return tag == "script" || tag == "style" || tag == "template" }

// destination decodes a link or image destination (backslash escapes,
// entity references).
func destination(d []byte) string {
	return strings.TrimSpace(string(resolve(d)))
}

func resolve(b []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(b)))
}
