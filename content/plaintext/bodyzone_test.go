package plaintext

import "testing"

// TestBodyZone checks the headings that where they stand, above the
// article's first paragraph of prose or under its last, turns back into
// paragraphs, and those it lets through.
func TestBodyZone(t *testing.T) {
	const p = "Title\n" + lede + "\n"
	tests := []struct {
		name, input string
		line        int
		role, rule  string
	}{
		{"breadcrumb above the prose", "Title\nNyheter\nInrikes\nPublicerad 4 februari 2025 kl 08.12\n" + lede + "\nIngen fara\n" + lede + "\n", 2, RoleParagraph, ruleBeforeProse},
		{"label above a date above the prose", "Title\nNyheter\nInrikes\nPublicerad 4 februari 2025 kl 08.12\n" + lede + "\n", 3, RoleParagraph, ruleBeforeProse},
		{"first section's heading", "Title\nIntroduction\n" + lede + "\nMethods\n" + lede + "\n", 2, RoleHeading, ruleHeadingShort},
		{"heading over a heading over the prose", "Title\nCHAPTER ONE\nThe Map Room\n" + lede + "\n", 2, RoleParagraph, ruleBeforeProse},
		{"its subheading stays", "Title\nCHAPTER ONE\nThe Map Room\n" + lede + "\n", 3, RoleHeading, ruleHeadingPair},
		{"section name above the prose", "Title\nIngredients\n500 g flour\n2 eggs\nMethod\n" + lede + "\n", 2, RoleHeading, ruleSectionName},
		{"no prose: verse", "Title\nThaw\nThe river has begun\nto remember itself.\n\nCrows\nThey gather on the wire\nlike a sentence.\n", 2, RoleHeading, ruleHeadingShort},
		{"tag under the prose", p + "Why it matters\n" + lede + "\nsmog\nKraków\njakość powietrza\n", 6, RoleParagraph, ruleAfterProse},
		{"promo label under the prose", p + "Why it matters\n" + lede + "\nZobacz także\nRanking najbardziej zanieczyszczonych miast Europy. Polska w czołówce\n", 5, RoleParagraph, ruleAfterProse},
		{"section over a sentence under the prose", p + "Why it matters\n" + lede + "\nWhat’s next\nThe teams meet again in May.\n", 5, RoleHeading, ruleHeadingShort},
		{"slide over its caption", p + "Why it matters\n" + lede + "\nStowe, Vermont\nThe village green under the Green Mountains in autumn\nSeanPavonePhoto/Getty Images\n", 5, RoleHeading, ruleHeadingShort},
		{"numbered like its siblings", p + "12. Governing Law\n" + lede + "\n13. Contact\nLoomly Labs Inc., 2035 Sunset Lake Road, Newark, DE 19702, USA. Email: legal@loomly.app\n", 5, RoleHeading, ruleHeadingNumbered},
		{"heading over a contact", p + "Why it matters\n" + lede + "\nMedia Contact\nJordan Ellis\npress@example.com\n", 5, RoleHeading, ruleHeadingShort},
	}
	for _, tt := range tests {
		role, rule := lineDecision(t, tt.input, tt.line)
		if role != tt.role || rule != tt.rule {
			t.Errorf("%s: line %d is %s/%s, want %s/%s", tt.name, tt.line, role, rule, tt.role, tt.rule)
		}
	}
}
