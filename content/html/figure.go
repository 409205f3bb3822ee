package html

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/content/image"
	"github.com/offprint/offprint/internal/lazyre"
)

// creditClassRE marks caption parts that hold the credit.
var creditClassRE = lazyre.New(`(?i)credit|copyright|attribution|photographer|byline|source|rights|courtesy`)

// captionClassRE matches the class of a picture's caption or credit
// ("image-annotation", "wp-caption-text", "photo-credit"), not a class
// of type sizes that borrows the word ("caption-s5-fx").
var captionClassRE = lazyre.New(`(?i)(?:^|\s)[\w-]*(?:caption|annotation|legend|credit|copyright)(?:-text)?(?:$|\s)`)

// captionBoxRE marks containers that frame a picture and its caption
// without <figure> ("wp-caption", "image-block", "photo").
var captionBoxRE = lazyre.New(`(?i)caption|figure|image|photo|picture|media`)

// captionBox converts a <div> or <p> that frames a single image and its
// caption, as blogs, older sites and component frameworks do, into a
// figure: the box is classed like a picture frame, or it holds an element
// classed caption ("wp-caption-text", "Article_caption__x1") beside the
// image and nothing else. It reports whether it did.
func (c *converter) captionBox(n *html.Node, b *builder) bool {
	var img, capn, credn *html.Node
	for d := range n.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		switch {
		case tag(d) == atom.Img:
			if img != nil {
				return false
			}
			img = d
		case tag(d) == atom.Table || tag(d) == atom.Figure || isHeading(tag(d)):
			return false
		case capn == nil && strings.Contains(strings.ToLower(attr(d, "class")), "caption"):
			capn = d
		case credn == nil && creditClassRE.MatchString(attr(d, "class")):
			credn = d
		}
	}
	if capn == nil && credn != nil && !inside(credn, img) {
		return c.creditBox(n, img, credn, b)
	}
	if img == nil || capn == nil && !captionBoxRE.MatchString(attr(n, "class")) {
		return false
	}
	rest := collapse(textOf(n))
	if capn != nil {
		rest = strings.TrimSpace(strings.Replace(rest, collapse(textOf(capn)), "", 1))
	}
	if rest != "" {
		return false // text beside the picture: not a caption box
	}
	var caption, credit []content.Inline
	var after *html.Node
	if capn != nil {
		caption, credit = c.caption(capn)
	} else {
		caption, credit, after = c.captionAfter(n, true) // the picture's box, then its caption
	}
	if f := c.makeFigure(img, caption, credit); f != nil {
		c.use(after)
		b.add(f)
	}
	return true
}

// creditBox converts a box that holds the picture img and the element
// credn classed as its credit, and no other text ("<div class="file"><img
// …><p class="credits">Foto: M. Rädel</p></div>"), into a figure with that
// credit. It reports whether it did.
func (c *converter) creditBox(n, img, credn *html.Node, b *builder) bool {
	if img == nil || strings.TrimSpace(strings.Replace(collapse(textOf(n)), collapse(textOf(credn)), "", 1)) != "" {
		return false
	}
	caption, credit := c.creditParts(credn)
	if len(credit) == 0 || decorRE.MatchString(attr(img, "class")) {
		return false
	}
	if f := c.makeFigure(img, caption, credit); f != nil {
		b.add(f)
	}
	return true
}

