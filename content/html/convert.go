package html

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/ctxcheck"
	"github.com/offprint/offprint/internal/lazyre"
)

// converter turns a cleaned DOM into model blocks.
type converter struct {
	opts        Options
	linkBase    *url.URL                  // resolves relative links: the page URL, else the address a saved page came from
	self        string                    // the page's own URL without fragment, for self-links
	title       string                    // the article title, to drop a heading that repeats it
	seen        map[string]bool           // imageKey of every image met, for the lead figure
	paras       int                       // paragraphs converted so far
	fn          *footnotes                // the article's footnotes, once found
	lastHeading *content.Heading          // the last heading added
	emptied     map[*content.Heading]bool // headings whose section held a notes list or a table of contents
	toc         map[*html.Node]bool       // the page's own table of contents and its box (findPageTOCs)
	byNames     []content.Author          // the article's authors, to spot their photos
	used        map[*html.Node]bool       // elements already converted out of order (a quote's citation)
	stop        ctxcheck.Every            // looks at the context once in checkEvery nodes
	altCaptions bool                      // an image without a caption takes its alt text as caption (Fragment)
}

// checkEvery is how many nodes the converter goes between looks at the
// context.
const checkEvery = 1024

func newConverter(opts Options, base *url.URL) *converter {
	return &converter{opts: opts, linkBase: base, seen: map[string]bool{}, fn: &footnotes{}, stop: ctxcheck.New(opts.Context, checkEvery)}
}

func (c *converter) warn(msg string) {
	if c.opts.Warn != nil {
		c.opts.Warn(msg)
	}
}

// article converts the article node and drops the dek when readability
// kept it in the body (convert then adds the lead figure).
func (c *converter) article(body *html.Node, p *page, m *content.Meta) []content.Block {
	if c.linkBase == nil {
		// A saved page: resolve links against the address it came from.
		for _, u := range []string{p.savedFrom, m.SourceURL} {
			if content.IsExternalURL(u) {
				c.linkBase, _ = url.Parse(u)
				break
			}
		}
	}
	if m.SourceURL != "" {
		c.self = stripFragment(m.SourceURL)
	}
	c.title = normText(m.Title)
	c.byNames = m.Authors
	c.fn = findFootnotes(body)
	c.toc = findPageTOCs(body)
	joinDropCaps(body)
	blocks := dropEmptyTail(dropEmptySections(dropNavTail(c.blocks(body, 0)), c.emptied))
	blocks = dropLeading(blocks, m.Subtitle)
	blocks = dropDateLines(dropHeadFurniture(dropKicker(blocks, p.kicker), m), !m.Date.IsZero())
	blocks = boldHeadings(dropToolLines(joinIcons(blocks)))
	return blocks
}

// builder collects the blocks of one container: complete blocks, the
// inlines of the paragraph being built, and figures met inside it (placed
// after it).
type builder struct {
	out       []content.Block
	para      []content.Inline
	figs      []content.Block
	space     bool // the last inline text ended with white space (or nothing yet)
	noFigures bool // inside a table cell or caption: images become their text
}

func newBuilder() *builder { return &builder{space: true} }

func (b *builder) flush() {
	if ins := trimInlines(b.para); len(ins) > 0 {
		b.out = append(b.out, &content.Paragraph{Inlines: ins})
	}
	b.out = append(b.out, b.figs...)
	b.para, b.figs, b.space = nil, nil, true
}

func (b *builder) add(blocks ...content.Block) {
	b.flush()
	b.out = append(b.out, blocks...)
}

// blocks converts the children of n.
func (c *converter) blocks(n *html.Node, depth int) []content.Block {
	b := newBuilder()
	c.children(n, b, depth)
	b.flush()
	return b.out
}

func (c *converter) children(n *html.Node, b *builder, depth int) {
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if c.stop.Stopped() {
			return
		}
		c.node(k, b, depth+1)
	}
}

