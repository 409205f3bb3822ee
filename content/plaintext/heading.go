package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// numeralRE matches a section number alone on its line: "II.", "3", "IV".
var numeralRE = lazyre.New(`^(?:[IVXLC]{1,6}|\d{1,2})\.?$`)

// Heading limits: a section heading is a short line.
const (
	maxHeadingRunes   = 100
	maxHeadingWords   = 15
	maxQuestionWords  = 10
	maxTitleCaseWords = 6
	// maxUnpunctuatedWords is the longest heading without final
	// punctuation: a longer line is a caption or a standfirst that lost
	// its full stop ("Emergency workers survey the damage from a boat
	// on Friday morning").
	maxUnpunctuatedWords = 10
)

// words counts the words of toks, a run of Chinese or Japanese
// characters (written without spaces) counting one word for two.
func words(toks []token) int {
	n := 0
	for _, t := range toks {
		n += textWords(t.text) // a token holds no space: one word, or its CJK letters' half
	}
	return n
}

// headingRule returns the heading rule that s satisfies on its own, or "".
// A heading is short, starts with a capital letter or a digit, holds one
// sentence at most, and either ends without punctuation, or is a short
// question, or is a short title-case phrase ending with a full stop
// ("Enter: ISIS-K."). A permalink mark after it ("Do we need it? #")
// is the page's, not the heading's, and is left out, as is a listicle's
// rank before it ("#1 Spielebogen").
func headingRule(s string) string {
	s = trimRank(trimPermalink(s))
	if cjkText(s) {
		return cjkHeadingRule(s) // no capitals, no spaces: see cjkheading.go
	}
	if len(s) > 4*maxHeadingRunes || runeCount(s) > maxHeadingRunes || !isCapitalized(strings.TrimLeftFunc(afterEmoji(strings.TrimLeft(s, "¿¡")), enclosedNumber)) {
		return ""
	}
	toks := tokenize(s)
	if len(toks) == 0 || len(toks) > maxHeadingWords {
		return ""
	}
	if headingSentenceInside(toks) {
		return ""
	}
	if numeralRE.MatchString(s) {
		return ruleHeadingNumeral
	}
	switch r := fullWidthMark(lastRune(s)); {
	case r == '?':
		if len(toks) <= maxQuestionWords {
			return ruleHeadingQuestion
		}
	case r == '.':
		if !strings.HasSuffix(strings.TrimRight(s, "\"'”’)"), "..") && len(toks) >= 2 &&
			len(toks) <= maxTitleCaseWords && isTitleCase(s) {
			return ruleHeadingTitle
		}
	case strings.ContainsRune(",;:!…-–—", r):
	default:
		return ruleHeadingShort
	}
	return ""
}

// maxEntryRunes is the longest entry of a numbered series that
// longNumberedEntries takes for a heading.
const maxEntryRunes = 2 * maxHeadingRunes

// longNumberedEntries makes heading candidates (heading-numbered) of the
// entries of a numbered series too long for a heading on their own
// ("3. Robert Habeck, Politiker und Vorstandsvorsitzender Die Grünen
// (45.100 Follower): Tagesaktuell und schnell kommentieren") when the
// entry numbered one less or one more is a candidate: a listicle heads
// each of its entries alike, the longer ones too. Such an entry stands
// alone (no list item right above or under it), is at most maxEntryRunes
// long and ends no sentence. A pass up the series and one down it reach
// a run of long entries from either end.
func (c *classifier) longNumberedEntries(content []int, cand []string) {
	var entries []int // the lone numbered items, in order
	for k := range content {
		if c.loneNumbered(content, k) {
			entries = append(entries, k)
		}
	}
	extend := func(k, from int) {
		if cand[k] == "" && cand[from] == ruleHeadingNumbered && c.longEntry(content[k]) {
			cand[k] = ruleHeadingNumbered
		}
	}
	for n := 1; n < len(entries); n++ {
		if c.res[content[entries[n]]][0].number == c.res[content[entries[n-1]]][0].number+1 {
			extend(entries[n], entries[n-1])
		}
	}
	for n := len(entries) - 2; n >= 0; n-- {
		if c.res[content[entries[n+1]]][0].number == c.res[content[entries[n]]][0].number+1 {
			extend(entries[n], entries[n+1])
		}
	}
}

