package sources

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/testdoc"
)

// FuzzAnnotate checks that the pass never panics, never changes the text,
// only adds calls to notes that exist, and finds the same on a second look.
func FuzzAnnotate(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.txt")
	files = append(files, testdoc.ExamplePath(f))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("“A,” he said. “B")
	f.Add(`"Quote without end, said Mr. Smith`)
	f.Add("“”“”””, said , according to ,")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<14 {
			return
		}
		doc := docFromLines(text)
		// Mix in emphasis so that splitting inside containers is exercised.
		for _, b := range doc.Blocks {
			if p, ok := b.(*content.Paragraph); ok && len(content.PlainText(p.Inlines)) > 6 {
				s := content.PlainText(p.Inlines)
				p.Inlines = []content.Inline{&content.Text{Text: s[:3]}, &content.Emph{Inlines: content.T(s[3:6])}, &content.Text{Text: s[6:]}}
			}
		}
		before := blockTexts(doc.Blocks)
		found := Find(doc)
		atts, err := Annotate(doc, Options{Mode: Both})
		if err != nil {
			t.Fatal(err)
		}
		if len(atts) != len(found) {
			t.Fatalf("Find found %d, Annotate %d", len(found), len(atts))
		}
		after := blockTexts(doc.Blocks)
		if len(after) < len(before) || strings.Join(after[:len(before)], "\n") != strings.Join(before, "\n") {
			t.Fatalf("text changed")
		}
		content.WalkDocInlines(doc.Blocks, func(in content.Inline) {
			if r, ok := in.(*content.NoteRef); ok && (r.Note < 1 || r.Note > len(doc.Notes)) {
				t.Fatalf("ref %d of %d notes", r.Note, len(doc.Notes))
			}
		})
		flat := strings.Join(strings.Fields(text), " ") // a note's names and roles have their white space collapsed
		for _, a := range atts {
			if !strings.Contains(flat, a.Speaker) || !inText(flat, strings.Join(strings.Fields(a.Role), " ")) || !strings.Contains(flat, strings.Join(strings.Fields(a.Org), " ")) {
				t.Fatalf("invented %q / %q / %q", a.Speaker, a.Role, a.Org)
			}
		}
	})
}

// BenchmarkAnnotate measures the pass on the sample article (the target is
// well under 5 ms).
func BenchmarkAnnotate(b *testing.B) {
	text := testdoc.ExampleText(b)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		doc := docFromLines(text)
		b.StartTimer()
		if _, err := Annotate(doc, Options{Mode: Both}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFind measures the analysis alone, which changes nothing.
func BenchmarkFind(b *testing.B) {
	text := testdoc.ExampleText(b)
	doc := docFromLines(text)
	b.ReportAllocs()
	for b.Loop() {
		Find(doc)
	}
}