// node converts one node in block context.
func (c *converter) node(n *html.Node, b *builder, depth int) {
	switch {
	case depth > c.opts.MaxDepth:
		b.para = appendText(b.para, collapse(textOf(n))+" ", &b.space)
	case n.Type != html.ElementNode:
		b.para = append(b.para, c.inline(n, b, depth)...)
	case !c.dropped(n):
		c.element(n, b, depth)
	}
}

// dropped reports whether element n is left out: already converted,
// furniture (a notes list or the page's table of contents: the last
// heading then counts as emptied), or hidden.
func (c *converter) dropped(n *html.Node) bool {
	if c.used[n] {
		return true
	}
	if c.fn.skip[n] || c.toc[n] {
		if c.lastHeading != nil {
			if c.emptied == nil {
				c.emptied = map[*content.Heading]bool{}
			}
			c.emptied[c.lastHeading] = true
		}
		return true
	}
	return skipped(n) && !isEmbed(tag(n)) || isToggle(n)
}

// toggleClassRE and toggleTextRE mark a button that shows or hides part of
// the page, set as text: NPR's "hide caption" and "toggle caption" under
// each picture (<b class="toggle-caption">toggle caption</b>).
var (
	toggleClassRE = lazyre.New(`(?i)(?:^|[\s_-])(?:toggle|hide|show|expand|collapse)(?:$|[\s_-])`)
	toggleTextRE  = lazyre.New(`(?i)^(?:hide|toggle|show|expand|collapse)(?:\s+\p{L}+)?$`)
)

// isToggle reports an element that is such a button: its class names the
// action, and its text is the action and at most one more word.
func isToggle(n *html.Node) bool {
	if n.Type != html.ElementNode || !toggleClassRE.MatchString(attr(n, "class")) {
		return false
	}
	return toggleTextRE.MatchString(collapse(textOf(n)))
}

// element converts a block-level element by its tag.
func (c *converter) element(n *html.Node, b *builder, depth int) {
	switch tag(n) {
	case atom.P, atom.Address, atom.Center:
		c.paragraph(n, b, depth)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c.heading(n, b, depth)
	case atom.Blockquote:
		c.quote(n, b, depth)
	case atom.Ul, atom.Ol, atom.Menu:
		c.list(n, b, depth)
	case atom.Dl:
		c.definitions(n, b, depth)
	case atom.Pre:
		b.add(&content.CodeBlock{Lang: codeLang(n), Text: preText(n)})
	case atom.Hr:
		b.add(&content.Rule{})
	case atom.Figure:
		c.figureBlock(n, b, depth)
	case atom.Table:
		c.table(n, b, depth)
	case atom.Iframe, atom.Video, atom.Audio:
		if p := c.embed(n); p != nil {
			b.add(p)
		}
	case atom.Details:
		c.container(n, b, depth)
	case atom.Summary, atom.Figcaption, atom.Caption:
		c.looseCaption(n, b, depth)
	default:
		c.other(n, b, depth)
	}
}

// paragraph converts a <p> (or <address>, <center>): a date line near the
// top and a caption box are left to the metadata and figures.
func (c *converter) paragraph(n *html.Node, b *builder, depth int) {
	if c.paras < 3 && isDateLine(n) || c.captionBox(n, b) {
		return
	}
	c.container(n, b, depth)
	c.paras++
}

// container converts an element whose children are blocks of their own.
// Each child leaves n once converted (no caller looks into n again), so
// that the collector can have a large page's nodes while the model grows.
func (c *converter) container(n *html.Node, b *builder, depth int) {
	b.flush()
	for k := n.FirstChild; k != nil; {
		if c.stop.Stopped() {
			break
		}
		c.node(k, b, depth+1)
		next := k.NextSibling
		if k.Parent == n {
			n.RemoveChild(k)
		}
		k = next
	}
	b.flush()
}

// quote converts a <blockquote>, with its cite line when it has one.
func (c *converter) quote(n *html.Node, b *builder, depth int) {
	if blocks := c.blocks(n, depth); len(blocks) > 0 {
		if cite := c.quoteCite(n, depth); cite != nil {
			blocks = append(blocks, cite)
		}
		b.add(&content.Quote{Blocks: blocks})
	}
}