// loneNumbered reports whether content[k] is a numbered list item that
// stands alone, no list item right above or under it: the number of a
// section, not of a list's item.
func (c *classifier) loneNumbered(content []int, k int) bool {
	i := content[k]
	return c.role(i) == RoleListItem && c.res[i][0].ordered && !c.isListItem(content, k-1) && !c.isListItem(content, k+1)
}

// longEntry reports whether numbered item i may head its entry though it
// is too long for headingRule: at most maxEntryRunes long, capitalised,
// ending neither a sentence nor with a colon, comma or dash.
func (c *classifier) longEntry(i int) bool {
	s := c.res[i][0].body
	if s == "" {
		s = c.text(i)
	}
	return runeCount(s) <= maxEntryRunes && isCapitalized(s) && !endsSentence(s) && !strings.ContainsRune(",;:-–—", lastRune(s))
}

// trimPermalink returns s without the permalink mark a blog or a
// documentation page sets after each of its headings ("Why Wasm? #",
// "Installation ¶"): a lone "#" or "¶" after a space.
func trimPermalink(s string) string {
	for _, m := range []string{" #", " ¶"} {
		if t, ok := strings.CutSuffix(s, m); ok && strings.TrimSpace(t) != "" {
			return strings.TrimRight(t, " ")
		}
	}
	return s
}

// rankRE matches a listicle's rank before an entry's title: "#1 ", "#12 ".
var rankRE = lazyre.New(`^#\d{1,3}\s+`)

// trimRank returns s without the rank that opens a listicle's entry
// ("#1 Spielebogen", "#2 Steckturm"): the title after it is read as a
// heading is.
func trimRank(s string) string {
	if !strings.HasPrefix(s, "#") {
		return s // most lines: no regexp
	}
	if m := rankRE.FindStringIndex(s); m != nil && m[1] < len(s) {
		return s[m[1]:]
	}
	return s
}

// headingSentenceInside reports whether a sentence ends inside a
// heading's tokens, before the last: as sentenceInside, but a section's
// number that opens it ("III. Challenges") ends no sentence, nor does an
// exclamation or a question mark followed by a word in lower case
// ("Examining the 'a-ha!' moment"). A full stop before a word in lower
// case still ends one: "sra." in "A sra. pensa em sair?" keeps an
// interview's question out of the headings, as before.
func headingSentenceInside(toks []token) bool {
	for k := range toks[:len(toks)-1] {
		t := toks[k].text
		if !sentenceInside(toks[k : k+2]) {
			continue
		}
		if k == 0 && numeralRE.MatchString(t) || !strings.HasSuffix(strings.TrimRight(t, "\"'”’»)"), ".") && unicode.IsLower(firstLetter(toks[k+1].text)) {
			continue
		}
		return true
	}
	return false
}

// fullWidthMark returns the ASCII mark for the full-width punctuation of
// Chinese and Japanese ("。" is ".", "？" is "?", "、" is ","), and any
// other rune as it is: "2018年を代表する10のプロジェクトを紹介。" ends a
// sentence.
func fullWidthMark(r rune) rune {
	switch r {
	case '。', '．':
		return '.'
	case '？':
		return '?'
	case '！':
		return '!'
	case '、', '，':
		return ','
	case '：':
		return ':'
	case '；':
		return ';'
	}
	return r
}

// enclosedNumber reports whether r is a number set in a circle, a
// bracket or a box ("①", "⑴", "❶"), with which Japanese and Chinese
// pages number their sections: "①Visual Studio Code" opens with its
// name's capital.
func enclosedNumber(r rune) bool {
	return r >= 0x2460 && r <= 0x24FF || r >= 0x2776 && r <= 0x2793 || r >= 0x3251 && r <= 0x325F || r >= 0x32B1 && r <= 0x32BF
}

// wordy reports whether letters make at least half of the characters of
// s that are not spaces: a heading is words, where "4.3333333333333333",
// "2, 3, 5, 2, 3, 12" or "48.1k" are figures.
func wordy(s string) bool {
	letters, others := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case !unicode.IsSpace(r):
			others++
		}
	}
	return letters >= others
}

