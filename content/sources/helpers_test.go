package sources

import (
	"os"
	"strings"
	"testing"

	"offprint/content"
)

// docFromLines builds a document with one paragraph per non-empty line; a
// line starting with "## " is a heading.
func docFromLines(text string) *content.Document {
	doc := &content.Document{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "## "):
			doc.Blocks = append(doc.Blocks, &content.Heading{Level: 2, Inlines: content.T(line[3:])})
		default:
			doc.Blocks = append(doc.Blocks, &content.Paragraph{Inlines: content.T(line)})
		}
	}
	return doc
}

func readDoc(t testing.TB, path string) *content.Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return docFromLines(string(b))
}

func TestDebugExample(t *testing.T) {
	doc := readDoc(t, "../../examples/vox-isis-k.txt")
	doc.Meta.Publisher = "Vox"
	atts, err := Annotate(doc, Options{Mode: Both})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range atts {
		t.Logf("%+v", a)
	}
	for _, n := range doc.Notes {
		t.Logf("note: %s", n.Text)
	}
}
