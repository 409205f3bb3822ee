package html

import (
	"encoding/json"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/content/image"
	"github.com/offprint/offprint/internal/lazyre"
)

// page is what Read learns from the whole, unmodified page before
// readability cleans it: metadata readability does not expose, and nodes
// it may drop (the dek, the lead figure).
type page struct {
	body      *html.Node
	lang      string
	title     string            // <title>
	h1        string            // text of the first <h1>
	h2s       []string          // texts of the first <h2> (maxTitleH2s), for a headline set in one
	metas     map[string]string // lower-case name or property -> first content
	tags      []string          // article:tag values
	canonical string            // <link rel=canonical>
	savedFrom string            // URL recorded by the browser or SingleFile when saving
	times     []string          // datetime attributes of <time>, in order
	itemDates []string          // schema.org microdata's datePublished values, in order
	dateTexts []string          // texts of the date-classed elements above the article's text (maxDateTexts)
	dek       string            // text of the standfirst, if marked up as one
	lead      *html.Node        // the first <figure> of the article, if before its text
	article   *html.Node        // the first <article> element
	articles  int               // how many <article> elements the page has
	jsonLD    []map[string]any  // JSON-LD objects (flattened @graph)
	qa        qa                // the question and answer of a QAPage
	kicker    string            // a label printed just before the first <h1>
}

var (
	savedFromRE  = lazyre.New(`(?i)saved from url=\(\d+\)(\S+)`)
	singleFileRE = lazyre.New(`(?im)^\s*url:\s*(https?://\S+)`)
	dekClassRE   = lazyre.New(`(?i)(?:^|[\s_-])(?:dek|deck|standfirst|sub-?title|sub-?head(?:line|ing)?|strapline|summary|lede|article-?description|intro|excerpt|teaser|lead-?(?:paragraph|text)|chapeau|chapo)(?:$|[\s_-])`)
)

// scanPage walks the page once, collecting what page describes.
func scanPage(root *html.Node) *page {
	p := &page{metas: map[string]string{}}
	var sawText bool // a paragraph of article text has been seen
	var walk func(n *html.Node, depth int, saw *bool)
	walk = func(n *html.Node, depth int, saw *bool) {
		if depth > DefaultMaxDepth*2 {
			return
		}
		switch n.Type {
		case html.CommentNode:
			p.comment(n.Data)
		case html.ElementNode:
			if saw == &sawText && isClutter(n) {
				// A cookie banner's or promo's text is not the
				// article's: it must not end the search for the
				// dek and the lead figure.
				saw = new(bool)
			}
			if !p.element(n, saw) {
				return
			}
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			walk(k, depth+1, saw)
		}
	}
	walk(root, 0, &sawText)
	return p
}

func (p *page) comment(data string) {
	if p.savedFrom != "" {
		return
	}
	if m := savedFromRE.FindStringSubmatch(data); m != nil {
		p.savedFrom = m[1]
	} else if strings.Contains(data, "SingleFile") {
		if m := singleFileRE.FindStringSubmatch(data); m != nil {
			p.savedFrom = m[1]
		}
	}
}

