package check

import (
	"flag"
	"path/filepath"
	"testing"
)

// files names extra files to check, for trying the checker on real output:
//
//	go test ./check -run TestExternalFiles -files 'out/*.epub'
var files = flag.String("files", "", "glob of EPUB/PDF files to check and log")

// TestExternalFiles checks the files given with -files and logs their
// problems; it fails only when a file cannot be checked at all.
func TestExternalFiles(t *testing.T) {
	if *files == "" {
		t.Skip("no -files given")
	}
	names, err := filepath.Glob(*files)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		ps, err := File(name)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		t.Logf("%s: %d problems", name, len(ps))
		for _, p := range ps {
			t.Logf("%s: %s", name, p)
		}
	}
}
