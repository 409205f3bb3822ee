// Package testdoc gives tests the sample article, examples/vox-isis-k.txt,
// that every package of offprint is tried on: its path, its text, and its
// model as the plain-text reader makes it, with or without the passes the
// CLI runs before a writer sees it. The file is found from the module root,
// so the helpers work from any package's tests.
//
// Import this package from test files only. It defines no flags, so any
// test binary may use it.
package testdoc

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/plaintext"
)

// ExampleFile is the sample article's path from the module root, in slash
// form.
const ExampleFile = "examples/vox-isis-k.txt"

// Root returns the module root: the nearest folder holding go.mod, from
// the working directory (a test's package folder) up.
func Root(tb testing.TB) string {
	tb.Helper()
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	root, err := findRoot(wd)
	if err != nil {
		tb.Fatal(err)
	}
	return root
}

// findRoot returns the nearest folder holding a go.mod file, from dir up.
func findRoot(dir string) (string, error) {
	for d := dir; ; {
		if fi, err := os.Stat(filepath.Join(d, "go.mod")); err == nil && fi.Mode().IsRegular() {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("no go.mod in %s or above: %w", dir, errNoModule)
		}
		d = parent
	}
}

// errNoModule is wrapped when no module root is found.
var errNoModule = errors.New("not inside a Go module")

// ExamplePath returns the sample article's path.
func ExamplePath(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(Root(tb), filepath.FromSlash(ExampleFile))
}

// ExampleText returns the sample article's text.
func ExampleText(tb testing.TB) string {
	tb.Helper()
	data, err := os.ReadFile(ExamplePath(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}

// ExampleParsed returns the sample article as plaintext.Read makes it with
// default options, before any pass: for tests of passes over the model.
func ExampleParsed(tb testing.TB) *content.Document {
	tb.Helper()
	doc, err := plaintext.Read(strings.NewReader(ExampleText(tb)), plaintext.Options{})
	if err != nil {
		tb.Fatalf("read %s: %v", ExampleFile, err)
	}
	return doc
}

// Example returns the sample article as the CLI hands it to a writer: read
// with plaintext.Read, then content.AssignIDs and content.NumberNotes.
// Each call returns a new document, which the caller may change.
func Example(tb testing.TB) *content.Document {
	tb.Helper()
	doc := ExampleParsed(tb)
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	return doc
}