// creditParts reads n, an element classed as a picture's credit: the
// credit, and the caption before it when the element holds both ("Eine
// Vorsatzschalung verbessert den Schallschutz. Foto: Knauf"). Nothing
// when its text is longer than 200 bytes, or than 12 words without a
// credit in it: a page's footer, not a credit.
func (c *converter) creditParts(n *html.Node) (caption, credit []content.Inline) {
	text := collapse(textOf(n))
	if text == "" || len(text) > 200 {
		return nil, nil
	}
	ins := image.TrimCreditLabel(c.captionInlines(n)) // "(Image credit: Tom's Hardware)"
	if caption, credit = image.SplitCaptionCredit(ins); len(credit) > 0 || len(strings.Fields(text)) > 12 {
		return caption, credit // "(Bild: Dieter Stork)" too
	}
	return nil, ins
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isDateLine reports a line that only gives the date: a <time> element
// with at most a few words around it ("Posted on", "Publicado em").
func isDateLine(n *html.Node) bool {
	t := findElement(n, atom.Time)
	if t == nil {
		return false
	}
	all, date := collapse(textOf(n)), collapse(textOf(t))
	return date != "" && len(all) < 120 && len(strings.Fields(strings.Replace(all, date, "", 1))) <= 4
}

// embedHostRE lists the services whose embedded players are article
// content (a video, a chart, a podcast), not ads.
var embedHostRE = lazyre.New(`(?i)(?:^|\.)(?:youtube(?:-nocookie)?\.com|youtu\.be|vimeo\.com|dailymotion\.com|soundcloud\.com|spotify\.com|twitter\.com|x\.com|instagram\.com|tiktok\.com|datawrapper\.de|flourish\.studio|archive\.org|bilibili\.com|twitch\.tv|wikimedia\.org|ted\.com|podcasts\.apple\.com)$`)

// embed turns an embedded player (<iframe>, <video>, <audio>) into a
// paragraph with a link to what it plays, so that print and e-readers
// keep a trace of it. Other embeds (ads, widgets) give nothing.
func (c *converter) embed(n *html.Node) *content.Paragraph {
	src := attr(n, "src")
	if src == "" {
		if s := findElement(n, atom.Source); s != nil {
			src = attr(s, "src")
		}
	}
	u := c.absolute(src)
	if !content.IsExternalURL(u) {
		return nil
	}
	pu, err := url.Parse(u)
	if err != nil || (tag(n) == atom.Iframe && !embedHostRE.MatchString(pu.Hostname())) {
		return nil
	}
	label := collapse(attr(n, "title"))
	if label == "" {
		label = collapse(attr(n, "aria-label"))
	}
	if label == "" {
		label = strings.TrimPrefix(pu.Hostname(), "www.") + pu.EscapedPath()
	}
	return &content.Paragraph{Inlines: []content.Inline{&content.Emph{Inlines: []content.Inline{
		&content.Link{URL: u, Inlines: content.T(label)},
	}}}}
}

// figureBlock converts <figure>: images with their caption, or (for
// figures holding code, quotes or tables) the content itself.
func (c *converter) figureBlock(n *html.Node, b *builder, depth int) {
	if findImage(n) == nil {
		b.flush()
		c.children(n, b, depth)
		b.flush()
		return
	}
	for _, f := range c.figures(n) {
		b.add(f)
	}
}

// adoptLooseText moves into the caption fc of figure n (a <figcaption>
// made for it when n has none) the figure's text that stands outside its
// caption and its pictures: a credit in a <footer>, a caption in a <div>
// or <p> of its own, plain text. It returns the caption. The moved text
// follows the caption's own, where a credit stands; without this, the
// text was lost.
func adoptLooseText(n, fc *html.Node) *html.Node {
	var loose []*html.Node
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		switch {
		case k == fc:
		case k.Type == html.TextNode:
			if strings.TrimSpace(k.Data) != "" {
				loose = append(loose, k)
			}
		case k.Type == html.ElementNode && !skipped(k) && findImage(k) == nil && (fc == nil || !inside(fc, k)) &&
			strings.TrimSpace(textOf(k)) != "":
			loose = append(loose, k)
		}
	}
	if len(loose) == 0 {
		return fc
	}
	if fc == nil {
		fc = &html.Node{Type: html.ElementNode, Data: "figcaption", DataAtom: atom.Figcaption}
		n.AppendChild(fc)
	}
	for _, k := range loose {
		n.RemoveChild(k)
		if k.Type == html.ElementNode && fc.LastChild != nil {
			fc.AppendChild(&html.Node{Type: html.TextNode, Data: " "}) // "Caption.</figcaption><footer>Photo…": two sentences
		}
		fc.AppendChild(k)
	}
	return fc
}

