package html

import (
	"context"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
)

func TestFragment(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"links keep their notes", `<p align="center"><a href="https://example.com/a">A</a> · <a href="https://example.com/b">B</a></p>`,
			`paragraph link<https://example.com/a>["A"]^1 " · " link<https://example.com/b>["B"]^2`},
		{"cells stay apart", `<table><tr><td>one</td><td>two</td></tr></table>`, `table`},
		{"scripts leave nothing", `<script>alert(1)</script><p>Text</p>`, `paragraph "Text"`},
		{"a skipped image leaves nothing", `<p><img src="https://img.shields.io/badge/x.svg" alt="badge">Text</p>`, `paragraph "Text"`},
	}
	skip := func(src, alt string) bool { return strings.Contains(src, "shields.io") }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, err := Fragment(tt.src, Options{}, skip)
			if err != nil {
				t.Fatal(err)
			}
			doc := &content.Document{Blocks: blocks}
			content.NumberNotes(doc)
			if got := content.DumpString(doc); !strings.HasPrefix(got, tt.want+"\n") {
				t.Errorf("Fragment(%q):\n%s\nwant it to open with %s", tt.src, got, tt.want)
			}
		})
	}
}

func TestFragmentRefuses(t *testing.T) {
	if _, err := Fragment(strings.Repeat("<div>", 20)+"x", Options{MaxDepth: 10}, nil); err == nil || !strings.Contains(err.Error(), "nested deeper") {
		t.Errorf("a fragment nested 20 deep with MaxDepth 10: err %v, want nesting error", err)
	}
	if _, err := Fragment(strings.Repeat("x", 100), Options{MaxBytes: 10}, nil); err == nil {
		t.Error("a fragment over MaxBytes: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Fragment("<p>x</p>", Options{Context: ctx}, nil); err == nil {
		t.Error("a cancelled context: no error")
	}
}
