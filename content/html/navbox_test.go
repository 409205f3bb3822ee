package html

import "testing"

func TestIsNavLine(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Lighthouses of Scotland · Category · List", true},
		{"Categories: Lighthouses | Listed buildings | Angus", true},
		{"Home • About • Contact • Archive", true},
		{"Mills · Ponds", false},
		{"He came · he saw · he conquered.", false},
		{"One · a part with far too many words in it to be a link · Three", false},
		{"A sentence without separators at all", false},
		{"A ·  · B", false},
		{"", false},
	} {
		if got := isNavLine(tc.text); got != tc.want {
			t.Errorf("isNavLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
