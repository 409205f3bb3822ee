package html

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/lazyre"
)

// Navigation boxes and emptied sections. Encyclopaedia and documentation
// pages end with boxes of links to sibling pages ("Lighthouses of Scotland
// · Category · List") and category lists; their reference sections become
// notes and leave their headings behind. The rules:
//
//   - An element whose class or id names a navigation box or category
//     list (navbox, vertical-navbox, catlinks, printfooter, portal and
//     sister-site boxes) is not article text.
//   - A run of paragraphs at the end of the body that are each a short
//     link list is navigation: three or more items separated by "·", "•"
//     or "|", each of at most five words and none ending like a sentence,
//     optionally after a "Categories:" label. The same line in the middle
//     of the article stays, as do two-item lines and sentences.
//   - A heading whose section held a notes list (which became notes) and
//     is now empty — the next block is a heading of the same or a higher
//     rank — is dropped; headings left last in the body always are
//     (dropEmptyTail).

// navClassRE matches class or id names of navigation boxes.
var navClassRE = lazyre.New(`(?i)(?:^|\s)(?:navbox[\w-]*|vertical-navbox|catlinks|mw-normal-catlinks|mw-hidden-catlinks|printfooter|portal-?bar|portalbox|sistersitebox|sister-?project)(?:$|\s)`)

// isNavbox reports whether n's class or id names a navigation box.
func isNavbox(n *html.Node) bool {
	return navClassRE.MatchString(attr(n, "class") + " " + attr(n, "id"))
}

var (
	navSepRE   = lazyre.New(`\s+[·•|]\s+`)
	navLabelRE = lazyre.New(`(?i)^(?:categories|category|tags|topics|see also)\s*:\s*`)
)

// isNavLine reports whether text is a short link list (see above).
func isNavLine(text string) bool {
	text = navLabelRE.ReplaceAllString(collapse(text), "")
	parts := navSepRE.Split(text, -1)
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || len(strings.Fields(p)) > 5 || strings.ContainsAny(p[len(p)-1:], ".!?:;") {
			return false
		}
	}
	return true
}

// dropNavTail removes the navigation lines that end the body.
func dropNavTail(blocks []content.Block) []content.Block {
	for len(blocks) > 0 {
		p, ok := blocks[len(blocks)-1].(*content.Paragraph)
		if !ok || !isNavLine(content.PlainText(p.Inlines)) {
			break
		}
		blocks = blocks[:len(blocks)-1]
	}
	return blocks
}

// dropEmptySections removes the headings in emptied (whose section held
// a notes list) that have nothing before the next heading of the same or
// a higher rank, or before the end.
func dropEmptySections(blocks []content.Block, emptied map[*content.Heading]bool) []content.Block {
	if len(emptied) == 0 {
		return blocks
	}
	out := blocks[:0]
	for i, b := range blocks {
		if h, ok := b.(*content.Heading); ok && emptied[h] && sectionEmpty(blocks[i+1:], h.Level) {
			continue
		}
		out = append(out, b)
	}
	return out
}

func sectionEmpty(rest []content.Block, level int) bool {
	if len(rest) == 0 {
		return true
	}
	next, ok := rest[0].(*content.Heading)
	return ok && next.Level <= level
}