// element records what n says about the page and reports whether to look
// inside it.
func (p *page) element(n *html.Node, sawText *bool) bool {
	if len(n.Attr) > 0 {
		p.qaItem(n)
		p.itemDate(n)
		if !*sawText {
			p.dateText(n)
		}
	}
	switch tag(n) {
	case atom.Html:
		p.lang = attr(n, "lang")
		if p.lang == "" {
			p.lang = attr(n, "xml:lang")
		}
	case atom.Body:
		p.body = n
	case atom.Article:
		if p.articles++; p.article == nil {
			p.article = n
		}
	case atom.Title:
		if p.title == "" {
			p.title = collapse(textOf(n))
		}
		return false
	case atom.Meta:
		p.meta(n)
	case atom.Link:
		if strings.EqualFold(attr(n, "rel"), "canonical") && p.canonical == "" {
			p.canonical = attr(n, "href")
		}
	case atom.Script:
		if strings.EqualFold(attr(n, "type"), "application/ld+json") {
			p.addJSONLD(childText(n)) // textOf leaves out scripts
		}
		return false
	case atom.Style, atom.Noscript, atom.Template:
		return false
	case atom.H1:
		if p.h1 == "" && !hiddenHeading(n) {
			p.h1 = collapse(textOf(n))
			p.kicker = kickerBefore(n)
		}
	case atom.Time:
		p.timeDate(n)
	case atom.Figure:
		if p.lead == nil && !*sawText && findImage(n) != nil {
			p.lead = n
		}
	case atom.P:
		t := collapse(textOf(n))
		if p.dek == "" && !*sawText && dekClassRE.MatchString(attr(n, "class")) && !isBox(n) && isDek(n, t) {
			p.dek = t
			return false
		}
		if len(t) >= 120 {
			*sawText = true
		}
	case atom.H2, atom.Div, atom.Span:
		if tag(n) == atom.H2 && len(p.h2s) < maxTitleH2s && !hiddenHeading(n) {
			p.h2s = append(p.h2s, collapse(textOf(n)))
		}
		if p.dek == "" && !*sawText && (dekClassRE.MatchString(attr(n, "class")+" "+attr(n, "itemprop")) || tag(n) == atom.H2 && attr(n, "itemprop") == "description") {
			if t := dekOf(n); t != "" {
				p.dek = t
				p.datesIn(n) // the box of the dek may hold the date (lacuarta's "story-subtitle")
				return false
			}
		}
	}
	return true
}

// datesIn records the dates of the <time> elements and microdata under
// n, an element the scan does not look inside.
func (p *page) datesIn(n *html.Node) {
	for d := range n.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		p.itemDate(d)
		if tag(d) == atom.Time {
			p.timeDate(d)
		}
	}
}

// timeDate records the datetime attribute of n, a <time>.
func (p *page) timeDate(n *html.Node) {
	if dt := attr(n, "datetime"); dt != "" {
		p.times = append(p.times, dt)
	}
}

// dateClassRE matches the class of an element that prints the
// publication date ("date", "post-date", "entry-date", "datum",
// "date-update-wrapper", "fecha", "published").
var dateClassRE = lazyre.New(`(?i)(?:^|[\s_-])(?:date|datum|fecha|data|published|pubdate|postdate|entrydate|timestamp|datetime|dateline)(?:$|[\s_-])`)

// maxDateTexts and maxDateText bound the printed dates the scan records
// (dateText, and itemDate's microdata), and their length in bytes.
const (
	maxDateTexts = 4
	maxDateText  = 80
)

// dateText records the text of n when its class says it prints a date
// and it is short: a date the page gives no machine form of ("02.12.2022",
// "Erstellt am: 30.01.2022", "Pressemitteilung vom 20.01.2022"), read by
// pageDate after the machine dates.
func (p *page) dateText(n *html.Node) {
	if len(p.dateTexts) >= maxDateTexts || !dateClassRE.MatchString(attr(n, "class")) {
		return
	}
	if t := collapse(textOf(n)); t != "" && len(t) <= maxDateText {
		p.dateTexts = append(p.dateTexts, t)
	}
}

// itemDate records the publication date that schema.org microdata gives
// on n ("<meta itemprop="datePublished" content="2019-11-20T10:43Z">",
// "<time itemprop="datePublished" datetime=…>", "<span
// itemprop="datePublished">14. Januar 2022</span>"), from its content,
// datetime or value attribute, else its text.
func (p *page) itemDate(n *html.Node) {
	if !slices.Contains(strings.Fields(attr(n, "itemprop")), "datePublished") || len(p.itemDates) >= maxDateTexts {
		return
	}
	for _, key := range []string{"content", "datetime", "value"} {
		if v := strings.TrimSpace(attr(n, key)); v != "" {
			p.itemDates = append(p.itemDates, v)
			return
		}
	}
	if t := collapse(textOf(n)); t != "" && len(t) <= maxDateText {
		p.itemDates = append(p.itemDates, t)
	}
}

