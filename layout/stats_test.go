package layout_test

import (
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/layout"
)

// TestExampleQuality lays out the example on every paper of issue 3 and
// holds the quality report to the rules: nothing overfull, no note lost
// or off its call's page, at most two hyphenated lines in a row, no
// widow, orphan, heading or hyphen at a page bottom. go test -v prints the
// reports.
func TestExampleQuality(t *testing.T) {
	doc := example(t)
	for _, name := range []string{"a4", "letter", "a5", "ereader", "6x9", "b5"} {
		res, err := layout.Layout(doc, paper(t, name))
		if err != nil {
			t.Fatal(err)
		}
		s := res.Stats
		t.Logf("%-8s %v", name, s)
		if s.Overfull != 0 || s.NotesOffPage != 0 || s.NotesLost != 0 || s.ConsecutiveHyphens > 2 {
			t.Errorf("%s: %v", name, s)
		}
		if s.Widows+s.Orphans+s.HeadingsAtBottom+s.PageEndHyphens != 0 {
			t.Errorf("%s: widows, orphans, headings or hyphens at a page bottom: %v", name, s)
		}
		if s.ShortPages != 0 && name != "ereader" { // ereader pages are too short to stretch some
			t.Errorf("%s: pages not flush at the bottom: %v", name, s)
		}
		if len(res.Outline) != 3 {
			t.Errorf("%s: %d outline entries, want the 3 headings", name, len(res.Outline))
		}
	}
}

// TestDoesNotMutate checks that Layout leaves the caller's document alone.
func TestDoesNotMutate(t *testing.T) {
	doc := example(t)
	before := content.DumpString(doc)
	if _, err := layout.Layout(doc, layout.DefaultStyle()); err != nil {
		t.Fatal(err)
	}
	if after := content.DumpString(doc); after != before {
		t.Error("Layout modified the document")
	}
}

// TestInternalLinks checks that "#id" links point at their heading and
// that links to unknown IDs are dropped rather than broken.
func TestInternalLinks(t *testing.T) {
	doc := &content.Document{Blocks: []content.Block{
		&content.Paragraph{Inlines: []content.Inline{
			&content.Link{URL: "#later", Inlines: content.T("see later")},
			&content.Text{Text: " and "},
			&content.Link{URL: "#nowhere", Inlines: content.T("nowhere")},
		}},
		&content.Heading{Level: 2, ID: "later", Inlines: content.T("Later")},
	}}
	content.AssignIDs(doc)
	res, err := layout.Layout(doc, layout.DefaultStyle())
	if err != nil {
		t.Fatal(err)
	}
	var links []layout.LinkArea
	for _, pg := range res.Pages {
		links = append(links, pg.Links...)
	}
	if len(links) != 1 || links[0].Dest != res.Outline[0].Dest {
		t.Errorf("links %+v, want one to %s", links, res.Outline[0].Dest)
	}
}

// TestNoHoleAboveNotes checks that on every paper the notes of a page sit
// close under its text: a page the keep rules end short either spreads
// its space (flush bottom) or has its notes follow the text, never a hole
// of several lines above the note rule.
func TestNoHoleAboveNotes(t *testing.T) {
	docs := []*content.Document{example(t)}
	for seed := range uint64(8) {
		docs = append(docs, genDoc(seed))
	}
	for _, name := range []string{"a4", "a5", "ereader"} {
		st := paper(t, name)
		for d, doc := range docs {
			res, err := layout.Layout(doc, st)
			if err != nil {
				t.Fatal(err)
			}
			for _, pg := range res.Pages {
				if gap := holeAboveNotes(pg); gap > 30*layout.Pt { // the separator and a line or two
					t.Errorf("%s doc %d page %d: %v between the text and the note rule", name, d, pg.Number, gap)
				}
			}
		}
	}
}

// holeAboveNotes is the distance from the last baseline above a page's
// note rule to the rule (0 without notes).
func holeAboveNotes(pg layout.Page) layout.Length {
	for _, r := range pg.Rules {
		if r.Y1 != r.Y2 || r.Thickness != layout.Pt*2/5 {
			continue
		}
		var above layout.Length
		lines := map[layout.Length]bool{}
		for _, tx := range pg.Texts {
			if tx.Y < r.Y1 {
				above = max(above, tx.Y)
				lines[tx.Y] = true
			}
		}
		if len(lines) > 2 { // body text, not only a running head over continued notes
			return r.Y1 - above
		}
	}
	return 0
}
