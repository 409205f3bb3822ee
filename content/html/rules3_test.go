package html

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func parsePage(t *testing.T, src string) *page {
	t.Helper()
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return scanPage(root)
}

func TestScanPageDek(t *testing.T) {
	banner := `<div class="consent-overlay"><p>We and our 142 partners store and access information on your device for personalised advertising and content, measurement and audience research.</p><button>Accept all</button></div>`
	long := `<p>` + strings.Repeat("Article text goes on here. ", 8) + `</p>`
	tests := []struct {
		name, body, dek string
		lead            bool
	}{
		{"standfirst after a cookie banner", banner + `<h1>T</h1><p class="story-standfirst">Leisure centres are replacing gas boilers</p><figure><img src="a.png"></figure>` + long, "Leisure centres are replacing gas boilers", true},
		{"teaser", `<h1>T</h1><p class="teaser">Nach jahrelangem Streit öffnet die Stadt drei Straßen.</p>` + long, "Nach jahrelangem Streit öffnet die Stadt drei Straßen.", false},
		{"ghost excerpt", `<p class="article-excerpt">When the lights went automatic, a way of life ended.</p>` + long, "When the lights went automatic, a way of life ended.", false},
		{"lead paragraph", `<p class="gem-c-lead-paragraph">£14 million will be spent restoring chalk streams.</p>` + long, "£14 million will be spent restoring chalk streams.", false},
		// Negatives.
		{"teaser card linking elsewhere", `<div class="teaser"><a href="/x">Another story about something else entirely</a></div>` + long, "", false},
		{"dek after the text", long + `<p class="standfirst">A standfirst after the article text.</p>`, "", false},
		{"figure after article text", long + `<figure><img src="a.png"></figure>`, "", false},
		{"leader is not lead", `<p class="leaderboard">Leaderboard of the week for all our readers</p>` + long, "", false},
	}
	for _, tt := range tests {
		p := parsePage(t, `<html><body>`+tt.body+`</body></html>`)
		if p.dek != tt.dek || (p.lead != nil) != tt.lead {
			t.Errorf("%s: dek %q, lead %v; want %q, %v", tt.name, p.dek, p.lead != nil, tt.dek, tt.lead)
		}
	}
}
