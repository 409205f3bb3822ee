package markdown

import (
	"net/url"
	"path"
	"strings"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// Furniture: what newsletter platforms (Substack, Ghost, Medium) and
// README files put around an article when it is copied into Markdown.
// The rules, applied by applyConventions:
//
//  5. Subtitle heading: a "##" or "###" heading directly under the title
//     heading (nothing between them) is the dek (Meta.Subtitle) when no
//     later heading has its level (it is not the first of a series of
//     sections) and it has at least four words (a dek, not a section name
//     such as "Installation").
//  6. Bold byline: a head paragraph that is a bold name (two to five
//     capitalised words) followed by a date ("**Marek Lindqvist** Oct 14,
//     2024", the name and date on two lines or separated by "·") gives
//     Meta.Authors and Meta.Date. Without a date a bold line is kept: it
//     may be a label such as "**Editor's Note**".
//  7. Boilerplate: a paragraph of the body, or of a block quote (an
//     embedded post), whose whole text is a platform's call to action or
//     counter is removed: "Share this post", "Subscribe" (also as a link
//     or "[Subscribe]"), "Subscribe now", "Leave a comment", "Upgrade to
//     paid"; action rows of such words separated by "·", "•" or "|"
//     ("Like · Comment · Restack"); counters made only of numbers and
//     count nouns ("1.2K Retweets 8.4K Likes"); and Substack's closing
//     "Thanks for reading X! Subscribe for free to receive new posts…".
//     List items and code blocks are never touched: there the same words
//     are content. A rule left first or last in the body separates
//     nothing and goes too.
//  8. Badges: a paragraph made only of badge images (each optionally
//     inside a link) is dropped, as are badge images in raw HTML. An image
//     is a badge when it comes from a badge service (shields.io, badgen,
//     codecov…), its path names a badge ("…/badge.svg", "/badges/"), or
//     it is an SVG whose alt text is a status word ("CI", "build",
//     "License: MIT", "crates.io"). Badges are status widgets, not
//     figures; their link targets are project pages the reader does not
//     need in a print copy, so they go too.

// subtitleHeading applies rule 5 to bs[at], the block right after the
// removed title heading.
func subtitleHeading(m *content.Meta, bs []content.Block, at int) []content.Block {
	if m.Subtitle != "" || at >= len(bs) {
		return bs
	}
	h, ok := bs[at].(*content.Heading)
	if !ok || h.Level < 2 || h.Level > 3 {
		return bs
	}
	text := strings.TrimSpace(content.PlainText(h.Inlines))
	if article.WordCount(text) < 4 || article.WordCount(text) > 60 {
		return bs
	}
	for _, b := range bs[at+1:] {
		if o, ok := b.(*content.Heading); ok && o.Level == h.Level {
			return bs
		}
	}
	m.Subtitle, m.SubtitleInlines = text, h.Inlines
	return append(bs[:at], bs[at+1:]...)
}

// boldByline applies rule 6: it returns the name and the date text of a
// paragraph "**Name** date", or ok false.
func boldByline(p *content.Paragraph) (name, date string, ok bool) {
	ins := p.Inlines
	for len(ins) > 0 && isBlankInline(ins[0]) {
		ins = ins[1:]
	}
	if len(ins) == 0 {
		return "", "", false
	}
	s, isStrong := ins[0].(*content.Strong)
	if !isStrong {
		return "", "", false
	}
	name = strings.TrimSpace(content.PlainText(s.Inlines))
	if !article.IsName(name, 5) {
		return "", "", false
	}
	rest := strings.TrimSpace(content.PlainText(ins[1:]))
	rest = strings.TrimSpace(strings.TrimLeft(rest, "·•|—–-, "))
	return name, rest, true
}

func isBlankInline(in content.Inline) bool {
	switch in := in.(type) {
	case *content.Break:
		return true
	case *content.Text:
		return strings.TrimSpace(in.Text) == ""
	}
	return false
}

var (
	ctaRE     = lazyre.New(`(?i)^\[?(?:share this post|share|subscribe|subscribe now|leave a comment|upgrade to paid|get the app|give a gift subscription|share this|follow)\]?[.!]?$`)
	actionRE  = lazyre.New(`(?i)^(?:like|comment|comments|restack|share|reply|retweet|repost|subscribe|follow|save|listen)(?:\s*[·•|]\s*(?:like|comment|comments|restack|share|reply|retweet|repost|subscribe|follow|save|listen))+$`)
	counterRE = lazyre.New(`(?i)^(?:[\d][\d.,]*[km]?\s+(?:retweets?|likes?|comments?|replies|reply|shares?|views?|reposts?|quotes?|claps?|responses?|restacks?|followers?|bookmarks?)\s*[·•|,]?\s*)+$`)
	thanksRE  = lazyre.New(`(?i)^thanks for reading .{1,80}[!.] subscribe for free to receive new posts`)
)

// isBoilerplate reports whether a paragraph's text is platform furniture
// (rule 7).
func isBoilerplate(text string) bool {
	text = strings.Join(strings.Fields(text), " ")
	return text != "" && (ctaRE.MatchString(text) || actionRE.MatchString(text) ||
		counterRE.MatchString(text) || thanksRE.MatchString(text))
}

// dropBoilerplate applies rule 7 to the body.
func dropBoilerplate(bs []content.Block) []content.Block {
	out := bs[:0]
	for _, b := range bs {
		switch b := b.(type) {
		case *content.Paragraph:
			if isBoilerplate(content.PlainText(b.Inlines)) {
				continue
			}
		case *content.Quote:
			b.Blocks = dropBoilerplate(b.Blocks)
			if len(b.Blocks) == 0 {
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// trimRules drops rules at the start and end of the body and a rule
// following another.
func trimRules(bs []content.Block) []content.Block {
	out := bs[:0]
	for _, b := range bs {
		if _, ok := b.(*content.Rule); ok {
			if len(out) == 0 {
				continue
			}
			if _, prev := out[len(out)-1].(*content.Rule); prev {
				continue
			}
		}
		out = append(out, b)
	}
	for len(out) > 0 {
		if _, ok := out[len(out)-1].(*content.Rule); !ok {
			break
		}
		out = out[:len(out)-1]
	}
	return out
}

// badgeHosts serve status badges.
var badgeHosts = []string{"shields.io", "badgen.net", "badge.fury.io", "codecov.io", "coveralls.io",
	"travis-ci.org", "travis-ci.com", "circleci.com", "ci.appveyor.com", "goreportcard.com",
	"deepsource.io", "snyk.io", "app.netlify.com", "readthedocs.org", "badges.gitter.im", "bestpractices.coreinfrastructure.org"}

// badgeAltRE is alt text of a status badge.
var badgeAltRE = lazyre.New(`(?i)^(?:ci|build|build status|tests?|coverage|license(?::.*)?|version|release|downloads|docs|documentation|go reference|godoc|crates\.io|npm|pypi|status|chat|discord|gitter|codecov|go report card)$`)

// isBadge reports whether an image is a status badge (rule 8).
func isBadge(src, alt string) bool {
	u, err := url.Parse(strings.TrimSpace(src))
	if err != nil {
		return false
	}
	host := strings.ToLower(u.Hostname())
	for _, h := range badgeHosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	p := strings.ToLower(u.Path)
	if strings.Contains(p, "/badges/") || strings.TrimSuffix(path.Base(p), path.Ext(p)) == "badge" {
		return true
	}
	return path.Ext(p) == ".svg" && badgeAltRE.MatchString(strings.TrimSpace(alt))
}
