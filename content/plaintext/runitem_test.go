package plaintext

import "testing"

// TestRunItems checks run-item: a line read as a heading set tight
// between two items of one run of short lines or of "label: value"
// lines is one more item, while a label over the run, a section's name
// in it or a heading apart from it stays a heading.
func TestRunItems(t *testing.T) {
	const p = "Title\n\n" + lede + "\n\n" + lede + "\n\n"
	const picks = "Our top picks\nBest overall: Kindle Paperwhite (12th gen)\nBest for library books: Kobo Libra Colour\nBest budget: Kindle (2024)\nBest for note-taking: Kobo Sage\n\n"
	tests := []struct {
		name, input string
		line        int
		role, rule  string
	}{
		{"pick among picks", p + picks + lede + "\n", 9, RoleParagraph, ruleRunItem},
		{"first pick stays a fact", p + picks + lede + "\n", 8, RoleParagraph, ruleFactLine},
		{"label over the picks", p + picks + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"label amid the run", p + "For\nExcellent OLED display\nA superb keyboard\nAll-day battery life\nAgainst\nA poor webcam\nOnly two ports\n\n" + lede + "\n", 11, RoleHeading, ruleSubLabel},
		{"section name amid the run", p + "Equipment\nSheet pan\nIngredients\n1 pound gnocchi\n2 bell peppers\n\n" + lede + "\n", 9, RoleHeading, ruleSectionName},
		{"heading set apart", p + picks + "Best for library books: Kobo Libra Colour\n\n" + lede + "\n", 13, RoleHeading, ruleHeadingShort},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			role, rule := lineDecision(t, tt.input, tt.line)
			if role != tt.role || rule != tt.rule {
				t.Errorf("line %d: got %s (%s), want %s (%s)", tt.line, role, rule, tt.role, tt.rule)
			}
		})
	}
}
