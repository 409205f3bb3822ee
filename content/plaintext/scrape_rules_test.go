package plaintext

import (
	"strings"
	"testing"
)

// lineDecision returns the role and rule of the first decision on input
// line n.
func lineDecision(t *testing.T, input string, n int) (string, string) {
	t.Helper()
	ds, err := Explain(strings.NewReader(input), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		if d.Line == n {
			return d.Role, d.Rule
		}
	}
	return "", ""
}

func TestFrontBioSubject(t *testing.T) {
	const head = "Headline of the story\nA dek that sums the story up in a sentence.\n"
	tests := []struct {
		name, input string
		line        int
		role        string
	}{
		{"lede about the subject", head + "April 18, 2024\nGerald Whitcombe has repaired typewriters on Fenwick Street since 1972.\nWhitcombe said he would miss it.\n", 4, RoleParagraph},
		{"lede under a byline", head + "By Jenny Castellanos\nGerald Whitcombe is a reporter's favourite subject, a writer said.\nMore text follows here.\n", 4, RoleParagraph},
		{"byline author's bio", head + "By Jenny Castellanos\nJenny Castellanos is a reporter for the paper.\nThe story starts here.\n", 4, RoleAuthorBio},
		{"unbylined bio", head + "April 18, 2024\nJenny Castellanos covers city hall as a reporter.\nThe story starts here.\n", 4, RoleAuthorBio},
		{"typewriters are no writers", head + "April 18, 2024\nGerald Whitcombe has repaired typewriters since 1972.\nThe shop closes.\n", 4, RoleParagraph},
	}
	for _, tt := range tests {
		if role, _ := lineDecision(t, tt.input, tt.line); role != tt.role {
			t.Errorf("%s: line %d is %q, want %q", tt.name, tt.line, role, tt.role)
		}
	}
}
