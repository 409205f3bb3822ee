package readability

import (
	"strings"
	"testing"

	"github.com/offprint/offprint/internal/dom"
	"golang.org/x/net/html"
)

// TestSelectors: the three matchers pick what cascadia picked for their
// selectors (checked against it when they replaced it).
func TestSelectors(t *testing.T) {
	const page = `<html><body><div id="d1"><br id="b1"><p id="p1">x<br id="b2"></p>` +
		`<script id="s1" type="application/ld+json">{}</script><script id="s2" type="text/javascript"></script>` +
		`<script id="s3" type="Application/ld+json"></script><svg><script id="s4" type="application/ld+json"></script></svg>` +
		`<article id="a1"><pre id="r1"></pre></article><div id="d2"><span><br id="b3"></span><br id="b4"></div></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		match func(*html.Node) bool
		want  string
	}{
		{`script[type="application/ld+json"]`, isJSONLDScript, "s1,s4"},
		{"p, pre, article", isParagraphLike, "p1,a1,r1"},
		{"div > br", isBrInDiv, "b1,b4"},
	} {
		var ids []string
		for _, n := range dom.QueryAll(doc, tc.match) {
			ids = append(ids, dom.ID(n))
		}
		if got := strings.Join(ids, ","); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}
