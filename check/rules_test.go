package check

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// ruleUse finds rule ids passed to add or report, or returned by linkRule.
var ruleUse = regexp.MustCompile(`(?:add|report)\("([a-z0-9-]+)"|return "([a-z0-9-]+)"\n`)

// TestRulesListed checks that Rules lists exactly the rule ids the code
// reports, each once and in kebab case.
func TestRulesListed(t *testing.T) {
	listed := make(map[string]bool)
	for _, r := range Rules() {
		if listed[r.ID] || !ruleRE.MatchString(r.ID) || r.Summary == "" {
			t.Errorf("bad or duplicate rule %+v", r)
		}
		listed[r.ID] = true
	}
	used := map[string]bool{"too-many-problems": true}
	names, _ := filepath.Glob("*.go")
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ruleUse.FindAllStringSubmatch(string(src), -1) {
			used[m[1]+m[2]] = true
		}
	}
	for id := range used {
		if !listed[id] {
			t.Errorf("rule %q is reported but not listed in Rules", id)
		}
	}
	for id := range listed {
		if !used[id] {
			t.Errorf("rule %q is listed but never reported", id)
		}
	}
}
