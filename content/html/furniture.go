package html

import (
	"slices"
	"strings"
	"unicode"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// Head furniture. Blogging platforms (Medium, Substack, Ghost, WordPress
// themes) print an author box above the article: the author's name as a
// link to their profile, a "Follow" button, the reading time and the
// counts of claps, likes and responses. Readability keeps some of it as
// short paragraphs. The rule: the run of paragraphs that opens the body
// is furniture when each of them is
//
//   - the name of a known author (Meta.Authors), bare or after "By" or
//     "Written by", or a byline whose segments are all known authors,
//     dates or reading times ("By Ruth Okafor — 18 March 2024 · 8 min
//     read"), or a single link to a profile page (/@name, /author/,
//     /profile/, /people/…) whose text is name-shaped — that name is then
//     added to Meta.Authors when no author was known;
//   - a call to follow or listen ("Follow", "Listen", "Share");
//   - a reading time ("7 min read") or a labelled counter ("2.3K
//     Followers", "38 responses");
//   - a bare counter ("1.4K", "38"): a number of at most five characters
//     with an optional K or M;
//
// and at least one of them is not a bare counter: a body that merely
// opens with a number ("1999", a numbered stanza) keeps it. The whole run
// is removed; it stops at the first other block.

var (
	bareCounterRE  = lazyre.New(`^\d[\d.,]{0,4}[KkMm]?$`)
	labelCounterRE = lazyre.New(`(?i)^\d[\d.,]*[km]?\s+(?:claps?|responses?|followers?|following|likes?|comments?|replies|shares?|views?|reads?|min read|minutes? read|restacks?)$`)
	followRE       = lazyre.New(`(?i)^(?:follow|following|listen|share|subscribe|clap|save)$`)
	profilePathRE  = lazyre.New(`(?i)/(?:@[^/]+|authors?|profiles?|people|writers?|contributors?)(?:/|$)`)
)

// dropHeadFurniture applies the rule above to the opening blocks.
func dropHeadFurniture(blocks []content.Block, m *content.Meta) []content.Block {
	n, words, found := 0, false, ""
	for _, b := range blocks {
		p, ok := b.(*content.Paragraph)
		if !ok {
			break
		}
		text := collapse(content.PlainText(p.Inlines))
		switch {
		case bareCounterRE.MatchString(text):
		case labelCounterRE.MatchString(text) || followRE.MatchString(text) || knownAuthor(text, m.Authors) || bylineLine(text, m.Authors):
			words = true
		case len(m.Authors) == 0 && found == "" && profileLink(p.Inlines) != "":
			found, words = profileLink(p.Inlines), true
		default:
			return cut(blocks, n, words, found, m)
		}
		n++
	}
	return cut(blocks, n, words, found, m)
}

func cut(blocks []content.Block, n int, words bool, found string, m *content.Meta) []content.Block {
	if n == 0 || !words {
		return blocks
	}
	if found != "" {
		m.Authors = append(m.Authors, content.Author{Name: found})
	}
	return blocks[n:]
}

// knownAuthor reports whether text is one of the authors' names, maybe
// after a word for "by" (article.CutByAnyLanguage).
func knownAuthor(text string, authors []content.Author) bool {
	text, _ = article.CutByAnyLanguage(text)
	text = normText(text)
	for _, a := range authors {
		if text != "" && text == normText(a.Name) {
			return true
		}
	}
	return false
}

// profileLink returns the name of a paragraph that is one link to a
// profile page with a name-shaped text, or "".
func profileLink(ins []content.Inline) string {
	ins = trimInlines(ins)
	if len(ins) != 1 {
		return ""
	}
	l, ok := ins[0].(*content.Link)
	if !ok || !profilePathRE.MatchString(l.URL) {
		return ""
	}
	name := collapse(content.PlainText(l.Inlines))
	if len(strings.Fields(name)) < 2 || !article.NameShaped(name) {
		return ""
	}
	return name
}

// bylineLine reports whether text is a printed byline that says nothing
// the metadata does not: its segments (article.BylineSegments) are
// known authors, dates or reading times, and one of them is an author.
func bylineLine(text string, authors []content.Author) bool {
	if len(authors) == 0 || len(text) > 200 {
		return false
	}
	author := false
	for _, seg := range article.BylineSegments(text) {
		seg = strings.TrimSpace(seg)
		switch {
		case seg == "":
		case knownAuthor(seg, authors) || allKnown(article.ParseByline(seg).Names, authors):
			author = true
		case dateOnly(seg) || labelCounterRE.MatchString(seg):
		default:
			return false
		}
	}
	return author
}

// allKnown reports whether names is not empty and each is a known author.
func allKnown(names []string, authors []content.Author) bool {
	for _, n := range names {
		if !knownAuthor(n, authors) {
			return false
		}
	}
	return len(names) > 0
}

// toolLineRE matches the text of a picture's lightbox buttons, printed as
// a line of its own: "Enlarge Image", "Enlarge this image", "Click to
// enlarge", "Bild anzeigen Bild schließen", "Zum Vergrößern bitte
// anklicken", "Agrandir l'image", "Ampliar imagen".
var toolLineRE = lazyre.New(`(?i)^(?:enlarge(?: this)? (?:image|photo)|click(?: here)? to enlarge|view (?:larger|full[- ]size) (?:image|photo)|bild (?:anzeigen|vergrößern)(?: bild schließen)?|zum vergrößern(?: bitte)? (?:an)?klicken|agrandir l'image|ampliar (?:imagen|foto))$`)

// dropToolLines removes the paragraphs that print a picture's lightbox
// buttons (toolLineRE) and those that hold no visible character (a zero
// width space, a lone full stop left by a removed embed).
func dropToolLines(blocks []content.Block) []content.Block {
	return slices.DeleteFunc(blocks, func(b content.Block) bool {
		p, ok := b.(*content.Paragraph)
		if !ok {
			return false
		}
		text := strings.TrimSpace(strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Cf, r) {
				return -1
			}
			return r
		}, content.PlainText(p.Inlines)))
		return text == "" || text == "." || toolLineRE.MatchString(text)
	})
}
