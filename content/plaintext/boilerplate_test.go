package plaintext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenedREAgrees checks that each openedRE turns away only lines its
// expression would not match: every line of the heading sets (the blind ones aside) and some
// made-up ones give the same answer with and without the first-word test.
func TestOpenedREAgrees(t *testing.T) {
	lines := []string{"", "Page 3", "page 3 of 8", "- 3 -", "– 12 –", "5 hours ago", "Updated 2 days ago",
		"an hour ago", "5 min read", "12 comments", "Comments (12)", "Comments(12)", "View all 40 comments",
		"Share on Facebook", "ſhare on Facebook", "SHARE VIA WhatsApp", "Follow us on Instagram", "Leave a comment",
		"Pageant results", "Sharepoint on Monday", "Read more", "über uns", "a b", "9 replies"}
	files, err := filepath.Glob("testdata/headings/*/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.Contains(f, "blind") {
			continue // the blind sets are not read while rules change
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	for name, o := range map[string]openedRE{"pageNumberRE": pageNumberRE, "relativeTimeRE": relativeTimeRE, "socialRE": socialRE} {
		matched := 0
		for _, l := range lines {
			l = strings.TrimSpace(l)
			got, want := o.MatchString(l), o.re.MatchString(l)
			if got != want {
				t.Errorf("%s.MatchString(%q) = %v, the expression says %v", name, l, got, want)
			}
			if want {
				matched++
			}
		}
		if matched == 0 {
			t.Errorf("%s matched no line", name)
		}
	}
}