// afterEmoji returns s without the emoji (pictographs, their variation
// selectors and joiners; not "©", "®" nor ASCII signs) and spaces that
// open it: a newsletter heads its
// sections "🏛️ City Hall", and the heading's first word is "City".
func afterEmoji(s string) string {
	t := strings.TrimLeftFunc(s, func(r rune) bool {
		return r > unicode.MaxASCII && r != '©' && r != '®' && (unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r)) || r == '\uFE0F' || r == '\u200D' ||
			unicode.Is(unicode.Variation_Selector, r) || unicode.IsSpace(r)
	})
	if r, _ := utf8.DecodeLastRuneInString(s[:len(s)-len(t)]); t == "" || !unicode.IsSpace(r) {
		return s // no emoji, or one glued to the word
	}
	return t
}

// upperFirst returns s with its first letter in upper case.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// headings promotes paragraphs to headings. Besides headingRule, a heading
// needs a following body line that is not a heading candidate itself, and
// must not follow a candidate: runs of short lines stay paragraphs
// (short-line-run), as they are more often lists or verse than headings.
// A candidate set apart by a blank line from a block of lines written
// line under line is not part of that block's run; in text whose lines
// are mostly set apart by blank lines, a candidate written right under
// the line above it belongs to that line's block and is no heading.
func (c *classifier) headings(content []int) {
	kept := make([]int, 0, len(content))
	for _, i := range content {
		if c.role(i) != RolePullQuote { // a dropped pull quote is not there for the reader
			kept = append(kept, i)
		}
	}
	content = kept
	cand := make([]string, len(content))
	blocked := map[int]bool{} // short lines that stay in their run but head nothing
	edits := c.editLinks(content)
	for k, i := range content {
		if t, ok := edits[k]; ok && headingRule(upperFirst(t)) != "" { // "pdf.js[edit]" heads its section too
			cand[k] = ruleEditLink
			c.res[i][0].body = t
			continue
		}
		switch c.role(i) {
		case RoleParagraph:
			// a byline is never a heading, nor is a line of an interview
			if r := headingRule(c.text(i)); r != "" && !c.spoken(i) && c.res[i][0].Rule != ruleLivePost && c.res[i][0].Rule != ruleStepLabel && !isBylineText(c.text(i)) {
				cand[k] = r
				if isSignUp(c.text(i)) {
					cand[k] = "" // a newsletter's box
					c.set(i, RoleBoilerplate, ruleNewsletterBox)
				} else if r := notHeadingRule(c.text(i)); r != "" {
					cand[k] = "" // dialogue or a stage direction: a paragraph
					if k+1 < len(content) && followsHeading(c.role(content[k+1])) {
						c.res[i][0].Rule = r // where it would have been taken for a heading
					}
				} else if r := notHeadingText(c.text(i)); r != "" {
					blocked[k] = true
					c.res[i][0].Rule = r
				}
			}
		case RoleListItem:
			if c.loneNumbered(content, k) && headingRule(c.text(i)) != "" {
				cand[k] = ruleHeadingNumbered
			}
		}
	}
	c.longNumberedEntries(content, cand)
	c.colonHeadings(content, cand)
	c.interviewQuestions(content, cand)
	c.loneNumerals(content, cand)
	toc := c.tocRepeats(content, cand)
	c.contextNotHeadings(content, cand, toc, blocked)
	c.entryNumerals(content, cand, blocked)
	c.repeatedShapes(content, cand, blocked)
	c.moreLinks(content, cand, blocked)
	c.cjkBlock(content, cand, blocked)
	c.cards(content, cand, blocked)
	c.shortEntries(content, cand, blocked)
	spaced := c.spaced(content)
	numbered := c.numberedSeries(content, cand)
	texts := make(map[string]int, len(content)) // how often each content line's text is printed
	for _, i := range content {
		texts[c.text(i)]++
	}
	for k, i := range content {
		if cand[k] == "" || blocked[k] {
			continue
		}
		if cand[k] == ruleEditLink {
			if c.bodyFollows(content, k) {
				c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleEditLink
			}
			continue
		}
		if cand[k] == ruleRepeatedShape {
			c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleRepeatedShape // over body text (repeatedShapes)
			continue
		}
		if spaced && k > 0 && c.adjacent(content[k-1], i) && c.role(i) == RoleParagraph {
			c.res[i][0].Rule = ruleShortRun // written line under line with the text above it: a block's line
			continue
		}
		if toc[k] && c.bodyFollows(content, k) && cand[k+1] == "" {
			c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleHeadingTOC
			continue
		}
		if numbered[k] && c.proseWithin(content, k+1, 2) {
			c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleHeadingNumbered // a section of a numbered series, whatever stands above it, over its text or one line over it
			continue
		}
		if cand[k] == ruleHeadingShort && c.lineWords(i) > maxUnpunctuatedWords && !c.longQuestion(content, k) {
			c.res[i][0].Rule = ruleLongUnpunctuated // a caption, or a standfirst, that lost its full stop
			continue
		}
		prevCand := k > 0 && c.runMate(content, cand, blocked, texts, k-1) && !c.apartFromBlock(content, k-1, k-2, k) && !c.shopBetween(content[k-1], i)
		nextCand := k+1 < len(content) && cand[k+1] != "" && !c.apartFromBlock(content, k+1, k+2, k) && !c.shopBetween(i, content[k+1])
		switch {
		case c.pairedHeading(content, cand, k-1) && prevCand && !blocked[k-1] && (cand[k] == ruleHeadingNumbered || !strings.ContainsAny(c.text(i), "0123456789")):
			c.res[i][0].Role, c.res[i][0].Rule, c.res[i][0].level = RoleHeading, ruleHeadingPair, 3
		case c.pairedHeading(content, cand, k) && nextCand && !blocked[k+1]:
			c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, cand[k]
		case (prevCand || nextCand) && c.sectionNameHeading(content, cand, k):
			c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleSectionName
		case nextCand && !toc[k+1] && c.whLabelHeading(content, cand, blocked, k):
			c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleWhLabel
		case !prevCand && nextCand && c.listLabelHeading(content, cand, blocked, k):
			c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleListLabel
		case prevCand && nextCand && c.subLabel(content, cand, blocked, k):
			c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleSubLabel
		case prevCand && !nextCand && cand[k-1] == ruleRepeatedShape && c.role(i) == RoleParagraph:
			c.res[i][0].Role, c.res[i][0].Rule, c.res[i][0].level = RoleHeading, ruleHeadingPair, 3 // "Added" under "[3.4.0] - 2025-04-28"
		case !prevCand && nextCand && c.overContact(content, k):
			c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleOverContact
		case prevCand && !nextCand && c.afterFigures(content, cand, k):
			c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleAfterFigures
		case prevCand || nextCand:
			if c.role(i) == RoleParagraph {
				c.res[i][0].Rule = ruleShortRun
			}
		case c.bodyFollows(content, k):
			c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, cand[k]
		}
	}
	c.sameForms(content, cand, blocked)
	c.repeatedSeries(content, cand, blocked)
	c.colonSeries(content)
	c.longSeries(content)
	c.overPictures(content)
	c.makerCredits(content)
	c.beforeProse(content)
	c.afterProse(content)
	c.withoutEditLink(content)
	c.cjkAfterHeadings(content)
}

