package testdoc

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
)

func TestRoot(t *testing.T) {
	root := Root(t)
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil || !strings.HasPrefix(string(data), "module github.com/offprint/offprint\n") {
		t.Fatalf("Root = %s: go.mod %q, %v", root, data, err)
	}
	t.Chdir(filepath.Join(root, "content", "plaintext"))
	if got := Root(t); got != root {
		t.Errorf("Root from content/plaintext = %s, want %s", got, root)
	}
}

func TestFindRootOutsideModule(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "go.mod"), 0o755); err != nil { // a folder, not a go.mod file
		t.Fatal(err)
	}
	if root, err := findRoot(dir); !errors.Is(err, errNoModule) {
		// A go.mod above the temporary folder would be a strange machine.
		t.Errorf("findRoot(%s) = %q, %v; want errNoModule", dir, root, err)
	}
}

func TestExampleText(t *testing.T) {
	want, err := os.ReadFile("../../examples/vox-isis-k.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := ExampleText(t); got != string(want) {
		t.Errorf("ExampleText is not the file's text: %.80q…", got)
	}
}

// TestExample checks that Example is ExampleParsed plus the CLI's passes,
// and that the passes did their work.
func TestExample(t *testing.T) {
	doc := Example(t)
	parsed := ExampleParsed(t)
	if content.DumpString(parsed) == content.DumpString(doc) {
		t.Error("Example ran no pass")
	}
	content.AssignIDs(parsed)
	content.NumberNotes(parsed)
	if content.DumpString(parsed) != content.DumpString(doc) {
		t.Error("Example is not ExampleParsed followed by AssignIDs and NumberNotes")
	}
	if doc.Meta.Title == "" || len(doc.Notes) == 0 {
		t.Fatalf("title %q, %d notes", doc.Meta.Title, len(doc.Notes))
	}
	for i, n := range doc.Notes {
		if n.Number != i+1 {
			t.Errorf("note %d numbered %d", i, n.Number)
		}
	}
	content.WalkBlocks(doc.Blocks, func(b content.Block) {
		if h, ok := b.(*content.Heading); ok && h.ID == "" {
			t.Errorf("heading %q has no ID", content.PlainText(h.Inlines))
		}
	})
	doc.Blocks = nil
	if len(Example(t).Blocks) == 0 {
		t.Error("a change to one Example changed the next")
	}
}
