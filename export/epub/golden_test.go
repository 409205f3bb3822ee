package epub_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/offprint/offprint/export/epub"
	"github.com/offprint/offprint/internal/golden"
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
	golden.Check(t, filepath.Join("testdata", "small.golden"), []byte(got))
}
