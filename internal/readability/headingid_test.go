package readability

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/offprint/offprint/internal/dom"
)

func TestIDFromHeading(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"a section named by its heading", `<section id="related-work"><h2>Related work</h2><p>Earlier studies measured it.</p></section>`, true},
		{"underscores and case", `<section id="Ad_Hoc_Networks"><h2>Ad hoc networks</h2><p>No fixed infrastructure.</p></section>`, true},
		{"a heading's own id with a suffix", `<h2 id="how-to-boost-udp-httpswwwslidesharenet">How to boost UDP</h2>`, true},
		{"an id naming a box", `<div id="related"><h3>More from us</h3><p>Text.</p></div>`, false},
		{"a box of links under its heading", `<div id="related-stories"><h3>Related stories</h3><ul><li><a href="/a">A long title of another story</a></li></ul></div>`, false},
		{"a heading of one word", `<div id="comments"><h3>Comments</h3><p>Comments are closed.</p></div>`, false},
		{"no heading", `<div id="sharing"><p>Share this.</p></div>`, false},
		{"no id", `<section><h2>Related work</h2></section>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.in + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			n := dom.FirstElementChild(dom.GetElementsByTagName(doc, "body")[0])
			if got := IDFromHeading(n, dom.ID(n)); got != tt.want {
				t.Errorf("IDFromHeading = %v, want %v", got, tt.want)
			}
		})
	}
}
