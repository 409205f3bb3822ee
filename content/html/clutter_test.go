package html

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// firstBodyElement parses a fragment and returns its first element.
func firstBodyElement(t *testing.T, frag string) *html.Node {
	t.Helper()
	root, err := html.Parse(strings.NewReader("<html><body>" + frag + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	body := findElement(root, atom.Body)
	for k := body.FirstChild; k != nil; k = k.NextSibling {
		if k.Type == html.ElementNode {
			return k
		}
	}
	t.Fatalf("no element in %q", frag)
	return nil
}

func TestIsClutter(t *testing.T) {
	long := strings.Repeat("Real article text that goes on. ", 30)
	tests := []struct {
		frag string
		want bool
	}{
		{`<div class="ad-slot ad-inline">Sponsored: the all-new SUV</div>`, true},
		{`<p class="ad-slot ad-inline">Sponsored: the all-new SUV</p>`, true}, // readability turns such divs into p
		{`<div data-ad-slot="1234">Buy now</div>`, true},
		{`<div data-google-query-id="x">Buy now</div>`, true},
		{`<ins class="adsbygoogle"></ins>`, true},
		{`<aside aria-label="Related stories"><a href="/a">Other story</a></aside>`, true},
		{`<div data-component="newsletter-signup">Get our newsletter every week</div>`, true},
		{`<section data-testid="promo-box">Half price for a year</section>`, true},
		{`<p>Advertisement</p>`, true},
		{`<div>ADVERTISEMENT – story continues below</div>`, true},
		{`<p>Sponsored: Win a cruise</p>`, true},
		{`<p>Anzeige: Jetzt kaufen</p>`, true},
		{`<p>Read more: <a href="https://x.example/y">Ski pass prices hit a record high</a></p>`, true},
		{`<div class="related-links"><ul><li><a href="/a">A</a></li></ul></div>`, true},
		{`<div id="cookie-law-info-bar"><span>We use cookies on our website.</span><a role="button">Accept</a></div>`, true},
		{`<div class="gem-c-cookie-banner"><p>We use some essential cookies.</p></div>`, true},
		{`<section class="js-consent-banner"><p>We store data on your device.</p></section>`, true},
		{`<div aria-label="cookieconsent">This website uses cookies.</div>`, true},
		{`<div class="notice"><p>This site uses cookies to analyse traffic. By continuing you agree.</p><button>OK</button></div>`, true},
		{`<div class="kg-card kg-cta-card"><p>Enjoyed this story? Subscribe.</p><a href="#/portal">Subscribe</a></div>`, true},
		// Negatives: prose that mentions ads, names that merely contain "ad".
		{`<p>Advertisement revenue fell by a third last year, the company said.</p>`, false},
		{`<p>Sponsored by the city council, the scheme pays for new bicycles.</p>`, false},
		{`<p>The ad campaign ran for six weeks on national television.</p>`, false},
		{`<p class="lead">Ads are everywhere, the report says.</p>`, false},
		{`<div class="shadow-box header download">Text in a box.</div>`, false},
		{`<div class="loaded"><p>Some text.</p></div>`, false},
		{`<p>Read more: the report is long and worth reading in full, <a href="/r">here</a>.</p>`, false},
		{`<p>Related: the committee also met on Tuesday to discuss the budget.</p>`, false},
		{`<div class="article-with-ads">` + long + long + `</div>`, false}, // too long to be a box
		{`<span class="ad">inline</span>`, false},
		{`<figure class="share-image"><img src="a.png"><figcaption>The quay</figcaption></figure>`, false}, // figures are content
		{`<div data-src="https://ads.example.com/x.png">Picture</div>`, false},
		{`<div class="octal-table"><p>Octal digits run from 0 to 7.</p></div>`, false},
		{`<div class="cookie-recipe"><p>Bake the cookies for twelve minutes.</p></div>`, false},
		{`<p>Accept the cookies your gran offers; it is only polite.</p>`, false},
		{`<div class="recipe"><p>Let the cookies cool on a rack.</p><button>Print recipe</button></div>`, false},
		{`<div class="note"><p>Accept cookies in the settings panel to see videos.</p></div>`, false}, // no button
	}
	for _, tt := range tests {
		if got := isClutter(firstBodyElement(t, tt.frag)); got != tt.want {
			t.Errorf("isClutter(%s) = %v, want %v", tt.frag, got, tt.want)
		}
	}
}
