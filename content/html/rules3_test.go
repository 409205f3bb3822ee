package html

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/offprint/offprint/content"
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

func TestImageRefs(t *testing.T) {
	gif := "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
	tests := []struct {
		frag string
		want []string
	}{
		{`<img src="a.png">`, []string{"a.png"}},
		{`<img src="` + gif + `" data-src="b.png">`, []string{"b.png"}},
		{`<img data-srcset="s.png 300w, l.png 600w">`, []string{"l.png", "s.png"}},
		{`<img srcset="x.png 3000w, m.png 1200w, s.png 300w">`, []string{"m.png", "s.png", "x.png"}},
		{`<picture><source type="image/webp" srcset="a.webp 1x"><source srcset="b.png 800w"><img src="https://cdn.example/a.jpg"></picture>`,
			[]string{"https://cdn.example/a.jpg", "a.webp", "b.png"}},
		{`<picture><source srcset="p.png"><img src="` + gif + `"></picture>`, []string{"p.png"}},
		{`<img src="a.png" srcset="a.png 1x, a2.png 2x">`, []string{"a.png", "a2.png"}},
		// Negatives: a lone placeholder stays (and fails with a warning); nothing gives nothing.
		{`<img src="` + gif + `">`, []string{gif}},
		{`<img alt="x">`, nil},
	}
	for _, tt := range tests {
		img := findImage(firstBodyElement(t, `<div>`+tt.frag+`</div>`))
		if got := imageRefs(img); !slices.Equal(got, tt.want) {
			t.Errorf("imageRefs(%s) = %q, want %q", tt.frag, got, tt.want)
		}
	}
}

func TestJoinIcons(t *testing.T) {
	para := func(s string) content.Block { return &content.Paragraph{Inlines: content.T(s)} }
	tests := []struct {
		in   []content.Block
		want []string
	}{
		{[]content.Block{para("💡"), para("The light was automated in 1998.")}, []string{"💡 The light was automated in 1998."}},
		{[]content.Block{para("⚠️"), para("Mind the gap.")}, []string{"⚠️ Mind the gap."}},
		// Negatives: text, a number, an icon ending the body, an icon before a heading.
		{[]content.Block{para("OK"), para("Next.")}, []string{"OK", "Next."}},
		{[]content.Block{para("42"), para("Next.")}, []string{"42", "Next."}},
		{[]content.Block{para("Text."), para("💡")}, []string{"Text.", "💡"}},
		{[]content.Block{para("★★★★★ Five stars"), para("Next.")}, []string{"★★★★★ Five stars", "Next."}},
		{[]content.Block{para("💡"), &content.Heading{Level: 2, Inlines: content.T("H")}}, []string{"💡", "H"}},
	}
	for _, tt := range tests {
		var got []string
		for _, b := range joinIcons(tt.in) {
			switch b := b.(type) {
			case *content.Paragraph:
				got = append(got, content.PlainText(b.Inlines))
			case *content.Heading:
				got = append(got, content.PlainText(b.Inlines))
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("joinIcons = %q, want %q", got, tt.want)
		}
	}
}

func TestBlank(t *testing.T) {
	svg := func(s string) *content.Image { return &content.Image{MediaType: "image/svg+xml", Data: []byte(s)} }
	raster := func(w, h int) *content.Image { return &content.Image{MediaType: "image/gif", Width: w, Height: h} }
	tests := []struct {
		name string
		img  *content.Image
		want bool
	}{
		{"a 1x1 GIF", raster(1, 1), true},
		{"a 2x2 PNG", raster(2, 2), true},
		{"a 6x4 PNG", raster(6, 4), false},
		{"an empty SVG", svg(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 800"></svg>`), true},
		{"a self-closed SVG", svg(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="67"/>`), true},
		{"an SVG that draws", svg(`<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>`), false},
		{"no svg element", svg(`<html></html>`), false},
	}
	for _, tt := range tests {
		if got := blank(tt.img); got != tt.want {
			t.Errorf("%s: blank = %v, want %v", tt.name, got, tt.want)
		}
	}
}
