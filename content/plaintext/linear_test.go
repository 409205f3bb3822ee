package plaintext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/offprint/offprint/internal/testtool"
)

// hardWrapped returns an article whose one long paragraph is hard-wrapped
// into n lines (issue 14: joining them with += was quadratic).
func hardWrapped(n int) string {
	var sb strings.Builder
	sb.WriteString("Title\n\nA first paragraph that is short.\nIt wraps once.\n\n")
	for i := range n {
		fmt.Fprintf(&sb, "the quick brown fox %d jumps over the lazy dog and keeps on running far\n", i)
	}
	sb.WriteString("\nThe last paragraph.\n")
	return sb.String()
}

// TestReadLinear checks that reading grows linearly with the input.
func TestReadLinear(t *testing.T) {
	testtool.Integration(t)
	for _, tt := range []struct {
		name string
		n    int
		gen  func(n int) string
	}{
		{"hard-wrapped paragraph", 10000, hardWrapped},
		{"many short paragraphs", 4000, func(n int) string {
			return "Title\n\n" + strings.Repeat("One sentence of a paragraph. And another one here.\n\n", n)
		}},
		{"tables of contents", 4000, func(n int) string {
			return "Title\n\n" + strings.Repeat("Table of contents\nHow it began\nWhere it stands\n", n) + "One sentence of a paragraph. And another one here.\n"
		}},
		{"tables with prose between", 2000, func(n int) string {
			return "Title\n\n" + strings.Repeat("Table of contents\nHow it began\nWhere it stands\n\nOne sentence of a paragraph. And another one here.\n\n", n)
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			testtool.Linear(t, tt.n, func(b *testing.B, n int) {
				in := tt.gen(n)
				b.ResetTimer()
				for b.Loop() {
					if _, err := Read(strings.NewReader(in), Options{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}