// figure converts a <figure> holding an image to one figure.
func (c *converter) figure(n *html.Node) *content.Figure {
	if fs := c.figures(n); len(fs) > 0 {
		return fs[len(fs)-1].(*content.Figure)
	}
	return nil
}

// figures converts a <figure>: one figure per image (a gallery gives
// several), the caption and credit going with the last.
func (c *converter) figures(n *html.Node) []content.Block {
	fc := adoptLooseText(n, findElement(n, atom.Figcaption))
	var imgs []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && tag(d) == atom.Img && !inside(d, fc) {
			imgs = append(imgs, d)
		}
	}
	var caption, credit []content.Inline
	if fc != nil {
		caption, credit = c.caption(fc)
	}
	var out []content.Block // of *content.Figure
	for i, img := range imgs {
		var f *content.Figure
		if i == len(imgs)-1 {
			f = c.makeFigure(img, caption, credit)
		} else {
			f = c.makeFigure(img, nil, nil)
		}
		if f != nil {
			if u := c.figureLink(img, n); u != "" {
				linkFigures([]content.Block{f}, u)
			}
			out = append(out, f)
		}
	}
	return out
}

// figureLink returns the external link around img inside figure n, ""
// when there is none or it leads to an image file (the same picture,
// larger: no source worth a note).
func (c *converter) figureLink(img, n *html.Node) string {
	for a := img.Parent; a != nil && a != n.Parent; a = a.Parent {
		if tag(a) == atom.A {
			if u := c.linkTarget(attr(a, "href")); !isImageFile(u) {
				return u
			}
			return ""
		}
	}
	return ""
}

// blank reports whether img shows nothing: a raster of at most 2 by 2
// pixels or an SVG that draws nothing, as lazy loaders put in src until
// the picture comes.
func blank(img *content.Image) bool {
	if img.MediaType != "image/svg+xml" {
		return img.Width*img.Height <= 4
	}
	svg := string(img.Data)
	open := strings.Index(svg, "<svg")
	end := strings.Index(svg[max(open, 0):], ">")
	if open < 0 || end < 0 {
		return false
	}
	inner := strings.TrimSpace(svg[open+end+1:]) // after <svg …> (or <svg …/>)
	return strings.TrimSpace(strings.TrimSuffix(inner, "</svg>")) == ""
}

// fileNameRE matches an alt text that is a picture's file name, as
// content systems fill it in: one word ending in an image format's
// extension, or a name of letters, digits and underscores with a digit
// ("DSC_0412", "1230_13_yuecel").
var fileNameRE = lazyre.New(`(?i)^(?:\S+\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|bmp|heic)|[\pL\d&-]*_[\pL\d_&-]*\d[\pL\d_&-]*)$`)

// linked reports whether img stands inside a link worth a note.
func (c *converter) linked(img *html.Node) bool {
	for a := img.Parent; a != nil; a = a.Parent {
		if tag(a) == atom.A {
			return c.linkTarget(attr(a, "href")) != ""
		}
	}
	return false
}

// isImageFile reports whether URL u names an image file by its extension.
func isImageFile(u string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	switch strings.ToLower(path.Ext(p.Path)) {
	case ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".bmp", ".tif", ".tiff":
		return true
	}
	return false
}

// inside reports whether n is under ancestor (false for a nil ancestor).
func inside(n, ancestor *html.Node) bool {
	for a := n.Parent; a != nil && ancestor != nil; a = a.Parent {
		if a == ancestor {
			return true
		}
	}
	return false
}

