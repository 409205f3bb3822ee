package layout_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/layout"
)

// The property tests lay out generated documents — random paragraph
// lengths, many notes, notes near page ends, very long notes, long
// unbreakable words and URLs — and check the invariants of issue 3 on
// the result, not on the paginator's bookkeeping:
//   - every word of the body appears, once and in order;
//   - every note's text appears in full;
//   - the report counts no overfull line, no note off its call's page,
//     no lost note;
//   - on every page the notes are below the body.

var vocabulary = strings.Fields(`the of and a to in is was that for on as with by it at from his
	an were are which this be has had not but they their one government international
	responsibility organisation extraordinary notwithstanding circumstances particularly
	Afghanistan intelligence administration Khorasan affiliates caliphate territorial`)

// genDoc builds a random document from seed.
func genDoc(seed uint64) *content.Document {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	doc := &content.Document{Meta: content.Meta{Title: "Generated " + fmt.Sprint(seed), Publisher: "Test", SourceURL: "https://example.org/source"}}
	paras := 3 + r.IntN(40)
	for p := range paras {
		if r.IntN(8) == 0 {
			doc.Blocks = append(doc.Blocks, &content.Heading{Level: 2, Inlines: content.T(fmt.Sprintf("Section %d", p))})
		}
		doc.Blocks = append(doc.Blocks, &content.Paragraph{Inlines: genInlines(r, doc)})
	}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	return doc
}

// genInlines makes a paragraph of 1–250 words with links, note calls,
// long words and URLs sprinkled in.
func genInlines(r *rand.Rand, doc *content.Document) []content.Inline {
	n := 1 + r.IntN(250)
	if r.IntN(4) == 0 {
		n = 1 + r.IntN(8)
	}
	var ins []content.Inline
	var words []string
	flush := func() {
		if len(words) > 0 {
			ins = append(ins, &content.Text{Text: strings.Join(words, " ") + " "})
			words = nil
		}
	}
	for range n {
		switch k := r.IntN(60); {
		case k == 0:
			words = append(words, strings.Repeat("x", 30+r.IntN(90)))
		case k == 1:
			flush()
			u := fmt.Sprintf("https://example.org/%s/%d/%s", strings.Repeat("path/", r.IntN(12)), r.IntN(1000), strings.Repeat("q", r.IntN(60)))
			ins = append(ins, &content.Link{URL: u, Inlines: content.T(vocabulary[r.IntN(len(vocabulary))])}, &content.Text{Text: " "})
		case k <= 4:
			flush()
			doc.Notes = append(doc.Notes, genNote(r))
			ins = append(ins, &content.Text{Text: vocabulary[r.IntN(len(vocabulary))]}, &content.NoteRef{Note: len(doc.Notes)}, &content.Text{Text: " "})
		default:
			words = append(words, vocabulary[r.IntN(len(vocabulary))])
		}
	}
	flush()
	return ins
}

// genNote makes a footnote of 1–40 words, or a very long one, sometimes
// with a link (a note calling a note).
func genNote(r *rand.Rand) content.Note {
	n := 1 + r.IntN(40)
	if r.IntN(10) == 0 {
		n = 200 + r.IntN(700)
	}
	words := make([]string, n)
	for i := range words {
		words[i] = vocabulary[r.IntN(len(vocabulary))]
	}
	ins := content.T(strings.Join(words, " "))
	if r.IntN(5) == 0 { // a note that cites a link: its note must share the page
		ins = append(ins, &content.Text{Text: " see "}, &content.Link{URL: fmt.Sprintf("https://example.net/note/%d", r.IntN(1000)), Inlines: content.T("this")})
	}
	return content.Note{Kind: content.NoteFootnote, Blocks: []content.Block{&content.Paragraph{Inlines: ins}}}
}

// squeeze removes white space and hyphens, so that text can be compared
// whatever the line breaks.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '-' {
			return -1
		}
		return r
	}, s)
}

