package plaintext

import (
	"strings"
	"unicode"
)

const ruleLoneCredit = "lone-credit"

// Limits of the agency's initials that loneCredit takes: a word of two to
// four capitals ("ANP", "NOS"), or capitals parted by slashes, each part
// at most maxCreditPart letters ("JAMSTEC/IODP").
const (
	maxInitials    = 4
	maxCreditPart  = 12
	maxCaptionNear = 150 // longest line, in characters, read as the caption next to a lone credit
)

// initialsCredit reports whether s is an agency's initials alone: one
// word of two to four capital letters ("ANP", "NA"), or words of capitals
// joined by slashes ("JAMSTEC/IODP"). A Roman numeral ("IV") numbers a
// section, and a word with a hyphen ("RAIO-X") is a word.
func initialsCredit(s string) bool {
	slashed := strings.Contains(s, "/")
	for rest, more := s, true; more; {
		var p string
		p, rest, more = strings.Cut(rest, "/")
		n := 0
		for _, r := range p {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
		if n < 2 || n > maxCreditPart || !slashed && (n > maxInitials || romanLetters(p)) {
			return false
		}
	}
	return true
}

// romanLetters reports whether s is written with the letters of Roman
// numerals only.
func romanLetters(s string) bool {
	return strings.Trim(s, "IVXLCDM") == ""
}

// inCapitals reports whether every letter of s is a capital, two letters
// at least: a line set in capitals.
func inCapitals(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// capitalCandidates counts the heading candidates set in capitals.
func (c *classifier) capitalCandidates(content []int, cand []string) int {
	n := 0
	for k, i := range content {
		if cand[k] != "" && inCapitals(c.text(i)) {
			n++
		}
	}
	return n
}

// loneCredit reports whether content[k], a heading candidate, is the
// credit of a picture given by an agency's initials alone (lone-credit:
// "ANP" under "Studenten in de bibliotheek van de Universiteit Utrecht.",
// "JAMSTEC/IODP" over "The drilling vessel Chikyu, which recovered the
// rock cores"): initials (initialsCredit), the only candidate of the page
// set in capitals (capitals is their count), right next to a picture's
// text: a caption or a credit just above or under it, or a short line
// that reads as a caption (one phrase, no question, no colon) right above
// or under it with no blank line between. A reader sees who took the
// picture there, not a section; a page that heads its sections in
// capitals ("MUSIC", "FOOD") sets more than one line so.
func (c *classifier) loneCredit(content []int, k, capitals int) bool {
	if capitals != 1 || !initialsCredit(c.text(content[k])) {
		return false
	}
	i := content[k]
	for _, j := range []int{c.prevLine(i), c.nextLine(i)} {
		if j < 0 {
			continue
		}
		if c.captioned(j) || c.role(j) == RoleParagraph && c.nextTo(min(i, j), max(i, j)) && captionNear(c.text(j)) {
			return true
		}
	}
	return false
}

// counterCredit reports whether content[k], a heading candidate, is the
// credit of a gallery's picture (counter-credit): one to four credit
// words ("ANP", "Omrop Fryslân") right under the gallery's counter ("1 /
// 9") and over a caption of at most 300 characters, with no credit
// under that line. Under a counter comes the picture, not a section; a
// slide's title ("Slide 2 of 10", "Ezov", its text, "Photo: Jane Kim")
// has its credit under the text.
func (c *classifier) counterCredit(content []int, k int) bool {
	p := c.prevLine(content[k])
	if p < 0 || len(c.res[p]) == 0 || c.res[p][0].Rule != ruleGalleryCounter || k+1 >= len(content) || c.role(content[k+1]) != RoleParagraph {
		return false
	}
	if k+2 < len(content) && c.captioned(content[k+2]) {
		return false // a slide's title over its text and the picture's credit
	}
	next := c.text(content[k+1])
	return creditWords(c.text(content[k])) && runeCount(next) <= maxBodyCaption && !strings.ContainsRune("?:", lastRune(next))
}

// markCounterCredit makes content[k] the credit it is (counterCredit) and
// the line under it its caption.
func (c *classifier) markCounterCredit(content []int, cand []string, k int) {
	it := &c.res[content[k]][0]
	it.Role, it.Rule, it.captionBelow = RoleCredit, ruleCounterCredit, true
	cand[k], cand[k+1] = "", ""
	c.set(content[k+1], RoleCaption, ruleCaptionBelow)
}

// captionNear reports whether s, a line right next to a credit, can be
// its picture's caption: a phrase or one sentence of at most
// maxCaptionNear characters that asks nothing and introduces nothing.
func captionNear(s string) bool {
	return runeCount(s) <= maxCaptionNear && !strings.ContainsRune("?:", lastRune(s)) && captionLike(s)
}

// markLoneCredit makes content[k] the credit it is (loneCredit), and the
// line right under it, with no blank between, its caption when it reads
// as one (captionBelow) and is no caption already.
func (c *classifier) markLoneCredit(content []int, cand []string, k int) {
	it := &c.res[content[k]][0]
	it.Role, it.Rule = RoleCredit, ruleLoneCredit
	cand[k] = ""
	if k+1 >= len(content) || !c.nextTo(content[k], content[k+1]) || c.role(content[k+1]) != RoleParagraph {
		return
	}
	if next := c.text(content[k+1]); captionNear(next) && captionBelow(it.Text, next) {
		it.captionBelow = true
		c.set(content[k+1], RoleCaption, ruleCaptionBelow)
		cand[k+1] = ""
	}
}
