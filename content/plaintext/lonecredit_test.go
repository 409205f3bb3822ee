package plaintext

import "testing"

// TestLoneCredit checks lone-credit: an agency's initials alone next to a
// picture's caption are its credit, and the headings in capitals, Roman
// numerals and words that look like them stay headings.
func TestLoneCredit(t *testing.T) {
	const p = "Title\n\n" + lede + "\n\n" + lede + "\n\n"
	tests := []struct {
		name, input string
		line        int
		role, rule  string
	}{
		{"initials under a caption", p + "Students in the library of Utrecht University.\nANP\n" + lede + "\n\nHousing\n\n" + lede + "\n", 8, RoleCredit, ruleLoneCredit},
		{"initials over a caption", p + "JAMSTEC/IODP\nThe drilling vessel Chikyu, which recovered the rock cores\n" + lede + "\n", 7, RoleCredit, ruleLoneCredit},
		{"the caption under them", p + "JAMSTEC/IODP\nThe drilling vessel Chikyu, which recovered the rock cores\n" + lede + "\n", 8, RoleCaption, ruleCaptionBelow},
		{"initials over a caption and its credit", p + "NA\n\nThe authorities believe a bomb caused the blast. Photo: Craig Ruttle/Associated Press\n\n" + lede + "\n", 7, RoleCredit, ruleLoneCredit},
		{"initials under a caption and its credit", p + "Students in the library. Photo: Jane Doe\n\nFOOD\n\n" + lede + "\n", 9, RoleCredit, ruleLoneCredit},
		{"page heading in capitals", p + "Students in the library. Photo: Jane Doe\n\nFOOD\n\n" + lede + "\n\nMUSIC\n\n" + lede + "\n", 9, RoleHeading, ruleHeadingShort},
		{"Roman numeral, left to lone-numeral", p + "Students in the library. Photo: Jane Doe\n\nIV\n\n" + lede + "\n", 9, RoleParagraph, ruleLoneNumeral},
		{"word with a hyphen over a short line", p + "RAIO-X\nFrancisca Lima, 52\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"initials between paragraphs", p + "FAQ\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"initials over a question", p + "FAQ\nHow do I renew my card?\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"longer word in capitals under a short line", p + "Students in the library of Utrecht University.\nTAKEAWAYS\n" + lede + "\n", 8, RoleHeading, ruleHeadingShort},
	}
	for _, tt := range tests {
		role, rule := lineDecision(t, tt.input, tt.line)
		if role != tt.role || rule != tt.rule {
			t.Errorf("%s: line %d is %s/%s, want %s/%s", tt.name, tt.line, role, rule, tt.role, tt.rule)
		}
	}
}

// TestInitialsCredit checks the shape of an agency's initials.
func TestInitialsCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"ANP": true, "NA": true, "NOS": true, "JAMSTEC/IODP": true, "EPA/ANSA": true,
		"A": false, "FOOD": true, "MUSIC": false, "IV": false, "III": false, "RAIO-X": false,
		"Ansa": false, "US/uk": false, "AB/C": false, "": false, "Q&A": false,
	} {
		if got := initialsCredit(s); got != want {
			t.Errorf("initialsCredit(%q) = %v, want %v", s, got, want)
		}
	}
}
