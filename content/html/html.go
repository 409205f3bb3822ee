// Package html reads an HTML article — a saved web page, a SingleFile page
// with data: images, or a fetched URL — into the offprint document model.
//
// Read finds the main content with go-readability (a port of Mozilla's
// Readability.js), reads the metadata from the whole page (meta tags,
// JSON-LD, <time>, <html lang>, the "saved from" comment of browsers), then
// converts the cleaned DOM node by node into model blocks. Source HTML never
// passes through: only the constructs the model has survive, the rest keeps
// its text. Links stay content.Link values for the notes pass.
//
// The rules, each with a golden page under testdata/:
//
//   - Metadata: the title from readability (JSON-LD headline, og:title,
//     <title>), shortened to the page's <h1> when the title is that heading
//     plus the site name; the dek from an element classed dek, standfirst,
//     subtitle, excerpt, teaser, lead-paragraph… before the text (a
//     cookie banner's or promo's text does not count as text, and a box
//     that is mostly a link is no dek); authors from JSON-LD, the byline or meta
//     author ("By" and its translations removed); the date from meta tags,
//     JSON-LD or the first <time datetime>, as the publisher wrote it, else
//     a date printed in the byline; the language from <html lang>, meta or
//     og:locale; the site name from og:site_name, JSON-LD or the host; the
//     source URL from the canonical link, og:url, JSON-LD (mainEntityOfPage
//     as a URL or an object's @id or url, else url), the "saved from"
//     comment of browsers or SingleFile, or the page URL.
//   - Bylines: split into segments on "·", "•", "|" and spaced dashes; a
//     date segment gives the byline's date, the first other segment the
//     names ("by Ingrid Solberg · November 21, 2023"). Names are split on
//     " and ", " & ", and on commas only before another name-shaped part
//     of two to five capitalised words (particles like "van" allowed, no
//     digits or job titles): "By Henrik Aas, data editor" is one author
//     whose bio is the role; a single author keeps the role as bio. The
//     date segment may come first or last and carry a weekday ("By A,
//     Harbour Correspondent — Thursday, 14 March 2024", "14 March 2024 |
//     A").
//   - Body: headings (one repeating the title goes), paragraphs, quotes
//     (with an attribution printed right after them in an element classed
//     cite or attribution), lists, definition lists, code with its
//     language class, tables (layout tables are unwrapped), rules, figures
//     with caption and credit (an element classed credit, or a trailing
//     "Photo: …" or agency credit), wp-caption-style boxes (and any box
//     holding only an image and an element classed caption), embedded
//     players as a link, footnotes (pandoc, Hugo, Wikipedia) as notes.
//   - Left out: navigation, forms, scripts, hidden elements, elements
//     classed noprint, edit links and permalinks, a date line at the top
//     (and a "Published <date>" line at the end when the page is dated),
//     the kicker printed just before the title ("Press release": at most
//     four words, no digits or sentence punctuation),
//     the dek repeated in the body, and clutter boxes (under 600 bytes of
//     text, removed before readability runs): ad, sponsored, promo,
//     newsletter, share, call-to-action (cta), feedback and related
//     boxes named so by a whole word of their class, id, aria-label or
//     data-component/-module/-testid… value, or carrying data-ad* attributes, and boxes whose text opens
//     with an ad label ("Sponsored:", "Advertisement", "Anzeige") or is a
//     "Read more: <link>" line; cookie and consent banners, named so
//     (cookie-notice, consent, gdpr, cmp) or a box with a button whose
//     text asks to accept cookies. Prose that mentions ads ("Advertisement
//     revenue fell…", "Sponsored by the council, …") stays.
//   - Question-and-answer pages (qa.go): a page marking a schema.org
//     Question with microdata gives the question's text, a rule and the
//     accepted answer (else the most voted, else the first); votes,
//     comments and other answers go. A JSON-LD QAPage serves the same way
//     when there is no microdata.
//   - Head furniture (furniture.go): the author box opening the body (the
//     author's name or profile link, "Follow", reading time, clap and
//     response counters) goes; its profile link names the author when the
//     page does not.
//   - Navigation (navbox.go): navboxes and category lists, short "·"
//     link lists ending the body, and headings whose section held only a
//     notes list.
//   - Icons: a paragraph that is only one to three symbols (a callout's
//     "💡") opens the paragraph after it.
//   - Superscripts and subscripts become content.Super and content.Sub
//     (km², H₂O, 1st); a <sup> footnote call stays a note call, a linked
//     one a link. <s>, <del> and <strike> become content.Strike; <dl>
//     a content.DefList.
//   - Links: external links stay; links to the page itself, fragments,
//     javascript: and other schemes keep their text; relative links resolve
//     against the page URL (or the saved page's original address).
//   - Images: through package image, from the page's folder, data: URIs, or
//     over HTTP when FetchImages and a Client allow it; each address the
//     page gives (src, data-src…, srcset, data-srcset, a <picture>'s
//     sources) is tried in turn until one loads; a missing image
//     leaves its caption (or alt text) and a warning. Author photos (an
//     avatar or profile image, or an image whose alt text is an author's
//     name) outside a <figure> go. A lead <figure> that
//     readability dropped is put back first.
package html

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"unicode/utf8"

	readability "github.com/offprint/offprint/internal/readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/fetch"
	"github.com/offprint/offprint/internal/ctxcheck"
)