func (p *page) meta(n *html.Node) {
	key := strings.ToLower(attr(n, "property"))
	if key == "" {
		key = strings.ToLower(attr(n, "name"))
	}
	if key == "" {
		key = strings.ToLower(attr(n, "http-equiv"))
	}
	val := strings.TrimSpace(attr(n, "content"))
	if val == "" {
		val = strings.TrimSpace(attr(n, "value")) // <meta name="og:site_name" value="the Guardian">, as the Guardian writes it
	}
	if key == "" || val == "" {
		return
	}
	if key == "article:tag" {
		p.tags = append(p.tags, val)
	}
	if _, ok := p.metas[key]; !ok {
		p.metas[key] = val
	}
}

func (p *page) addJSONLD(text string) {
	var v any
	data := []byte(strings.TrimSpace(text))
	if err := json.Unmarshal(data, &v); err != nil {
		if err := json.Unmarshal(escapeControls(data), &v); err != nil {
			return
		}
	}
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				add(x, depth+1)
			}
		case map[string]any:
			if g, ok := v["@graph"]; ok {
				add(g, depth+1)
				return
			}
			p.jsonLD = append(p.jsonLD, v)
		}
	}
	add(v, 0)
}

// ldArticle returns the JSON-LD object describing the article, or nil.
func (p *page) ldArticle() map[string]any {
	for _, o := range p.jsonLD {
		for _, t := range jsonStrings(o["@type"]) {
			if strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "Posting") || t == "Report" {
				return o
			}
		}
	}
	return nil
}

// jsonStrings returns a JSON-LD value as strings: a string, a list of
// strings, or the "name" of objects.
func jsonStrings(v any) []string {
	switch v := v.(type) {
	case string:
		if s := strings.TrimSpace(v); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, jsonStrings(x)...)
		}
		return out
	case map[string]any:
		return jsonStrings(v["name"])
	}
	return nil
}

// kickerBefore returns the text of the element just before the title
// heading h1 when it reads as a label (isKicker), else "".
func kickerBefore(h1 *html.Node) string {
	k := h1.PrevSibling
	for k != nil && k.Type != html.ElementNode {
		if k.Type == html.TextNode && strings.TrimSpace(k.Data) != "" {
			return ""
		}
		k = k.PrevSibling
	}
	if k == nil {
		return ""
	}
	if t := collapse(textOf(k)); isKicker(t) {
		return t
	}
	return ""
}

// isDek reports whether n, whose class names a dek, holds one: 20 to 500
// bytes of text that is not mostly a link (a "teaser" card linking to
// another story is no dek), nor a picture's credit ("Patrick Semansky,
// ASSOCIATED PRESS", "Credit: lili sams/mashable"), a cookie notice, a
// breadcrumb trail ("Homepage » Militär » …"), or markup printed as text
// ("<img alt=… src=…"). Whether n is a box of parts is isBox's to say.
func isDek(n *html.Node, text string) bool {
	if len(text) < 20 || len(text) > 500 || inPromo(n) || rawTagRE.MatchString(text) {
		return false
	}
	_, credit := image.SplitCredit(text)
	if credit != "" || image.IsCredit(text) && strings.ContainsAny(text, ",/") || strings.HasPrefix(text, "©") { // not a name alone
		return false // a picture's credit, or its caption ending with it ("Love thine enemy. Photo: …")
	}
	if inFigure(n) || captionClassRE.MatchString(attr(n, "class")) || opensWithDate(text) || article.HasReadingTime(text) ||
		newsletterRE.MatchString(text) && article.WordCount(text) <= maxCallWords {
		return false // a caption, a date line ("21.01.2022 Aktuelle Meldung"), a reading time, a sign-up ("Recevoir nos newsletters")
	}
	if consentTextRE.MatchString(text) && consentVerbRE.MatchString(text) || strings.Count(text, "»")+strings.Count(text, "›") >= 2 {
		return false // a cookie notice, a breadcrumb trail
	}
	return 2*len(collapse(linkText(n))) < len(text)
}

