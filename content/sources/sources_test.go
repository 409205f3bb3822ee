package sources

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/golden"
	"github.com/offprint/offprint/internal/testdoc"
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

// blockTexts is the plain text of every block, in order.
func blockTexts(blocks []content.Block) []string {
	var out []string
	content.WalkBlocks(blocks, func(b content.Block) {
		for _, ins := range content.BlockInlines(b) {
			out = append(out, content.PlainText(ins))
		}
	})
	return out
}

// TestExample checks the expectation on the sample article: notes
// for exactly four people, with their roles and how they were quoted.
func TestExample(t *testing.T) {
	doc := testdoc.ExampleParsed(t)
	before := blockTexts(doc.Blocks)
	atts, err := Annotate(doc, Options{Mode: Both})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range doc.Notes {
		if n.Kind == content.NoteAttribution {
			got = append(got, n.Text)
		}
	}
	want := []string{
		"Vladimir Putin, Russian President; video address.",
		"Riccardo Valle, director of research at the Khorasan Diary; interview with Vox.",
		"Daniel Byman, senior fellow with the Transnational Threats Project at the Center for Strategic and International Studies; interview with Vox.",
		"Colin Clarke, an analyst at the Soufan Center.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("notes\n got %q\nwant %q", got, want)
	}
	noted := 0
	for _, a := range atts {
		if a.Note {
			noted++
		}
	}
	if noted != 4 {
		t.Errorf("%d attributions marked Note, want 4", noted)
	}
	after := blockTexts(doc.Blocks)
	if !reflect.DeepEqual(after[:len(before)], before) {
		t.Error("Annotate changed the text of the body")
	}
	checkRefs(t, doc)
}

// TestExampleGolden keeps the whole annotated sample article (one
// paragraph per line, so that it does not depend on the plain-text
// reader's heuristics) as a golden dump.
func TestExampleGolden(t *testing.T) {
	doc := docFromLines(testdoc.ExampleText(t))
	doc.Meta.Publisher = "Vox"
	doc.Meta.SourceURL = "https://www.vox.com/world-politics/2024/3/25/isis-k-moscow-attack"
	doc.Meta.Date = time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC)
	if _, err := Annotate(doc, Options{Mode: Both}); err != nil {
		t.Fatal(err)
	}
	checkRefs(t, doc)
	content.NumberNotes(doc)
	golden.Check(t, "testdata/vox-isis-k.golden", []byte(content.DumpString(doc)))
}

// checkRefs checks that every NoteRef points at an attribution note and
// that each sits right after a closing quotation mark.
func checkRefs(t *testing.T, doc *content.Document) {
	t.Helper()
	content.WalkBlocks(doc.Blocks, func(b content.Block) {
		p, ok := b.(*content.Paragraph)
		if !ok {
			return
		}
		for i, in := range p.Inlines {
			ref, ok := in.(*content.NoteRef)
			if !ok {
				continue
			}
			if ref.Note < 1 || ref.Note > len(doc.Notes) {
				t.Errorf("ref %d out of range", ref.Note)
				continue
			}
			prev := ""
			if i > 0 {
				prev = content.PlainText(p.Inlines[:i])
			}
			if !strings.HasSuffix(prev, "”") && !strings.HasSuffix(prev, `"`) {
				t.Errorf("ref %d after %q, not a closing mark", ref.Note, prev[max(0, len(prev)-20):])
			}
		}
	})
}

// TestIdempotent checks that a second run adds nothing.
func TestIdempotent(t *testing.T) {
	doc := testdoc.ExampleParsed(t)
	if _, err := Annotate(doc, Options{Mode: Both}); err != nil {
		t.Fatal(err)
	}
	once := content.DumpString(doc)
	atts, err := Annotate(doc, Options{Mode: Both})
	if err != nil {
		t.Fatal(err)
	}
	if twice := content.DumpString(doc); twice != once {
		t.Errorf("second run changed the document:\n%s", golden.Diff(once, twice))
	}
	if len(atts) == 0 {
		t.Error("second run found nothing")
	}
}