// caption converts a figcaption, separating the credit: an element whose
// class or itemprop says so, else a last element that reads as a credit
// (NYT's "CreditChang W. Lee/The New York Times" span), else a trailing
// credit in the text ("… Photo: AP"). Both keep their links and emphasis;
// hidden labels (visually-hidden, sr-only, aria-hidden, hidden) are not
// text, a "Credit" label goes, and a credit the caption repeats is kept
// once, as the credit.
func (c *converter) caption(fc *html.Node) (caption, credit []content.Inline) {
	if d := c.markedCredit(fc); d != nil {
		credit = image.TrimCreditLabel(c.captionInlines(d))
		d.Parent.RemoveChild(d)
		return c.withoutRepeat(c.captionInlines(fc), credit), credit
	}
	ins := c.captionInlines(fc)
	if caption, credit = image.SplitCaptionCredit(ins); len(credit) > 0 {
		return caption, credit
	}
	if d := c.lastCredit(fc); d != nil {
		credit = image.TrimCreditLabel(c.captionInlines(d))
		d.Parent.RemoveChild(d)
		return c.withoutRepeat(c.captionInlines(fc), credit), credit
	}
	return ins, nil
}

// withoutRepeat cuts the credit off the end of the caption when the
// caption repeats it.
func (c *converter) withoutRepeat(ins, credit []content.Inline) []content.Inline {
	text, ct := content.PlainText(ins), strings.TrimSpace(content.PlainText(credit))
	if ct != "" && strings.HasSuffix(strings.TrimRight(text, " ."), ct) {
		return content.TrimInlines(content.SliceInlines(ins, 0, strings.LastIndex(text, ct)))
	}
	return ins
}

// captionInlines converts the inside of a caption (or of its credit).
func (c *converter) captionInlines(n *html.Node) []content.Inline {
	b := newBuilder()
	b.noFigures = true
	return trimInlines(c.inlineChildren(n, b, 0))
}

// creditItemprops are the schema.org properties that mark a credit.
var creditItemprops = map[string]bool{"copyrightHolder": true, "creator": true, "author": true, "copyrightNotice": true, "creditText": true}

// markedCredit returns the element of a caption that its class or
// itemprop marks as the credit, or nil.
func (c *converter) markedCredit(fc *html.Node) *html.Node {
	for d := range fc.Descendants() {
		if d.Type == html.ElementNode && d.Parent != nil && !skipped(d) &&
			(creditClassRE.MatchString(attr(d, "class")) || creditItemprops[attr(d, "itemprop")]) {
			return d
		}
	}
	return nil
}

// lastCredit returns the last of several element children of a caption
// when its visible text reads as a credit and the caption's text before
// it ends a sentence (NYT's "…underground." then a credit span), or nil.
func (c *converter) lastCredit(fc *html.Node) *html.Node {
	var last *html.Node
	elements := 0
	for k := fc.FirstChild; k != nil; k = k.NextSibling {
		switch {
		case k.Type == html.ElementNode && !skipped(k):
			last = k
			elements++
		case k.Type == html.TextNode && strings.TrimSpace(k.Data) != "":
			last = nil // text after the last element: no credit element
		}
	}
	if last == nil || elements < 2 || !image.IsCredit(content.PlainText(c.captionInlines(last))) {
		return nil
	}
	var before strings.Builder
	for k := fc.FirstChild; k != last; k = k.NextSibling {
		if !skipped(k) {
			before.WriteString(textOf(k))
		}
	}
	b := strings.TrimRight(before.String(), " \t\n\u00a0")
	if b == "" || !strings.ContainsAny(b[len(b)-1:], ".!?”’\")") && !strings.HasSuffix(b, "…") {
		return nil
	}
	return last
}

