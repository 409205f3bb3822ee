package hyphen

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offprint/offprint/internal/golden"
	"github.com/offprint/offprint/internal/testdoc"
)

// exampleTokens returns the whitespace-separated tokens of the sample
// article, in order.
func exampleTokens(tb testing.TB) []string {
	tb.Helper()
	return strings.Fields(testdoc.ExampleText(tb))
}

// render shows how a token may break: "·" at each break, "-" shown only
// where layout would add a hyphen, and a tag saying which rule applied.
func render(h *Hyphenator, token string) string {
	if IsURL(token) {
		return "url\t" + mark(token, URLBreaks(token), "·")
	}
	pts := h.Points(token)
	var b strings.Builder
	last := 0
	for _, p := range pts {
		b.WriteString(token[last:p])
		if !Explicit(token, p) {
			b.WriteString("-")
		}
		b.WriteString("·")
		last = p
	}
	b.WriteString(token[last:])
	return "word\t" + b.String()
}

// TestGoldenExample hyphenates every distinct token of the sample article
// with the en-us patterns and compares with testdata/vox.golden.
func TestGoldenExample(t *testing.T) {
	h := For("en")
	seen := make(map[string]bool)
	var b strings.Builder
	for _, tok := range exampleTokens(t) {
		if seen[tok] {
			continue
		}
		seen[tok] = true
		fmt.Fprintf(&b, "%s\t%s\n", tok, render(h, tok))
	}
	golden.Check(t, filepath.Join("testdata", "vox.golden"), []byte(b.String()))
}
