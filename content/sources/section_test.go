package sources

import (
	"strings"
	"testing"
	"time"

	"github.com/offprint/offprint/content"
)

// sectionOf annotates doc with Mode List and returns the heading and the
// items of the Sources section, or ok false when it has none.
func sectionOf(t *testing.T, doc *content.Document) (heading *content.Heading, items []string, ok bool) {
	t.Helper()
	before := len(doc.Blocks)
	if _, err := Annotate(doc, Options{Mode: List}); err != nil {
		t.Fatal(err)
	}
	switch len(doc.Blocks) - before {
	case 0:
		return nil, nil, false
	case 2:
	default:
		t.Fatalf("added %d blocks, want 0 or 2", len(doc.Blocks)-before)
	}
	n := len(doc.Blocks)
	for _, item := range doc.Blocks[n-1].(*content.List).Items {
		items = append(items, content.BlocksText(item))
	}
	return doc.Blocks[n-2].(*content.Heading), items, true
}

// TestSectionOnlyTitle checks that the section is left out when it would
// only repeat the article's title, and kept when there is something to cite.
func TestSectionOnlyTitle(t *testing.T) {
	quoted := "“We will rebuild every house,” said Maria Lopez, a resident of Pine Hollow."
	date := time.Date(2024, 2, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		meta   content.Meta
		credit string
		body   string
		want   []string // nil: no section
	}{
		{"title only", content.Meta{Title: "Bread"}, "", "Plain text.", nil},
		{"title and date", content.Meta{Title: "Bread", Date: date}, "", "Plain text.", nil},
		{"nothing at all", content.Meta{}, "", "Plain text.", nil},
		{"publisher", content.Meta{Title: "Bread", Publisher: "The Loaf"}, "", "Plain text.", []string{"The Loaf, “Bread”."}},
		{"url", content.Meta{Title: "Bread", SourceURL: "https://x.example/b"}, "", "Plain text.", []string{"“Bread”. https://x.example/b"}},
		{"credit", content.Meta{Title: "Bread"}, "Jae C. Hong/AP", "Plain text.", []string{"Photo: Jae C. Hong/AP."}},
		{"person", content.Meta{Title: "Bread"}, "", quoted, []string{"Maria Lopez, a resident of Pine Hollow."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docFromLines(tt.body)
			doc.Meta = tt.meta
			if tt.credit != "" {
				doc.Blocks = append([]content.Block{&content.Figure{Credit: content.T(tt.credit)}}, doc.Blocks...)
			}
			_, items, ok := sectionOf(t, doc)
			if tt.want == nil {
				if ok {
					t.Errorf("section %q, want none", items)
				}
				return
			}
			if strings.Join(items, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("items %q, want %q", items, tt.want)
			}
		})
	}
}

// TestCreditLabel checks that a credit which says what it is keeps its own
// label, and that others get the document's.
func TestCreditLabel(t *testing.T) {
	tests := []struct{ credit, want string }{
		{"Jae C. Hong/AP", "Photo: Jae C. Hong/AP"},
		{"Photo: Anouk Smit for The Correspondent", "Photo: Anouk Smit for The Correspondent"},
		{"Photograph: Christopher Thomond/The Guardian", "Photograph: Christopher Thomond/The Guardian"},
		{"Photo by Ingrid Solberg", "Photo by Ingrid Solberg"},
		{"PHOTO: REUTERS", "PHOTO: REUTERS"},
		{"Foto: dpa", "Foto: dpa"},
		{"Photo : AFP", "Photo : AFP"},
		{"Photo credit: Kim Lee", "Photo credit: Kim Lee"},
		{"Illustration: Ana Ruiz", "Illustration: Ana Ruiz"},
		{"Courtesy of the family", "Courtesy of the family"},
		{"© Mark Field", "© Mark Field"},
		{"Photographer Kim Lee", "Photo: Photographer Kim Lee"},
		{"Image Source/Getty Images", "Photo: Image Source/Getty Images"},
		{"Photos Kim Lee", "Photo: Photos Kim Lee"},
		{"Fotostudio Berg", "Photo: Fotostudio Berg"},
	}
	en := wordsFor("en")
	for _, tt := range tests {
		if got := en.credit(tt.credit); got != tt.want {
			t.Errorf("credit(%q) = %q, want %q", tt.credit, got, tt.want)
		}
	}
}

// TestTitleQuotes checks that the title's own quotation marks are never
// doubled.
func TestTitleQuotes(t *testing.T) {
	tests := []struct{ lang, title, want string }{
		{"en", "Bread", "“Bread”"},
		{"en", "“The ocean is running a fever”", "“The ocean is running a fever”"},
		{"en", `"The ocean is running a fever"`, "“The ocean is running a fever”"},
		{"en", "“The ocean is running a fever”: a marine biologist", "“‘The ocean is running a fever’: a marine biologist”"},
		{"en", "A biologist on “the fever”", "“A biologist on ‘the fever’”"},
		{"en", "“Yes” and “no”", "“‘Yes’ and ‘no’”"},
		{"en", "‘Rock ’n’ roll’", "“‘Rock ’n’ roll’”"},
		{"en", "‘Ghosts’", "“Ghosts”"},
		{"en", "“", "“‘”"},
		{"de", "„Wir schaffen das“", "„Wir schaffen das“"},
		{"de", "„Wir schaffen das“: ein Rückblick", "„‚Wir schaffen das‘: ein Rückblick“"},
		{"fr", "« Lire le dimanche »", "«\u00a0Lire le dimanche\u00a0»"},
	}
	for _, tt := range tests {
		if got := wordsFor(tt.lang).quote(tt.title); got != tt.want {
			t.Errorf("%s quote(%q) = %q, want %q", tt.lang, tt.title, got, tt.want)
		}
	}
}

