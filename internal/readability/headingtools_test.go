package readability

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/offprint/offprint/internal/dom"
)

func TestUnwrapHeadingTools(t *testing.T) {
	const edit = `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=X&amp;action=edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span>`
	tests := []struct {
		name, in, want string
	}{
		{"MediaWiki's edit link", `<div class="mw-heading"><h2 id="History">History</h2>` + edit + `</div>`, `<h2 id="History">History</h2>`},
		{"a button with no link target", `<div class="para-title"><h2>早年经历</h2> <a class="edit" href="javascript:;"><em></em>编辑</a></div>`, `<h2>早年经历</h2>`},
		{"a permalink", `<div><h3 id="setup">Setup</h3><a href="#setup">¶</a></div>`, `<h3 id="setup">Setup</h3>`},
		{"a link to another page", `<div><h3>Storm season</h3><a href="/news/storm">Read more</a></div>`, `<div><h3>Storm season</h3><a href="/news/storm">Read more</a></div>`},
		{"text beside the heading", `<div><h2>Design</h2>The tower is granite. <a href="#design">#</a></div>`, `<div><h2>Design</h2>The tower is granite. <a href="#design">#</a></div>`},
		{"a heading alone", `<div><h2>Design</h2></div>`, `<div><h2>Design</h2></div>`},
		{"a picture in the tool", `<div><h2>Design</h2><a href="#"><img src="x.png"/></a></div>`, `<div><h2>Design</h2><a href="#"><img src="x.png"/></a></div>`},
		{"two headings", `<div><h2>Design</h2><h3>Tower</h3><a href="#">edit</a></div>`, `<div><h2>Design</h2><h3>Tower</h3><a href="#">edit</a></div>`},
		{"a long tool", `<div><h2>Design</h2><a href="#">edit this section of the page now</a></div>`, `<div><h2>Design</h2><a href="#">edit this section of the page now</a></div>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body><main>" + tt.in + "</main></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			unwrapHeadingTools(doc)
			main := dom.GetElementsByTagName(doc, "main")[0]
			if got := dom.InnerHTML(main); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestToolLink(t *testing.T) {
	for href, want := range map[string]bool{
		"": true, "#History": true, "javascript:;": true, " JavaScript:void(0)": true,
		"/w/index.php?title=X&action=edit&section=2": true, "/w/index.php?title=X&veaction=edit": true,
		"/wiki/X?action=history": true, "/news/storm": false, "https://example.org/#top": false,
		"/w/index.php?title=X&action=raw": false,
	} {
		if got := toolLink(href); got != want {
			t.Errorf("toolLink(%q) = %v, want %v", href, got, want)
		}
	}
}