func TestPropertiesGenerated(t *testing.T) {
	papers := []string{"a4", "a5", "ereader", "6x9"}
	seeds := 24
	if testing.Short() {
		seeds = 8
	}
	for seed := range uint64(seeds) {
		doc := genDoc(seed)
		name := papers[seed%uint64(len(papers))]
		st := paper(t, name)
		st.FontSize = 10 * layout.Pt
		st.Leading = 13 * layout.Pt
		st.Duplex = seed%3 == 0
		res, err := layout.Layout(doc, st)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		checkResult(t, fmt.Sprintf("seed %d on %s", seed, name), doc, res, st.FontSize, st.FontSize.Scale(4, 5))
	}
}

// checkResult asserts the invariants; body and note runs are told apart
// by their type size.
func checkResult(t *testing.T, what string, doc *content.Document, res *layout.Result, body, note layout.Length) {
	t.Helper()
	s := res.Stats
	if s.Overfull != 0 || s.NotesOffPage != 0 || s.NotesLost != 0 {
		t.Errorf("%s: %v", what, s)
	}
	var bodyText, noteText strings.Builder
	for _, pg := range res.Pages {
		var bodyBottom, notesTop layout.Length = 0, pg.Height
		for _, r := range pg.Texts {
			switch {
			case isCall(r):
				// a note call, in the font's superior figures
			case r.Size == body:
				bodyText.WriteString(r.Text)
				bodyBottom = max(bodyBottom, r.Y)
			case r.Size == note:
				noteText.WriteString(r.Text)
				notesTop = min(notesTop, r.Y)
			}
		}
		if bodyBottom >= notesTop {
			t.Errorf("%s: page %d: body text at %v reaches the notes at %v", what, pg.Number, bodyBottom, notesTop)
		}
	}
	var want strings.Builder
	content.WalkBlocks(doc.Blocks, func(b content.Block) {
		if p, ok := b.(*content.Paragraph); ok {
			want.WriteString(content.PlainText(p.Inlines))
		}
	})
	if got, w := squeeze(bodyText.String()), squeeze(want.String()); got != w {
		i := 0
		for i < len(got) && i < len(w) && got[i] == w[i] {
			i++
		}
		t.Errorf("%s: body text differs at byte %d:\n got …%.60s\nwant …%.60s", what, i, got[i:], w[i:])
	}
	notes := strings.ReplaceAll(squeeze(noteText.String()), "(continuedonnextpage)", "")
	for _, n := range doc.Notes {
		txt := squeeze(n.NoteText())
		if n.URL != "" && !strings.Contains(txt, squeeze(n.URL)) {
			txt += squeeze(n.URL)
		}
		if !inChunks(notes, txt) {
			t.Errorf("%s: note %d not printed in full: %.80q", what, n.Number, txt)
		}
	}
}

// TestNotesNearPageEnd puts a call on every line position of a page:
// wherever the call falls, its note must be on its page.
func TestNotesNearPageEnd(t *testing.T) {
	for lines := 30; lines < 60; lines++ {
		doc := &content.Document{Meta: content.Meta{Title: "Near the end"}}
		filler := strings.Repeat("alpha beta gamma delta epsilon zeta eta theta iota kappa ", lines)
		doc.Notes = []content.Note{{Kind: content.NoteFootnote, Text: strings.Repeat("a long note that must stay with its call ", 12)}}
		doc.Blocks = []content.Block{
			&content.Paragraph{Inlines: content.T(filler)},
			&content.Paragraph{Inlines: []content.Inline{&content.Text{Text: "call here"}, &content.NoteRef{Note: 1}, &content.Text{Text: " " + filler}}},
		}
		content.NumberNotes(doc)
		st := paper(t, "a5")
		st.FontSize = 10 * layout.Pt
		res, err := layout.Layout(doc, st)
		if err != nil {
			t.Fatal(err)
		}
		checkResult(t, fmt.Sprintf("%d lines before the call", lines), doc, res, st.FontSize, st.FontSize.Scale(4, 5))
	}
}