// maxCallWords is the most words of a call to sign up that isDek turns
// down.
const maxCallWords = 8

// newsletterRE matches the word of a newsletter's sign-up.
var newsletterRE = lazyre.New(`(?i)newsletter`)

// opensWithDate reports whether text opens with a full date.
func opensWithDate(text string) bool {
	ds := article.FindDates(text)
	return len(ds) > 0 && strings.TrimSpace(text[:ds[0].Start]) == ""
}

// inFigure reports whether n stands in a <figure> or is its caption.
func inFigure(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if t := tag(a); t == atom.Figure || t == atom.Figcaption {
			return true
		}
	}
	return false
}

// glued counts, up to 2, the places where the texts of two elements of n
// meet with no space between two letters or digits ("Molly Wood" "Ideas"
// "11.14.2019": "Molly WoodIdeas11.14.2019"): a layout box whose parts the
// style sheet sets apart, not one paragraph.
func glued(n *html.Node) int {
	count := 0
	var prev *html.Node
	for d := range n.Descendants() {
		if d.Type != html.TextNode || d.Data == "" {
			continue
		}
		if prev != nil && prev.Parent != d.Parent {
			a, _ := utf8.DecodeLastRuneInString(prev.Data)
			b, _ := utf8.DecodeRuneInString(d.Data)
			if isAlnum(a) && isAlnum(b) {
				if count++; count >= 2 {
					return count
				}
			}
		}
		prev = d
	}
	return count
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isBox reports whether n is a box of several blocks or of glued parts
// (a header holding the author, the date, the headline and share
// buttons, whose text runs together), not one standfirst.
func isBox(n *html.Node) bool { return blockCount(n) >= 3 || glued(n) >= 2 }

// dekOf returns the standfirst that n, classed as one, holds: its text,
// or when n is a box (isBox) of the standfirst's paragraph, the author
// and the date ("<div class="story-subtitle"><p>…</p><div
// class="story-author">…"), the text of its first paragraph. "" when
// neither is a dek.
func dekOf(n *html.Node) string {
	if !isBox(n) {
		if t := collapse(textOf(n)); isDek(n, t) {
			return t
		}
		return ""
	}
	if para := findElement(n, atom.P); para != nil && !isBox(para) {
		if t := collapse(textOf(para)); isDek(para, t) {
			return t
		}
	}
	return ""
}

// rawTagRE matches an HTML tag in text.
var rawTagRE = lazyre.New(`<(?:img|a|p|div|span|br)[\s/>]`)

// blockCount counts the block elements under n that hold text of their
// own, up to 3: text not inside a block of its own, in an inline element
// too (an author's name in its link, a date in its <span>).
func blockCount(n *html.Node) int {
	count := 0
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && isBlock(d) && hasOwnText(d) {
			if count++; count >= 3 {
				return count
			}
		}
	}
	return count
}

// isBlock reports a block element of blockCount: a container, a
// paragraph or a heading.
func isBlock(n *html.Node) bool {
	return isBlockContainer(tag(n)) || tag(n) == atom.P || isHeading(tag(n))
}

// hasOwnText reports whether n holds text outside its block descendants.
func hasOwnText(n *html.Node) bool {
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		switch {
		case k.Type == html.TextNode:
			if strings.TrimSpace(k.Data) != "" {
				return true
			}
		case k.Type == html.ElementNode && !isBlock(k) && hasOwnText(k):
			return true
		}
	}
	return false
}

// promoClassRE marks a newsletter's sign-up box, whose "dek" sells the
// newsletter ("NewsletterSubscribeFormDek": "Catch up every Saturday with
// 10 of our best-reviewed albums").
var promoClassRE = lazyre.New(`(?i)newsletter|subscri|sign-?up`)

