package html

import (
	"fmt"
	"strings"
	"testing"

	"github.com/offprint/offprint/internal/testtool"
)

// TestReadLinear checks that reading a page grows linearly with it
// (issue 14: a page with many <p>).
func TestReadLinear(t *testing.T) {
	testtool.Integration(t)
	testtool.Linear(t, 3000, func(b *testing.B, n int) {
		var sb strings.Builder
		sb.WriteString("<html><head><title>Title</title></head><body><article><h1>Title</h1>")
		for i := range n {
			fmt.Fprintf(&sb, "<p>Paragraph %d with <em>emphasis</em> and a <a href=\"https://example.com/%d\">link</a>.</p>", i, i)
		}
		sb.WriteString("</article></body></html>")
		in := sb.String()
		for b.Loop() {
			if _, err := Read(strings.NewReader(in), Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
