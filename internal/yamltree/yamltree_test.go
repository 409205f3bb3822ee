package yamltree

import (
	"strings"
	"testing"
)

// show renders a tree compactly: a=b, lists [x|y], mappings {k=v}.
func show(n *Node) string {
	switch n.Kind {
	case List:
		parts := make([]string, len(n.Items))
		for i, it := range n.Items {
			parts[i] = show(it)
		}
		return "[" + strings.Join(parts, "|") + "]"
	case Map:
		parts := make([]string, len(n.Keys))
		for i, k := range n.Keys {
			parts[i] = k.Name + "=" + show(k.Value)
		}
		return "{" + strings.Join(parts, " ") + "}"
	}
	return n.Value
}

func TestParse(t *testing.T) {
	laughs := "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
	tests := []struct{ in, want string }{
		{"title: Plain # comment", "{title=Plain}"},
		{"title: 'it''s'", "{title=it's}"},
		{"tags: [a, 'b, c', \"d\"]", "{tags=[a|b, c|d]}"},
		{"cover: {image: c.png, alt: A cover}", "{cover={image=c.png alt=A cover}}"},
		{"who: &w Ada\nauthor: *w", "{who=Ada author=Ada}"},
		{"base: &b {lang: fr, rights: CC}\nmeta:\n  <<: *b\n  lang: en", "{base={lang=fr rights=CC} meta={lang=en rights=CC}}"},
		{"empty:\nnull: ~", "{empty= null=}"},
		{"date: 2024-03-26", "{date=2024-03-26}"},
		{"", "{}"},
		{laughs, "error: line 4: more than 10000 values once aliases are expanded"},
		{"title: a\nTitle: b", `error: line 2: key "Title" set twice (first on line 1)`},
		{"- a\n- b", "error: line 1: want key: value lines, not a list"},
		{"title: [a, b", "error: line 2: did not find expected ',' or ']'"}, // yaml/v3 has no context line 0: where it stopped
		{"a: b\ntitle: [a, b\nc: d", "error: line 2: did not find expected ',' or ']'"},
		{"a: b\n  c: d", "error: line 2: mapping values are not allowed in this context"},
		{"title: *nowhere", `error: unknown anchor 'nowhere' referenced`},
	}
	for _, tt := range tests {
		n, err := Parse([]byte(tt.in))
		got := ""
		if err != nil {
			got = "error: " + err.Error()
		} else {
			got = show(n)
		}
		if got != tt.want {
			t.Errorf("Parse(%q)\n = %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestLines(t *testing.T) {
	n, err := Parse([]byte("# c\ntitle: x\ntags:\n  - a\n  - b\n"))
	if err != nil {
		t.Fatal(err)
	}
	if k := n.Key("TAGS"); k == nil || k.Line != 3 || k.Value.Items[1].Line != 5 {
		t.Errorf("lines: %+v", k)
	}
}

// FuzzParse: no panic, and a parsed tree never exceeds the bound.
func FuzzParse(f *testing.F) {
	f.Add([]byte("title: x\ntags: [a, b]\ncover: {alt: y}\n"))
	f.Add([]byte("a: &a [x, x]\nb: [*a, *a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Parse(data)
		if err == nil && count(n) > MaxNodes {
			t.Fatalf("%d values", count(n))
		}
	})
}

func count(n *Node) int {
	c := 1
	for _, it := range n.Items {
		c += count(it)
	}
	for _, k := range n.Keys {
		c += count(k.Value)
	}
	return c
}
