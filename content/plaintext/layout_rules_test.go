package plaintext

import "testing"

// TestApartFromBlockNeedsBlankLines checks that heading-above-block takes
// only a blank line, not a dropped line, for what sets a candidate apart
// from a block: in a text with no blank line a line dropped as
// boilerplate between a label and a run of short lines changes nothing,
// while in a text with blank lines the label set apart stays a heading.
func TestApartFromBlockNeedsBlankLines(t *testing.T) {
	const block = "Four tomato plants\nA bag of compost\nTwo watering cans\n"
	tests := []struct {
		name, input string
		line        int
		role, rule  string
	}{
		{"no blank line: the dropped line sets nothing apart",
			"Title of the piece\n" + lede + "\n" + lede + "\nThe garden list\nAdvertisement\n" + block + lede + "\n",
			4, RoleParagraph, ruleShortRun},
		{"no blank line and no dropped line: the same",
			"Title of the piece\n" + lede + "\n" + lede + "\nThe garden list\n" + block + lede + "\n",
			4, RoleParagraph, ruleShortRun},
		{"blank lines: the label set apart stays a heading",
			"Title of the piece\n\n" + lede + "\n\n" + lede + "\n\nThe garden list\n\nAdvertisement\n\n" + block + "\n" + lede + "\n",
			7, RoleHeading, ruleHeadingShort},
		{"one blank line inside: the dropped line still sets it apart",
			"Title of the piece\n" + lede + "\n\n" + lede + "\nThe garden list\nAdvertisement\n" + block + lede + "\n",
			5, RoleHeading, ruleHeadingShort},
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

// TestNoBlankLines checks noBlankLines: blank lines before the first
// and after the last visible line do not count.
func TestNoBlankLines(t *testing.T) {
	tests := []struct {
		in   []string
		want bool
	}{
		{[]string{"a", "b", "c"}, true},
		{[]string{"", "a", "b", ""}, true},
		{[]string{"a", "", "b"}, false},
		{[]string{"a"}, true},
	}
	for _, tt := range tests {
		var ls []line
		for i, s := range tt.in {
			ls = append(ls, line{num: i + 1, text: s})
		}
		if got := noBlankLines(ls); got != tt.want {
			t.Errorf("noBlankLines(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
