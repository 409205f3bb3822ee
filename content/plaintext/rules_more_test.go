package plaintext

import (
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
)

func TestBylineForms(t *testing.T) {
	tests := []struct {
		line, names, date, rule string // names joined by "; "; "" means: not a byline
	}{
		{"Posted on February 4, 2024 by Tomasz Wiśniewski", "Tomasz Wiśniewski", "2024-02-04", ruleBylinePosted},
		{"Published March 3, 2024 by Jane Doe and John Roe", "Jane Doe; John Roe", "2024-03-03", ruleBylinePosted},
		{"Posted by Jane Doe on March 3, 2024", "Jane Doe", "2024-03-03", ruleByline},
		{"Interview by Clara Whitfield", "Clara Whitfield", "", ruleByline},
		{"Von Katharina Müller-Lüdenscheidt", "Katharina Müller-Lüdenscheidt", "", ruleBylineForeign},
		{"Par Élodie Beauséjour et Jean Dupont", "Élodie Beauséjour; Jean Dupont", "", ruleBylineForeign},
		{"Por Ana María García", "Ana María García", "", ruleBylineForeign},
		{"Di Giulia Rossi | 3 marzo 2024", "Giulia Rossi", "2024-03-03", ruleBylineForeign},
		{"Door Piet de Groot", "Piet de Groot", "", ruleBylineForeign},
		{"VON KATHARINA MÜLLER", "Katharina Müller", "", ruleBylineForeign},
		{"Un texte de Frédéric Zalac d'Enquête", "Frédéric Zalac", "", ruleBylineForeign},
		{"Texto de Ana María García", "Ana María García", "", ruleBylineForeign},
		{"Erstellt von Andri Bryner", "Andri Bryner", "", ruleBylineForeign},
		{"Eine Kolumne von Nils Pickert", "Nils Pickert", "", ruleBylineForeign},
		{"Publicado por Ana María García", "Ana María García", "", ruleBylineForeign},
		{"A column by Jane Doe", "Jane Doe", "", ruleByline},
		// Not bylines.
		{"Posted on February 4, 2024 by the lake", "", "", ""},
		{"Posted on Tuesday by mistake, the photo went viral.", "", "", ""},
		{"Von Berlin aus fährt der Zug weiter.", "", "", ""},
		{"Von Berlin", "", "", ""},
		{"Par ailleurs, la ville a fermé deux piscines.", "", "", ""},
		{"Di solito il museo chiude alle sei.", "", "", ""},
		{"Por la mañana llovió en Madrid.", "", "", ""},
		{"Interview by interview, the picture changed.", "", "", ""},
		{"von Katharina Müller", "", "", ""},
		{"Un texte de loi adopté hier", "", "", ""},
		{"Texte de Gaulle d'Orléans sur la guerre", "", "", ""},
		{"Erstellt von Hand und mit viel Liebe", "", "", ""},
		{"Eine Kolumne von gestern", "", "", ""},
	}
	for _, tt := range tests {
		items := topBylineItems(line{num: 1, text: tt.line})
		var got, date, rule string
		if items != nil && items[0].Role == RoleByline {
			got, rule = strings.Join(items[0].names, "; "), items[0].Rule
			if !items[0].date.IsZero() {
				date = items[0].date.Format("2006-01-02")
			}
		}
		if got != tt.names || date != tt.date || rule != tt.rule {
			t.Errorf("topBylineItems(%q) = %q %q %q; want %q %q %q", tt.line, got, date, rule, tt.names, tt.date, tt.rule)
		}
	}
}

func TestBylineNeverHeading(t *testing.T) {
	// Deep in the body, where the front matter has ended, a byline line
	// stays a paragraph rather than becoming a section heading.
	input := "Title\nA first paragraph that opens the article.\nA second one.\nBy Jane Doe\nBody text after it.\nPosted on March 3, 2024 by John Roe\nMore body text.\n"
	for i, r := range roles(t, input)[1:] {
		if r == RoleHeading {
			t.Errorf("line %d became a heading", i+2)
		}
	}
	// A foreign byline is only read at the top: in the tail it stays text.
	if got := roles(t, "Titel\nDer erste Absatz ist lang genug.\nDer zweite auch, wie man sieht.\nVon Anna Schmidt\n"); got[3] == RoleByline {
		t.Errorf("a 'Von' line at the end is a byline: %q", got)
	}
}

