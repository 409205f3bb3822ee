package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckPassesHeadinglessArticle: issue 14, item 5. A multi-page
// article without headings passes --check: its outline holds the title.
func TestCheckPassesHeadinglessArticle(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("A Long Article Without Headings\n\n")
	for i := range 60 {
		fmt.Fprintf(&sb, "Paragraph %d goes on for a while, as paragraphs of a long article do, with nothing that looks like a heading in between them.\n\n", i+1)
	}
	out := filepath.Join(t.TempDir(), "long.pdf")
	code, _, stderr := offprint(t, sb.String(), "export", "--check", "-o", out, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
}
