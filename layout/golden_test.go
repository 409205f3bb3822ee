package layout_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/offprint/offprint/internal/golden"
	"github.com/offprint/offprint/layout"
)

// TestGolden compares the layout dump of the example article with the
// files in testdata (go test -update rewrites them).
func TestGolden(t *testing.T) {
	doc := example(t)
	for _, name := range []string{"a4", "a5"} {
		t.Run(name, func(t *testing.T) {
			r, err := layout.Layout(doc, paper(t, name))
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := r.Dump(&buf); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "vox-isis-k."+name+".golden"), buf.Bytes())
		})
	}
}
