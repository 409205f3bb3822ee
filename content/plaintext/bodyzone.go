package plaintext

import (
	"strings"
	"unicode"

	"github.com/offprint/offprint/internal/lazyre"
)

// The rules of this file place a heading by where it stands in the
// article: a section heading stands over the article's prose, so a short
// line above the first paragraph of prose (a breadcrumb, a section label,
// a row of buttons left under the title) or below the last one (tags, a
// source line, links to other stories) is seldom one.

// Prose limits: a paragraph of prose holds at least minProseWords words
// and ends a sentence, or holds at least minLongProseWords words.
const (
	minProseWords     = 10
	minLongProseWords = 25
)

// prose reports whether line i is a paragraph of prose
// (see minProseWords): a paragraph, a dateline's or a quote's.
func (c *classifier) prose(i int) bool {
	switch c.role(i) {
	case RoleParagraph, RoleDateline, RoleQuote:
	default:
		return false
	}
	n := c.lineWords(i) // counts as words does, without a slice
	return n >= minLongProseWords || (n >= minProseWords && endsSentence(c.text(i)))
}

// beforeProse turns back into paragraphs the headings that stand above
// the body's first paragraph of prose (heading-before-prose), but for
// the one right above it, with nothing between them (the first
// section's heading), and for those that are one wherever they stand
// (keepsPlace: "Ingredients", a numeral): the lines between the
// headline and the article's prose are its front matter, and a short
// line there is a breadcrumb, a section label or a button more often
// than a heading.
func (c *classifier) beforeProse(content []int) {
	first := -1
	for k, i := range content {
		if c.prose(i) {
			first = k
			break
		}
	}
	if first < 1 {
		return // no prose (verse, a list, a gallery), or nothing above it
	}
	for k := first - 1; k >= 0; k-- {
		i := content[k]
		it := &c.res[i][0]
		if c.role(i) != RoleHeading || c.keepsPlace(i) {
			continue
		}
		if k == 0 && strings.ContainsFunc(c.text(i), unicode.IsLower) && namesShaped(c.text(i)) && c.properNames(c.text(i)) {
			it.Role, it.Rule, it.level = RoleParagraph, ruleNameAtTop, 0 // "Nicolas Perriault" under the headline
			if names, ok := nameOnlyByline(c.text(i)); ok {
				it.Role, it.names = RoleByline, names // a byline without its "By"
			}
			continue
		}
		if k == first-1 && c.nextLine(i) == content[first] && c.headingAfter(content[first:]) {
			if c.underTitle(i) {
				it.Role, it.Rule, it.level = RoleParagraph, ruleUnderTitle, 0
				continue
			}
			it.level = 0 // the first section's heading, though one over it goes
			continue
		}
		it.Role, it.Rule, it.level = RoleParagraph, ruleBeforeProse, 0
	}
}

// headingAfter reports whether one of the lines is a heading.
func (c *classifier) headingAfter(content []int) bool {
	for _, i := range content {
		if c.role(i) == RoleHeading {
			return true
		}
	}
	return false
}

// keepsPlace reports whether heading i is one wherever it stands: a
// section's conventional name ("Ingredients", "Specs") or number, a label
// over a list, or a live blog's or a how-to's lead folded into what it
// leads.
func (c *classifier) keepsPlace(i int) bool {
	if sectionNames[strings.ToLower(c.text(i))] {
		return true
	}
	switch c.res[i][0].Rule {
	case ruleSectionName, ruleHeadingNumeral, ruleListLabel, ruleSubLabel, ruleLivePost, ruleStepLabel, ruleEditLink, ruleOverContact:
		return true
	}
	return false
}

// labelsRun reports whether a heading of that rule labels a run of short
// lines (heading-list-label, heading-sub-label): under the prose, such a
// run is an author's box or links to other stories more often than a
// list.
func labelsRun(rule string) bool { return rule == ruleListLabel || rule == ruleSubLabel }

