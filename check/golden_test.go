package check

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden files")

// goldenInputs returns the EPUB and PDF files under testdata.
func goldenInputs(t testing.TB) []string {
	var names []string
	for _, pat := range []string{"testdata/*.epub", "testdata/*.pdf"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, m...)
	}
	if len(names) == 0 {
		t.Fatal("no testdata inputs")
	}
	return names
}

// TestGolden checks each testdata file and compares the problems with
// testdata/NAME.golden (rewritten with -update).
func TestGolden(t *testing.T) {
	for _, name := range goldenInputs(t) {
		t.Run(filepath.Base(name), func(t *testing.T) {
			ps, err := File(name)
			var b strings.Builder
			if err != nil {
				b.WriteString("error: " + err.Error() + "\n")
			}
			for _, p := range ps {
				b.WriteString(p.String() + "\n")
			}
			golden := name + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got := b.String(); got != string(want) {
				t.Errorf("problems differ from %s:\n--- got\n%s--- want\n%s", golden, got, want)
			}
		})
	}
}