// runMate reports whether candidate content[k] makes the line under it,
// content[k+1], a line of a run of short lines rather than a heading. A
// page's button or label printed again (repeated-line: "Back to
// contents" closing each section) does not, when the line under it is
// printed once: the button ends what stands above it. A line printed
// again under it is one more line of a block the page repeats (a meal
// plan's labels). texts counts how often each line's text is printed.
func (c *classifier) runMate(content []int, cand []string, blocked map[int]bool, texts map[string]int, k int) bool {
	if cand[k] == "" {
		return false
	}
	return !blocked[k] || c.res[content[k]][0].Rule != ruleRepeated || texts[c.text(content[k+1])] > 1
}

// minNumberedSeries is the fewest numbered heading candidates that make
// a series (numberedSeries).
const minNumberedSeries = 3

// numberedSeries returns the numbered heading candidates (heading-numbered)
// when there are at least minNumberedSeries of them and they count up one
// by one ("1. The Salt House, by Min-ji Park", "2. Low Water, by Owen
// Price", …), each but the last with prose between it and the next: the
// numbers then number the article's sections, not the items of a list,
// and each one over prose, or over one short line and prose (a video's
// title, a subsection's heading), is a heading even right under a short
// line.
func (c *classifier) numberedSeries(content []int, cand []string) map[int]bool {
	var ks []int
	for k, i := range content {
		if cand[k] == ruleHeadingNumbered && c.role(i) == RoleListItem {
			if len(ks) > 0 && c.res[i][0].number != c.res[content[ks[len(ks)-1]]][0].number+1 {
				return nil
			}
			ks = append(ks, k)
		}
	}
	if len(ks) < minNumberedSeries {
		return nil
	}
	out := map[int]bool{}
	for n, k := range ks {
		if k+1 >= len(content) || (n+1 < len(ks) && !c.proseBetween(content, k, ks[n+1])) {
			return nil
		}
		out[k] = true
	}
	return out
}