// Defaults used when an Options field is zero.
const (
	DefaultMaxBytes = 32 << 20 // 32 MiB of HTML
	DefaultMaxDepth = 512      // element nesting
)

// ErrNoArticle is returned when a page holds no readable text at all.
var ErrNoArticle = errors.New("no article text found in the page")

// Options configures Read. The zero value reads a page without loading any
// image and drops warnings.
type Options struct {
	BaseDir     string          // folder of a saved page: relative image paths resolve in it; "" = no local images
	BaseURL     string          // the page's URL (URL inputs): relative links and images resolve against it
	FetchImages bool            // allow http(s) images (URL inputs, --fetch-images); needs Client
	Client      *fetch.Client   // for remote images; nil = never use the network
	Context     context.Context // stops reading (Read fails with its error) and image requests once cancelled; nil = context.Background()
	ContentType string          // Content-Type header of a fetched page, for its charset; "" = sniff
	MaxBytes    int64           // largest input; 0 = DefaultMaxBytes
	MaxDepth    int             // deepest element nesting accepted; 0 = DefaultMaxDepth
	Warn        func(string)    // receives warnings (missing images…); nil = ignore
}

// Read parses an HTML page from r and returns its article. It fails when r
// cannot be read, is too large or too deeply nested, is not text, or holds
// no readable text.
func Read(r io.Reader, opts Options) (*content.Document, error) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxDepth <= 0 {
		opts.MaxDepth = DefaultMaxDepth
	}
	src, err := readInput(r, opts)
	if err != nil {
		return nil, err
	}
	depth := nestingDepth(ctxReader{opts.Context, bytes.NewReader(src)}, opts.MaxDepth)
	if err := ctxcheck.Err(opts.Context); err != nil {
		return nil, err
	}
	if depth > opts.MaxDepth {
		return nil, fmt.Errorf("read html: elements nested deeper than %d levels; is this a real page?", opts.MaxDepth)
	}
	var base *url.URL
	if opts.BaseURL != "" {
		var err error
		if base, err = url.Parse(opts.BaseURL); err != nil {
			return nil, fmt.Errorf("read html: base URL: %w", err)
		}
	}
	return convert(src, opts, base, len(src) >= reparseBytes)
}

// reparseBytes is the size from which a page is read lean (see convert).
const reparseBytes = 1 << 20

// convert parses the page src and converts its article. Read needs the
// page as it was for the lead figure, a question and answer, or the
// whole <article> (or the tables) when readability keeps too little of
// it; what it decides with is counted first (bodyFacts).
//
// Readability works on a copy of the page (and copies it again for each
// pass) unless lean is set: then it works on the parsed page itself,
// parses the page again only for a further pass, and the page is parsed
// a second time only when its own nodes turn out to be needed, after
// readability (the fallbacks, a question and answer) or after the
// conversion (a lead figure readability dropped). A large page thus has
// one tree at a time alive instead of three (a page of a million
// paragraphs: about 330 MB each). Both ways give the same document.
func convert(src []byte, opts Options, base *url.URL, lean bool) (*content.Document, error) {
	root, page, err := readPage(opts.Context, src)
	if err != nil {
		return nil, err
	}
	facts := page.facts()
	parser := readability.NewParser()
	parser.KeepClasses = true // code languages and caption credits live in classes
	parser.Context = opts.Context
	var article readability.Article
	if lean {
		page.forget()
		parser.Fresh = func() (*html.Node, error) { return parseClean(opts.Context, src) }
		article, err = parser.ParseAndMutate(root, base)
	} else {
		article, err = parser.ParseDocument(root, base)
	}
	if cerr := ctxcheck.Err(opts.Context); cerr != nil {
		return nil, cerr
	}
	if err != nil {
		return nil, fmt.Errorf("read html: %w", err)
	}
	c := newConverter(opts, base)
	doc := &content.Document{Meta: c.meta(page, article)}
	choice := c.chooseBody(article.Node, facts)
	if lean && (choice != useReadable || facts.qa) {
		if _, page, err = readPage(opts.Context, src); err != nil {
			return nil, err
		}
	}
	body := page.bodyFor(choice, article.Node)
	if facts.qa {
		body = page.qaBody()
	}
	if body == nil {
		return nil, fmt.Errorf("read html: %w", ErrNoArticle)
	}
	doc.Blocks = recipeIngredients(page, doc.Meta, c.article(body, page, &doc.Meta))
	site := page.siteOf(article, doc.Meta.SourceURL)
	doc.Blocks = headlineFromBody(&doc.Meta, doc.Blocks, site)
	doc.Meta.Title = trimSiteName(doc.Meta.Title, site)
	if c.stop.Err() == nil && facts.hasLead && !c.seen[facts.leadKey] {
		if page.lead == nil { // forgotten: parse the page again for it
			if _, page, err = readPage(opts.Context, src); err != nil {
				return nil, err
			}
		}
		if f := c.figure(page.lead); f != nil {
			doc.Blocks = append([]content.Block{f}, doc.Blocks...)
		}
	}
	if c.stop.Err() != nil {
		return nil, c.stop.Err()
	}
	doc.Notes = c.fn.notes
	if len(doc.Blocks) == 0 {
		return nil, fmt.Errorf("read html: %w", ErrNoArticle)
	}
	return doc, nil
}

