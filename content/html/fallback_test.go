package html

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/offprint/offprint/content"
)

func TestChooseBody(t *testing.T) {
	long := strings.Repeat("Article text that readability lost, with commas, clauses and words. ", 30)
	src := `<html><body><nav><p>Home News</p></nav><article><h1>T</h1><p>` + long + `</p>
<div class="share-tools"><p>Share this on social media</p></div><aside><p>Related story</p></aside>
<section id="comments"><p>A reader comment that is not article text.</p></section></article></body></html>`
	small, _ := html.Parse(strings.NewReader("<div><p>Only the first sentence survived.</p></div>"))
	tests := []struct {
		name     string
		readable func(p *page) *html.Node
		wantLost bool // the whole article is used
	}{
		{"readability lost text", func(*page) *html.Node { return small }, true},
		{"readability found nothing", func(*page) *html.Node { return nil }, true},
		{"readability kept it", func(p *page) *html.Node { return p.article }, false},
	}
	for _, tt := range tests {
		// A fresh page each time: converting a node empties it.
		root, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		p := scanPage(root)
		readable := tt.readable(p)
		var warns []string
		c := newConverter(Options{MaxDepth: DefaultMaxDepth, Warn: func(s string) { warns = append(warns, s) }}, nil)
		got := p.bodyFor(c.chooseBody(readable, p.facts()), readable)
		text := content.BlocksText(c.blocks(got, 0))
		if strings.Contains(text, "Article text that readability lost") != tt.wantLost && readable != p.article {
			t.Errorf("%s: text %.80q", tt.name, text)
		}
		if tt.wantLost {
			for _, junk := range []string{"Share this", "Related story", "reader comment", "Home News"} {
				if strings.Contains(text, junk) {
					t.Errorf("%s: %q kept", tt.name, junk)
				}
			}
		}
		if (len(warns) > 0) != (readable == small) {
			t.Errorf("%s: warnings %q", tt.name, warns)
		}
	}
}
