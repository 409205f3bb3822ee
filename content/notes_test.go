package content

import (
	"strings"
	"testing"
	"time"
)

func para(ins ...Inline) *Paragraph { return &Paragraph{Inlines: ins} }

func TestNumberNotes(t *testing.T) {
	tests := []struct {
		name string
		doc  func() *Document
		want string // dump of notes and paragraphs
	}{
		{
			name: "source first, links numbered once per URL",
			doc: func() *Document {
				return &Document{
					Meta: Meta{Title: "T", Publisher: "Vox", SourceURL: "https://vox.com"},
					Blocks: []Block{
						para(&Text{"a "}, &Link{URL: "https://a.example/x", Inlines: T("x")}),
						para(&Link{URL: "#local", Inlines: T("here")}, &Link{URL: "https://b.example", Inlines: T("b")},
							&Link{URL: "https://a.example/x", Inlines: T("again")}),
					},
				}
			},
			want: `meta title "T"
meta publisher "Vox"
meta source-url "https://vox.com"
paragraph "a " link<https://a.example/x>["x"]^2
paragraph link<#local>["here"] link<https://b.example>["b"]^3 link<https://a.example/x>["again"]^2
note 1 source <https://vox.com> "Vox, “T”."
note 2 link <https://a.example/x> ""
note 3 link <https://b.example> ""
`,
		},
		{
			name: "footnotes renumbered in call order, uncalled dropped",
			doc: func() *Document {
				return &Document{
					Blocks: []Block{para(&Text{"x"}, &NoteRef{Note: 3}, &NoteRef{Note: 1})},
					Notes: []Note{
						{Kind: NoteFootnote, Text: "one"},
						{Kind: NoteFootnote, Text: "never called"},
						{Kind: NoteFootnote, Text: "three"},
					},
				}
			},
			want: `paragraph "x" ref[1] ref[2]
note 1 footnote "three"
note 2 footnote "one"
`,
		},
		{
			name: "link inside a footnote numbered right after the footnote",
			doc: func() *Document {
				return &Document{
					Blocks: []Block{para(&NoteRef{Note: 1}, &Link{URL: "https://c.example", Inlines: T("c")})},
					Notes: []Note{{Kind: NoteFootnote, Blocks: []Block{
						para(&Link{URL: "https://d.example", Inlines: T("d")}),
					}}},
				}
			},
			want: `paragraph ref[1] link<https://c.example>["c"]^3
note 1 footnote ""
  paragraph link<https://d.example>["d"]^2
note 2 link <https://d.example> ""
note 3 link <https://c.example> ""
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tt.doc()
			NumberNotes(doc)
			if got := DumpString(doc); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
			NumberNotes(doc) // idempotent
			if got := DumpString(doc); got != tt.want {
				t.Errorf("second pass changed the document:\n%s", got)
			}
			for i, n := range doc.Notes {
				if n.Number != i+1 {
					t.Errorf("note %d has number %d", i, n.Number)
				}
			}
		})
	}
}

func TestSourceNoteTitlePunctuation(t *testing.T) {
	tests := []struct{ lang, title, want string }{
		{"", "Plain title", "Vox, “Plain title”."},
		{"", "Ends with a period.", "Vox, “Ends with a period”."},
		{"", "Is it over?", "Vox, “Is it over?”"},
		{"", "“The ocean is rising,” she said", "Vox, “‘The ocean is rising,’ she said”."},
		{"", "“The ocean is rising”", "Vox, “The ocean is rising”."},
		{"", "\"Quoted whole\"", "Vox, “Quoted whole”."},
		{"de", "Warum Bienen tanzen", "Vox, „Warum Bienen tanzen“."},
		{"de", "„Warum Bienen tanzen“", "Vox, „Warum Bienen tanzen“."},
		{"de", "Tanzen Bienen?", "Vox, „Tanzen Bienen?“"},
		{"fr", "Pourquoi les abeilles dansent", "Vox, «\u00a0Pourquoi les abeilles dansent\u00a0»."},
	}
	for _, tt := range tests {
		doc := &Document{Meta: Meta{Title: tt.title, Publisher: "Vox", Language: tt.lang}}
		NumberNotes(doc)
		if got := doc.Notes[0].Text; got != tt.want {
			t.Errorf("title %q: note %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestSourceNoteText(t *testing.T) {
	doc := &Document{Meta: Meta{Title: "Headline", Publisher: "Vox", SourceURL: "https://vox.com",
		Date: time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC)}}
	NumberNotes(doc)
	if doc.SourceNote() != 1 {
		t.Fatalf("SourceNote() = %d", doc.SourceNote())
	}
	if got, want := doc.Notes[0].Text, "Vox, “Headline”, 25 March 2024."; got != want {
		t.Errorf("source note %q, want %q", got, want)
	}
}

func TestAssignIDs(t *testing.T) {
	doc := &Document{Blocks: []Block{
		&Heading{Level: 2, Inlines: T("Enter: ISIS-K.")},
		&Heading{Level: 2, Inlines: T("Enter: ISIS-K.")},
		&Heading{Level: 3, Inlines: T("2024 — a year")},
		&Heading{Level: 3, Inlines: T("Ελληνικά")},
		&Heading{Level: 2, ID: "given", Inlines: T("x")},
	}}
	AssignIDs(doc)
	var ids []string
	for _, b := range doc.Blocks {
		ids = append(ids, b.(*Heading).ID)
	}
	if got, want := strings.Join(ids, " "), "enter-isis-k enter-isis-k-2 s-2024-a-year ελληνικά given"; got != want {
		t.Errorf("ids = %q, want %q", got, want)
	}
}

func TestPlainText(t *testing.T) {
	ins := []Inline{&Text{"a "}, &Emph{T("b")}, &NoteRef{Note: 1}, &Break{}, &Link{URL: "u", Inlines: []Inline{&Strong{T("c")}}}, &Code{"d"}}
	if got := PlainText(ins); got != "a b cd" {
		t.Errorf("PlainText = %q", got)
	}
}

func TestSlugLength(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Il Comune di Venezia introduce il ticket d’accesso da cinque euro per i turisti", "il-comune-di-venezia-introduce-il-ticket-d"},
		{strings.Repeat("a", 60), strings.Repeat("a", 48)},
	}
	for _, tt := range tests {
		if got := Slug(tt.text); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSourceName(t *testing.T) {
	for _, tc := range []struct {
		m    Meta
		want string
	}{
		{Meta{Publisher: " Vox ", SourceURL: "https://www.vox.com/x"}, "Vox"},
		{Meta{SourceURL: "https://WWW.Vox.com/world/123"}, "vox.com"},
		{Meta{SourceURL: "https://news.example.org:8080/a"}, "news.example.org"},
		{Meta{SourceURL: "not a url"}, ""},
		{Meta{}, ""},
	} {
		if got := SourceName(tc.m); got != tc.want {
			t.Errorf("SourceName(%+v) = %q, want %q", tc.m, got, tc.want)
		}
	}
}
