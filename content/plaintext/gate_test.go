package plaintext

import (
	"strings"
	"testing"
)

func TestNumberedLead(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"3. The method", true},
		{"3.2 Results", true},
		{"II. The war", true},
		{"4) Serve", true},
		{"2024 was a year", false},
		{"I think so", false},
		{"Chapter 3", false},
		{"3.", false},
		{"", false},
	} {
		if got := numberedLead(tc.in); got != tc.want {
			t.Errorf("numberedLead(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestEndFeature(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"The end.", gfEndPeriod},
		{"Really!", gfEndBang},
		{"Why now?", gfEndQuestion},
		{"Ingredients:", gfEndColon},
		{"First,", gfEndComma},
		{"And then...", gfEndEllipsis},
		{"And then…", gfEndEllipsis},
		{"“Is it over?”", gfEndQuestion},
		{"Results", gfBias},
		{"Step 3", gfBias},
		{"Share →", gfEndOther},
	} {
		if got := endFeature(tc.in); got != tc.want {
			t.Errorf("endFeature(%q) = %s, want %s", tc.in, gateFeatureNames[got], gateFeatureNames[tc.want])
		}
	}
}

func TestLineFeatures(t *testing.T) {
	for _, tc := range []struct {
		in   string
		f    int
		want float64
	}{
		{"HOW IT WORKS", gfAllCaps, 1},
		{"How it works", gfAllCaps, 0},
		{"How It Works", gfTitleRatio, 1},
		{"How it works", gfTitleRatio, 1.0 / 3},
		{"then it ended", gfLowerStart, 1},
		{"See https://example.com", gfCodeLike, 1},
		{"Read “the book”", gfQuotes, 1},
		{"Photo (Jane Doe)", gfParens, 1},
		{"It rained. Then it stopped", gfInnerSentence, 1},
		{"Mr Smith", gfInnerSentence, 0},
		{"one two three four five six seven eight nine ten eleven twelve thirteen", gfLong, 1},
		{"1999", gfDigits, 1},
	} {
		var x [gateFeatureCount]float64
		lineFeatures(tc.in, &x)
		if x[tc.f] != tc.want {
			t.Errorf("%q: %s = %v, want %v", tc.in, gateFeatureNames[tc.f], x[tc.f], tc.want)
		}
	}
}

func TestGateShort(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Key points", true},
		{"It ended.", false},
		{"What now?", false},
		{"one two three four five six seven eight nine ten", false},
	} {
		if got := gateShort(tc.in); got != tc.want {
			t.Errorf("gateShort(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestGateFeatureNames(t *testing.T) {
	seen := map[string]bool{}
	for k, n := range gateFeatureNames {
		if n == "" || seen[n] {
			t.Errorf("feature %d: name %q empty or repeated", k, n)
		}
		seen[n] = true
	}
}

// TestGateExplain checks that a demoted heading is a paragraph and that
// Explain names the gate, the rule it overruled and the score.
func TestGateExplain(t *testing.T) {
	c, err := classifyRules(strings.NewReader(gateSample3), Options{})
	if err != nil {
		t.Fatal(err)
	}
	never := []gateStump{{feature: gfBias, split: 2, below: -10}} // every heading scores under the threshold
	before := c.gateCandidates()
	c.gate(never, 0.5)
	for _, i := range before {
		it := c.res[i][0]
		if it.Role != RoleParagraph || !strings.HasPrefix(it.Rule, ruleHeadingGate+"(heading-") || !strings.HasSuffix(it.Rule, " 0.00)") {
			t.Errorf("line %d: %s %s, want a paragraph by %s(RULE 0.00)", it.Line, it.Role, it.Rule, ruleHeadingGate)
		}
	}
	if len(before) == 0 {
		t.Error("no heading to gate in the sample")
	}
}

// gateSample3 is a short article with one heading, "What we found".
const gateSample3 = `A title for the page

Some text of the article that goes on for a while, with enough words in it to be a paragraph of the body.

What we found

More text of the article that goes on for a while too, with enough words in it to be a paragraph of the body.

And a third paragraph to end it, which also has enough words in it to be read as the body.
`
