package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/offprint/offprint/internal/testtool"
)

// TestReadLinear checks that reading grows linearly with the input
// (issue 14): paragraphs with emphasis and links. Footnotes are left out:
// goldmark's footnote extension is quadratic in their number (each
// definition is compared with every earlier one; 8000 notes take about
// 3 s), which the README lists among the limits.
func TestReadLinear(t *testing.T) {
	testtool.Integration(t)
	testtool.Linear(t, 8000, func(b *testing.B, n int) {
		var sb strings.Builder
		sb.WriteString("# Title\n\n")
		for i := range n {
			fmt.Fprintf(&sb, "Paragraph %d with *emphasis*, a [link](https://example.com/%d) and `code`.\n\n", i, i)
		}
		in := sb.String()
		for b.Loop() {
			if _, err := Read(strings.NewReader(in), Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
