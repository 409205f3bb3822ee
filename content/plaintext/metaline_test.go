package plaintext

import "testing"

// TestMetaLineRule checks the short lines that tell about the article
// (its reading time, dates, issue, byline, a figure's title) and the
// headings that look like them.
func TestMetaLineRule(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Fiction · 14 min read", ruleMetaLine},
		{"Lesezeit: 4 Min.", ruleMetaLine},
		{"5 minutos de lectura", ruleMetaLine},
		{"Last medically reviewed on January 9, 2024", ruleMetaLine},
		{"June 2024 Issue", ruleMetaLine},
		{"By Dana Whitfield dwhitfield@valleycourier.com", ruleBylineLine},
		{"Por Rafael Nogueira, de Corumbá (MS)", ruleBylineLine},
		{"Reviewed by Nina Patel, certified bike mechanic", ruleBylineLine},
		{"Maya Chen, reporting from Atlanta", ruleBylineLine},
		{"Table 1. Open-access networks in the United States, selected", ruleFigureLabel},
		{"Abbildung 3: Pünktlichkeit im Fernverkehr", ruleFigureLabel},
		{"By The Numbers", ""},
		{"By the numbers", ""},
		{"Paris, Texas", ""},
		{"The 2024 election", ""},
		{"Minutes of the meeting", ""},
		{"Table manners", ""},
		{"Our Standards: The Thomson Reuters Trust Principles., opens new tab", ruleNewTabLink},
		{"Mentions légales (s'ouvre dans un nouvel onglet)", ruleNewTabLink},
	}
	for _, tt := range tests {
		if got := metaLineRule(tt.in); got != tt.want {
			t.Errorf("metaLineRule(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMetaLineInContext checks that a post of a live blog that opens with
// its correspondent's name has no title, and a byline with an address
// heads nothing.
func TestMetaLineInContext(t *testing.T) {
	const p = "Title\n" + lede + "\n" + lede + "\n"
	if role, rule := lineDecision(t, p+"By Dana Whitfield dwhitfield@valleycourier.com\n"+lede+"\n", 4); role != RoleParagraph || rule != ruleBylineLine {
		t.Errorf("byline with an address is %s/%s", role, rule)
	}
	if role, _ := lineDecision(t, p+"9:58 p.m. ET\nMaya Chen, reporting from Atlanta\n"+lede+"\n", 5); role == RoleHeading {
		t.Errorf("correspondent's name is a post's title")
	}
}

// TestCodeAndSignature checks code lines and a letter's signature under
// its valediction, which head nothing, and the headings next to them.
func TestCodeAndSignature(t *testing.T) {
	const p = "Title\n" + lede + "\n" + lede + "\n"
	tests := []struct {
		name, input string
		line        int
		role, rule  string
	}{
		{"code", p + "CREATE INDEX CONCURRENTLY events_recent_idx\nON events (account_id, created_at)\nWHERE created_at > '2024-01-01';\n" + lede + "\n", 4, RoleParagraph, ruleCodeLine},
		{"identifier in a heading", p + "Tuning max_connections\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"signature under a valediction", p + "IN SOLIDARITY,\nThe Executive Board\n" + lede + "\n", 5, RoleParagraph, ruleSignature},
		{"author box", p + "Sobre la firma\nLucía Martín\n" + lede + "\n", 4, RoleBoilerplate, ruleAuthorBox},
	}
	for _, tt := range tests {
		if role, rule := lineDecision(t, tt.input, tt.line); role != tt.role || rule != tt.rule {
			t.Errorf("%s: line %d is %s/%s, want %s/%s", tt.name, tt.line, role, rule, tt.role, tt.rule)
		}
	}
}

// TestCodeLike checks the signs of program code.
func TestCodeLike(t *testing.T) {
	for s, want := range map[string]bool{
		"ON events (account_id, created_at)": true, "x := f();": true, "if (ok) {": true,
		"call init() first": true, "SELECT avg(n)": true, "More (remote) mentorship": false, "Slow charging": false, "Well-being at work": false, "": false,
	} {
		if got := codeLike(s); got != want {
			t.Errorf("codeLike(%q) = %v, want %v", s, got, want)
		}
	}
}
