package html

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/offprint/offprint/internal/lazyre"
	"github.com/offprint/offprint/internal/readability"
)

// clutterMax is the most text a clutter box may hold: a wrapper named
// "with-ads" or "social-article" may hold the whole article.
const clutterMax = 600

// clutterRE marks boxes that sit inside article bodies without being part
// of the article: ads, newsletter sign-ups, share buttons, related links.
// A word must stand alone in the name ("ad-slot", "related_links"), so
// "shadow", "header" or "download" do not match.
var clutterRE = lazyre.New(`(?i)(?:^|[\s_-])(?:ads?|adslot|adunit|adsbygoogle|advert\w*|sponsor\w*|promo|promos|promotion|promoted|newsletter|subscribe|subscription|signup|share|sharing|social|related|recommended|outbrain|taboola|paywall|cta|feedback)(?:$|[\s_-])`)

// consentRE marks cookie and consent banners by name: "cookie-notice",
// "gem-c-cookie-banner", "js-consent-banner", "gdpr", "cmp-container",
// "onetrust-banner-sdk". Like clutterRE, the word must stand alone, and a
// bare "cookie" must end the name, so "cookie-recipe" is no banner.
var consentRE = lazyre.New(`(?i)(?:^|[\s_-])(?:(?:cookie[_-]?(?:banner|notice|consent|bar|law|policy|message|popup|dialog|modal|info|warning|overlay|settings|prompt|box|wall)\w*|cookieconsent|consent\w*|gdpr|cmp|onetrust\w*|cookiebot\w*|usercentrics)(?:$|[\s_-])|cookies?(?:$|\s))`)

// consentTextRE and consentVerbRE find an unnamed consent banner by its
// text: it talks about cookies and asks to accept, agree or choose
// settings, and it has a button.
var (
	consentTextRE = lazyre.New(`(?i)\bcookies?\b`)
	consentVerbRE = lazyre.New(`(?i)\b(?:accept|agree|consent|allow|reject|preferences|settings|manage|akzeptier|zustimm|einverstanden|einstellungen|accepte|acepta|accetta)`)
)

// clutterDataKeys are data attributes whose value names what a box is.
var clutterDataKeys = []string{"data-component", "data-module", "data-testid", "data-test-id", "data-type", "data-block", "data-widget", "data-role"}

// adDataKeyRE matches data attributes that only ad slots carry.
var adDataKeyRE = lazyre.New(`^data-(?:ad|ads|adslot|adunit|ad-[a-z-]+|google-query-id|native-ad[a-z-]*)$`)

// adLeadRE matches the label that opens an ad or a sponsored box:
// "Sponsored: …", "Advertisement", "ADVERTISEMENT – story continues below".
// The label must stand alone or end with a colon or dash, so that prose
// ("Advertisement revenue fell…", "Sponsored by the council, the
// scheme…") is kept.
var adLeadRE = lazyre.New(`(?i)^(?:advertisement|advertising|advert|ad|ads|sponsored|sponsored (?:content|post|story|links?)|paid (?:content|post|partnership)|promoted(?: content| stories)?|partner content|anzeige|werbung|publicité|publicidad|pubblicità|реклама)\s*(?:$|[:：|—–-])`)

// relatedLeadRE matches the label of a related-links line ("Read more:
// Ski pass prices hit record high"), dropped when its text is mostly a
// link.
var relatedLeadRE = lazyre.New(`(?i)^(?:related|read more|read also|also read|more on this(?: story)?|recommended|see more|more stories)\s*[:：|—–-]`)

// isClutter reports a short box that is not article text: its class, id,
// aria-label or data attributes name an ad, newsletter, share, promo or
// related box, or its text opens with an ad label ("Sponsored:",
// "Advertisement"), or it is a related-links line ("Read more: <a>…</a>").
func isClutter(n *html.Node) bool {
	switch tag(n) {
	case atom.Div, atom.Aside, atom.Section, atom.Ul, atom.Ol, atom.Form, atom.P, atom.Ins:
	default:
		return false
	}
	if !shortText(n, clutterMax) {
		return false
	}
	if clutterMarked(n) {
		return true
	}
	t := collapse(textOf(n))
	if isConsent(n, t) {
		return true
	}
	if adLeadRE.MatchString(t) {
		return true
	}
	return relatedLeadRE.MatchString(t) && 2*len(collapse(linkText(n))) >= len(t)-len(relatedLeadRE.FindString(t))
}

// isConsent reports a cookie or consent banner: named so (consentRE), or
// a box with a button whose text speaks of cookies and asks to accept
// them. A paragraph about baking cookies, or a box about cookies with no
// button, is not one.
func isConsent(n *html.Node, text string) bool {
	if consentRE.MatchString(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "aria-label")) {
		return true
	}
	if tag(n) == atom.P || !consentTextRE.MatchString(text) || !consentVerbRE.MatchString(text) {
		return false
	}
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && (tag(d) == atom.Button || attr(d, "role") == "button") {
			return true
		}
	}
	return false
}

// dropClutter removes the clutter boxes (isClutter) under root. It must
// run before readability, which keeps classes but drops the aria and data
// attributes that mark many of them.
func dropClutter(root *html.Node) {
	var doomed []*html.Node
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > DefaultMaxDepth*2 {
			return
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			switch {
			case k.Type != html.ElementNode || tag(k) == atom.Head:
			case isClutter(k):
				doomed = append(doomed, k)
			default:
				walk(k, depth+1)
			}
		}
	}
	walk(root, 0)
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
}

// clutterMarked reports whether n's attributes say it is clutter. An id
// made from the text of n's own heading, as Pandoc, Hugo and Jekyll make
// them ("<section id="related-work"><h2>Related work</h2>"), names the
// section, not a box of clutter.
func clutterMarked(n *html.Node) bool {
	id := attr(n, "id")
	if readability.IDFromHeading(n, id) {
		id = ""
	}
	if clutterRE.MatchString(attr(n, "class") + " " + id + " " + attr(n, "aria-label")) {
		return true
	}
	for _, a := range n.Attr {
		if adDataKeyRE.MatchString(a.Key) {
			return true
		}
	}
	for _, k := range clutterDataKeys {
		if v := attr(n, k); v != "" && len(v) < 80 && clutterRE.MatchString(v) {
			return true
		}
	}
	return false
}

// shortText reports whether n holds at most limit bytes of text, reading
// no further than needed.
func shortText(n *html.Node, limit int) bool {
	size := 0
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			if size += len(strings.TrimSpace(d.Data)); size > limit {
				return false
			}
		}
	}
	return true
}

// linkText returns the text of the links inside n.
func linkText(n *html.Node) string {
	var sb strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && tag(d) == atom.A {
			sb.WriteString(textOf(d))
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}