// looseCaption converts a <summary>, or a caption without its picture or table,
// as a paragraph of its own: bold for a summary, italic for a caption.
func (c *converter) looseCaption(n *html.Node, b *builder, depth int) {
	b.flush()
	ins := c.inlineChildren(n, b, depth)
	if ins = trimInlines(ins); len(ins) > 0 {
		var in content.Inline = &content.Emph{Inlines: ins}
		if tag(n) == atom.Summary {
			in = &content.Strong{Inlines: ins}
		}
		b.add(&content.Paragraph{Inlines: []content.Inline{in}})
	}
}

// other converts an element of no particular block meaning: a <div> that is
// a date line or a caption box, a block container, or inline content.
func (c *converter) other(n *html.Node, b *builder, depth int) {
	if tag(n) == atom.Div && (c.paras < 3 && isDateLine(n) || c.captionBox(n, b)) {
		return
	}
	if isBlockContainer(tag(n)) {
		c.container(n, b, depth)
		return
	}
	b.para = append(b.para, c.inline(n, b, depth)...)
}

func (c *converter) heading(n *html.Node, b *builder, depth int) {
	ins := trimInlines(c.inlineChildren(n, newBuilder(), depth))
	text := normText(content.PlainText(ins))
	if text == "" || text == c.title {
		return
	}
	c.lastHeading = &content.Heading{Level: headingLevel[tag(n)], Inlines: ins}
	b.add(c.lastHeading)
}

// dropKicker removes the first block when it is the page's kicker, the
// label printed just before the title ("Press release", "Opinion").
func dropKicker(blocks []content.Block, kicker string) []content.Block {
	if kicker == "" || len(blocks) < 2 {
		return blocks
	}
	switch blocks[0].(type) {
	case *content.Paragraph, *content.Heading: // a heading: Ars Technica's <h4 class="post-upperdek">Tech —</h4>
		if collapse(content.PlainText(content.BlockInlines(blocks[0])[0])) == kicker {
			return blocks[1:]
		}
	}
	return blocks
}

// joinIcons puts a paragraph that is only an icon, as callout boxes print
// one beside their text ("💡", "⚠️"), at the start of the paragraph that
// follows, so it is neither lost nor a line of its own.
func joinIcons(blocks []content.Block) []content.Block {
	out := blocks[:0]
	for i := 0; i < len(blocks); i++ {
		p, ok := blocks[i].(*content.Paragraph)
		if ok && i+1 < len(blocks) && isIcon(content.PlainText(p.Inlines)) {
			if next, ok := blocks[i+1].(*content.Paragraph); ok {
				icon := strings.TrimSpace(content.PlainText(p.Inlines))
				next.Inlines = append(content.T(icon+" "), next.Inlines...)
				continue
			}
		}
		out = append(out, blocks[i])
	}
	return out
}

// isIcon reports text of at most three symbols (emoji with their
// variation selectors and joiners), without letters, digits or
// punctuation.
func isIcon(s string) bool {
	s = strings.TrimSpace(s)
	symbols := 0
	for _, r := range s {
		switch {
		case r == 0xFE0F || r == 0x200D || unicode.Is(unicode.Sk, r) && r >= 0x1F3FB && r <= 0x1F3FF:
		case unicode.Is(unicode.So, r):
			symbols++
		default:
			return false
		}
	}
	return symbols > 0 && symbols <= 3
}

// quoteCiteRE marks the element that attributes a quotation when it is
// printed after the <blockquote> instead of inside it.
var quoteCiteRE = lazyre.New(`(?i)(?:^|[\s_-])(?:cite|citation|quote-?cite|attribution|quote-?author|quote-?source)(?:$|[\s_-])`)

// quoteCite returns the attribution printed right after the blockquote q,
// as component frameworks do ("<blockquote>…</blockquote><div
// class="RichText_quoteCite__x">— Priya Natarajan</div>"), as an
// emphasised paragraph for the quote; the element is then used up. Nil
// when the next element is not classed so or is longer than 200 bytes.
func (c *converter) quoteCite(q *html.Node, depth int) *content.Paragraph {
	k := nextNonSpace(q)
	if k == nil || k.Type != html.ElementNode || !quoteCiteRE.MatchString(attr(k, "class")) || len(collapse(textOf(k))) > 200 {
		return nil
	}
	b := newBuilder()
	b.noFigures = true
	ins := trimInlines(c.inlineChildren(k, b, depth))
	if len(ins) == 0 {
		return nil
	}
	c.use(k)
	return &content.Paragraph{Inlines: []content.Inline{&content.Emph{Inlines: ins}}}
}

