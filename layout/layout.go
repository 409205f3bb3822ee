// Package layout is offprint's print typesetter. It turns a document into
// positioned pages — text runs with font, size and position, rules,
// images, link areas and named destinations — that export/pdf only draws.
// It is pure Go: it shapes text with go-text/typesetting (HarfBuzz) in
// the faces of package fonts.
//
// The stages are plain functions in their own files:
//
//	itemize.go    inlines → boxes, glue and penalties (bidi.go: UAX #9
//	              levels; glyphs.go: a face for every character;
//	              french.go: French no-break spaces)
//	shape.go      text → glyphs, kerning and ligatures, cached per word
//	hyphenate.go  words → boxes cut at hyphenation points (layout/hyphen)
//	              and UAX #14 breaks between ideographs (segment.go)
//	linebreak.go  Knuth–Plass total-fit line breaking (firstfit.go: fallback)
//	setline.go    breaks → set lines, shaped (bidi.go: lines in visual
//	              order; emoji.go: colour emoji as pictures)
//	blocks.go     blocks → a vertical flow of lines, pictures, rows, space
//	paginate.go   flow → pages, every note at the foot of its call's page
//	              (shrink.go: spaces close up; balance.go: no lone last line)
//	assemble.go   pages → positioned Page values with running heads and folios
//	stream.go     the stages as a stream: each page goes to a Sink as soon
//	              as it is set, so memory holds a few pages, not all lines
//
// All lengths are fixed point (Length), so a layout, and its Dump, is the
// same on every machine.
package layout

import (
	"errors"
	"fmt"

	"github.com/go-text/typesetting/bidi"
	"github.com/go-text/typesetting/language"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/layout/hyphen"
)

// typesetter holds the state of one layout run.
type typesetter struct {
	g        geometry
	m        metrics
	sh       *shaper        // the shaping stage and its caches (shape.go)
	seg      segmenterState // UAX #14 line breaks (segment.go)
	bidiPara bidi.Paragraph // UAX #9 (bidi.go)
	sys      *fonts.System  // fonts of the machine, for characters the embedded faces lack; nil: none
	params   breakParams
	hyph     *hyphen.Hyphenator // nil: no hyphenation
	hcache   map[string][]int
	warned   map[rune]bool
	hangs    map[hangKey]Length // protrusion of a character in a look (protrude.go)
	// missingRunes are the characters the fonts lack, in order of first use.
	missingRunes []rune
	warnings     []string
	stats        Stats
	rtlDoc       bool   // the document's language is written right to left
	french       bool   // French spacing (french.go)
	lang         string // the language of the article (BCP 47)
	// paraRTL is the direction of the paragraph last itemized, which
	// setLines then sets (a paragraph is itemized and set in turn)
	paraRTL bool

	// per article
	doc       *content.Document
	flow      []element // the flow from element base on (earlier ones are on pages)
	base      int
	notes     map[int][]element
	prefix    string // destination name prefix ("" or "a2.")
	levels    []int  // open heading levels, for the outline
	baseLevel int    // outline level of the article itself (1 in a book)
	bookTitle bool   // the title is an outline entry (books)
	titled    bool   // the article's title is set (as H1)

	tree   structure    // the structure tree (structure.go)
	called map[int]bool // notes called by flow elements already dropped (stream.go)
	out    *pageOut     // where pages go (stream.go)
	room   int          // text blocks of flow wanted ahead of a page (roomPages; tests raise it)
}

func newTypesetter(style Style) (*typesetter, error) {
	g, err := style.resolve()
	if err != nil {
		return nil, err
	}
	m := loadMetrics(style.Faces)
	sys := style.Fallback
	if sys == nil && !style.NoSystemFonts {
		sys = fonts.DefaultSystem()
	}
	return &typesetter{
		g: g, m: m, params: defaultParams(g.FontSize), sh: newShaper(), sys: sys,
		hcache: map[string][]int{}, warned: map[rune]bool{}, hangs: map[hangKey]Length{},
		tree: newStructure(), room: roomPages,
	}, nil
}

// language picks the hyphenation patterns.
func (ts *typesetter) language(doc string) {
	lang := ts.g.Language
	if lang == "" {
		lang = doc
	}
	if lang == "" {
		lang = "en"
	}
	ts.rtlDoc, ts.french = rtlLanguage(lang), frenchLanguage(lang)
	ts.sh.lang = language.NewLanguage(lang)
	ts.lang = lang
	ts.hyph = nil
	if !ts.g.NoHyphenate {
		ts.hyph = hyphen.For(lang)
	}
}

