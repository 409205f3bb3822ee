package markdown

import "testing"

func TestIsBoilerplate(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Share this post", true},
		{"[Subscribe]", true},
		{"Subscribe now", true},
		{"Like · Comment · Restack", true},
		{"Like | Share", true},
		{"1.2K Retweets 8.4K Likes", true},
		{"38 comments", true},
		{"Thanks for reading Slow Lines! Subscribe for free to receive new posts and support my work.", true},
		{"Subscribe now to hear more.", false},
		{"Like a train in the night.", false},
		{"1.2K people came to the meeting", false},
		{"Comment", false},
		{"2024", false},
		{"", false},
	} {
		if got := isBoilerplate(tc.text); got != tc.want {
			t.Errorf("isBoilerplate(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestIsBadge(t *testing.T) {
	for _, tc := range []struct {
		src, alt string
		want     bool
	}{
		{"https://img.shields.io/badge/License-MIT-yellow.svg", "License: MIT", true},
		{"https://github.com/o/r/actions/workflows/ci.yml/badge.svg", "CI", true},
		{"https://codecov.io/gh/o/r/graph/badge.svg", "", true},
		{"https://example.org/badges/build.png", "", true},
		{"status.svg", "build", true},
		{"diagram.svg", "Architecture of the pipeline", false},
		{"photo.jpg", "CI", false},
		{"https://example.org/badger.jpg", "A badger", false},
		{"::bad", "CI", false},
	} {
		if got := isBadge(tc.src, tc.alt); got != tc.want {
			t.Errorf("isBadge(%q, %q) = %v, want %v", tc.src, tc.alt, got, tc.want)
		}
	}
}
