package plaintext

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/offprint/offprint/content"
)

func TestReadErrors(t *testing.T) {
	long := "Title\n" + strings.Repeat("a", 2000) + "\n"
	tests := []struct {
		name, input string
		opts        Options
		is          error  // when set, errors.Is must hold
		contains    string // the message must contain this
	}{
		{"empty", "", Options{}, ErrEmpty, "empty input"},
		{"white space", " \n\t\r\n \u00a0\n", Options{}, ErrEmpty, "empty input"},
		{"BOM only", "\uFEFF\n", Options{}, ErrEmpty, "empty input"},
		{"NUL", "Title\nText\x00more\n", Options{}, ErrBinary, "binary data, not text"},
		{"controls", "T\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", Options{}, ErrBinary, "binary data"},
		{"invalid UTF-8", "Title\nCaf\xe9 au lait\n", Options{}, nil, "invalid UTF-8 at byte offset 9 (line 2)"},
		{"long line", long, Options{MaxLineBytes: 1000}, nil, "line 2 is 2000 bytes long"},
		{"large input", long, Options{MaxInputBytes: 100}, nil, "larger than 100 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(tt.input), tt.opts)
			if err == nil {
				t.Fatalf("no error, doc %s", content.DumpString(doc))
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
			if !strings.Contains(err.Error(), tt.contains) {
				t.Errorf("error %q does not contain %q", err, tt.contains)
			}
			if _, err2 := Explain(strings.NewReader(tt.input), tt.opts); err2 == nil || err2.Error() != err.Error() {
				t.Errorf("Explain error %v, Read error %v", err2, err)
			}
		})
	}
}

// TestNormalisation checks that CRLF, CR and a byte order mark make no
// difference and that text is kept byte for byte.
func TestNormalisation(t *testing.T) {
	unix := "Title here\nSome “quoted” text — with [brackets] and ‘dashes’ – too.\nSource: example.org\n"
	want := content.DumpString(mustRead(t, unix))
	for _, in := range []string{
		"\uFEFF" + unix,
		strings.ReplaceAll(unix, "\n", "\r\n"),
		strings.ReplaceAll(unix, "\n", "\r"),
		"\n\n" + strings.ReplaceAll(unix, "\n", "  \n\n"),
	} {
		if got := content.DumpString(mustRead(t, in)); got != want {
			t.Errorf("input %q:\n%s\nwant\n%s", in, got, want)
		}
	}
	if !strings.Contains(want, "Some “quoted” text — with [brackets] and ‘dashes’ – too.") {
		t.Errorf("text changed: %s", want)
	}
}

func mustRead(t testing.TB, s string) *content.Document {
	t.Helper()
	doc, err := Read(strings.NewReader(s), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestExplainMatchesRead checks that every line has a decision, in order.
func TestExplainMatchesRead(t *testing.T) {
	data, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := Explain(bytes.NewReader(data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(strings.TrimRight(string(data), "\n"), "\n") + 1
	seen := map[int]bool{}
	prev := 0
	for _, d := range ds {
		if d.Line < prev || d.Role == "" || d.Rule == "" {
			t.Errorf("bad decision %+v after line %d", d, prev)
		}
		prev = d.Line
		seen[d.Line] = true
	}
	if len(seen) != lines {
		t.Errorf("%d lines decided, input has %d", len(seen), lines)
	}
}

// checkNothingLost asserts that every word of every kept decision appears
// in the dump of doc. Metadata roles (byline, date, source) only keep what
// they name; boilerplate is dropped on purpose.
func checkNothingLost(t *testing.T, ds []Decision, doc *content.Document) {
	t.Helper()
	dump := content.DumpString(doc)
	var plain strings.Builder // the text of each inline list whole: a link glued to a word ("seehttp://…") splits it in the dump
	content.WalkBlocks(doc.Blocks, func(b content.Block) {
		for _, ins := range content.BlockInlines(b) {
			plain.WriteString(content.PlainText(ins))
			plain.WriteByte('\n')
		}
	})
	body := plain.String()
	lead := "" // the rule of the line a joined-wrapped-line continues
	for _, d := range ds {
		if d.Rule != ruleWrapped {
			lead = d.Rule
		}
		switch d.Role {
		case RoleBoilerplate, RoleBlank, RoleByline, RoleDate, RoleSource, RolePullQuote:
			continue
		}
		if lead == ruleCreditContributor {
			continue // kept only when a figure has no credit of its own, with the lines wrapped into it
		}
		text := d.Text
		if d.Rule == ruleLivePost {
			text = strings.TrimPrefix(text, postedAtRE.FindString(text)) // a post's time drops its "Updated at" on purpose
		}
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if !strings.Contains(dump, w) && !strings.Contains(body, w) {
				if run, ok := labelRunIn(w); ok && d.Role == RoleCredit && strings.Contains(dump, w[run.after:]) {
					continue // a credit's label glued to it, dropped on purpose (credit-glued-label), on a wrapped line too
				}
				t.Fatalf("word %q of line %d (%s) lost:\n%s", w, d.Line, d.Role, dump)
			}
		}
	}
}

func TestNothingLost(t *testing.T) {
	data, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	ds, _ := Explain(bytes.NewReader(data), Options{})
	checkNothingLost(t, ds, mustRead(t, string(data)))
}

func BenchmarkReadExample(b *testing.B) {
	data, err := os.ReadFile(examplePath)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(bytes.NewReader(data), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBlocksGrouping(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"list across blank lines", "T\nIntro.\n\n- a\n\n- b\n\nEnd.\n",
			"paragraph \"Intro.\"\nlist bullet\n  item\n    paragraph \"a\"\n  item\n    paragraph \"b\"\nparagraph \"End.\"\n"},
		{"list kinds split", "T\nIntro.\n- a\n1. b\n2. c\n",
			"paragraph \"Intro.\"\nlist bullet\n  item\n    paragraph \"a\"\nlist ordered 1\n  item\n    paragraph \"b\"\n  item\n    paragraph \"c\"\n"},
		{"ordered start", "T\nIntro.\n3. c\n4. d\n",
			"paragraph \"Intro.\"\nlist ordered 3\n  item\n    paragraph \"c\"\n  item\n    paragraph \"d\"\n"},
		{"quote lines", "T\nIntro.\n> one\n> two\nEnd.\n",
			"paragraph \"Intro.\"\nquote\n  paragraph \"one\"\n  paragraph \"two\"\nparagraph \"End.\"\n"},
		{"credit without caption", "T\nA long first paragraph that is surely not a caption because it goes on and on. " +
			strings.Repeat("More words here. ", 20) + "\nGetty Images\n",
			"\nfigure credit=\"Getty Images\" caption=\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := content.DumpString(mustRead(t, tt.input))
			if !strings.Contains(got, tt.want) {
				t.Errorf("dump:\n%s\nwant it to contain:\n%s", got, tt.want)
			}
		})
	}
}
