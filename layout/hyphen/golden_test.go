package hyphen

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// examplePath is the sample article every package of offprint is tried on.
const examplePath = "../../examples/vox-isis-k.txt"

// exampleTokens returns the whitespace-separated tokens of the sample
// article, in order.
func exampleTokens(tb testing.TB) []string {
	tb.Helper()
	data, err := os.ReadFile(examplePath)
	if err != nil {
		tb.Fatalf("read example: %v", err)
	}
	return strings.Fields(string(data))
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
	compareGolden(t, filepath.Join("testdata", "vox.golden"), b.String())
}

// compareGolden compares got with the golden file, or rewrites it with -update.
func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got == string(want) {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Fatalf("%s:%d: got\n\t%q\nwant\n\t%q\n(run go test -update if the change is intended)", path, i+1, g, w)
		}
	}
}
