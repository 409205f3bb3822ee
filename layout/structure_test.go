package layout_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/layout"
)

// path returns the roles from node up to the root, "P<LBody<LI<L<Document".
func path(r *layout.Result, node int) string {
	var roles []string
	for n := node; n >= 0; n = r.Struct[n].Parent {
		roles = append(roles, r.Struct[n].Role)
	}
	return strings.Join(roles, "<")
}

// runNode returns the node of the first run whose text is s.
func runNode(t *testing.T, r *layout.Result, s string) int {
	t.Helper()
	for _, pg := range r.Pages {
		for _, tr := range pg.Texts {
			if tr.Text == s {
				return int(tr.Node)
			}
		}
	}
	t.Fatalf("no run %q", s)
	return 0
}

// runPath returns the path of the node of the first run whose text is s.
func runPath(t *testing.T, r *layout.Result, s string) string {
	t.Helper()
	for _, pg := range r.Pages {
		for _, tr := range pg.Texts {
			if tr.Text == s {
				if tr.Node == layout.Artifact {
					return "Artifact"
				}
				return path(r, int(tr.Node))
			}
		}
	}
	t.Fatalf("no run %q", s)
	return ""
}

// TestStructureBlocks checks the node every kind of block gives its text.
func TestStructureBlocks(t *testing.T) {
	p := func(s ...content.Inline) content.Block { return &content.Paragraph{Inlines: s} }
	doc := &content.Document{
		Meta: content.Meta{Title: "Headline", Language: "en"},
		Blocks: []content.Block{
			p(content.T("Opening")...),
			&content.Heading{Level: 2, Inlines: content.T("Section"), ID: "sec"},
			&content.Heading{Level: 3, Inlines: content.T("Subsection")},
			p(&content.Text{Text: "See "}, &content.Link{URL: "https://example.org/", Inlines: content.T("there")}, &content.Text{Text: " now"}, &content.NoteRef{Note: 1}),
			p(&content.Text{Text: "Back to "}, &content.Link{URL: "#sec", Inlines: content.T("above")}),
			&content.Quote{Blocks: []content.Block{p(content.T("Quoted")...)}},
			&content.List{Ordered: true, Items: [][]content.Block{{p(content.T("First")...)}, {p(content.T("Second")...)}}},
			&content.CodeBlock{Text: "x := 1"},
			&content.Table{Header: [][]content.Cell{content.Cells(content.T("Name"), content.T("Value"))}, Rows: [][]content.Cell{content.Cells(content.T("alpha"), nil)}},
			&content.Figure{Caption: content.T("Pictured")},
			&content.Rule{},
			&content.Heading{Level: 2, Inlines: content.T("Later")},
			&content.DefList{Items: []content.DefItem{{Term: content.T("Term"), Defs: [][]content.Block{{p(content.T("Meaning")...)}}}}},
		},
		Notes: []content.Note{{Number: 1, Text: "Noted"}},
	}
	content.AssignIDs(doc)
	r, err := layout.Layout(doc, paper(t, "a5"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Headline", "H1<Document"},
		{"Opening", "P<Document"},
		{"Section", "H2<Document"},
		{"Subsection", "H3<Document"},
		{"Later", "H2<Document"},
		{"See", "P<Document"},
		{"there", "Link<P<Document"},
		{"now", "P<Document"},
		{"1", "Link<P<Document"}, // the call
		{"Quoted", "P<BlockQuote<Document"},
		{"First", "P<LBody<LI<L<Document"},
		{"1.", "Lbl<LI<L<Document"},
		{"x := 1", "Code<Document"},
		{"Name", "TH<TR<Table<Document"},
		{"alpha", "TD<TR<Table<Document"},
		{"Pictured", "Caption<Figure<Document"},
		{"Noted", "P<Note<Document"},
		{"Term", "Lbl<LI<L<Document"},
		{"Meaning", "P<LBody<LI<L<Document"},
	} {
		if got := runPath(t, r, c.text); got != c.want {
			t.Errorf("%q: node %s, want %s", c.text, got, c.want)
		}
	}
	roles := map[string]int{}
	for i, n := range r.Struct {
		roles[n.Role]++
		if i > 0 && (n.Parent < 0 || n.Parent >= i) {
			t.Errorf("node %d (%s): parent %d is not an earlier node", i, n.Role, n.Parent)
		}
		if n.Role == "Figure" && n.Alt != "Pictured" {
			t.Errorf("figure Alt %q, want the caption", n.Alt)
		}
	}
	if r.Struct[0].Role != "Document" || r.Struct[0].Parent != -1 {
		t.Errorf("root %+v, want the Document", r.Struct[0])
	}
	// the note number is the note's Lbl, linking back to its call
	for _, pg := range r.Pages {
		for _, tr := range pg.Texts {
			if tr.Text == "1" && tr.Size < layout.DefaultStyle().FontSize && tr.Y > pg.Height/2 {
				if got := path(r, int(tr.Node)); got != "Link<Lbl<Note<Document" {
					t.Errorf("note number: %s", got)
				}
			}
		}
		for _, l := range pg.Links {
			if l.Node == layout.Artifact || r.Struct[l.Node].Role != "Link" {
				t.Errorf("link %+v is in no Link node", l)
			}
		}
	}
	if n := runNode(t, r, "above"); r.Struct[n].Role != "Link" || r.Struct[n].Alt != "Section Section" {
		t.Errorf("link to a heading: %+v, want a Link described by the heading's title", r.Struct[n])
	}
	if roles["TD"] != 2 || roles["TH"] != 2 || roles["TR"] != 2 {
		t.Errorf("table cells: %v", roles)
	}
}

// TestStructureExample checks the example article: the headings in the
// tree are the outline's, in order; every run is in the tree but the
// running heads and folios, outside the text block.
func TestStructureExample(t *testing.T) {
	for _, numbers := range []layout.PageNumbers{layout.NumbersTotal, layout.NumbersPlain} {
		t.Run(string(numbers), func(t *testing.T) { testStructureExample(t, numbers) })
	}
}

func testStructureExample(t *testing.T, numbers layout.PageNumbers) {
	folio := regexp.MustCompile(`^[0-9]+( / [0-9]+)?$`) // 3 / 7, or 3
	doc := example(t)
	st := paper(t, "a5")
	st.PageNumbers = numbers
	r, err := layout.Layout(doc, st)
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	seen := map[int]bool{}
	for _, pg := range r.Pages {
		for i, tr := range pg.Texts {
			node := int(tr.Node)
			if node < 0 || node >= len(r.Struct) {
				t.Fatalf("run %q: node %d out of range", tr.Text, node)
			}
			role := r.Struct[node].Role
			if role[0] == 'H' && len(role) == 2 && !seen[node] {
				seen[node] = true
				heads = append(heads, role)
			}
			// the folio is the page's last run; the running head is at its top
			furniture := i == len(pg.Texts)-1 && folio.MatchString(tr.Text) || pg.Number > 1 && tr.Y < pg.Height/12
			if furniture != (node == layout.Artifact) && !strings.HasPrefix(tr.Text, "(continued") {
				t.Errorf("page %d: run %q at y=%v: node %d (%s)", pg.Number, tr.Text, tr.Y, node, role)
			}
		}
	}
	want := []string{"H1"}
	for _, o := range r.Outline {
		want = append(want, "H"+string(rune('1'+o.Level)))
	}
	if !slices.Equal(heads, want) {
		t.Errorf("headings %v, want %v", heads, want)
	}
}

// TestStructureBook checks that each article of a book is an Art under
// the Document, with its language where it differs from the book's, and
// its notes inside it.
func TestStructureBook(t *testing.T) {
	art := func(title, lang string) *content.Document {
		d := &content.Document{
			Meta:   content.Meta{Title: title, Language: lang},
			Blocks: []content.Block{&content.Paragraph{Inlines: []content.Inline{&content.Text{Text: title + " body"}, &content.NoteRef{Note: 1}}}},
			Notes:  []content.Note{{Number: 1, Text: title + " note"}},
		}
		content.AssignIDs(d)
		return d
	}
	book := &content.Book{Meta: content.Meta{Title: "Book", Language: "en"}, Articles: []*content.Document{art("One", "en"), art("Deux", "fr")}}
	r, err := layout.LayoutBook(book, paper(t, "a5"))
	if err != nil {
		t.Fatal(err)
	}
	var arts []layout.StructNode
	for _, n := range r.Struct {
		if n.Role == "Art" {
			arts = append(arts, n)
		}
	}
	if len(arts) != 2 || arts[0].Lang != "" || arts[1].Lang != "fr" || arts[0].Parent != 0 {
		t.Errorf("articles %+v: want two Art under the Document, the French one with Lang fr", arts)
	}
	for _, c := range []struct{ text, want string }{
		{"One", "H1<Art<Document"},
		{"Deux", "H1<Art<Document"},
		{"note", "P<Note<Art<Document"},
	} {
		if got := runPath(t, r, c.text); got != c.want {
			t.Errorf("%q: node %s, want %s", c.text, got, c.want)
		}
	}
}

// TestStructureNoteReprinted checks that a note printed again on the
// page of a later call is a Note of its own there.
func TestStructureNoteReprinted(t *testing.T) {
	call := func(s string) content.Block {
		return &content.Paragraph{Inlines: []content.Inline{&content.Text{Text: s}, &content.NoteRef{Note: 1}}}
	}
	long := &content.Paragraph{Inlines: content.T(strings.Repeat("Words that fill the page to its end. ", 120))}
	doc := &content.Document{Blocks: []content.Block{call("First call"), long, call("Second call")},
		Notes: []content.Note{{Number: 1, Text: "The note"}}}
	r, err := layout.Layout(doc, paper(t, "a5"))
	if err != nil {
		t.Fatal(err)
	}
	notes := map[int][]int{} // Note node → pages where its text is
	for _, pg := range r.Pages {
		for _, tr := range pg.Texts {
			if tr.Text != "note" {
				continue
			}
			n := int(tr.Node)
			for n > 0 && r.Struct[n].Role != "Note" {
				n = r.Struct[n].Parent
			}
			notes[n] = append(notes[n], pg.Number)
		}
	}
	if len(notes) != 2 {
		t.Fatalf("the note's text is in Notes %v, want two Notes on two pages", notes)
	}
	for n, pages := range notes {
		if n <= 0 || len(pages) != 1 {
			t.Errorf("Note %d is on pages %v, want one page", n, pages)
		}
	}
	for _, pg := range r.Pages {
		for _, l := range pg.Links {
			if l.Node <= 0 || r.Struct[l.Node].Role != "Link" {
				t.Errorf("page %d: link %+v is in no Link", pg.Number, l)
			}
		}
	}
}

// TestSpaceAfter checks that the last run of a line that broke at a
// word space says so, and no other line end does.
func TestSpaceAfter(t *testing.T) {
	doc := &content.Document{Blocks: []content.Block{
		&content.Paragraph{Inlines: content.T(strings.Repeat("Extraordinarily comprehensive documentation accompanies well-known implementations. ", 12))},
	}}
	r, err := layout.Layout(doc, paper(t, "a5"))
	if err != nil {
		t.Fatal(err)
	}
	spaced, unspaced := 0, 0
	for _, pg := range r.Pages {
		for i, tr := range pg.Texts {
			lineEnd := tr.Node != layout.Artifact && (i+1 == len(pg.Texts) || pg.Texts[i+1].Y != tr.Y)
			switch {
			case tr.SpaceAfter && !lineEnd:
				t.Errorf("run %q: SpaceAfter inside a line", tr.Text)
			case tr.SpaceAfter && (strings.HasSuffix(tr.Text, "-") || tr.ActualText != ""):
				t.Errorf("run %q: SpaceAfter after a broken word", tr.Text)
			case tr.SpaceAfter:
				spaced++
			case lineEnd && !strings.HasSuffix(tr.Text, "-") && !strings.HasSuffix(tr.Text, "implementations."):
				unspaced++
			}
		}
	}
	if spaced < 5 || unspaced > 0 {
		t.Errorf("%d line ends marked, %d word ends not", spaced, unspaced)
	}
}

// TestStructureStrike checks that struck-out text is a Span whose
// Decoration is LineThrough (PDF/UA: the rule alone says nothing to a
// screen reader): one Span per struck phrase, even broken across lines,
// the text around it in the paragraph, a struck link's Link inside its
// Span, and a struck word glued to plain letters in a run of its own.
func TestStructureStrike(t *testing.T) {
	long := strings.Repeat("struck words running on ", 12) + "phraseend"
	doc := &content.Document{Blocks: []content.Block{
		&content.Paragraph{Inlines: []content.Inline{
			&content.Text{Text: "Plain "},
			&content.Strike{Inlines: content.T(long)},
			&content.Text{Text: " between "},
			&content.Strike{Inlines: content.T("second")},
			&content.Text{Text: " and pre"},
			&content.Strike{Inlines: content.T("glued")},
			&content.Text{Text: " then "},
			&content.Strike{Inlines: []content.Inline{&content.Link{URL: "https://example.org/", Inlines: content.T("linkword")}}},
		}},
	}}
	r, err := layout.Layout(doc, paper(t, "a5"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Plain", "P<Document"},
		{"between", "P<Document"},
		{"second", "Span<P<Document"},
		{"pre", "P<Document"},
		{"glued", "Span<P<Document"},
		{"linkword", "Link<Span<P<Document"},
	} {
		if got := runPath(t, r, c.text); got != c.want {
			t.Errorf("%q is in %s, want %s", c.text, got, c.want)
		}
	}
	spans := map[int]bool{}
	lines := map[layout.Length]bool{}
	for _, pg := range r.Pages {
		for _, tr := range pg.Texts {
			if strings.HasPrefix(tr.Text, "struck") || strings.HasPrefix(tr.Text, "phraseend") {
				spans[int(tr.Node)] = true
				lines[tr.Y] = true
			}
		}
	}
	if len(lines) < 2 || len(spans) != 1 {
		t.Errorf("the long struck phrase is on %d lines in nodes %v, want several lines in one Span", len(lines), spans)
	}
	for n := range spans {
		if s := r.Struct[n]; s.Role != "Span" || s.Decoration != "LineThrough" {
			t.Errorf("struck text in %+v, want a LineThrough Span", s)
		}
	}
}
