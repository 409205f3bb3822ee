package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
