package layout

import "github.com/offprint/offprint/content"

// This file runs the stages as a stream, so that a long document costs
// the memory of a few pages, not of all its lines: after each top-level
// block is set, the paginator makes the pages the flow so far fills for
// sure, the assembler positions them and the sink receives each one as
// soon as no later break can change it (the last two pages of an
// article wait for its end, which balanceEnd may rebuild). The flow keeps
// only the elements from the first page not yet sent on (ts.base). What
// depends on the end — "n / N" folios, links to a place set later —
// reaches the sink afterwards through Sink.More.

// Sink receives the pages of a layout as they are set (LayoutTo,
// LayoutBookTo).
type Sink interface {
	// Page receives the next page, in order, once its content is final.
	// res is the result so far: its Meta, the Outline up to this page
	// and the Struct nodes made so far. The sink owns pg. What only the
	// end of the article or document decides is missing: More brings it.
	Page(res *Result, pg *Page)
	// More adds to page pg.Number, received before, the texts (folios
	// that show the page count) and links (to places set after the page)
	// in pg, in that order after what it has.
	More(pg *Page)
}

// keepPages is the Sink of Layout: it keeps every page in the result.
type keepPages struct{ res *Result }

func (k keepPages) Page(_ *Result, pg *Page) { k.res.Pages = append(k.res.Pages, *pg) }

func (k keepPages) More(pg *Page) {
	p := &k.res.Pages[pg.Number-1]
	p.Texts = append(p.Texts, pg.Texts...)
	p.Links = append(p.Links, pg.Links...)
}

// pageOut hands finished pages to the sink.
type pageOut struct {
	res    *Result
	sink   Sink
	count  int   // pages sent
	folios []int // pages waiting for an "n / N" folio
	err    error // why the sink stopped the layout
}

// A Sink that is also a Stopper can end a layout early: layout asks it
// after each top-level block and returns its error (a cancelled
// context's), leaving the rest unset.
type Stopper interface {
	Err() error
}

// stopped reports whether the sink asks the layout to stop.
func (o *pageOut) stopped() bool {
	if s, ok := o.sink.(Stopper); ok && o.err == nil {
		o.err = s.Err()
	}
	return o.err != nil
}

// roomPages is how many text blocks of final flow the paginator wants
// ahead of a page before it makes it without the article's end: a page
// takes at most its height and what its spaces and the note separator
// can shrink, less than two.
const roomPages = 3

// article lays out one document and sends its pages on as they are set.
func (ts *typesetter) article(doc *content.Document, prefix, head string) {
	ts.doc, ts.prefix = doc, prefix
	ts.flow, ts.base, ts.called = ts.flow[:0], 0, map[int]bool{}
	ts.notes, ts.levels = map[int][]element{}, nil
	ts.language(doc.Meta.Language)
	p := &paginator{ts: ts, sep: ts.noteSep(), asm: ts.newArticlePages(head)}
	f := &frame{width: ts.g.measure}
	ts.titleBlock(doc, f)
	p.pump()
	for _, b := range doc.Blocks {
		if ts.out.stopped() {
			return
		}
		ts.block(b, f)
		p.pump()
	}
	ts.authorNotes(doc.Meta, f)
	ts.uncalledNotes()
	p.done = true
	p.pump()
	ts.endArticle(p.asm)
	ts.flow, ts.base = nil, 0
}

// pump makes the pages the final part of the flow fills and sends on
// those no later break can change; once the flow is done, all of them.
func (p *paginator) pump() {
	p.end = p.ts.flowLen()
	if !p.done && p.end > 0 {
		p.end-- // the last element may still grow (vspace merges spaces)
	}
	for {
		if len(p.carry) == 0 {
			for p.next < p.end && p.ts.el(p.next).space {
				p.next++ // trailing space alone must not open a page
			}
		}
		if (p.next >= p.end && len(p.carry) == 0) || len(p.pages) >= p.limit() {
			break
		}
		if !p.done && !p.room(p.next) {
			return
		}
		p.starts = append(p.starts, pageStart{next: p.next, carry: p.carry})
		p.next = p.page(p.next)
		p.send(len(p.pages) - 2)
	}
	if !p.done {
		return
	}
	p.balanceEnd(p.starts)
	if len(p.pages) == 0 {
		p.pages = append(p.pages, pageFill{}) // an empty document is one blank page
	}
	p.send(len(p.pages))
}

// room reports whether the final flow from element i on is tall enough
// that the page starting there ends before the flow does. Spaces at the
// top, which the page skips, do not count.
func (p *paginator) room(i int) bool {
	need := Length(p.ts.room) * p.ts.g.textHeight
	var h Length
	for i < p.end && p.ts.el(i).space {
		i++
	}
	for ; i < p.end; i++ {
		if h += p.ts.el(i).height; h > need {
			return true
		}
	}
	return false
}

// send assembles the pages before page upTo not sent yet, hands them to
// the sink and lets the flow before the first unsent page go.
func (p *paginator) send(upTo int) {
	for ; p.sent < upTo; p.sent++ {
		last := p.done && p.sent == len(p.pages)-1
		pg := p.ts.assemblePage(p.asm, p.sent, p.pages[p.sent], last)
		p.pages[p.sent] = pageFill{}
		p.ts.emit(&pg)
	}
	if p.sent < len(p.starts) {
		p.ts.trim(p.starts[p.sent].next)
	}
}

// trim drops the flow elements before element lo (all on pages sent),
// noting the notes they call (uncalledNotes). It copies what is left to
// the front only when that frees at least half the slice, so the copying
// stays linear.
func (ts *typesetter) trim(lo int) {
	k := lo - ts.base
	if k <= 0 || k < len(ts.flow)-k {
		return
	}
	for i := range ts.flow[:k] {
		for _, n := range ts.flow[i].d.calls {
			ts.called[n] = true
		}
	}
	n := copy(ts.flow, ts.flow[k:])
	clear(ts.flow[n:])
	ts.flow, ts.base = ts.flow[:n], lo
}

// emit completes a page — its folio when the number is plain, the
// glyphs of the runs set outside paragraphs — and sends it on.
func (ts *typesetter) emit(pg *Page) {
	o := ts.out
	o.count++
	if len(pg.Texts) > 0 || len(pg.Images) > 0 { // not a blank verso
		switch ts.g.PageNumbers {
		case NumbersNone:
		case NumbersTotal:
			o.folios = append(o.folios, pg.Number)
		default:
			pg.Texts = append(pg.Texts, ts.folio(pg.Number, 0))
		}
	}
	ts.shapePage(pg)
	o.res.Struct = ts.tree.nodes
	o.sink.Page(o.res, pg)
}

// endFolios sends the "n / N" folios once the page count is known.
func (ts *typesetter) endFolios() {
	for _, n := range ts.out.folios {
		pg := &Page{Number: n, Texts: []TextRun{ts.folio(n, ts.out.count)}}
		ts.shapePage(pg)
		ts.out.sink.More(pg)
	}
	ts.out.folios = nil
}