// nextNonSpace returns what follows n, white space aside: an element, text
// or a comment; nil at the end of n's parent.
func nextNonSpace(n *html.Node) *html.Node {
	k := n.NextSibling
	for k != nil && k.Type == html.TextNode && strings.TrimSpace(k.Data) == "" {
		k = k.NextSibling
	}
	return k
}

// use marks the element n as converted already, as part of the block
// before it (a quote's attribution, a picture's credit): dropped and
// inline then leave it out.
func (c *converter) use(n *html.Node) {
	if n == nil {
		return
	}
	if c.used == nil {
		c.used = map[*html.Node]bool{}
	}
	c.used[n] = true
}

// isKicker reports whether s reads as a section label, not a sentence.
func isKicker(s string) bool {
	s = collapse(s)
	if s == "" || len(s) > 40 || len(strings.Fields(s)) > 4 || strings.ContainsAny(s, ".!?:;,") {
		return false
	}
	return !strings.ContainsFunc(s, unicode.IsDigit)
}

var headingLevel = map[atom.Atom]int{atom.H1: 1, atom.H2: 2, atom.H3: 3, atom.H4: 4, atom.H5: 5, atom.H6: 6}

func (c *converter) list(n *html.Node, b *builder, depth int) {
	l := &content.List{Ordered: tag(n) == atom.Ol}
	if start, err := strconv.Atoi(attr(n, "start")); err == nil && l.Ordered && start != 1 {
		l.Start = start
	}
	var loose []content.Block // content outside <li>: its own item
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if k.Type == html.ElementNode && tag(k) == atom.Li {
			if c.fn.items[attr(k, "id")] == k {
				continue // a footnote: it became a note
			}
			if len(loose) > 0 {
				l.Items, loose = append(l.Items, loose), nil
			}
			if item := c.blocks(k, depth+1); len(item) > 0 {
				l.Items = append(l.Items, item)
			}
			continue
		}
		sub := newBuilder()
		c.node(k, sub, depth+1)
		sub.flush()
		loose = append(loose, sub.out...)
	}
	if len(loose) > 0 {
		l.Items = append(l.Items, loose)
	}
	if len(l.Items) > 0 {
		b.add(l)
	}
}

// definitions turns <dl> into a definition list: each <dt> starts an
// item, each <dd> adds a definition to the last one (a <dd> before any
// <dt> gets an empty term). Other content inside goes before the list.
func (c *converter) definitions(n *html.Node, b *builder, depth int) {
	b.flush()
	dl := &content.DefList{}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		switch {
		case k.Type == html.ElementNode && tag(k) == atom.Dt:
			if ins := trimInlines(c.inlineChildren(k, b, depth+1)); len(ins) > 0 {
				dl.Items = append(dl.Items, content.DefItem{Term: ins})
			}
		case k.Type == html.ElementNode && tag(k) == atom.Dd:
			def := c.blocks(k, depth+1)
			if len(def) == 0 {
				continue
			}
			if len(dl.Items) == 0 {
				dl.Items = append(dl.Items, content.DefItem{})
			}
			it := &dl.Items[len(dl.Items)-1]
			it.Defs = append(it.Defs, def)
		default:
			c.node(k, b, depth+1)
		}
	}
	b.flush()
	if len(dl.Items) > 0 {
		b.add(dl)
	}
}