// afterProse turns back into paragraphs the headings that stand under
// the body's last paragraph of prose (heading-after-prose) and head no
// sentence: the line under such a heading is a heading too, or is no
// caption and ends no sentence. What follows an article's prose is
// mostly the page's: tags, a source line, links to other stories, an
// author's box; a section there ("What's next?", "Media contact" over a
// sentence, a gallery's slide over its caption) still heads text. A
// heading that is one wherever it stands (keepsPlace) stays.
func (c *classifier) afterProse(content []int) {
	last := -1
	for k := len(content) - 1; k >= 0; k-- {
		if c.prose(content[k]) {
			last = k
			break
		}
	}
	if last < 0 {
		return
	}
	forms := map[string]bool{} // the forms of the headings amid the prose
	for _, i := range content[:last] {
		if c.role(i) == RoleHeading {
			forms[headingForm(c.text(i))] = true
		}
	}
	delete(forms, "")
	for k := last + 1; k < len(content); k++ {
		i := content[k]
		it := &c.res[i][0]
		if c.role(i) != RoleHeading || c.keepsPlace(i) && !labelsRun(it.Rule) || c.headsText(content, k) || forms[headingForm(c.text(i))] {
			continue
		}
		it.Role, it.Rule, it.level = RoleParagraph, ruleAfterProse, 0
	}
}

// sectionNumberRE matches a section's number before its title: "3.",
// "3.2", "IV.".
var sectionNumberRE = lazyre.New(`^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.)\s+\S`)

// headingForm names the form a heading shares with its siblings, or "":
// numbered ("3. Results", "3.2 Methods"), in capitals ("QUOTE OF THE
// DAY") or a question.
func headingForm(s string) string {
	switch {
	case sectionNumberRE.MatchString(s):
		return "numbered"
	case lastRune(s) == '?':
		return "question"
	case strings.IndexFunc(s, unicode.IsLower) < 0 && strings.IndexFunc(s, unicode.IsUpper) >= 0 && runeCount(s) > 3:
		return "capitals"
	}
	return ""
}

// maxHeadsTextLines is how far under a heading headsText looks for the
// text it heads.
const maxHeadsTextLines = 8

// headsText reports whether content[k] heads text: before the next
// heading, and within maxHeadsTextLines lines, a caption, a contact's
// lines (contact-line) or a line ending a sentence.
func (c *classifier) headsText(content []int, k int) bool {
	for j := k + 1; j < len(content) && j <= k+maxHeadsTextLines; j++ {
		n := content[j]
		switch {
		case c.role(n) == RoleHeading:
			return false
		case c.role(n) == RoleCaption || (len(c.res[n]) > 0 && c.res[n][0].Rule == ruleContact) || endsSentence(c.text(n)):
			return true
		}
	}
	return false
}

// properNames reports whether the words of s are proper names: the text
// never writes one of them in lower case ("Our Verdict" is no name: the
// text says "our").
func (c *classifier) properNames(s string) bool {
	lower := map[string]bool{}
	for _, t := range tokenize(s) {
		if w := letters(t.text); w != "" {
			lower[strings.ToLower(w)] = true
		}
	}
	for _, l := range c.lines {
		for _, t := range tokenize(l.text) {
			if w := letters(t.text); w != "" && unicode.IsLower(firstLetter(t.text)) && lower[w] {
				return false
			}
		}
	}
	return true
}

// withoutEditLink turns back into paragraphs, on a wiki page whose
// headings carry their edit link (two at least: heading-edit-link), the
// headings that do not (without-edit-link): such a page marks every
// section's heading, so a short line without the mark is a picture's
// caption ("SeaMonkey logo"), the page's chrome ("Jump to search") or a
// lead-in ("Proof:").
func (c *classifier) withoutEditLink(content []int) {
	n := 0
	for _, i := range content {
		if c.role(i) == RoleHeading && c.res[i][0].Rule == ruleEditLink {
			n++
		}
	}
	if n < 2 {
		return
	}
	for _, i := range content {
		if it := &c.res[i][0]; c.role(i) == RoleHeading && it.Rule != ruleEditLink {
			it.Role, it.Rule, it.level = RoleParagraph, ruleWithoutEditLink, 0
		}
	}
}