// proseBetween reports whether a paragraph of prose stands between
// content[a] and content[b].
func (c *classifier) proseBetween(content []int, a, b int) bool {
	for _, i := range content[a+1 : b] {
		if c.prose(i) {
			return true
		}
	}
	return false
}

// spaced reports whether blank lines separate most of the body's lines:
// at least two thirds of the pairs of consecutive lines.
func (c *classifier) spaced(content []int) bool {
	apart := 0
	for k := 1; k < len(content); k++ {
		if !c.adjacent(content[k-1], content[k]) {
			apart++
		}
	}
	return len(content) > 2 && apart*3 >= (len(content)-1)*2
}

// apartFromBlock reports whether content[k] stands apart from its
// neighbour content[n], which belongs to a block of lines set line under
// line (heading-above-block): a blank line lies between k and n, and none
// between n and its other neighbour o ("Ingredients", a blank line, then
// the ingredients one per line). In text with no blank line it never
// does, but in text written one block per line, where n and o are one
// block when n is a label over its value (adjacent).
func (c *classifier) apartFromBlock(content []int, n, o, k int) bool {
	if c.noBlanks && !c.flat || o < 0 || o >= len(content) {
		return false
	}
	a, b := min(n, k), max(n, k)
	x, y := min(n, o), max(n, o)
	return !c.adjacent(content[a], content[b]) && c.adjacent(content[x], content[y])
}

// longQuestion reports whether content[k], a line longer than a short
// heading, opens with a wh-word (whWords), asking a question without its
// mark ("Why Delhi's air pollution gets so bad this time of year"), and
// stands alone between prose lines: an explainer's section, not a
// caption or a standfirst that lost its full stop (long-unpunctuated).
func (c *classifier) longQuestion(content []int, k int) bool {
	i := content[k]
	return whWords[strings.ToLower(firstWord(c.text(i)))] && c.lineWords(i) <= maxHeadingWords &&
		k > 0 && c.prose(content[k-1]) && k+1 < len(content) && c.prose(content[k+1])
}

// shopBetween reports whether a shop's button (shop-button) stands
// between lines i and j: it closes the product's block above it, so the
// short line under it starts a run of its own even where no blank line
// sets it apart ("$159.99 at Amazon", then the next product's heading).
func (c *classifier) shopBetween(i, j int) bool {
	for n := i + 1; n < j; n++ {
		if len(c.res[n]) == 1 && c.res[n][0].Rule == ruleShopButton {
			return true
		}
	}
	return false
}

// isListItem reports whether content[k] exists and is a list item.
func (c *classifier) isListItem(content []int, k int) bool {
	return k >= 0 && k < len(content) && c.role(content[k]) == RoleListItem
}

// bodyFollows reports whether body text follows content[k]: a line whose
// role may follow a heading (followsHeading) and that is no date, which
// stamps what is above it and heads no text.
func (c *classifier) bodyFollows(content []int, k int) bool {
	return k+1 < len(content) && followsHeading(c.role(content[k+1])) && !isDateOnly(c.text(content[k+1]))
}

// followsHeading reports whether a line of that role can follow a heading.
func followsHeading(role string) bool {
	switch role {
	case RoleParagraph, RoleDateline, RoleListItem, RoleQuote, RoleCaption, "":
		return true
	}
	return false
}

// bigrams returns the pairs of consecutive words of s, lower-cased and
// reduced to letters.
func bigrams(s string) map[string]bool {
	set := map[string]bool{}
	prev := ""
	for _, t := range tokenize(s) {
		w := letters(t.text)
		if w == "" {
			continue
		}
		if prev != "" {
			set[prev+" "+w] = true
		}
		prev = w
	}
	return set
}

// whollyQuoted reports whether s is one quotation with nothing outside it
// but final punctuation.
func whollyQuoted(s string) bool {
	if !startsQuoted(s) {
		return false
	}
	t := strings.TrimRight(s, ".!? ")
	for _, q := range []string{"”", "\"", "»"} {
		if inner, ok := strings.CutSuffix(t, q); ok {
			return !strings.ContainsAny(inner, "”»") && strings.Count(inner, "\"") <= 1
		}
	}
	return false
}