// maxPromoDepth is how many of an element's ancestors inPromo looks at.
const maxPromoDepth = 6

// inPromo reports whether n, or one of its nearest ancestors, is a box
// that sells a newsletter or a subscription (promoClassRE names it by
// class or id).
func inPromo(n *html.Node) bool {
	for k := 0; n != nil && k <= maxPromoDepth; k, n = k+1, n.Parent {
		if n.Type == html.ElementNode && promoClassRE.MatchString(attr(n, "class")+" "+attr(n, "id")) {
			return true
		}
	}
	return false
}

// maxTitleH2s is how many <h2> of a page scanPage keeps for the title.
const maxTitleH2s = 8

// hiddenHeading reports a heading the page does not show: hidden by an
// attribute, by an inline style, or by a class that names it so (a site's
// name set in an <h1 class="hidden"> for search engines, over the
// article's real headline).
func hiddenHeading(n *html.Node) bool {
	if hiddenByMarkup(n) {
		return true
	}
	for c := range strings.FieldsSeq(strings.ToLower(attr(n, "class"))) {
		if c == "hidden" || c == "hide" || c == "invisible" {
			return true
		}
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// tag returns the element's atom from its name: readability renames
// elements (h1 to h2, div to p) without updating DataAtom.
func tag(n *html.Node) atom.Atom {
	if n.Type != html.ElementNode {
		return 0
	}
	return atom.Lookup([]byte(n.Data))
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text inside n, without scripts and styles
// (iteratively: no recursion limit).
func textOf(n *html.Node) string {
	if k := n.FirstChild; k != nil && k.NextSibling == nil && k.Type == html.TextNode {
		// One text child, as most paragraphs have: its text, uncopied.
		if t := tag(n); t == atom.Script || t == atom.Style {
			return ""
		}
		return k.Data
	}
	var sb strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode && (d.Parent == nil || (tag(d.Parent) != atom.Script && tag(d.Parent) != atom.Style)) {
			sb.WriteString(d.Data)
		}
	}
	return sb.String()
}

// childText returns the text of n's own text children: the source of a
// <script>.
func childText(n *html.Node) string {
	var sb strings.Builder
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if k.Type == html.TextNode {
			sb.WriteString(k.Data)
		}
	}
	return sb.String()
}

// collapse trims s and collapses runs of white space into one space
// (strings.Join(strings.Fields(s), " ")), without a copy when s, trimmed,
// has no such run: a paragraph's text is read so once per paragraph by
// scanPage and again by dropClutter.
func collapse(s string) string {
	s = strings.TrimSpace(s)
	if singleSpaced(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for f := range strings.FieldsSeq(s) {
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(f)
	}
	return sb.String()
}

// singleSpaced reports whether the only white space in s, trimmed, is
// single spaces (U+0020) between words.
func singleSpaced(s string) bool {
	space := false // the last byte was a space
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size
			space = false
			continue
		}
		switch c {
		case ' ':
			if space {
				return false
			}
			space = true
		case '\t', '\n', '\v', '\f', '\r':
			return false
		default:
			space = false
		}
		i++
	}
	return true
}

// escapeControls escapes the control characters that stand raw inside the
// strings of data, JSON that content systems write with the article's
// line breaks left in ("description": "two\nlines"), which a JSON
// parser rejects, and with it the page's date and authors. Outside
// strings nothing changes.
func escapeControls(data []byte) []byte {
	out := make([]byte, 0, len(data)+16)
	inString, escaped := false, false
	for _, c := range data {
		switch {
		case !inString:
			inString = c == '"'
		case escaped:
			escaped = false
		case c == '\\':
			escaped = true
		case c == '"':
			inString = false
		case c < 0x20:
			const hex = "0123456789abcdef"
			out = append(out, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
			continue
		}
		out = append(out, c)
	}
	return out
}
