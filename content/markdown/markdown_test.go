package markdown

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/golden"
)

// TestVox checks the sample article gives the structure of its plain-text
// version: title, lead caption with credit, bio, 3 sections, 33 body
// paragraphs and the source line in the metadata.
func TestVox(t *testing.T) {
	f, err := os.Open("../../examples/vox-isis-k.md")
	if err != nil {
		t.Skip("sample article not available:", err)
	}
	defer f.Close()
	doc, err := Read(f, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := doc.Meta
	if m.Title != "ISIS-K has become a global terror threat while the world has been distracted" {
		t.Errorf("title = %q", m.Title)
	}
	if len(m.Authors) != 1 || m.Authors[0].Name != "Ellen Ioanes" || !strings.HasPrefix(m.Authors[0].Bio, "Ellen Ioanes covers breaking") {
		t.Errorf("authors = %+v", m.Authors)
	}
	if m.Publisher != "Vox" || m.SourceURL != "https://www.vox.com" {
		t.Errorf("publisher %q, source %q", m.Publisher, m.SourceURL)
	}
	counts := map[string]int{}
	for _, b := range doc.Blocks {
		switch b := b.(type) {
		case *content.Heading:
			counts[fmt.Sprintf("h%d", b.Level)]++
		default:
			counts[fmt.Sprintf("%T", b)]++
		}
	}
	want := map[string]int{"h2": 3, "*content.Paragraph": 33, "*content.Figure": 1}
	if fmt.Sprint(counts) != fmt.Sprint(want) {
		t.Errorf("blocks = %v, want %v", counts, want)
	}
	fig := doc.Blocks[0].(*content.Figure)
	if content.PlainText(fig.Credit) != "Sefa Karacan/Anadolu via Getty Images" || !strings.HasSuffix(content.PlainText(fig.Caption), "on March 22.") {
		t.Errorf("lead figure = %q / %q", content.PlainText(fig.Caption), fig.Credit)
	}
}

func TestSplitFrontMatterNested(t *testing.T) {
	// A nested mapping value: the top level stays a mapping; lines are the file's.
	n, _, err := splitFrontMatter([]byte("---\na:\n  b: c\n---\nbody"))
	if err != nil || n.Get("a").Get("b").Value != "c" || n.Key("a").Line != 2 {
		t.Fatalf("got %v, %v", n, err)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		opts     Options
		want     string
	}{
		{"binary", "abc\x00def", Options{}, "NUL"},
		{"invalid utf-8", "caf\xe9", Options{}, "invalid UTF-8 at line 1"},
		{"too large", strings.Repeat("a", 100), Options{MaxBytes: 10}, "larger than 10 bytes"},
	}
	for _, tt := range tests {
		_, err := Read(strings.NewReader(tt.in), tt.opts)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error = %v, want %q", tt.name, err, tt.want)
		}
	}
	doc, err := Read(strings.NewReader(""), Options{})
	if err != nil || len(doc.Blocks) != 0 {
		t.Errorf("empty input: %v, %d blocks", err, len(doc.Blocks))
	}
}

func TestCover(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "c.png"), golden.Image(t, "png 3x5"), 0o644); err != nil {
		t.Fatal(err)
	}
	var cover *content.Image
	_, err := Read(strings.NewReader("---\ncover: c.png\n---\ntext"), Options{BaseDir: dir, Cover: func(img *content.Image) { cover = img }})
	if err != nil || cover == nil || cover.Width != 3 || cover.Height != 5 {
		t.Fatalf("cover = %+v, err %v", cover, err)
	}
}

