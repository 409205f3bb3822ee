package plaintext

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/golden"
)

// examplePath is the sample article. internal/testdoc cannot serve this
// package's own tests: it imports the package.
const examplePath = "../../examples/vox-isis-k.txt"

// TestGoldenExample compares the model of the sample article with
// testdata/vox-isis-k.golden.
func TestGoldenExample(t *testing.T) {
	data, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(bytes.NewReader(data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/vox-isis-k.golden", []byte(content.DumpString(doc)))
}

// TestGoldenCases runs every testdata/*.txtar case: its "input.txt" part is
// read, and the model dump and the Explain listing are compared with its
// "dump" and "explain" parts.
func TestGoldenCases(t *testing.T) {
	golden.RunArchives(t, "testdata/*.txtar", func(t *testing.T, path string, a *golden.Archive) {
		input, ok := a.Get("input.txt")
		if !ok {
			t.Fatal("no input.txt part")
		}
		doc, err := Read(strings.NewReader(input), Options{})
		if err != nil {
			t.Fatal(err)
		}
		ds, err := Explain(strings.NewReader(input), Options{})
		if err != nil {
			t.Fatal(err)
		}
		golden.CheckArchive(t, path, a,
			golden.File{Name: "dump", Data: content.DumpString(doc)},
			golden.File{Name: "explain", Data: formatDecisions(ds)})
	})
}

// formatDecisions lists decisions one a line, as `offprint inspect
// --explain` prints them.
func formatDecisions(ds []Decision) string {
	var sb strings.Builder
	for _, d := range ds {
		sb.WriteString(d.String() + "\n")
	}
	return sb.String()
}