// Layout typesets a document (after content.AssignIDs and
// content.NumberNotes) in the given style. It does not modify doc.
func Layout(doc *content.Document, style Style) (*Result, error) {
	res := &Result{}
	if err := layoutTo(doc, style, keepPages{res}, res); err != nil {
		return nil, err
	}
	return res, nil
}

// LayoutTo typesets a document like Layout but hands each page to sink
// as soon as it is set instead of keeping it: a long document then costs
// the memory of a few pages. The result has no Pages.
func LayoutTo(doc *content.Document, style Style, sink Sink) (*Result, error) {
	res := &Result{}
	if err := layoutTo(doc, style, sink, res); err != nil {
		return nil, err
	}
	return res, nil
}

func layoutTo(doc *content.Document, style Style, sink Sink, res *Result) error {
	if doc == nil {
		return errors.New("layout: no document")
	}
	ts, err := newTypesetter(style)
	if err != nil {
		return err
	}
	res.Meta = doc.Meta
	ts.out = &pageOut{res: res, sink: sink}
	ts.openArticle(false, "", "")
	ts.article(doc, "", doc.Meta.Title)
	if ts.out.err != nil {
		return ts.out.err
	}
	ts.finish(res)
	return nil
}

// LayoutBook typesets the articles of a book in sequence. Each article
// starts on a new page (a right-hand page with Duplex), has its own notes
// and its title as the running head; the outline nests each article's
// headings under its title.
func LayoutBook(book *content.Book, style Style) (*Result, error) {
	res := &Result{}
	if err := layoutBookTo(book, style, keepPages{res}, res); err != nil {
		return nil, err
	}
	return res, nil
}

// LayoutBookTo typesets a book like LayoutBook, handing each page to sink
// as soon as it is set (see LayoutTo). The result has no Pages.
func LayoutBookTo(book *content.Book, style Style, sink Sink) (*Result, error) {
	res := &Result{}
	if err := layoutBookTo(book, style, sink, res); err != nil {
		return nil, err
	}
	return res, nil
}

func layoutBookTo(book *content.Book, style Style, sink Sink, res *Result) error {
	if book == nil || len(book.Articles) == 0 {
		return errors.New("layout: the book has no articles")
	}
	for i, doc := range book.Articles {
		if doc == nil {
			return fmt.Errorf("layout: article %d is missing", i+1)
		}
	}
	ts, err := newTypesetter(style)
	if err != nil {
		return err
	}
	res.Meta = book.Meta
	ts.out = &pageOut{res: res, sink: sink}
	ts.bookTitle = true
	ts.baseLevel = 1
	for i, doc := range book.Articles {
		if ts.g.Duplex && ts.out.count%2 == 1 {
			blank := ts.blankPage(ts.out.count + 1)
			ts.emit(&blank)
		}
		ts.openArticle(true, doc.Meta.Language, book.Meta.Language)
		ts.article(doc, fmt.Sprintf("a%d.", i+1), doc.Meta.Title)
		if ts.out.err != nil {
			return ts.out.err
		}
	}
	ts.finish(res)
	return nil
}

// uncalledNotes makes sure notes nothing calls are still printed: a
// zero-height element at the end calls them.
func (ts *typesetter) uncalledNotes() {
	called := map[int]bool{}
	var mark func(n int)
	mark = func(n int) {
		if called[n] {
			return
		}
		called[n] = true
		for _, m := range ts.noteCalls(n) {
			mark(m)
		}
	}
	for n := range ts.called { // the calls of the flow already on pages
		mark(n)
	}
	for _, e := range ts.flow {
		for _, n := range e.d.calls {
			mark(n)
		}
	}
	var rest []int
	for i := range ts.doc.Notes {
		if n := i + 1; !called[n] {
			rest = append(rest, n)
		}
	}
	if len(rest) > 0 {
		ts.flow = append(ts.flow, element{d: drawList{calls: rest}})
	}
}

// finish completes the result: page numbers and the report.
func (ts *typesetter) finish(res *Result) {
	ts.endFolios()
	ts.stats.Pages = ts.out.count
	res.Stats = ts.stats
	res.Warnings = ts.warnings
	res.Struct = ts.tree.nodes
	if w := ts.missingWarning(); w != "" {
		res.Warnings = append(res.Warnings, w)
	}
}

// el returns flow element i (an index over the whole article: the flow
// holds only the elements from ts.base on, see stream.go).
func (ts *typesetter) el(i int) *element { return &ts.flow[i-ts.base] }

// flowLen is the number of flow elements the article has made so far.
func (ts *typesetter) flowLen() int { return ts.base + len(ts.flow) }