// makeFigure loads img; on failure the figure keeps its caption (or the
// alt text) and a warning is given. A figure with nothing to show is nil.
func (c *converter) makeFigure(img *html.Node, caption, credit []content.Inline) *content.Figure {
	alt := collapse(attr(img, "alt"))
	if fileNameRE.MatchString(alt) && !c.linked(img) {
		alt = "" // a CMS's "IMG_2953.jpg" describes nothing; as a link's only text it stays
	}
	if alt == "" {
		alt = collapse(content.PlainText(caption))
	}
	if len(caption) == 0 && c.altCaptions && alt != "" {
		caption = content.T(alt) // raw HTML in Markdown: <img alt> as ![alt](src)
	}
	f := &content.Figure{Caption: caption, Credit: credit}
	c.seen[imageKey(img)] = true
	refs := imageRefs(img)
	loaded, err := c.loadFirst(refs, alt)
	placeholder := err == nil && len(refs) == 1 && isPlaceholder(refs[0]) && blank(loaded) && !c.linked(img) // a linked one stays, for its link
	if placeholder {
		loaded, err = nil, errors.New("image: only a lazy-loading placeholder, the page does not say where the picture is")
	}
	if err != nil {
		f.Caption = image.MissingCaption(alt, f.Caption)
		if len(f.Caption) == 0 && len(f.Credit) == 0 {
			if !placeholder { // a placeholder alone is no picture of the article: nothing is lost
				c.warn(fmt.Sprintf("%v; it has no alt text or caption to keep", err))
			}
			return nil
		}
		c.warn(fmt.Sprintf("%v; keeping its text", err))
		return f
	}
	f.Image = loaded
	return f
}

// loadFirst loads the first of refs that loads; the error is the first
// one met.
func (c *converter) loadFirst(refs []string, alt string) (*content.Image, error) {
	if len(refs) == 0 {
		return c.loadImage("", alt)
	}
	var first error
	for _, ref := range refs {
		img, err := c.loadImage(ref, alt)
		if err == nil {
			return img, nil
		}
		if first == nil {
			first = err
		}
	}
	return nil, first
}

func (c *converter) loadImage(ref, alt string) (*content.Image, error) {
	if ref == "" {
		return nil, fmt.Errorf("image without a source")
	}
	opts := image.LoadOptions{BaseDir: c.opts.BaseDir, BaseURL: c.opts.BaseURL, Context: c.opts.Context, Alt: alt}
	if c.opts.FetchImages {
		opts.Client = c.opts.Client
	}
	return image.Load(ref, opts)
}

// decorRE marks images that are page decoration (author photos, logos,
// tracking pixels); glyphRE images that stand for a character or formula.
var (
	decorRE = lazyre.New(`(?i)(?:^|[\s_-])(?:avatar|logo|tracking|pixel|spacer|gravatar|headshot|author-photo|author-image|author-avatar|profile-image|profile-photo|author-profile-image)(?:$|[\s_-])`)
	glyphRE = lazyre.New(`(?i)(?:^|[\s_-])(?:emoji|icon|math|smiley|inline|badge|tex|latex|formula)(?:$|[\s_-])`)
)

// inlineImage handles an <img> met in running text: icons, emoji and
// formulas (classed so, or glyph-sized: image.IsGlyph), images narrower
// than 100 pixels in the middle of a sentence and images in cells or
// captions give their alt text; decoration gives nothing; others become
// figures placed right after the paragraph, as content/markdown does. An
// image in the middle of a sentence whose size the page does not give
// gives its alt text only when it loads glyph-sized or does not load.
func (c *converter) inlineImage(n *html.Node, b *builder) []content.Inline {
	alt := collapse(attr(n, "alt"))
	class := attr(n, "class")
	if c.decoration(n, alt) {
		return nil
	}
	w, _ := strconv.Atoi(attr(n, "width"))
	h, _ := strconv.Atoi(attr(n, "height"))
	midText := strings.TrimSpace(content.PlainText(b.para)) != ""
	if image.IsGlyph(w, h) || midText && w > 0 && w < 100 || b.noFigures || glyphRE.MatchString(class) {
		return altText(alt, b)
	}
	var caption, credit []content.Inline
	var after *html.Node
	if !midText {
		caption, credit, after = c.imageCredit(n)
	}
	f := c.makeFigure(n, caption, credit)
	if f != nil {
		c.use(after)
	}
	if f != nil && midText && (f.Image == nil || image.IsGlyph(f.Image.Width, f.Image.Height)) {
		return altText(alt, b) // glyph-sized, or not loaded: its alt text stays in the sentence
	}
	if f != nil {
		b.figs = append(b.figs, f)
	}
	return nil
}

