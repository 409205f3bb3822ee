package html

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/golden"
)

// TestReparseSame: issue 14 (a page of a million paragraphs). A large page
// is parsed twice instead of copied for readability; both ways give the
// same document and warnings, on every golden case and corpus page.
func TestReparseSame(t *testing.T) {
	pages := map[string]string{}
	archives, _ := filepath.Glob("testdata/*.txtar")
	for _, path := range archives {
		a := golden.ReadArchive(t, path)
		if input, ok := a.Get("input.html"); ok {
			pages[path] = input
		}
	}
	corpus, _ := filepath.Glob("../../testdata/corpus*/*.html")
	for _, path := range corpus {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		pages[path] = string(data)
	}
	if len(pages) < 40 {
		t.Fatalf("only %d pages", len(pages))
	}
	read := func(input string, reparse bool) string {
		var warnings []string
		opts := Options{Warn: func(s string) { warnings = append(warnings, s) }}
		src, err := readInput(strings.NewReader(input), Options{MaxBytes: DefaultMaxBytes})
		if err != nil {
			return "error: " + err.Error()
		}
		doc, err := convert(src, opts, nil, reparse)
		if err != nil {
			return "error: " + err.Error()
		}
		content.NumberNotes(doc)
		return content.DumpString(doc) + strings.Join(warnings, "\n")
	}
	for path, input := range pages {
		if copied, reparsed := read(input, false), read(input, true); copied != reparsed {
			t.Errorf("%s: parsed twice, the document differs:\n%s\ncopied:\n%s", path, reparsed, copied)
		}
	}
}
