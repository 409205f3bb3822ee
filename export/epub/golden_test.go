package epub_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"offprint/export/epub"
)

// dumpPackage prints an EPUB as stable text: the zip listing (name,
// method, size) and the text of the package document, the navigation
// documents and the XHTML files, which is what a golden test compares.
func dumpPackage(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, f := range zr.File {
		method := "deflate"
		if f.Method == zip.Store {
			method = "store"
		}
		fmt.Fprintf(&sb, "%-7s %7d %s %s\n", method, f.UncompressedSize64, f.Modified.UTC().Format(time.DateTime), f.Name)
	}
	p := readPkg(t, data)
	for _, name := range p.names {
		if strings.HasSuffix(name, ".opf") || strings.HasSuffix(name, ".ncx") || strings.HasSuffix(name, ".xhtml") {
			fmt.Fprintf(&sb, "\n==> %s <==\n%s", name, p.files[name])
		}
	}
	return sb.String()
}

// TestGolden compares the package of a small document with
// testdata/small.golden; run with -update to rewrite it.
func TestGolden(t *testing.T) {
	data := write(t, smallDoc(), epub.Options{Modified: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)})
	got := dumpPackage(t, data)
	golden := filepath.Join("testdata", "small.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("package differs from %s (run go test -update to accept):\n%s", golden, lineDiff(string(want), got))
	}
}

// lineDiff shows the first lines where want and got differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var sb strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 10; i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			fmt.Fprintf(&sb, "line %d:\n-%s\n+%s\n", i+1, a, b)
			shown++
		}
	}
	return sb.String()
}
