package html

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/offprint/offprint/content"
)

func TestFragment(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"links keep their notes", `<p align="center"><a href="https://example.com/a">A</a> · <a href="https://example.com/b">B</a></p>`,
			`paragraph link<https://example.com/a>["A"]^1 " · " link<https://example.com/b>["B"]^2`},
		{"cells stay apart", `<table><tr><td>one</td><td>two</td></tr></table>`, `table`},
		{"a link the parser nests in another keeps its own", `<a href="https://example.com/a"><div>0<table><a href="https://example.com/b">00</a></table></div></a>`,
			`paragraph link<https://example.com/a>["0"]^1 link<https://example.com/b>["00"]^2`},
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

func FuzzFragment(f *testing.F) {
	f.Add(`<p align="center"><a href="https://example.com/a">A</a> · <img src="x.png" alt="Logo"></p>`)
	f.Add(`<figure><img src="x.png" alt="A"><footer>Photo: <a href="https://example.com/p">P</a></footer></figure>`)
	f.Add(`<table><tr><th colspan=2>H</th></tr><tr><td>a<td>b</table><details><summary>S</summary>x</details>`)
	f.Add(`<div><blockquote><p>Q</p><footer>— <cite>C</cite></footer></blockquote></div>`)
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 64<<10 {
			return
		}
		skip := func(src, alt string) bool { return strings.Contains(src, "badge") }
		blocks, err := Fragment(in, Options{MaxDepth: 64}, skip)
		if err != nil {
			return // a refused fragment is fine; a panic is not
		}
		doc := &content.Document{Blocks: blocks}
		content.NumberNotes(doc)
		if !utf8.ValidString(content.DumpString(doc)) {
			t.Fatal("dump is not UTF-8")
		}
	})
}
