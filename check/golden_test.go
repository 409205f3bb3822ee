package check

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/offprint/offprint/internal/golden"
)

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
			golden.Check(t, name+".golden", []byte(b.String()))
		})
	}
}