// TestModes checks what each mode adds.
func TestModes(t *testing.T) {
	for _, m := range []Mode{None, Notes, List, Both} {
		doc := testdoc.ExampleParsed(t)
		blocks, notes := len(doc.Blocks), len(doc.Notes)
		if _, err := Annotate(doc, Options{Mode: m}); err != nil {
			t.Fatal(err)
		}
		addedNotes := len(doc.Notes) - notes
		addedBlocks := len(doc.Blocks) - blocks
		wantNotes, wantBlocks := 0, 0
		if m == Notes || m == Both {
			wantNotes = 4
		}
		if m == List || m == Both {
			wantBlocks = 2
		}
		if addedNotes != wantNotes || addedBlocks != wantBlocks {
			t.Errorf("%v: added %d notes and %d blocks, want %d and %d", m, addedNotes, addedBlocks, wantNotes, wantBlocks)
		}
	}
}

// TestSection checks the Sources section: heading level, people, credit
// and publication.
func TestSection(t *testing.T) {
	doc := docFromLines("## Background\n“We will rebuild every house that was lost,” said Maria Lopez, a resident of Pine Hollow.")
	doc.Blocks = append([]content.Block{&content.Figure{Credit: content.T("Jae C. Hong/AP")}}, doc.Blocks...)
	doc.Meta.Publisher = "AP"
	doc.Meta.Title = "Wildfire"
	doc.Meta.SourceURL = "https://apnews.com/x"
	if _, err := Annotate(doc, Options{Mode: List}); err != nil {
		t.Fatal(err)
	}
	n := len(doc.Blocks)
	h, ok := doc.Blocks[n-2].(*content.Heading)
	if !ok || h.Level != 2 || content.PlainText(h.Inlines) != "Sources" {
		t.Fatalf("no Sources heading: %s", content.DumpString(doc))
	}
	var sb bytes.Buffer
	for _, item := range doc.Blocks[n-1].(*content.List).Items {
		sb.WriteString(content.BlocksText(item) + "\n")
	}
	want := "Maria Lopez, a resident of Pine Hollow.\nPhoto: Jae C. Hong/AP.\nAP, “Wildfire”. https://apnews.com/x\n"
	if sb.String() != want {
		t.Errorf("items\n got %q\nwant %q", sb.String(), want)
	}
}

// TestGoldenCorpus keeps a dump of Find's output per corpus article, so
// that any change of behaviour shows up in review.
func TestGoldenCorpus(t *testing.T) {
	files, _ := filepath.Glob("testdata/*/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var sb strings.Builder
		for _, a := range Find(docFromLines(string(b))) {
			mark := " "
			if a.Note {
				mark = "*"
			}
			sb.WriteString(mark + " " + a.Speaker + " | " + a.Role + " | " + a.Org + " | " + a.How + " | " + a.Rule + " | " + a.Quote + "\n")
		}
		golden.Check(t, strings.TrimSuffix(f, ".txt")+".golden", []byte(sb.String()))
	}
}

// inText reports whether s appears in text as it is or with its first
// letter capitalised: a role that starts a sentence is lower-cased.
func inText(text, s string) bool {
	if strings.Contains(text, s) {
		return true
	}
	r, n := utf8.DecodeRuneInString(s)
	return n > 0 && strings.Contains(text, string(unicode.ToUpper(r))+s[n:])
}

func TestOneSpaced(t *testing.T) {
	for in, want := range map[string]string{
		"":                   "",
		"the chair":          "the chair",
		"the  chair":         "the chair",
		"the\tchair\nof  X ": "the chair of X",
		"Mr.\u00a0Smith":     "Mr.\u00a0Smith",
	} {
		if got := oneSpaced(in); got != want {
			t.Errorf("oneSpaced(%q) = %q, want %q", in, got, want)
		}
	}
}
