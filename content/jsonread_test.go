package content_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
)

// richDoc has every node type, for the JSON tests.
func richDoc() *content.Document {
	link := &content.Link{URL: "https://example.org/a", Inlines: content.T("a link")}
	return &content.Document{
		Meta: content.Meta{Title: "A title with a link", TitleInlines: []content.Inline{&content.Text{Text: "A title with "}, &content.Link{URL: "https://example.org/t", Inlines: content.T("a link")}},
			Subtitle: "Dek", Authors: []content.Author{{Name: "Ada", Bio: "Ada writes."}}, Language: "en", Identifier: "urn:x"},
		Blocks: []content.Block{
			&content.Heading{Level: 2, ID: "h", Inlines: []content.Inline{&content.Emph{Inlines: content.T("Head")}}},
			&content.Paragraph{Inlines: []content.Inline{&content.Text{Text: "See "}, link, &content.NoteRef{Note: 1},
				&content.Strike{Inlines: content.T("old")}, &content.Super{Inlines: content.T("2")}, &content.Sub{Inlines: content.T("x")},
				&content.Code{Text: "c"}, &content.Break{}, &content.Strong{Inlines: content.T("b")}}},
			&content.Quote{Blocks: []content.Block{&content.Paragraph{Inlines: content.T("q")}}},
			&content.List{Ordered: true, Start: 3, Items: [][]content.Block{{&content.Paragraph{Inlines: content.T("i")}}}},
			&content.DefList{Items: []content.DefItem{{Term: content.T("T"), Defs: [][]content.Block{{&content.Paragraph{Inlines: content.T("d")}}}}}},
			&content.Figure{Caption: content.T("Cap"), Credit: []content.Inline{&content.Link{URL: "https://agency.example", Inlines: content.T("Agency")}},
				Image: &content.Image{Data: []byte{1, 2, 3}, MediaType: "image/png", Alt: "alt", Width: 4, Height: 5}},
			&content.CodeBlock{Lang: "go", Text: "x := 1"},
			&content.Rule{},
			&content.Table{Header: [][]content.Cell{content.Cells(content.T("H"))}, Rows: [][]content.Cell{{{Inlines: content.T("c"), ColSpan: 2, RowSpan: 3, Align: content.AlignRight}}}},
		},
		Notes: []content.Note{{Kind: content.NoteFootnote, Blocks: []content.Block{&content.Paragraph{Inlines: content.T("fn")}}}},
	}
}

func TestJSONRoundTripRich(t *testing.T) {
	doc := richDoc()
	content.NumberNotes(doc)
	want := content.DumpString(doc)
	data, err := content.MarshalJSON(doc)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"version": 1`)) {
		t.Errorf("no version in %s", data[:80])
	}
	got, err := content.ReadJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if g := content.DumpString(got); g != want {
		t.Errorf("round trip:\n%s\nwant\n%s", g, want)
	}
}

func TestReadJSONErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"meta":{},"blocks":[]}`, `no "version" key`},
		{`{"version":2,"blocks":[]}`, "version 2 is not supported: this offprint reads version 1"},
		{`{"version":1,"blocks":[{"type":"poem"}]}`, `blocks[0]: unknown block type "poem"`},
		{`{"version":1,"blocks":[{"type":"heading","level":9,"text":"x"}]}`, "blocks[0]: heading level 9 is not 1 to 6"},
		{`{"version":1,"blocks":[{"type":"paragraph","inlines":[{"type":"blink"}]}]}`, `blocks[0].inlines[0]: unknown inline type "blink"`},
		{`{"version":1,"meta":{"date":"March 2024"},"blocks":[]}`, `meta.date: "March 2024" is not a date`},
		{`{"version":1,"blocks":[{"type":"paragraph","inlines":[{"type":"note_ref","note":4}]}],"notes":[]}`, "a call of note 4, but the document has 0 notes"},
		{`{"version":1,"notes":[{"n":1,"kind":"gossip"}]}`, `notes[0].kind: unknown note kind "gossip"`},
		{`{"version":1,"blocks":[{"type":"table","rows":[[{"inlines":[],"align":"middle"}]]}]}`, `unknown alignment "middle"`},
		{`{"version":1,`, "model JSON: unexpected end of JSON input"},
	}
	for _, tt := range tests {
		_, err := content.ReadJSON(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadJSON(%s) = %v; want an error containing %q", tt.in, err, tt.want)
		}
	}
}

// TestReadJSONPlainText: a hand-written model with only plain text keys
// reads, and NumberNotes numbers its links.
func TestReadJSONPlainText(t *testing.T) {
	in := `{"version":1,"meta":{"title":"T"},"blocks":[{"type":"paragraph","text":"Hello"},
	{"type":"figure","caption":"A cap","credit":"Jo"},{"type":"paragraph","inlines":[{"type":"link","url":"https://x.example","inlines":[{"type":"text","text":"x"}]}]}]}`
	doc, err := content.ReadJSON(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	content.NumberNotes(doc)
	want := "meta title \"T\"\nparagraph \"Hello\"\nfigure credit=\"Jo\" caption=\"A cap\"\nparagraph link<https://x.example>[\"x\"]^1\nnote 1 link <https://x.example> \"\"\n"
	if got := content.DumpString(doc); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// FuzzReadJSON: ReadJSON never panics, and what it reads survives a round
// trip through ToJSON unchanged.
func FuzzReadJSON(f *testing.F) {
	doc := richDoc()
	content.NumberNotes(doc)
	data, _ := content.MarshalJSON(doc)
	f.Add(data)
	f.Add([]byte(`{"version":1,"blocks":[{"type":"paragraph","text":"x"}]}`))
	f.Add([]byte(`{"version":1,"blocks":[{"type":"list","items":[[{"type":"quote","blocks":[]}]]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		doc, err := content.ReadJSON(bytes.NewReader(data))
		if err != nil {
			return
		}
		want := content.DumpString(doc)
		out, err := content.MarshalJSON(doc)
		if err != nil {
			t.Fatal(err)
		}
		again, err := content.ReadJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("re-read: %v\n%s", err, out)
		}
		if got := content.DumpString(again); got != want {
			t.Fatalf("round trip:\n%s\nwant\n%s", got, want)
		}
		content.NumberNotes(again) // must not panic either
	})
}
