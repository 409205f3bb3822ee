package offprint_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offprint/offprint"
	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/golden"
)

// corpusInput is one article of the test corpora: its name (with the
// extension that picks the reader), bytes and image folder.
type corpusInput struct {
	name, dir string
	data      []byte
}

// corpusInputs lists every article input of the test corpora: the .txt,
// .md and .html files under testdata/ and content/*/testdata, and the
// input.* part of every content/*/testdata/*.txtar case (extracted, with
// its images, into a temporary folder).
func corpusInputs(t *testing.T) []corpusInput {
	t.Helper()
	var out []corpusInput
	roots := append([]string{"testdata"}, must(filepath.Glob("content/*/testdata"))...)
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			switch filepath.Ext(path) {
			case ".txt", ".md", ".html":
				data, err := os.ReadFile(path)
				if err == nil {
					out = append(out, corpusInput{name: path, dir: filepath.Dir(path), data: data})
				}
				return err
			case ".txtar":
				a := golden.ReadArchive(t, path)
				for _, part := range []string{"input.txt", "input.md", "input.html"} {
					if _, ok := a.Get(part); ok {
						dir := t.TempDir()
						a.Extract(t, dir, "want", "warnings")
						data, err := os.ReadFile(filepath.Join(dir, part))
						if err != nil {
							return err
						}
						out = append(out, corpusInput{name: path + "/" + part, dir: dir, data: data})
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(out) < 100 {
		t.Fatalf("only %d corpus inputs found", len(out))
	}
	return out
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestJSONRoundTrip reads every corpus input, writes its model as JSON and
// reads that back, through the library (--from json) and content.ReadJSON:
// the dumps must be the same.
func TestJSONRoundTrip(t *testing.T) {
	ctx := context.Background()
	for _, in := range corpusInputs(t) {
		name := in.name
		if strings.HasSuffix(name, ".txtar/input.txt") || strings.HasSuffix(name, ".txtar/input.md") || strings.HasSuffix(name, ".txtar/input.html") {
			name = filepath.Base(name)
		}
		doc, err := offprint.Read(ctx, bytes.NewReader(in.data), offprint.ReadOptions{Name: name, BaseDir: in.dir})
		if err != nil {
			continue // inputs meant to fail (empty, binary) have no model
		}
		want := content.DumpString(doc.Document)
		data, err := content.MarshalJSON(doc.Document)
		if err != nil {
			t.Fatalf("%s: %v", in.name, err)
		}
		direct, err := content.ReadJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: ReadJSON: %v", in.name, err)
		}
		if got := content.DumpString(direct); got != want {
			t.Errorf("%s: ReadJSON(ToJSON(doc)) differs:\n%s", in.name, golden.Diff(want, got))
			continue
		}
		again, err := offprint.Read(ctx, bytes.NewReader(data), offprint.ReadOptions{Name: "model.json"})
		if err != nil {
			t.Fatalf("%s: Read JSON: %v", in.name, err)
		}
		if got := content.DumpString(again.Document); got != want {
			t.Errorf("%s: Read(json) differs:\n%s", in.name, golden.Diff(want, got))
		}
	}
}
