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
	tests := []struct {
		in      []content.Inline
		caption string // content.InlineString of the caption
		credit  string
	}{
		{[]content.Inline{&content.Text{Text: "Protesters in Paris. "}, &content.Emph{Inlines: content.T("AFP")}}, content.InlineString(content.T("Protesters in Paris.")), "AFP"},
		{styled, content.InlineString(styled), ""},
		{nil, "", ""},
	}
	for _, tt := range tests {
		caption, credit := SplitCaptionCredit(tt.in)
		if got := content.InlineString(caption); got != tt.caption || credit != tt.credit {
			t.Errorf("SplitCaptionCredit(%s) = %s, %q; want %s, %q", content.InlineString(tt.in), got, credit, tt.caption, tt.credit)
		}
	}
}