// TestSectionLanguage checks the heading, the credit label and the dates
// in each language the pass has words for, and English for the others.
func TestSectionLanguage(t *testing.T) {
	tests := []struct{ lang, heading, credit, pub string }{
		{"", "Sources", "Photo: Kim Lee.", "Gazette, “Bread”, 4 February 2024. https://x.example (retrieved 5 March 2024)"},
		{"en-GB", "Sources", "Photo: Kim Lee.", "Gazette, “Bread”, 4 February 2024. https://x.example (retrieved 5 March 2024)"},
		{"de", "Quellen", "Foto: Kim Lee.", "Gazette, „Bread“, 4. Februar 2024. https://x.example (abgerufen am 5. März 2024)"},
		{"fr-CA", "Sources", "Photo\u00a0: Kim Lee.", "Gazette, «\u00a0Bread\u00a0», 4 février 2024. https://x.example (consulté le 5 mars 2024)"},
		{"es", "Fuentes", "Foto: Kim Lee.", "Gazette, «Bread», 4 de febrero de 2024. https://x.example (consultado el 5 de marzo de 2024)"},
		{"it", "Fonti", "Foto: Kim Lee.", "Gazette, «Bread», 4 febbraio 2024. https://x.example (consultato il 5 marzo 2024)"},
		{"pt-BR", "Fontes", "Foto: Kim Lee.", "Gazette, “Bread”, 4 de fevereiro de 2024. https://x.example (consultado em 5 de março de 2024)"},
		{"NL", "Bronnen", "Foto: Kim Lee.", "Gazette, ‘Bread’, 4 februari 2024. https://x.example (geraadpleegd op 5 maart 2024)"},
		{"ar", "المصادر", "صورة: Kim Lee.", "Gazette, «Bread», 4 فبراير 2024. https://x.example (تاريخ الاطلاع 5 مارس 2024)"},
		{"he-IL", "מקורות", "צילום: Kim Lee.", "Gazette, “Bread”, 4 בפברואר 2024. https://x.example (אוחזר 5 במרץ 2024)"},
		{"ja", "Sources", "Photo: Kim Lee.", "Gazette, “Bread”, 4 February 2024. https://x.example (retrieved 5 March 2024)"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			doc := docFromLines("Plain text.")
			doc.Blocks = append([]content.Block{&content.Figure{Credit: content.T("Kim Lee")}}, doc.Blocks...)
			doc.Meta = content.Meta{Title: "Bread", Publisher: "Gazette", SourceURL: "https://x.example", Language: tt.lang,
				Date: time.Date(2024, 2, 4, 0, 0, 0, 0, time.UTC), Retrieved: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)}
			h, items, ok := sectionOf(t, doc)
			if !ok {
				t.Fatal("no section")
			}
			if got := content.PlainText(h.Inlines); got != tt.heading || h.ID != SectionID {
				t.Errorf("heading %q #%s, want %q #%s", got, h.ID, tt.heading, SectionID)
			}
			want := []string{tt.credit, tt.pub}
			if strings.Join(items, "\n") != strings.Join(want, "\n") {
				t.Errorf("items\n got %q\nwant %q", items, want)
			}
			// A second run recognises the section in its language.
			if _, _, again := sectionOf(t, doc); again {
				t.Error("second run added another section")
			}
		})
	}
}

// TestSurnameOnly checks that a speaker known only by a surname gets no
// note and no entry in the section, while a full name does.
func TestSurnameOnly(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the notes
	}{
		{"titled surname", "Mr. Okafor, who runs a store across town, said he had no plans to sell. “As long as people keep breaking things,” he said, “we’ll be here.”", nil},
		{"surname and role", "“We are running out of beds every single night,” said Dr. Haddad, the hospital’s director.", nil},
		{"full name", "Tunde Okafor, who runs a store across town, said he had no plans to sell. “As long as people keep breaking things,” he said, “we’ll be here.”", []string{"Tunde Okafor."}},
		{"full name with suffix", "“We will appeal the ruling at once,” said Robert Hale Jr., the family’s lawyer.", []string{"Robert Hale Jr., the family’s lawyer."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docFromLines(tt.text)
			atts, err := Annotate(doc, Options{Mode: Both})
			if err != nil {
				t.Fatal(err)
			}
			var notes []string
			for _, n := range doc.Notes {
				notes = append(notes, n.Text)
			}
			if strings.Join(notes, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("notes %q, want %q (attributions %v)", notes, tt.want, atts)
			}
			if tt.want == nil && len(doc.Blocks) != 1 {
				t.Errorf("a Sources section for a surname: %s", content.DumpString(doc))
			}
		})
	}
}
