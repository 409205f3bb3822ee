package plaintext

import (
	"strings"

	"github.com/offprint/offprint/internal/lazyre"
)

// Limits of the end matter cut off after an end mark or a related-links
// header.
const (
	minBodyBeforeEnd   = 3   // content lines an article has before its end
	maxEndMarkLines    = 15  // lines after "###" or "-30-"
	maxRelatedLines    = 30  // lines after "More on this story"
	maxRelatedLineRune = 150 // longest related-story title or tag line
)

// endMarkRE matches the mark that ends a press release: "###", "-30-",
// "- 30 -", "# # #".
var endMarkRE = lazyre.New(`^(?:#\s*#\s*#|-\s*30\s*-|-#\s*#\s*#-)$`)

// relatedHeaders open the lists of related stories and topic tags that
// news sites print under an article (compared lower-cased, without a final
// colon).
var relatedHeaders = map[string]bool{
	"more on this story": true, "related topics": true, "related stories": true,
	"related articles": true, "related content": true, "more on this topic": true,
	"more stories": true, "read next": true, "you may also like": true,
	"recommended stories": true, "topics": true, "tags": true,
	"archivado en": true, "temas": true, "te puede interesar": true,
	"leggi anche": true, "argomenti": true, "à lire aussi": true,
	"sur le même sujet": true, "mehr zum thema": true, "themen": true,
	"lees ook": true, "leia também": true, "leia mais": true,
}

// cutEnd finds the end of the article among the content lines: an end
// mark (end-mark) or a related-links header (related-links) followed by
// short lines only. The mark and what follows are page furniture, except
// source and copyright lines, which keep their meaning. It returns the
// content lines before the end.
func (c *classifier) cutEnd(content []int) []int {
	for k := minBodyBeforeEnd; k < len(content); k++ {
		s := c.text(content[k])
		rest := content[k+1:]
		var rule string
		switch {
		case endMarkRE.MatchString(s) && len(rest) <= maxEndMarkLines && 3*len(rest) <= len(content):
			rule = ruleEndMark
		case (relatedHeaders[strings.ToLower(strings.TrimRight(s, ": "))] || isPromoPhrase(s)) && len(rest) <= maxRelatedLines && c.allShort(rest):
			rule = ruleRelated
		default:
			continue
		}
		if rule == ruleEndMark {
			k = c.aboutSection(content, k)
		}
		c.set(content[k], RoleBoilerplate, rule)
		for _, i := range content[k+1:] {
			if items := sourceOrRights(c.lines[i]); items != nil {
				c.res[i] = items
				continue
			}
			c.set(i, RoleBoilerplate, rule)
		}
		return content[:k]
	}
	return content
}

// allShort reports whether every line of content is a short line (a story
// title or a tag), not a paragraph: at most 150 characters, one sentence,
// and no more than a third of the lines ending with a full stop.
func (c *classifier) allShort(content []int) bool {
	stops := 0
	for _, i := range content {
		s := c.text(i)
		if runeCount(s) > maxRelatedLineRune || sentenceInside(tokenize(s)) {
			return false // two sentences make a paragraph, not a title
		}
		if lastRune(s) == '.' {
			stops++
		}
	}
	return 3*stops <= len(content) // titles and tags seldom end with a full stop; sentences do
}

// sourceOrRights recognises a source or copyright line.
func sourceOrRights(l line) []item {
	if items := sourceItems(l); items != nil {
		return items
	}
	return rightsItems(l)
}

// maxAboutLines is the longest "About …" section, heading included, that
// a press release prints right above its end mark.
const maxAboutLines = 4

// aboutRE matches the heading of a press release's boilerplate about the
// issuer: "About AIMS", "About the Reef Foundation", "Über uns",
// "À propos de …", "Acerca de …", "Sobre …", "Chi siamo".
var aboutRE = lazyre.New(`^(?:(?:About|Über|À propos de|A propos de|Acerca de|Sobre|Over)\s+[^\d\s.!?:;,][^.!?:;,]{0,59}|Chi siamo|Über uns)(?m:$)`) // (?m:$): see lazyre

// aboutSection returns where the end of a press release starts when the
// end mark at content[k] follows an "About …" heading and at most a few
// short paragraphs: the issuer's boilerplate is no part of the story.
// Otherwise it returns k.
func (c *classifier) aboutSection(content []int, k int) int {
	for j := k - 1; j >= minBodyBeforeEnd && k-j <= maxAboutLines; j-- {
		if aboutRE.MatchString(c.text(content[j])) {
			return j
		}
	}
	return k
}