func TestSplitCreditInConventions(t *testing.T) {
	tests := []struct{ in, caption, credit string }{
		{"Flowers at the hall. Sefa Karacan/Anadolu via Getty Images", "Flowers at the hall.", "Sefa Karacan/Anadolu via Getty Images"},
		{"A man waves (Photo: Jane Doe/Reuters)", "A man waves", "Jane Doe/Reuters"},
		{"The attack was reported by AP.", "The attack was reported by AP.", ""},
		{"A calm sea at dawn.", "A calm sea at dawn.", ""},
	}
	for _, tt := range tests {
		doc, err := Read(strings.NewReader("# T\n\n*"+tt.in+"*\n\nBody."), Options{})
		if err != nil {
			t.Fatal(err)
		}
		f, ok := doc.Blocks[0].(*content.Figure)
		if tt.credit == "" {
			if ok || doc.Meta.Subtitle != tt.in {
				t.Errorf("%q: want a dek, got %s", tt.in, content.DumpString(doc))
			}
			continue
		}
		if !ok || content.PlainText(f.Caption) != tt.caption || content.PlainText(f.Credit) != tt.credit {
			t.Errorf("%q: got %s", tt.in, content.DumpString(doc))
		}
	}
}

func FuzzMarkdown(f *testing.F) {
	for _, in := range golden.Parts(f, "testdata/*.txtar", "input.md") {
		f.Add(in)
	}
	f.Add("---\ntitle: x\n---\n# y\n*a. B C*\n")
	// Text that looks like markup but is not a tag ("<script0"), or is
	// escaped, is kept as text; raw HTML dropping is in testdata/blocks.txtar.
	f.Add("a <script0 b \\<script> &lt;style>")
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 64<<10 {
			return
		}
		doc, err := Read(strings.NewReader(in), Options{})
		if err != nil {
			if utf8.ValidString(in) && !strings.Contains(in, "\x00") {
				t.Fatalf("valid input rejected: %v", err)
			}
			return
		}
		content.NumberNotes(doc)
		dump := content.DumpString(doc)
		if !utf8.ValidString(dump) {
			t.Fatal("dump is not UTF-8")
		}
		for i, n := range doc.Notes {
			if n.Number != i+1 {
				t.Fatalf("note %d numbered %d", i, n.Number)
			}
		}
		content.WalkDocInlines(doc.Blocks, func(in content.Inline) {
			if r, ok := in.(*content.NoteRef); ok && (r.Note < 1 || r.Note > len(doc.Notes)) {
				t.Fatalf("dangling note call %d of %d", r.Note, len(doc.Notes))
			}
			if l, ok := in.(*content.Link); ok && content.HasLink(l.Inlines) {
				t.Fatalf("link inside a link: %s", dump)
			}
		})
	})
}

func ExampleRead() {
	src := `---
title: A short article
author: Ada Lovelace
date: 2024-03-26
---
"Smart" quotes -- and a [link](https://example.com)[^1].

[^1]: A footnote.
`
	doc, err := Read(strings.NewReader(src), Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	content.NumberNotes(doc)
	fmt.Print(content.DumpString(doc))
	// Output:
	// meta title "A short article"
	// meta author "Ada Lovelace"
	// meta date "2024-03-26"
	// paragraph "“Smart” quotes – and a " link<https://example.com>["link"]^1 ref[2] "."
	// note 1 link <https://example.com> ""
	// note 2 footnote ""
	//   paragraph "A footnote."
}

func BenchmarkReadVox(b *testing.B) {
	src, err := os.ReadFile("../../examples/vox-isis-k.md")
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Read(strings.NewReader(string(src)), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestRawHTMLTooDeep: a block of raw HTML the HTML reader refuses (nested
// deeper than it reads) keeps its text, with a warning.
func TestRawHTMLTooDeep(t *testing.T) {
	in := "# Deep\n\n" + strings.Repeat("<div>", 600) + "Buried text" + strings.Repeat("</div>", 600) + "\n"
	var warns []string
	doc, err := Read(strings.NewReader(in), Options{Warn: func(s string) { warns = append(warns, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if got := content.DumpString(doc); !strings.Contains(got, `paragraph "Buried text"`) {
		t.Errorf("dump:\n%s\nwant the buried text as a paragraph", got)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "raw HTML block") || !strings.Contains(warns[0], "keeping its text") {
		t.Errorf("warnings %q, want one about the raw HTML block", warns)
	}
}