// isAttribution reports whether s attributes a quote: "— Jane Doe, mayor".
func isAttribution(s string) bool {
	for _, d := range []string{"—", "―", "–", "-", "~"} {
		if rest, ok := strings.CutPrefix(s, d); ok {
			rest = strings.TrimSpace(rest)
			return rest != "" && isCapitalized(rest) && runeCount(rest) <= 120
		}
	}
	return false
}

// pairedHeading reports whether content[k] and content[k+1] are a
// heading and the subheading under it (heading-pair): two candidates, and
// only two, between text that is no candidate ("Career", then "Early
// discoveries", then the section's text; "MUSIC", then "Chicago Jazz
// Festival"). Both are plain paragraphs otherwise (the first may have
// just been made the heading); the second becomes a level-3 heading.
func (c *classifier) pairedHeading(content []int, cand []string, k int) bool {
	if k < 0 || k+2 >= len(content) || cand[k] == "" || cand[k+1] == "" || cand[k+2] != "" || (k > 0 && cand[k-1] != "") {
		return false
	}
	first, second := c.role(content[k]), c.role(content[k+1])
	if (first != RoleParagraph && first != RoleHeading) || (second != RoleParagraph && cand[k+1] != ruleHeadingNumbered) || !c.bodyFollows(content, k+1) {
		return false
	}
	if strings.ContainsAny(c.text(content[k]), "0123456789") || (cand[k+1] != ruleHeadingNumbered && mostlyFigures(c.text(content[k+1]))) {
		return false // a score line or a table row, not a heading
	}
	return cand[k+1] != ruleHeadingColon || cand[k] != ruleHeadingColon
}

// figured reports whether two words of s hold figures at least: a score
// line ("Ireland (20) 27") or a table's row, where one figure is a
// title's ("Vape Wave (documentaire, 1h28, Planète+)"). Whether such a
// line under a heading makes a pair with it, mostlyFigures tells.
func figured(s string) bool {
	n, _ := figureWords(s)
	return n >= 2
}

// mostlyFigures reports whether s is figured and figures make half its
// words at least: a score line ("Ireland (20) 27") or a table's row,
// which makes no pair with the line above it. A title with its running
// time or rating ("6 Days (film, 1h34, Netflix)", "★★★★★ 4.9 from 212
// reviews") is mostly words: the line above it heads them both.
func mostlyFigures(s string) bool {
	n, all := figureWords(s)
	return n >= 2 && 2*n >= all
}

// figureWords counts the words of s that hold a figure, and all its words.
func figureWords(s string) (figures, words int) {
	for w := range strings.FieldsSeq(s) {
		words++
		if strings.ContainsAny(w, "0123456789") {
			figures++
		}
	}
	return figures, words
}

// maxColonHeadingWords is the longest heading that ends with a colon.
const maxColonHeadingWords = 5

// colonHeadings marks as heading candidates the short labels ending with
// a colon and standing over a paragraph ("Getting there:", "Where to
// stay:") when the body has at least two of them (heading-colon-label): a page that heads
// its sections with a colon does so throughout, while a lone line ending
// with a colon introduces what follows ("Other symptoms can include:").
// A label is at most five words, capitalised, one sentence, with no colon
// inside ("Step 1: Measure" is a list item's label). A label over a list
// ("Pros:", "Ingredients:") stays the list's lead-in paragraph, and a
// speaker's name printed turn by turn ("Anne:", "Sunshine:") heads no
// section: it is a line of a transcript (transcript-speaker).
func (c *classifier) colonHeadings(content []int, cand []string) {
	var ks []int
	for k, i := range content {
		if c.role(i) == RoleParagraph && !c.spoken(i) && colonLabel(c.text(i)) &&
			k+1 < len(content) && c.role(content[k+1]) == RoleParagraph {
			ks = append(ks, k)
		}
	}
	if len(ks) < 2 {
		return
	}
	speakers := c.colonSpeakers(content, ks)
	for _, k := range ks {
		if speakers[c.text(content[k])] {
			it := &c.res[content[k]][0]
			it.Rule, it.lead = ruleSpeaker, len(it.Text) // bold whole, as a label alone on its line is
		} else {
			cand[k] = ruleHeadingColon
		}
	}
}

