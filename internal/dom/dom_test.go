package dom

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func parse(t *testing.T, src string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestInnerText covers the four patterns: hidden elements (display:none,
// visibility:hidden or collapse) are skipped, space before punctuation is
// moved after it, and <br> becomes a line break.
func TestInnerText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<p>one <b>two</b> , three</p>`, "one two, three"},
		{`<p>a<br>b</p>`, "a\nb"},
		{`<p>shown<span style="display: none">hidden</span></p>`, "shown"},
		{`<p>shown<span style="DISPLAY:none">hidden</span></p>`, "shown"},
		{`<p>shown<span style="visibility:collapse">hidden</span></p>`, "shown"},
		{`<p>shown<span style="visibility: hidden">hidden</span></p>`, "shown"},
		{`<p>shown<span style="visibility: visible">too</span></p>`, "shown too"},
		{`<p>shown<span hidden>hidden</span></p>`, "shown"},
	} {
		p := GetElementsByTagName(parse(t, tc.in), "p")[0]
		if got := InnerText(p); got != tc.want {
			t.Errorf("InnerText(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestQueryAll: descendants only, in document order; query finds the
// first.
func TestQueryAll(t *testing.T) {
	doc := parse(t, `<div id="d"><p id="a">x</p><span><p id="b">y</p></span></div><p id="c">z</p>`)
	isP := func(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == "p" }
	var ids []string
	for _, n := range QueryAll(doc, isP) {
		ids = append(ids, ID(n))
	}
	if got := strings.Join(ids, ","); got != "a,b,c" {
		t.Errorf("p: %s, want a,b,c", got)
	}
	div := GetElementsByTagName(doc, "div")[0]
	if got := QueryAll(div, func(n *html.Node) bool { return n == div }); got != nil {
		t.Errorf("QueryAll matched its root: %v", got)
	}
	if got := query(doc, isP); got == nil || ID(got) != "a" {
		t.Errorf("query: %v, want the p a", got)
	}
	if query(doc, func(*html.Node) bool { return false }) != nil {
		t.Error("query found a node that does not match")
	}
}