// parseClean parses the page src and drops its clutter: the page
// readability is given.
func parseClean(ctx context.Context, src []byte) (*html.Node, error) {
	root, err := parse(ctx, src)
	if err != nil {
		return nil, err
	}
	dropClutter(root)
	return root, nil
}

// readPage parses the page src, scans it (scanPage) and drops its
// clutter: the tree and the page convert starts from, and what it
// parses again when a lean read needs the page's own nodes.
func readPage(ctx context.Context, src []byte) (*html.Node, *page, error) {
	root, err := parse(ctx, src)
	if err != nil {
		return nil, nil, err
	}
	p := scanPage(root)
	dropClutter(root)
	return root, p, nil
}

// parse parses the page src and folds the white space between its
// blocks into them (foldSpace); it stops with ctx's error once ctx is
// cancelled (the parser reads src a few kilobytes at a time).
func parse(ctx context.Context, src []byte) (*html.Node, error) {
	root, err := html.Parse(ctxReader{ctx, bytes.NewReader(src)})
	if cerr := ctxcheck.Err(ctx); cerr != nil {
		return nil, cerr
	}
	if err != nil {
		return nil, fmt.Errorf("read html: %w", err)
	}
	foldSpace(root)
	return root, nil
}

// ctxReader reads r until ctx is cancelled, then fails with ctx's error.
type ctxReader struct {
	ctx context.Context // nil: never cancelled
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := ctxcheck.Err(c.ctx); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// readInput reads at most MaxBytes of r and converts it to UTF-8.
func readInput(r io.Reader, opts Options) ([]byte, error) {
	src, err := io.ReadAll(io.LimitReader(r, opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read html: %w", err)
	}
	if int64(len(src)) > opts.MaxBytes {
		return nil, fmt.Errorf("read html: input is larger than %d bytes", opts.MaxBytes)
	}
	if looksBinary(src) {
		return nil, errors.New("read html: input is binary, not an HTML page")
	}
	enc, name, certain := charset.DetermineEncoding(src, opts.ContentType)
	if name == "utf-8" || enc == nil || (!certain && utf8.Valid(src)) {
		src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
		if !utf8.Valid(src) {
			// As a browser decodes it: a byte that is not UTF-8 reads as
			// U+FFFD, so no invalid text (in an href, say) reaches a writer.
			src = bytes.ToValidUTF8(src, []byte("\uFFFD"))
		}
		return src, nil
	}
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil {
		return nil, fmt.Errorf("read html: decode %s: %w", name, err)
	}
	return out, nil
}

// looksBinary reports whether the first bytes hold NULs (a binary file;
// UTF-16 pages start with a byte order mark and are allowed).
func looksBinary(src []byte) bool {
	if bytes.HasPrefix(src, []byte{0xfe, 0xff}) || bytes.HasPrefix(src, []byte{0xff, 0xfe}) {
		return false
	}
	return bytes.IndexByte(src[:min(len(src), 1024)], 0) >= 0
}

// nestingDepth estimates how deep the elements of r's page nest, with the
// tokenizer (linear time), stopping once limit is passed. The HTML parser
// is quadratic in the depth of its open-element stack, so a hostile page is
// refused before it is parsed. Elements whose end tag is optional or that
// are void are not counted.
func nestingDepth(r io.Reader, limit int) int {
	z := html.NewTokenizer(r)
	depth, deepest := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			name, _ := z.TagName()
			if !uncounted[string(name)] {
				depth++
				deepest = max(deepest, depth)
				if deepest > limit {
					return deepest
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if !uncounted[string(name)] && depth > 0 {
				depth--
			}
		}
	}
}

var uncounted = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
	"p": true, "li": true, "dt": true, "dd": true, "option": true, "optgroup": true, "tr": true,
	"td": true, "th": true, "thead": true, "tbody": true, "tfoot": true, "rt": true, "rp": true,
	"html": true, "head": true, "body": true, "colgroup": true, "caption": true,
}
