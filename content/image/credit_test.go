package image

import (
	"testing"

	"github.com/offprint/offprint/content"
)

func TestSplitCredit(t *testing.T) {
	tests := []struct{ in, caption, credit string }{
		{"Flowers at the hall. Sefa Karacan/Anadolu via Getty Images", "Flowers at the hall.", "Sefa Karacan/Anadolu via Getty Images"},
		{"A man waves (Photo: Jane Doe/Reuters)", "A man waves", "Jane Doe/Reuters"},
		{"A man waves. Photograph: Jane Doe for The Guardian", "A man waves.", "Jane Doe for The Guardian"},
		{"The harbour at dawn. Photo by Ann Lee.", "The harbour at dawn.", "Ann Lee"},
		{"Eine Biene auf einer Blüte. Foto: Max Mustermann", "Eine Biene auf einer Blüte.", "Max Mustermann"},
		{"The team in 1998. Courtesy of the Smith family", "The team in 1998.", "the Smith family"},
		{"Protesters in Paris. AFP", "Protesters in Paris.", "AFP"},
		{"Protesters in Paris. Jean Dupont", "Protesters in Paris.", "Jean Dupont"},
		{"Protesters in Paris. Thomas Samson/AFP via Getty Images", "Protesters in Paris.", "Thomas Samson/AFP via Getty Images"},
		{"The attack was reported by AP.", "The attack was reported by AP.", ""},
		{"A calm sea. The photo was taken in 1990.", "A calm sea. The photo was taken in 1990.", ""},
		{"Two sentences. Nothing else here.", "Two sentences. Nothing else here.", ""},
		{"No credit at all", "No credit at all", ""},
		{"", "", ""},
		{"b! .", "b! .", ""}, // issue 14: a lone full stop after the last sentence
		{"b! . .", "b! . .", ""},
		{"Yes? ..", "Yes? ..", ""},
		// a credit's name is not cut at its initials
		{"People gather. John F. Kennedy/AP", "People gather.", "John F. Kennedy/AP"},
		{"A man walks to work. J. R. Smith/Reuters", "A man walks to work.", "J. R. Smith/Reuters"},
		{"Manifestants à Paris. Jean-Luc M. Martin/AFP via Getty Images", "Manifestants à Paris.", "Jean-Luc M. Martin/AFP via Getty Images"},
		{"Workers in Queens. Chang W. Lee/The New York Times", "Workers in Queens.", "Chang W. Lee/The New York Times"},
		{"A storm hit the U.S. Jane Doe/AP", "A storm hit the U.S.", "Jane Doe/AP"},
		{"Snow in Washington, D.C. Jane Doe/AP", "Snow in Washington, D.C.", "Jane Doe/AP"},
		{"Crowds gather. The march in Washington D.C. Jane Doe/AP", "Crowds gather. The march in Washington D.C.", "Jane Doe/AP"},
		{"Plan B. Ana Lopez/Reuters", "Plan B.", "Ana Lopez/Reuters"},
		{"A long wait… Jane Doe/AP", "A long wait…", "Jane Doe/AP"}, // the caption keeps its whole ellipsis
	}
	for _, tt := range tests {
		caption, credit := SplitCredit(tt.in)
		if caption != tt.caption || credit != tt.credit {
			t.Errorf("SplitCredit(%q) = %q, %q; want %q, %q", tt.in, caption, credit, tt.caption, tt.credit)
		}
	}
}

func TestSplitCaptionCredit(t *testing.T) {
	styled := []content.Inline{&content.Emph{Inlines: content.T("No credit")}, &content.Text{Text: " here"}}
	link := func(u, s string) content.Inline { return &content.Link{URL: u, Inlines: content.T(s)} }
	tests := []struct {
		in              []content.Inline
		caption, credit string // content.InlineString of each
	}{
		{[]content.Inline{&content.Text{Text: "Protesters in Paris. "}, &content.Emph{Inlines: content.T("AFP")}}, `"Protesters in Paris."`, `emph["AFP"]`},
		{styled, content.InlineString(styled), ""},
		{nil, "", ""},
		// the Markdown caption of the issue: the link in the caption stays
		{[]content.Inline{&content.Emph{Inlines: []content.Inline{
			&content.Text{Text: "People lay flowers at "}, link("https://example.com/crocus", "Crocus City Hall"),
			&content.Text{Text: " on March 23, 2024. Sefa Karacan/Anadolu via Getty Images"}}}},
			`emph["People lay flowers at " link<https://example.com/crocus>["Crocus City Hall"] " on March 23, 2024."]`,
			`emph["Sefa Karacan/Anadolu via Getty Images"]`},
		// a link in the credit stays, after an explicit marker
		{[]content.Inline{&content.Text{Text: "A street in Kyiv. Photo: X/"}, link("https://agency.example", "Agency"), &content.Text{Text: " "}, &content.NoteRef{Note: 2}},
			`"A street in Kyiv."`, `"X/" link<https://agency.example>["Agency"] ref[2]`},
	}
	for _, tt := range tests {
		caption, credit := SplitCaptionCredit(tt.in)
		if got, gotc := content.InlineString(caption), content.InlineString(credit); got != tt.caption || gotc != tt.credit {
			t.Errorf("SplitCaptionCredit(%s)\n = %s | %s\nwant %s | %s", content.InlineString(tt.in), got, gotc, tt.caption, tt.credit)
		}
	}
}

func TestCreditLabels(t *testing.T) {
	tests := []struct{ in, caption, credit string }{
		{"Commuters wait for a train underground.CreditCreditChang W. Lee/The New York Times", "Commuters wait for a train underground.", "Chang W. Lee/The New York Times"},
		{"Commuters wait underground. Credit Chang W. Lee/The New York Times", "Commuters wait underground.", "Chang W. Lee/The New York Times"},
		{"Commuters wait underground.Credit: Agence France-Presse", "Commuters wait underground.", "Agence France-Presse"},
		{"Bankers left the building. Credit Suisse shares fell sharply that day", "Bankers left the building. Credit Suisse shares fell sharply that day", ""},
		{"A credit card on a table.", "A credit card on a table.", ""},
	}
	for _, tt := range tests {
		caption, credit := SplitCredit(tt.in)
		if caption != tt.caption || credit != tt.credit {
			t.Errorf("SplitCredit(%q) = %q, %q; want %q, %q", tt.in, caption, credit, tt.caption, tt.credit)
		}
	}
	for in, want := range map[string]string{
		"CreditChang W. Lee": "Chang W. Lee", "Credit: AP": "AP", "Credit Credit Jo Ko": "Jo Ko",
		"Creditor Bank": "Creditor Bank", "Credit": "Credit", "Jo Ko/AP": "Jo Ko/AP",
		"(Walt Disney Co.)": "Walt Disney Co.", "(Image credit: All About Space)": "All About Space",
		"Photo Credit: Jo Ko": "Jo Ko", "(AP) Jo Ko (left)": "(AP) Jo Ko (left)", "()": "()",
		"(Jo Ko (AP))": "Jo Ko (AP)", "Image credits: NASA/JPL": "NASA/JPL", "credit: AP": "credit: AP",
	} {
		if got := content.PlainText(TrimCreditLabel(content.T(in))); got != want {
			t.Errorf("TrimCreditLabel(%q) = %q; want %q", in, got, want)
		}
	}
}
