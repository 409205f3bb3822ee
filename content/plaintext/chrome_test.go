package plaintext

import "testing"

// TestChromeRule checks the lines that are a page's buttons or labels by
// their words alone, in several languages, and the lines that are not.
func TestChromeRule(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Teilen", ruleButtonRow},
		{"Artikel anhören", ruleButtonRow},
		{"Deel dit artikel", ruleButtonRow},
		{"Condividi", ruleButtonRow},
		{"ascolta articolo", ruleButtonRow},
		{"Compartilhe:", ruleButtonRow},
		{"Partager l’article", ruleButtonRow},
		{"Escuchar esta noticia", ruleButtonRow},
		{"Save Share", ruleButtonRow},
		{"Udostępnij", ruleButtonRow},
		{"Anzeige", rulePageLabel},
		{"Publicidade", rulePageLabel},
		{"Publicité", rulePageLabel},
		{"Pubblicità", rulePageLabel},
		{"Pinned post", rulePageLabel},
		{"Advertentie", rulePageLabel},
		{"Save the Children", ""},
		{"The article", ""},
		{"Share prices fell", ""},
		{"Anzeige gegen Unbekannt erstattet", ""},
		{"Deel 2", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := chromeRule(tt.in); got != tt.want {
			t.Errorf("chromeRule(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPromoPhrase checks the labels that put other stories under them, by
// their words, and the headings that share some of those words.
func TestPromoPhrase(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Read this next", true},
		{"Explore more on these topics", true},
		{"You may also like", true},
		{"More on this story", true},
		{"Lo más leído", true},
		{"Das könnte Sie auch interessieren", true},
		{"Meer over dit onderwerp", true},
		{"Leggi anche", true},
		{"Les plus lus", true},
		{"See also", false},
		{"Further reading", false},
		{"Also consider", false},
		{"More than a game", false},
		{"Related", false}, // one word: promoLabels has it
		{"The next step", false},
	}
	for _, tt := range tests {
		if got := isPromoPhrase(tt.in); got != tt.want {
			t.Errorf("isPromoPhrase(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestSignUp checks the lines of a newsletter's box and the lines that
// only mention signing up.
func TestSignUp(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Sign up to our newsletter", true},
		{"Sign up to First Edition", true},
		{"Free daily newsletter", true},
		{"Get the best stories straight to your inbox", true},
		{"Abonnieren Sie unseren Newsletter", true},
		{"Schrijf je in voor de nieuwsbrief", true},
		{"Suscríbete al boletín", true},
		{"Pour ne rien manquer de l’actualité économique", true},
		{"Ne rien manquer du match", false},
		{"How to judge a sign-up bonus", false},
		{"Why readers subscribe", false},
		{"Inboxes", false},
	}
	for _, tt := range tests {
		if got := isSignUp(tt.in); got != tt.want {
			t.Errorf("isSignUp(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestChromeInContext checks, line by line, how the page's chrome reads
// among an article's lines: dropped, so that the heading under an ad
// label heads its text, and a pair of lines of a newsletter's box is no
// pair of headings.
func TestChromeInContext(t *testing.T) {
	const p = "Title\n" + lede + "\n" + lede + "\n"
	tests := []struct {
		name, input string
		line        int
		role, rule  string
	}{
		{"button row", p + "Artikel anhören\nTeilen\n" + lede + "\n", 5, RoleBoilerplate, ruleButtonRow},
		{"ad label", p + "Anzeige\nWie geht es weiter?\n" + lede + "\n", 4, RoleBoilerplate, rulePageLabel},
		{"heading under an ad label", p + "Anzeige\nWie geht es weiter?\n" + lede + "\n", 5, RoleHeading, ruleHeadingQuestion},
		{"promo label", p + "Read this next\nWhat Does Shingles Look Like? Pictures and Treatment\n" + lede + "\n", 4, RoleBoilerplate, rulePromoLabel},
		{"newsletter box", p + "Sign up to First Edition\nFree daily newsletter\n" + lede + "\n", 4, RoleBoilerplate, ruleNewsletterBox},
		{"newsletter box's second line", p + "Sign up to First Edition\nFree daily newsletter\n" + lede + "\n", 5, RoleBoilerplate, ruleNewsletterBox},
		{"long line over a caption", p + "Retired teacher Brenda Hollis completed the challenge in just under 14 hours\nBrenda Hollis at the finish line\nImage: Cumbria Photo Agency\n" + lede + "\n", 4, RoleParagraph, ruleOverCaption},
		{"slide title over a caption", p + "Stowe, Vermont\nBrenda Hollis at the finish line\nImage: Cumbria Photo Agency\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"kicker repeated among the topics", "Title\nFilm\nDonal Keane as Seamus.\nPhotograph: Element Pictures\n" + lede + "\n" + lede + "\n" + lede + "\n" + lede + "\nExplore more on these topics\nFilm\nThrillers\n", 2, RoleParagraph, ruleRepeated},
	}
	for _, tt := range tests {
		if role, rule := lineDecision(t, tt.input, tt.line); role != tt.role || rule != tt.rule {
			t.Errorf("%s: line %d is %s/%s, want %s/%s", tt.name, tt.line, role, rule, tt.role, tt.rule)
		}
	}
}
