package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	utf16pkg "unicode/utf16"
)

// TestCheckPassesHeadinglessArticle: issue 14, item 5. A multi-page
// article without headings passes --check: its outline holds the title.
func TestCheckPassesHeadinglessArticle(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("A Long Article Without Headings\n\n")
	for i := range 60 {
		fmt.Fprintf(&sb, "Paragraph %d goes on for a while, as paragraphs of a long article do, with nothing that looks like a heading in between them.\n\n", i+1)
	}
	out := filepath.Join(t.TempDir(), "long.pdf")
	code, _, stderr := offprint(t, sb.String(), "export", "--check", "-o", out, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
}

// utf16 encodes s as UTF-16 with a byte order mark.
func utf16(s string, bigEndian bool) []byte {
	var out []byte
	for _, u := range append([]uint16{0xfeff}, utf16pkg.Encode([]rune(s))...) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// TestUTF16Inputs: issue 14, item 7. Text, Markdown and HTML in UTF-16
// with a byte order mark are read; other encodings are named.
func TestUTF16Inputs(t *testing.T) {
	dir := t.TempDir()
	const text = "Crème brûlée at the café\n\nThe first paragraph talks about the dessert.\n\nThe second one about the café.\n"
	const md = "# Crème brûlée at the café\n\nThe first paragraph talks about the dessert.\n"
	const page = "<html><head><title>Crème brûlée at the café</title></head><body><article><h1>Crème brûlée at the café</h1><p>The first paragraph talks about the dessert.</p></article></body></html>"
	tests := []struct {
		name string
		data []byte
		want string // in the output (stdout), or for a failure in stderr
		ok   bool
	}{
		{"text.txt", utf16(text, false), "Crème brûlée at the café", true},
		{"text-be.txt", utf16(text, true), "Crème brûlée at the café", true},
		{"doc.md", utf16(md, false), "Crème brûlée at the café", true},
		{"page.html", utf16(page, true), "Crème brûlée at the café", true},
		{"sniffed", utf16(page, false), "Crème brûlée at the café", true},
		{"latin1.txt", []byte("Cr\xe8me br\xfbl\xe9e\n\nAt the caf\xe9.\n"), "Windows-1252 or ISO-8859-1", false},
		{"no-bom.txt", utf16(text, false)[2:], "UTF-16LE without a byte order mark", false},
		{"utf32.txt", []byte("\xff\xfe\x00\x00T\x00\x00\x00"), "UTF-32", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.name)
			if err := os.WriteFile(p, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := offprint(t, "", "inspect", p)
			switch {
			case tt.ok && (code != 0 || !strings.Contains(stdout, tt.want)):
				t.Errorf("exit %d, title %q not in the model:\n%s%s", code, tt.want, stdout, stderr)
			case !tt.ok && (code != 1 || !strings.Contains(stderr, tt.want) || strings.Count(stderr, "\n") != 1):
				t.Errorf("exit %d, want 1 and one line naming %q: %s", code, tt.want, stderr)
			}
		})
	}
}

// TestSmallHardening: issue 14, item 10. Each row runs the command and
// checks its status and messages.
func TestSmallHardening(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	article := write("article.txt", sameTitle)
	newline := write("bad\nname.txt", sameTitle)
	escape := write("\x1b[31mred.txt", sameTitle)
	notImage := write("cover.png", "not an image")
	aFile := write("file", "")
	tests := []struct {
		name   string
		args   []string
		code   int
		want   []string // in stderr
		unwant []string // not in stderr
	}{
		{"-o folder cannot be created", []string{"export", "-o", filepath.Join(aFile, "sub"), article}, 1, []string{"cannot create the folder"}, nil},
		{"newline in a name", []string{"export", "-f", "epub", "-o", t.TempDir(), newline}, 0, []string{`"` + strings.ReplaceAll(newline, "\n", `\n`) + `"`}, []string{"bad\nname"}},
		{"escape code in a name", []string{"export", "-f", "epub", "-o", t.TempDir(), escape}, 0, []string{`\x1b[31mred`}, []string{"\x1b"}},
		{"missing file with a newline", []string{"export", "-o", t.TempDir(), filepath.Join(dir, "no\nfile.txt")}, 1, []string{`no\nfile.txt`}, []string{"no\nfile"}},
		{"one epub: prefix", []string{"export", "-f", "epub", "--cover", notImage, "-o", t.TempDir(), article}, 1, []string{"epub: cover image"}, []string{"epub: epub:"}},
		{"--lang not BCP 47", []string{"export", "--lang", "english", article}, 2, []string{"BCP 47"}, nil},
		{"--lang canonical", []string{"inspect", "--lang", "en_GB", article}, 0, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := offprint(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d: %s", code, tt.code, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr does not say %q:\n%s", w, stderr)
				}
			}
			for _, w := range tt.unwant {
				if strings.Contains(stderr, w) {
					t.Errorf("stderr says %q:\n%s", w, stderr)
				}
			}
		})
	}
}

// TestOutputMode: an output that replaces a file keeps its mode; a new
// one follows the umask.
func TestOutputMode(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte(sameTitle), 0o644); err != nil {
		t.Fatal(err)
	}
	kept := filepath.Join(dir, "a.pdf")
	if err := os.WriteFile(kept, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := offprint(t, "", "export", "-q", "-o", dir, in); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for name, want := range map[string]os.FileMode{"a.pdf": 0o600, "a.epub": 0o640} {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != want || fi.Size() == 0 {
			t.Errorf("%s: mode %v size %d, want %v", name, fi.Mode().Perm(), fi.Size(), want)
		}
	}
}

// TestHostileInputs runs issue 14's hostile inputs, generated here, through
// inspect and export: each gives a model and outputs or one clear error,
// never a panic (exit 2 with a stack trace) or an internal error.
func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()
	var wrapped strings.Builder
	wrapped.WriteString("A Hard-Wrapped Article\n\nIt opens with a short paragraph.\nThat wraps once.\n\n")
	for i := range 2000 {
		fmt.Fprintf(&wrapped, "the quick brown fox %d jumps over the lazy dog and keeps on running far\n", i)
	}
	tests := []struct {
		name, data string
		code       int
	}{
		{"caption.md", "# Title\n\nA paragraph.\n\n![a](i.png) *b! .*\n", 0},
		{"caption.html", "<html><head><title>T</title></head><body><article><h1>T</h1><p>A paragraph of text.</p><figure><img src=\"i.png\"><figcaption>b! .</figcaption></figure></article></body></html>", 0},
		{"ragged.md", "# Title\n\n0A000000000#0000c0,0c!'0000!0c00!00000000/ 0!!!0-0000 000000\n", 0},
		{"wrapped.txt", wrapped.String(), 0},
		{"utf16.txt", string(utf16(sameTitle, false)), 0},
		{"utf32.txt", "\xff\xfe\x00\x00T\x00\x00\x00", 1},
		{"nul.txt", "Title\n\x00\x00\x00binary", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.name)
			if err := os.WriteFile(p, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, args := range [][]string{{"inspect", p}, {"export", "-q", "--check", "-o", t.TempDir(), p}} {
				code, _, stderr := offprint(t, "", args...)
				if code != tt.code || strings.Contains(stderr, "internal error") || strings.Contains(stderr, "goroutine") {
					t.Errorf("%s: exit %d, want %d: %s", args[0], code, tt.code, stderr)
				}
			}
		})
	}
}