// inChunks reports whether text appears in stream in order, in at most
// ten pieces: a note split across pages continues after the notes of the
// page where it was split. It tries the first few places where each piece
// starts (URLs share long prefixes) and extends each as far as it matches.
func inChunks(stream, text string) bool {
	budget := 20000
	var match func(pos int, text string, chunks int) bool
	match = func(pos int, text string, chunks int) bool {
		if text == "" {
			return true
		}
		if chunks == 0 || budget <= 0 {
			return false
		}
		budget--
		minLen := min(len(text), 8)
		from := pos
		for tries := 0; tries < 8; tries++ {
			i := strings.Index(stream[from:], text[:minLen])
			if i < 0 {
				return false
			}
			q := from + i
			n := 0
			for n < len(text) && q+n < len(stream) && stream[q+n] == text[n] {
				n++
			}
			if match(q+n, text[n:], chunks-1) {
				return true
			}
			from = q + 1
		}
		return false
	}
	return match(0, text, 10)
}

// TestTableDegrades sets a table too wide for the page and a row taller
// than a page: nothing is lost or overfull.
func TestTableDegrades(t *testing.T) {
	long := strings.Repeat("word ", 900)
	var header []content.Inline
	row := make([][]content.Inline, 12)
	for i := range row {
		row[i] = content.T("supercalifragilisticexpialidocious" + fmt.Sprint(i))
	}
	header = content.T("Header")
	doc := &content.Document{Blocks: []content.Block{
		&content.Table{Header: [][]content.Cell{content.Cells(header)}, Rows: [][]content.Cell{content.Cells(row...), content.Cells(content.T(long), content.T("short"))}},
	}}
	res, err := layout.Layout(doc, paper(t, "a5"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.Overfull != 0 {
		t.Errorf("overfull lines: %v", res.Stats)
	}
	var text strings.Builder
	for _, pg := range res.Pages {
		for _, r := range pg.Texts {
			if r.Y > pg.Height || r.Y < 0 {
				t.Errorf("page %d: text off the page at y=%v", pg.Number, r.Y)
			}
			text.WriteString(r.Text)
		}
	}
	got := squeeze(text.String())
	for _, c := range row {
		if !strings.Contains(got, squeeze(content.PlainText(c))) {
			t.Errorf("cell %q lost", content.PlainText(c))
		}
	}
	// page numbers cut the long cell's lines apart: count its letters
	if n := strings.Count(got, "w"); n != 900 {
		t.Errorf("the long cell has %d words, want 900", n)
	}
}

// TestDeepNesting nests quotes and lists a hundred deep: the text keeps a
// usable width and nothing is lost.
func TestDeepNesting(t *testing.T) {
	var b content.Block = &content.Paragraph{Inlines: content.T("the innermost paragraph of a very deep nest")}
	for i := range 100 {
		if i%2 == 0 {
			b = &content.Quote{Blocks: []content.Block{b}}
		} else {
			b = &content.List{Items: [][]content.Block{{b}}}
		}
	}
	doc := &content.Document{Blocks: []content.Block{b}}
	res, err := layout.Layout(doc, paper(t, "a5"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.Overfull != 0 || res.Stats.Lines > 3 {
		t.Errorf("deep nesting: %v", res.Stats)
	}
}

// isCall reports whether r is a note call set in the font's superior
// figures: digits drawn with other glyphs than the font's digits.
func isCall(r layout.TextRun) bool {
	if r.Text == "" || strings.Trim(r.Text, "0123456789") != "" || len(r.Glyphs) == 0 || r.Font == nil {
		return false
	}
	id, _ := r.Font.Font().NominalGlyph(rune(r.Text[0]))
	return uint16(id) != r.Glyphs[0].ID
}
