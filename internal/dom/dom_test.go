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

func TestQuerySelectorAll(t *testing.T) {
	doc := parse(t, `<div><p id="a">x</p><span><p id="b">y</p></span></div><p id="c">z</p>`)
	var ids []string
	for _, n := range QuerySelectorAll(doc, "div p") {
		ids = append(ids, ID(n))
	}
	if got := strings.Join(ids, ","); got != "a,b" {
		t.Errorf("div p: %s, want a,b", got)
	}
	if QuerySelectorAll(doc, "p[") != nil {
		t.Error("an invalid selector matched")
	}
}