// imageCredit returns the credit printed right after the image img (or
// after the <picture> holding it) outside any figure, as WordPress themes
// and agencies' embeds do ("<img …><span class="ee-fotocredit">(Bild:
// Dieter Stork)</span>"), with the caption before it in the same element
// if any, and that element, which the caller uses up when it makes the
// figure (captionAfter).
func (c *converter) imageCredit(img *html.Node) (caption, credit []content.Inline, from *html.Node) {
	at := img
	if p := img.Parent; p != nil && tag(p) == atom.Picture {
		at = p
	}
	return c.captionAfter(at, false)
}

// captionAfter returns the caption and credit of the element after at,
// an image or a box that holds only it, and that element: an element
// classed as a credit, holding no picture, read by creditParts, or one
// classed as a caption ("<div
// class="wp-caption-text"><span>Nick Loeb and Sofia Vergara</span><span
// class="credit">Shutterstock</span></div>"), which gives the caption and
// the credit it ends with. When at is alone in its box (up to
// maxCaptionBoxes boxes up), the element after the box counts; a byline
// box after a box (boxed) is no credit. A caption-classed element that
// holds a heading or several paragraphs is a teaser's card. Nothing when
// there is none.
func (c *converter) captionAfter(at *html.Node, boxed bool) (caption, credit []content.Inline, from *html.Node) {
	k := nextNonSpace(at)
	for up := 0; k == nil && up < maxCaptionBoxes && at.Parent != nil && tag(at.Parent) == atom.Div && collapse(textOf(at.Parent)) == ""; up++ {
		at, boxed = at.Parent, true
		k = nextNonSpace(at)
	}
	if k == nil || k.Type != html.ElementNode || findImage(k) != nil || c.used[k] {
		return nil, nil, nil
	}
	switch class := attr(k, "class"); {
	case captionClassRE.MatchString(class) && len(collapse(textOf(k))) <= maxLooseCaption && !holdsBlocks(k):
		caption, credit = c.caption(k) // "credit-caption" too: a caption that holds its credit
	case creditClassRE.MatchString(class) && !(boxed && bylineClassRE.MatchString(class)):
		caption, credit = c.creditParts(k)
	}
	if len(caption) == 0 && len(credit) == 0 {
		return nil, nil, nil
	}
	return caption, credit, k
}

// bylineClassRE marks an author's box, which creditClassRE's "byline"
// matches too.
var bylineClassRE = lazyre.New(`(?i)byline|author`)

// minCardParaWords is the fewest words of a paragraph holdsBlocks counts.
const minCardParaWords = 8

// holdsBlocks reports whether n holds a heading or more than one
// paragraph of minCardParaWords words or more: a teaser's card, not a
// caption (whose credit or "toggle caption" button readability may have
// wrapped in a <p> of its own).
func holdsBlocks(n *html.Node) bool {
	paras := 0
	for d := range n.Descendants() {
		if isHeading(tag(d)) {
			return true
		}
		if tag(d) == atom.P && article.WordCount(collapse(textOf(d))) >= minCardParaWords {
			paras++ // not a <p> readability wrapped round a button or a credit
		}
	}
	return paras > 1
}

// maxCaptionBoxes is how many boxes holding only an image imageCredit
// looks past for the caption after them; maxLooseCaption is the longest
// caption-classed element it takes, in bytes.
const (
	maxCaptionBoxes = 2
	maxLooseCaption = 400
)

// altText is the alt text of an image kept in the sentence.
func altText(alt string, b *builder) []content.Inline {
	if alt == "" {
		return nil
	}
	return appendText(nil, alt, &b.space)
}