// maxSpeakerWords is the most words of a speaker's name over a turn.
const maxSpeakerWords = 2

// colonSpeakers returns the colon labels among content[k], k in ks, that
// name the speakers of a conversation: labels of at most maxSpeakerWords
// words printed again, when two of them take turns ("Anne:",
// "Sunshine:", "Anne:", …).
func (c *classifier) colonSpeakers(content, ks []int) map[string]bool {
	printed := make(map[string]int, len(ks))
	for _, k := range ks {
		if s := c.text(content[k]); article.WordCount(s) <= maxSpeakerWords {
			printed[s]++
		}
	}
	speakers := map[string]bool{}
	for s, n := range printed {
		if n > 1 {
			speakers[s] = true
		}
	}
	if len(speakers) < 2 {
		return nil
	}
	return speakers
}

// colonLabel reports whether s is a short label ending with a colon.
func colonLabel(s string) bool {
	if lastRune(s) != ':' || !isCapitalized(s) || strings.Contains(s[:len(s)-1], ":") || strings.ContainsAny(s, ",;") {
		return false
	}
	toks := tokenize(s)
	return len(toks) > 0 && len(toks) <= maxColonHeadingWords && !sentenceInside(toks)
}

// sectionNames are the names of the conventional sections of recipes,
// reviews, tutorials and reference pages, which readers take for headings
// by their name alone (compared lower-cased).
var sectionNames = map[string]bool{
	"ingredients": true, "instructions": true, "method": true, "directions": true,
	"preparation": true, "notes": true, "nutrition": true, "equipment": true,
	"materials": true, "tips": true, "warnings": true, "pros": true, "cons": true,
	"verdict": true, "specs": true, "introduction": true, "conclusion": true,
	"prerequisites": true, "references": true, "see also": true, "notes and references": true,
	"external links": true, "further reading": true, "bibliography": true,
	"footnotes": true, "sources": true, "line-ups": true, "lineups": true,
	"ingredientes": true, "preparación": true, "elaboración": true, "modo de preparo": true,
	"zutaten": true, "zubereitung": true, "ingrédients": true, "préparation": true,
	"ingredienti": true, "preparazione": true, "procedimento": true,
	"referencias": true, "références": true, "einzelnachweise": true, "weblinks": true,
	"literatur": true, "voir aussi": true, "véase también": true,
	// what a recipe or a how-to needs and does, in the languages above and a few more
	"what you'll need": true, "what you’ll need": true, "things you'll need": true, "things you’ll need": true,
	"you'll need": true, "you’ll need": true, "steps": true, "step-by-step instructions": true,
	"substitutes": true, "substitutions": true, "variations": true, "storage": true,
	"ingrediënten": true, "bereiding": true, "benodigdheden": true, "werkwijze": true,
	"składniki": true, "przygotowanie": true, "ingredienser": true, "malzemeler": true, "hazırlanışı": true,
	"instrucciones": true, "pasos": true, "anleitung": true, "étapes": true, "materiale": true,
	// a review's pros and cons
	"les plus": true, "les moins": true, "points forts": true, "points faibles": true,
	"vorteile": true, "nachteile": true, "ventajas": true, "desventajas": true,
	"pontos positivos": true, "pontos negativos": true, "pregi": true, "difetti": true,
	"voordelen": true, "nadelen": true, "plusy": true, "minusy": true,
	// the parts of a review, a report, a job posting or a podcast's page
	"the verdict": true, "bottom line": true, "the bottom line": true, "final thoughts": true,
	"also consider": true, "alternatives": true, "key takeaways": true, "key highlights": true,
	"faq": true, "faqs": true, "background": true, "methodology": true, "methods": true, "results": true,
	"discussion": true, "requirements": true, "responsibilities": true, "qualifications": true, "benefits": true,
	"timestamps": true, "show notes": true, "transcript": true, "player of the match": true,
}

