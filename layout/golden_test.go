package layout_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"offprint/layout"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

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
			path := filepath.Join("testdata", "vox-isis-k."+name+".golden")
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("layout of the example on %s differs from %s:\n%s", name, path, firstDiff(buf.String(), string(want)))
			}
		})
	}
}

// firstDiff shows the first differing line of two dumps.
func firstDiff(got, want string) string {
	g, w := bytes.Split([]byte(got), []byte("\n")), bytes.Split([]byte(want), []byte("\n"))
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl []byte
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if !bytes.Equal(gl, wl) {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + string(gl) + "\nwant: " + string(wl)
		}
	}
	return "(same lines)"
}