// decoration reports an image met in running text that is page
// decoration: classed so (decorRE), inside a link or box classed so
// (<a class="author-avatar"><img></a>), or a portrait whose alt text is
// the name of one of the article's authors.
func (c *converter) decoration(img *html.Node, alt string) bool {
	if decorRE.MatchString(attr(img, "class")) {
		return true
	}
	for a, i := img.Parent, 0; a != nil && i < 2; a, i = a.Parent, i+1 {
		if decorRE.MatchString(attr(a, "class")) {
			return true
		}
	}
	for _, au := range c.byNames {
		if alt != "" && strings.EqualFold(alt, au.Name) {
			return true
		}
	}
	return false
}

// findImage returns the first <img> under n (inside <picture> too).
func findImage(n *html.Node) *html.Node { return findElement(n, atom.Img) }

func findElement(n *html.Node, a atom.Atom) *html.Node {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && tag(d) == a {
			return d
		}
	}
	return nil
}

var (
	lazyAttrs   = []string{"src", "data-src", "data-lazy-src", "data-original", "data-url"}
	srcsetAttrs = []string{"srcset", "data-srcset", "data-lazy-srcset"}
)

// imageRef picks the address of an image: the first of imageRefs.
func imageRef(img *html.Node) string {
	if refs := imageRefs(img); len(refs) > 0 {
		return refs[0]
	}
	return ""
}

// imageRefs lists the addresses an image may be loaded from, best first:
// its src unless that is a placeholder, the lazy-loading attributes, the
// srcset candidates of the img (srcset, data-srcset), then those of its
// <picture>'s <source> elements. A saved page often holds only one of
// them (the page's folder has the WebP a <source> named while src points
// to the CDN), so the reader tries each in turn.
func imageRefs(img *html.Node) []string {
	var refs []string
	add := func(v string) {
		if v = strings.TrimSpace(v); v != "" && !isPlaceholder(v) && !slices.Contains(refs, v) {
			refs = append(refs, v)
		}
	}
	for _, key := range lazyAttrs {
		add(attr(img, key))
	}
	for _, key := range srcsetAttrs {
		for _, v := range srcsetCandidates(attr(img, key)) {
			add(v)
		}
	}
	if p := img.Parent; p != nil && tag(p) == atom.Picture {
		for k := p.FirstChild; k != nil; k = k.NextSibling {
			if tag(k) == atom.Source {
				for _, key := range srcsetAttrs {
					for _, v := range srcsetCandidates(attr(k, key)) {
						add(v)
					}
				}
			}
		}
	}
	if src := strings.TrimSpace(attr(img, "src")); len(refs) == 0 && src != "" {
		refs = append(refs, src) // a placeholder is better than nothing
	}
	return refs
}

// isPlaceholder spots the tiny data: images lazy loaders put in src.
func isPlaceholder(ref string) bool {
	return strings.HasPrefix(ref, "data:") && len(ref) < 200
}

// srcsetCandidates returns the addresses of a srcset, best first: widths
// up to 1600 pixels from the largest down, then larger ones from the
// smallest up; candidates without a width keep their order after those.
func srcsetCandidates(srcset string) []string {
	type cand struct {
		ref string
		w   int
	}
	var cs []cand
	for _, part := range strings.Split(srcset, ",") {
		f := strings.Fields(part)
		if len(f) == 0 {
			continue
		}
		w := 0
		if len(f) > 1 && strings.HasSuffix(f[1], "w") {
			w, _ = strconv.Atoi(strings.TrimSuffix(f[1], "w"))
		}
		cs = append(cs, cand{f[0], w})
	}
	rank := func(w int) int {
		switch {
		case w == 0:
			return 1 << 30
		case w <= 1600:
			return 1600 - w
		default:
			return w
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return rank(a.w) - rank(b.w) })
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ref
	}
	return out
}

// imageKey names an image for duplicate checks: the file name of its address.
func imageKey(img *html.Node) string {
	if img == nil {
		return ""
	}
	ref := imageRef(img)
	if strings.HasPrefix(ref, "data:") {
		return ref[:min(len(ref), 120)]
	}
	if i := strings.IndexAny(ref, "?#"); i >= 0 {
		ref = ref[:i]
	}
	return path.Base(ref)
}