func TestInterview(t *testing.T) {
	qa := "An interview with a diver\nInterview by Jane Doe\nAn introduction to the interview, long enough to be a paragraph.\nQ: Why dive?\nA: Because the sea is there, and I like it.\nQ: Are you hopeful?\nA: Yes, mostly.\n"
	got := roles(t, qa)
	want := []string{RoleTitle, RoleByline, RoleParagraph, RoleParagraph, RoleParagraph, RoleParagraph, RoleParagraph}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("roles %q, want %q", got, want)
	}
	doc := mustRead(t, qa)
	if d := content.DumpString(doc); !strings.Contains(d, `paragraph strong["Q:"] " Why dive?"`) {
		t.Errorf("question label not bold:\n%s", d)
	}
	// A question line is never a heading, even without answer labels (a FAQ).
	noA := "Title\nIntro paragraph, long enough to count.\nQ: What next?\nBody text here.\n"
	if ds, _ := Explain(strings.NewReader(noA), Options{}); ds[2].Role != RoleParagraph || ds[2].Rule != ruleQA {
		t.Errorf("lone Q line: %v", ds[2])
	}
	// Without a question, "A." is an initial, not an answer.
	initial := "Title\nIntro paragraph, long enough to count.\nA. Smith said the plan would work.\nBody text here.\n"
	if ds, _ := Explain(strings.NewReader(initial), Options{}); ds[2].Rule == ruleQA {
		t.Errorf("initial read as an answer: %v", ds[2])
	}
}

func TestSocialBoilerplate(t *testing.T) {
	for _, s := range []string{"Read 212 Comments", "123 comments", "Comments (4)", "View all 1.2K comments",
		"Leave a comment", "Share on Facebook", "Share via WhatsApp", "Follow us on Instagram",
		"Sign up for our newsletter to get the best stories every week.", "1 comment",
		"12 commentaires", "Kommentare", "Was this page helpful?", "Thanks for your feedback!", "3 comentarios", "5 commenti", "8 reacties", "Comment 214", "Komentarze (12)",
		"Download PDF", "PDF herunterladen", "Edit this page on GitHub", "Post as a guest", "Featured Video", "Relacionadas", "Polecane", "Tag",
		"Please turn on JavaScript to use this feature"} {
		if !isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = false", s)
		}
	}
	for _, s := range []string{"If you have questions, leave them in the comments and I will answer.",
		"Comments from readers poured in.", "Kommentare von Lesern", "212 comments were deleted by the moderators last year.",
		"Share prices fell.", "Comment 22 of the code", "Tag 1", "Download the report", "Relacionadas con el clima", "Featured video games", "Komentarz redakcji", "Sharing on Facebook is how the rumour spread, officials said."} {
		if isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = true", s)
		}
	}
}

func TestSourceLineOtherLanguages(t *testing.T) {
	tests := []struct{ line, url string }{
		{"Quelle: tagesspiegel.de", "https://tagesspiegel.de"},
		{"Source : lemonde.fr", "https://lemonde.fr"},
		{"Fuente: elpais.com", "https://elpais.com"},
		{"Fonte: corriere.it", "https://corriere.it"},
		{"Bron: nos.nl", "https://nos.nl"},
		{"Quelle tagesspiegel.de", ""},
		{"Quelle: die Regierung hat das bestätigt.", ""},
		{"Fuente de la información fue el ministerio.", ""},
	}
	for _, tt := range tests {
		src, _, ok := parseSourceLine(tt.line)
		if ok != (tt.url != "") || src.url != tt.url {
			t.Errorf("parseSourceLine(%q) = %+v %v, want %q", tt.line, src, ok, tt.url)
		}
	}
}