// sectionNameHeading reports whether content[k], a candidate among other
// short lines, is a conventional section name ("Ingredients", "See also",
// "Pros") over body text, with another such name in the same run of short
// lines or right next to it (heading-section-name): "Ingredients" over
// the ingredients and "Method" under them, "Pros" and "Cons" over their
// items. Among the lines of a list without bullets each still heads its
// list. A lone name in a run stays a paragraph (the run may be a list
// that names things), and two such names in a row head nothing; but a
// name that ends the run right over prose heads that prose ("Verdict"
// under the review's cons, "Line-ups" under the player of the match).
func (c *classifier) sectionNameHeading(content []int, cand []string, k int) bool {
	i := content[k]
	if c.role(i) != RoleParagraph || !sectionNames[strings.ToLower(c.text(i))] || k+1 >= len(content) {
		return false
	}
	next := content[k+1]
	if !followsHeading(c.role(next)) || sectionNames[strings.ToLower(c.text(next))] {
		return false
	}
	if c.prose(next) {
		return true // the run's last line, over the text it heads
	}
	if k > 0 && c.prose(content[k-1]) {
		return true // the run's first line, right under prose: the name over its list
	}
	lo, hi := k, k
	for lo > 0 && cand[lo-1] != "" {
		lo--
	}
	for hi+1 < len(content) && cand[hi+1] != "" {
		hi++
	}
	for j := max(lo-1, 0); j <= min(hi+1, len(content)-1); j++ {
		if j != k && (sectionNames[strings.ToLower(c.text(content[j]))] || j < k && c.role(content[j]) == RoleHeading) {
			return true
		}
	}
	return false
}

// editLinkRE matches a heading copied with its wiki's edit link glued to
// it: "History[edit]", "Etimología[editar]", "Geschichte[Bearbeiten |
// Quelltext bearbeiten]".
var editLinkRE = lazyre.New(`^(.*\S)\[(\pL[\pL |]{1,40})\](?m:$)`) // (?m:$): see lazyre

// editLinks returns, by position in content, the text of the paragraphs
// that end with the same bracketed word glued to them as at least one
// other does (heading-edit-link): a wiki page copied whole prints its
// edit link after each section heading, whatever the language calls it,
// even where a paragraph ending with a colon made it the item of a list
// without bullets (list-after-colon).
// The text is given without the link.
func (c *classifier) editLinks(content []int) map[int]string {
	byLink := map[string][]int{}
	for k, i := range content {
		if (c.role(i) != RoleParagraph && c.res[i][0].Rule != ruleListColon) || !strings.HasSuffix(c.text(i), "]") || runeCount(c.text(i)) > maxHeadingRunes+40 {
			continue
		}
		if m := editLinkRE.FindStringSubmatch(c.text(i)); m != nil {
			byLink[m[2]] = append(byLink[m[2]], k)
		}
	}
	out := map[int]string{}
	for _, ks := range byLink {
		if len(ks) < 2 {
			continue
		}
		for _, k := range ks {
			out[k] = editLinkRE.FindStringSubmatch(c.text(content[k]))[1]
		}
	}
	return out
}

// maxSubLabelBack is how far up a run of short lines subLabel looks for
// the label that heads it.
const maxSubLabelBack = 40

// subLabel reports whether content[k], inside a run of short lines that a
// label heads ("For", "Ingredients": heading-list-label or
// heading-section-name), labels the lines under it as that label did the
// ones above (heading-sub-label): "Against" after "For" and its items,
// "For the topping" among the ingredients. It has at most four words
// (two at least under a section's name: "Salt" among the ingredients is
// one of them) and no figures, fewer words than the item above it and each of the
// two below it, which are candidates that head nothing else.
func (c *classifier) subLabel(content []int, cand []string, blocked map[int]bool, k int) bool {
	s := c.text(content[k])
	n := article.WordCount(s)
	if c.role(content[k]) != RoleParagraph || n > maxListLabelWords || strings.ContainsAny(s, "0123456789") || k < 2 || k+2 >= len(content) {
		return false
	}
	for _, j := range []int{k - 1, k + 1, k + 2} {
		if cand[j] == "" || blocked[j] || c.role(content[j]) != RoleParagraph || article.WordCount(c.text(content[j])) <= n {
			return false
		}
	}
	for j := k - 1; j >= 0 && j >= k-maxSubLabelBack; j-- {
		if r := c.res[content[j]][0].Rule; c.role(content[j]) == RoleHeading && (r == ruleListLabel || r == ruleSectionName) {
			return n >= 2 || r == ruleListLabel // "Salt" among the ingredients is one
		}
		if cand[j] == "" {
			return false
		}
	}
	return false
}
