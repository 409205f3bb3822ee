package plaintext

import "testing"

// TestUnderTitle checks line-under-title: a short line right under the
// headline is the article's front matter, and the headings it lets
// through stay headings.
func TestUnderTitle(t *testing.T) {
	const (
		title = "16-inch MacBook Pro review: The keyboard is probably enough\n\n"
		body  = lede + "\n\n" + lede + "\n\nKeyboard\n\n" + lede + "\n\n" + lede + "\n"
	)
	tests := []struct {
		name, input string
		line        int
		role, rule  string
	}{
		{"site's name", title + "AppleInsider\n\n" + body, 3, RoleParagraph, ruleUnderTitle},
		{"byline the page glued to its date", title + "By Carrie ArnoldNovember 15, 2019\n\n" + body, 3, RoleByline, ruleByline},
		{"byline with a label of another language", title + "Текст: Лида Буслаева\n\n" + body, 3, RoleParagraph, ruleUnderTitle},
		{"question under the title", title + "Why is the market behaving differently?\n\n" + body, 3, RoleParagraph, ruleUnderTitle},
		{"heading further down", title + "AppleInsider\n\n" + body, 9, RoleHeading, ruleHeadingShort},
		{"section's name under the title", title + "Introduction\n\n" + body, 3, RoleHeading, ruleHeadingShort},
		{"numeral under the title", title + "I.\n\n" + lede + "\n\nII.\n\n" + lede + "\n", 3, RoleHeading, ruleHeadingNumeral},
		{"person's name under the title", title + "Nicolas Perriault\n\n" + body, 3, RoleByline, ruleNameAtTop},
		{"poem's title over its lines", "Poems\n\nThaw\nThe river has begun\nto remember itself.\n\nCrows\nThey gather on the wire\nlike a sentence.\n", 3, RoleHeading, ruleHeadingShort},
		{"heading under the date", title + "Last updated: 22 May 2025\n\nPrice and availability\n\n" + body, 5, RoleHeading, ruleHeadingShort},
	}
	for _, tt := range tests {
		role, rule := lineDecision(t, tt.input, tt.line)
		if role != tt.role || rule != tt.rule {
			t.Errorf("%s: line %d is %s/%s, want %s/%s", tt.name, tt.line, role, rule, tt.role, tt.rule)
		}
	}
}
