package layout

import (
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/testdoc"
)

// windowSink records, at each page sent, how many flow elements the
// typesetter holds.
type windowSink struct {
	ts    *typesetter
	pages int
	most  int
}

func (w *windowSink) Page(*Result, *Page) {
	w.pages++
	w.most = max(w.most, len(w.ts.flow))
}

func (w *windowSink) More(*Page) {}

// TestFlowWindow checks that a long article is streamed: the flow never
// holds more than a few pages of elements, however many pages there are
// (the streamed layout keeps the flow from the first page not yet sent,
// and makes a page once the flow holds three text blocks after it).
func TestFlowWindow(t *testing.T) {
	ex := testdoc.Example(t)
	doc := &content.Document{Meta: ex.Meta, Notes: ex.Notes}
	for range 30 {
		doc.Blocks = append(doc.Blocks, ex.Blocks...)
	}
	ts, err := newTypesetter(DefaultStyle())
	if err != nil {
		t.Fatal(err)
	}
	w := &windowSink{ts: ts}
	res := &Result{}
	ts.out = &pageOut{res: res, sink: w}
	ts.openArticle(false, "", "")
	ts.article(doc, "", doc.Meta.Title)
	ts.finish(res)
	perPage := ts.stats.Lines / w.pages
	t.Logf("%d pages, %d lines a page, the flow held at most %d elements", w.pages, perPage, w.most)
	if w.pages < 100 {
		t.Fatalf("%d pages: too few to tell", w.pages)
	}
	// three blocks of room, two pages held back, the page in progress,
	// the block being set, and the slack of trimming (up to twice)
	if limit := 2 * 8 * perPage; w.most > limit {
		t.Errorf("the flow held up to %d elements for %d pages (%d lines a page): want at most %d", w.most, w.pages, perPage, limit)
	}
}

// TestStreamedAsWhole checks that streaming changes nothing: each
// document laid out as a stream gives the same pages, byte for byte in
// the dump, as when the whole flow is made before the first page (the
// paginator then never has room before the end).
func TestStreamedAsWhole(t *testing.T) {
	ex := testdoc.Example(t)
	big := &content.Document{Meta: ex.Meta, Notes: ex.Notes}
	for range 8 {
		big.Blocks = append(big.Blocks, ex.Blocks...)
	}
	docs := map[string]*content.Document{"example": ex, "example×8": big, "multiscript": testdoc.MultiScript()}
	for _, numbers := range []PageNumbers{NumbersPlain, NumbersTotal} {
		for name, doc := range docs {
			st := DefaultStyle()
			st.PageNumbers = numbers
			a, b := layoutRoom(t, doc, st, roomPages), layoutRoom(t, doc, st, 1<<30)
			if a != b {
				t.Errorf("%s (numbers %v): streamed and whole layouts differ", name, numbers)
			}
		}
	}
}

// layoutRoom lays doc out keeping its pages, with the given room, and
// returns the dump.
func layoutRoom(t *testing.T, doc *content.Document, st Style, room int) string {
	t.Helper()
	ts, err := newTypesetter(st)
	if err != nil {
		t.Fatal(err)
	}
	ts.room = room
	res := &Result{Meta: doc.Meta}
	ts.out = &pageOut{res: res, sink: keepPages{res}}
	ts.openArticle(false, "", "")
	ts.article(doc, "", doc.Meta.Title)
	ts.finish(res)
	var sb strings.Builder
	if err := res.Dump(&sb); err != nil {
		t.Fatal(err)
	}
	return sb.String()
}
