// Package golden holds the golden-file machinery shared by offprint's
// tests: one -update flag for the whole test binary, comparison of output
// with testdata files, and cases kept as txtar archives.
//
// A test compares what it made with a file under testdata:
//
//	golden.Check(t, "testdata/vox.golden", got)
//
// and `go test ./pkg -update` rewrites the file instead, for review with
// git diff. Import this package from test files only; a test binary that
// uses it must not define its own "update" flag.
package golden

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

// Update is set by the -update flag: golden files are rewritten with what
// the tests make instead of being compared with it.
var Update = flag.Bool("update", false, "rewrite the golden files in testdata")

// maxDiffLines is how many differing lines Diff shows.
const maxDiffLines = 10

// Check compares got with the file at path and reports a readable diff of
// the first differing lines when they differ. With -update it writes got
// to path instead. A missing file fails the test at once.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		write(t, path, got)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs (run go test -update to accept the change, then review git diff):\n%s",
			path, Diff(string(want), string(got)))
	}
}

// write writes data to path, failing the test on error.
func write(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Diff lists the first lines where want and got differ, each with its
// line number and both versions quoted, so that white space shows. It is
// empty when they are equal.
func Diff(want, got string) string {
	if want == got {
		return ""
	}
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var sb strings.Builder
	shown := 0
	for i := range max(len(w), len(g)) {
		a, b := lineAt(w, i), lineAt(g, i)
		if a == b {
			continue
		}
		if shown == maxDiffLines {
			sb.WriteString("… more lines differ\n")
			break
		}
		fmt.Fprintf(&sb, "line %d:\n\twant %s\n\tgot  %s\n", i+1, a, b)
		shown++
	}
	if len(w) != len(g) {
		fmt.Fprintf(&sb, "want %d lines, got %d\n", len(w), len(g))
	}
	return sb.String()
}

// lineAt quotes line i of lines, or says there is none.
func lineAt(lines []string, i int) string {
	if i >= len(lines) {
		return "(no line)"
	}
	return fmt.Sprintf("%q", lines[i])
}
