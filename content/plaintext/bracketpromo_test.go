package plaintext

import "testing"

func TestBracketPromo(t *testing.T) {
	tests := []struct {
		line  string
		promo bool
	}{
		// a label and a title
		{"[Read: Why Tunisia’s president is so popular]", true},
		{"[Related: The long road to the election]", true},
		{"[See also: How the city voted]", true},
		{"[Read more: Inside the race for the Senate]", true},
		{"[Lire aussi : Le réchauffement climatique en cinq graphiques]", true},
		{"[Mehr zum Thema: Die Bahn streikt erneut]", true},
		// a call to read, get, sign up, listen, watch, follow
		{"[What you need to know to start the day: Get New York Today in your inbox.]", true},
		{"[Sign up for our Morning Briefing newsletter.]", true},
		{"[Listen to ‘The Daily’: Why the storm hit so hard.]", true},
		{"[Watch the video of the launch above.]", true},
		{"[Read more about the wildfires here.]", true},
		{"[Follow Times Opinion on Facebook, Twitter and Instagram.]", true},
		{"[Download our app to get alerts.]", true},
		{"[Like the Science Times page on Facebook. | Sign up for the Science Times newsletter.]", true},
		{"[Abonnez-vous à notre lettre d’information.]", true},
		{"[Suscríbete a nuestro boletín diario.]", true},
		{"[Lesen Sie auch: Was die Reform bringt]", true},
		{"[Iscriviti alla newsletter del mattino.]", true},
		// an editor's text, kept
		{"[This article has been updated to reflect the latest figures.]", false},
		{"[An earlier version of this article misstated the mayor’s name.]", false},
		{"[Editor’s note: Read the full report on our site.]", false},
		{"[Correction: The vote was held on Tuesday, not Monday.]", false},
		{"[Update: Read our latest coverage of the strike.]", false},
		{"[Translator’s note: The original says “Heimat”.]", false},
		{"[N. d. T.: En el original, «hogar».]", false},
		{"[Anm. d. Red.: Der Text wurde gekürzt.]", false},
		{"[Translation: Where is the station?]", false},
		{"[sic]", false},
		{"[Laughter]", false},
		{"[Applause]", false},
		{"[1]", false},
		{"[Inaudible]", false},
		{"[Music playing]", false},
		{"[Read aloud by the author]", false},
		{"[The rest of the interview was conducted in Spanish.]", false},
		{"[1] Smith, J. Get the facts. 2020.", false},
		{"Get New York Today in your inbox.", false},
	}
	for _, tt := range tests {
		if got := isBracketPromo(tt.line); got != tt.promo {
			t.Errorf("isBracketPromo(%q) = %v, want %v", tt.line, got, tt.promo)
		}
	}
}