// skipped reports elements whose content is not article text.
func skipped(n *html.Node) bool {
	switch tag(n) {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object,
		atom.Embed, atom.Video, atom.Audio, atom.Canvas, atom.Svg, atom.Form, atom.Input,
		atom.Button, atom.Select, atom.Textarea, atom.Nav, atom.Head, atom.Meta, atom.Link,
		atom.Title, atom.Dialog, atom.Map, atom.Area, atom.Source, atom.Track, atom.Rt, atom.Rp,
		atom.Annotation, atom.AnnotationXml:
		return true
	}
	return hiddenByMarkup(n) || isNavbox(n) || isClutter(n)
}

// hiddenByMarkup reports an element its attributes hide from readers:
// the hidden attribute, aria-hidden, or a class of page tools and
// screen-reader text (chromeClassRE).
func hiddenByMarkup(n *html.Node) bool {
	_, hidden := attrOK(n, "hidden")
	return hidden || attr(n, "aria-hidden") == "true" || chromeClassRE.MatchString(attr(n, "class"))
}

// chromeClassRE marks page tools inside the article: edit links, heading
// permalinks, a caption's show and hide buttons (NPR's "hide caption",
// "toggle caption"), text for screen readers only.
var chromeClassRE = lazyre.New(`(?i)(?:^|\s)(?:mw-editsection|editsection|edit-?link|headerlink|heading-?anchor|anchor-?link|permalink|(?:hide|show|toggle|expand|collapse)-?caption|screen-reader-text|sr-only|visually-hidden|visuallyhidden|mw-cite-backlink|noprint|no-print|hidden-print|print-hidden|d-print-none)(?:$|\s)`)

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// isEmbed reports the players converted to a link (see embed).
func isEmbed(a atom.Atom) bool { return a == atom.Iframe || a == atom.Video || a == atom.Audio }

func isBlockContainer(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer, atom.Aside,
		atom.Fieldset, atom.Hgroup, atom.Body, atom.Html, atom.Picture, atom.Li, atom.Dd, atom.Dt,
		atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th:
		return true
	}
	return false
}

var langPrefixes = []string{"language-", "lang-", "highlight-", "sourcecode-", "brush:"}

// codeLang finds a language hint in the class of a <pre> or its <code>.
func codeLang(n *html.Node) string {
	classes := attr(n, "class") + " " + attr(n, "data-lang")
	if code := firstChildElement(n, atom.Code); code != nil {
		classes += " " + attr(code, "class")
	}
	for _, cl := range strings.Fields(strings.ToLower(classes)) {
		for _, p := range langPrefixes {
			if l, ok := strings.CutPrefix(cl, p); ok && l != "" {
				return l
			}
		}
	}
	return strings.TrimSpace(attr(n, "data-lang"))
}

// preText returns preformatted text: <br> as newlines, no trailing newline.
func preText(n *html.Node) string {
	var sb strings.Builder
	for d := range n.Descendants() {
		switch {
		case d.Type == html.TextNode:
			sb.WriteString(d.Data)
		case d.Type == html.ElementNode && tag(d) == atom.Br:
			sb.WriteByte('\n')
		case preParagraph(n, d) && sb.Len() > 0 && !strings.HasSuffix(sb.String(), "\n"):
			sb.WriteByte('\n')
		}
	}
	return strings.TrimRight(strings.ReplaceAll(sb.String(), "\r\n", "\n"), "\n \t")
}

// preParagraph reports whether d is a paragraph of code block pre, set
// on lines of its own: a child element with an id, right after another
// (Medium writes each paragraph of a code block so: <pre><span
// id="349d">…</span><span id="efc1">// Method call…</span></pre>, the
// spans set as blocks by its style sheet).
func preParagraph(pre, d *html.Node) bool {
	prev := d.PrevSibling
	return d.Parent == pre && d.Type == html.ElementNode && attr(d, "id") != "" &&
		prev != nil && prev.Type == html.ElementNode && attr(prev, "id") != ""
}

func firstChildElement(n *html.Node, a atom.Atom) *html.Node {
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if k.Type == html.ElementNode && tag(k) == a {
			return k
		}
	}
	return nil
}

