package layout_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/layout"
)

// recorder is a Sink that keeps what it is sent, in order.
type recorder struct {
	pages []layout.Page
	more  []layout.Page
	err   []string
}

func (r *recorder) Page(res *layout.Result, pg *layout.Page) {
	if want := len(r.pages) + 1; pg.Number != want {
		r.err = append(r.err, fmt.Sprintf("page %d sent as page %d", pg.Number, want))
	}
	for _, o := range res.Outline {
		if o.Page > pg.Number {
			r.err = append(r.err, fmt.Sprintf("outline entry of page %d sent with page %d", o.Page, pg.Number))
		}
	}
	r.pages = append(r.pages, *pg)
}

func (r *recorder) More(pg *layout.Page) {
	if pg.Number < 1 || pg.Number > len(r.pages) {
		r.err = append(r.err, fmt.Sprintf("More for page %d, not sent yet", pg.Number))
	}
	r.more = append(r.more, *pg)
}

// TestLayoutToSendsWhatLayoutKeeps checks that a streamed layout sends
// the pages Layout keeps: the same content page by page, what More adds
// included, in order, with no page sent twice.
func TestLayoutToSendsWhatLayoutKeeps(t *testing.T) {
	for _, numbers := range []layout.PageNumbers{layout.NumbersPlain, layout.NumbersTotal} {
		t.Run(fmt.Sprint(numbers), func(t *testing.T) {
			st := layout.DefaultStyle()
			st.PageNumbers = numbers
			doc := bigDocument(t, 6)
			kept, err := layout.Layout(doc, st)
			if err != nil {
				t.Fatal(err)
			}
			var r recorder
			res, err := layout.LayoutTo(doc, st, &r)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range r.err {
				t.Error(e)
			}
			if len(res.Pages) != 0 {
				t.Errorf("LayoutTo's result holds %d pages", len(res.Pages))
			}
			if len(r.pages) != len(kept.Pages) || res.Stats != kept.Stats {
				t.Fatalf("%d pages sent, Layout kept %d; stats %+v, want %+v", len(r.pages), len(kept.Pages), res.Stats, kept.Stats)
			}
			for _, m := range r.more {
				p := &r.pages[m.Number-1]
				p.Texts = append(p.Texts, m.Texts...)
				p.Links = append(p.Links, m.Links...)
			}
			for i := range kept.Pages {
				if a, b := dumpPage(r.pages[i]), dumpPage(kept.Pages[i]); a != b {
					t.Fatalf("page %d differs:\nsent %s\nkept %s", i+1, a, b)
				}
			}
			if numbers == layout.NumbersTotal {
				total := fmt.Sprintf(" / %d", len(kept.Pages))
				for _, m := range r.more {
					if len(m.Texts) == 1 && !strings.HasSuffix(m.Texts[0].Text, total) {
						t.Errorf("page %d: folio %q, want the total %q", m.Number, m.Texts[0].Text, total)
					}
				}
			}
		})
	}
}

// dumpPage is a page's content as text, for comparison.
func dumpPage(pg layout.Page) string {
	var sb strings.Builder
	for _, t := range pg.Texts {
		fmt.Fprintf(&sb, "T%d,%d %q|", t.X, t.Y, t.Text)
	}
	for _, l := range pg.Links {
		fmt.Fprintf(&sb, "L%d,%d %s%s|", l.X, l.Y, l.URL, l.Dest)
	}
	for _, d := range pg.Dests {
		fmt.Fprintf(&sb, "D%s|", d.Name)
	}
	fmt.Fprintf(&sb, "R%d I%d", len(pg.Rules), len(pg.Images))
	return sb.String()
}

// TestLateLinks checks that a link to a heading set pages later reaches
// its page through More, to the heading's destination.
func TestLateLinks(t *testing.T) {
	doc := &content.Document{Meta: content.Meta{Title: "Forward"}}
	doc.Blocks = append(doc.Blocks, &content.Paragraph{Inlines: []content.Inline{
		&content.Text{Text: "See "},
		&content.Link{URL: "#far", Inlines: content.T("the last section")},
		&content.Text{Text: " below."},
	}})
	for range 120 {
		doc.Blocks = append(doc.Blocks, &content.Paragraph{Inlines: content.T(strings.Repeat("Words to fill the pages between the link and its target. ", 6))})
	}
	doc.Blocks = append(doc.Blocks, &content.Heading{Level: 2, ID: "far", Inlines: content.T("Far away")})
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	var r recorder
	if _, err := layout.LayoutTo(doc, layout.DefaultStyle(), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.pages) < 4 {
		t.Fatalf("%d pages: too few to put the target later", len(r.pages))
	}
	for _, l := range r.pages[0].Links {
		if l.Dest == "h-far" {
			t.Errorf("the forward link came with its page, before its target was set")
		}
	}
	found := false
	for _, m := range r.more {
		for _, l := range m.Links {
			if l.Dest == "h-far" {
				found = m.Number == 1
			}
		}
	}
	if !found {
		t.Errorf("no link to h-far sent for page 1; More: %+v", r.more)
	}
}
