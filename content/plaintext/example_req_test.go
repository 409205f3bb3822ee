package plaintext

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
)

// TestExampleRequirements checks what issue 2 asks of the sample article,
// independently of the golden dump.
func TestExampleRequirements(t *testing.T) {
	f, err := os.Open(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := Read(f, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := doc.Meta
	if want := "ISIS-K has become a global terror threat while the world has been distracted"; m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
	if len(m.Authors) != 1 || m.Authors[0].Name != "Ellen Ioanes" ||
		!strings.HasPrefix(m.Authors[0].Bio, "Ellen Ioanes covers") || !strings.HasSuffix(m.Authors[0].Bio, "global conflicts.") {
		t.Errorf("authors %+v", m.Authors)
	}
	if m.Publisher != "Vox" || m.SourceURL != "https://vox.com" || m.Language != "en" {
		t.Errorf("publisher %q, source %q, language %q", m.Publisher, m.SourceURL, m.Language)
	}
	fig, ok := doc.Blocks[0].(*content.Figure)
	if !ok || fig.Image != nil || content.PlainText(fig.Credit) != "Sefa Karacan/Anadolu via Getty Images" ||
		!strings.HasPrefix(content.PlainText(fig.Caption), "People lay flowers") ||
		!strings.HasSuffix(content.PlainText(fig.Caption), "on March 22.") {
		t.Errorf("lead figure %#v", doc.Blocks[0])
	}
	var headings []string
	paragraphs := 0
	for _, b := range doc.Blocks {
		switch b := b.(type) {
		case *content.Heading:
			if b.Level != 2 {
				t.Errorf("heading level %d", b.Level)
			}
			headings = append(headings, content.PlainText(b.Inlines))
		case *content.Paragraph:
			paragraphs++
			if strings.Contains(content.PlainText(b.Inlines), "Ioanes") {
				t.Errorf("bio kept as a paragraph")
			}
		}
	}
	want := []string{"What we know about ISIS and its affiliates now", "Enter: ISIS-K.", "How to understand the ISIS threat now"}
	if strings.Join(headings, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", headings, want)
	}
	if paragraphs != 33 {
		t.Errorf("%d paragraphs, want 33", paragraphs)
	}
	data, _ := os.ReadFile(examplePath)
	dump := content.DumpString(doc)
	for _, l := range strings.Split(string(data), "\n")[2:38] {
		if q := strconv.Quote(strings.TrimSpace(l)); !strings.Contains(dump, q[1:len(q)-1]) {
			t.Errorf("line changed or lost: %.60s", l)
		}
	}
}