// dropLeading removes the first paragraph or heading that repeats text
// (the dek).
func dropLeading(blocks []content.Block, text string) []content.Block {
	if text == "" {
		return blocks
	}
	for i, b := range blocks[:min(len(blocks), 4)] {
		switch b.(type) {
		case *content.Paragraph, *content.Heading:
			if normText(content.PlainText(content.BlockInlines(b)[0])) == normText(text) {
				return append(blocks[:i:i], blocks[i+1:]...)
			}
		}
	}
	return blocks
}

// dropDateLines removes a publication date printed as its own paragraph
// among the first blocks, and a "Published 8 February 2024" line ending
// the body when the metadata has a date (a bare date there may be a
// letter's).
func dropDateLines(blocks []content.Block, dated bool) []content.Block {
	if n := len(blocks); n > 1 && dated {
		if p, ok := blocks[n-1].(*content.Paragraph); ok {
			t := collapse(content.PlainText(p.Inlines))
			if _, labelled := article.CutDateLabel(t); labelled && dateOnly(t) {
				blocks = blocks[:n-1]
			}
		}
	}
	for i := 0; i < min(len(blocks), 4); i++ {
		if p, ok := blocks[i].(*content.Paragraph); ok && dateOnly(collapse(content.PlainText(p.Inlines))) {
			return append(blocks[:i:i], blocks[i+1:]...)
		}
	}
	return blocks
}

// normText folds text for comparisons: lower case, single spaces.
func normText(s string) string { return strings.ToLower(collapse(s)) }

func stripFragment(u string) string {
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	return strings.TrimSuffix(u, "/")
}

// dateOnly reports whether s is only a date (article.ReadDateLine).
func dateOnly(s string) bool {
	_, ok := article.ReadDateLine(s)
	return ok
}

// dropCapClassRE marks an element that sets an article's first letter as
// a drop cap ("dropcap", "drop-cap", the New York Times' "g-drop").
var dropCapClassRE = lazyre.New(`(?i)(?:^|[\s_-])(?:drop-?cap|drop|initial-?letter|first-?letter|versal)(?:$|[\s_-])`)

// oneLetterWords are the letters that are words by themselves in the
// languages offprint knows ("A dog", "I went", "Y luego", "E poi", "W
// domu"): a drop cap of one of them, then a space, stays apart.
const oneLetterWords = "AIOYEÉÀUWZ"

// joinDropCaps joins each drop cap to the rest of its word: a page that
// sets "T" apart, then a space, then "he Smithsonian's", shows "The
// Smithsonian's" (the cap floats, the space opens a line and vanishes),
// and the text should read so. The cap is one or two letters in an
// element whose class names a drop cap, followed by white space and a
// lower-case letter or a word in capitals ("W ASHINGTON"); a cap that is
// a word by itself (oneLetterWords) stays apart.
func joinDropCaps(body *html.Node) {
	for d := range body.Descendants() {
		if d.Type != html.ElementNode || !dropCapClassRE.MatchString(attr(d, "class")) {
			continue
		}
		if t := strings.TrimSpace(textOf(d)); t == "" || utf8.RuneCountInString(t) > 2 || !strings.ContainsFunc(t, unicode.IsLetter) ||
			utf8.RuneCountInString(t) == 1 && strings.ContainsRune(oneLetterWords, unicode.ToUpper(firstRune(t))) {
			continue
		}
		space := d.NextSibling
		if space == nil || space.Type != html.TextNode || strings.TrimSpace(space.Data) != "" && !unicode.IsSpace(firstRune(space.Data)) {
			continue
		}
		rest := strings.TrimLeftFunc(space.Data, unicode.IsSpace)
		next := space
		if rest == "" {
			next = space.NextSibling
			if next == nil {
				continue
			}
			rest = strings.TrimLeftFunc(textOf(next), unicode.IsSpace)
		}
		if !unicode.IsLower(firstRune(rest)) && !capsWord(rest) {
			continue
		}
		space.Data = strings.TrimLeftFunc(space.Data, unicode.IsSpace)
	}
}

// capsWord reports whether s opens with a word of two capitals or more
// ("ASHINGTON —" after a drop cap "W").
func capsWord(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return n >= 2 && !unicode.IsLetter(r)
		}
		n++
	}
	return n >= 2
}

// firstRune returns the first rune of s, or 0.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
