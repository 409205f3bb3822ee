package plaintext

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// The rules of this file keep out of the headings the short lines a page
// prints around its text that are not the title of what follows: who
// wrote, commented or signed (a name next to a date, over an address, at
// the end of a letter), labels of tables and figures, rows of data, and
// the buttons a page repeats under every comment.

var (
	// figureLabelRE matches the label of a table or figure alone on its
	// line: "Table 1", "Figure 2.", "Fig. 3a:".
	figureLabelRE = lazyre.New(`^(?i:table|tab\.|figure|fig\.|chart|graph|exhibit|plate|map|video|audio)\s+\d{1,3}[a-z]?[.:]?$`)
	// endsWithByRE matches a label that waits for a name after it: "NEWS
	// PROVIDED BY", "Powered by", "Sponsored by:".
	endsWithByRE = lazyre.New(`(?i)\sby:?$`)
	// byNameRE finds the "by" before the name that ends a credit line:
	// "Fact checked by Emily Park", "Medically reviewed by Dr. Ana Ruiz".
	byNameRE = lazyre.New(`(?i)(?:^|\s)by:?\s+(?:(?:dr|prof|rev)\.?\s+)?(\p{Lu}\S*(?:\s+\S+){1,3})$`)
	// saysRE matches the header of a reader's comment: "Maria says",
	// "Hannah Whitfield wrote:".
	saysRE = lazyre.New(`^(\S+(?:\s+\S+){0,3})\s+(?:says|said|wrote|writes|replied|commented):?$`)
	// initialNameRE matches a name given with the initial of its surname,
	// as comments and reviews sign: "Lisa R.", "John D.".
	initialNameRE = lazyre.New(`^\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}\.$`)
	// signatureRE matches a letter's signature: a name, a comma and a
	// place ("Dr. Anita Shah, Oak Park", "Frank DeLuca, Oak Park").
	signatureRE = lazyre.New(`^(?:(?:Dr|Prof|Rev|Mr|Mrs|Ms)\.?\s+)?(\p{Lu}[^,]{2,40}),\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})$`)
	// labelValueRE matches a line of a short label, a colon and a value:
	// "Referee: Tom Spencer.", "Charging: USB-C"; the label may hold the
	// soft hyphens a page sets for hyphenation ("Pers\u00adwoordvoerder:"),
	// and hyphens ("Per-image max size: 1MiB").
	labelValueRE = lazyre.New(`^\p{Lu}[\p{L}'’\x{AD}-]*(?:\s+[\p{L}'’-]+){0,2}:\s+\S`)
	// contactRE matches a line that is only an e-mail address, a phone
	// number or a web address.
	contactRE = lazyre.New(`^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d\s().–-]{7,}|(?:https?://|www\.)\S+)$`)
)

// calloutLabels label a box set in the text, a tip or a warning, rather
// than a section (compared lower-cased).
var calloutLabels = map[string]bool{
	"tip": true, "pro tip": true, "note": true, "warning": true, "caution": true,
	"important": true, "heads up": true, "good to know": true, "editor's note": true,
}

// notHeadingText returns the rule by which s, which passes the heading
// tests, is no heading by its text alone, though it stays among the short
// lines around it, or "": the label of a tip or a warning ("Tip", "Note":
// callout-label), the label of a table or figure
// (figure-label), a label ending with "by" or a credit ending with "by
// NAME" (by-label), a commenter's name line (commenter-line), or a line
// about the article (metaLineRule), a table's row with its cells parted by
// a tab, or a line of figures more than words (figures-line: see wordy).
func notHeadingText(s string) string {
	switch {
	case strings.ContainsRune(s, '\t'):
		return ruleTableRow
	case !wordy(s) && !numeralRE.MatchString(s):
		return ruleFigures
	case namedCaption(s):
		return ruleNamedCaption
	case figureLabelRE.MatchString(s):
		return ruleFigureLabel
	case endsWithByRE.MatchString(s) || byName(s):
		return ruleByLabel
	case calloutLabels[strings.ToLower(strings.TrimSuffix(s, ":"))]:
		return ruleCallout
	case isCommenter(s):
		return ruleCommenter
	}
	return metaLineRule(s)
}

// namedCaption reports whether s is a picture's caption that ends with
// its photographer's name in brackets: "Glass cloche terrariums (Lucy
// Akins)".
func namedCaption(s string) bool {
	t := strings.TrimSpace(s)
	open := strings.LastIndexByte(t, '(')
	if !strings.HasSuffix(t, ")") || open < 1 || article.WordCount(t[:open]) < 2 {
		return false
	}
	inner := t[open+1 : len(t)-1]
	return namesShaped(inner) && strings.ContainsFunc(inner, unicode.IsLower)
}

// isTableRow reports whether s is a row of table cells parted by bars or
// tabs ("13B | 61% | 88%"): a table's line, not a short line of a list.
func isTableRow(s string) bool {
	return strings.Count(s, " | ") >= 2 || strings.Count(s, "\t") >= 2
}

// isDateOnly reports whether s is a date line (article.ParseDateLine).
func isDateOnly(s string) bool {
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	_, _, ok := article.ParseDateLine(s)
	return ok
}

// byName reports whether s ends with "by" and a name: "Fact checked by
// Emily Park".
func byName(s string) bool {
	m := byNameRE.FindStringSubmatch(s)
	return m != nil && article.IsName(m[1], 4)
}

// isCommenter reports whether s names the writer of a comment or a post:
// "Maria says", a user name ("dave_in_duluth", "@hannahcooks"), or a name
// with the initial of its surname ("Lisa R.").
func isCommenter(s string) bool {
	if m := saysRE.FindStringSubmatch(s); m != nil && (article.IsName(m[1], 4) || isCapitalized(m[1]) && !strings.Contains(m[1], " ")) {
		return true
	}
	if initialNameRE.MatchString(s) {
		return true
	}
	return textWords(s) == 1 && strings.ContainsAny(s, "_@") && strings.IndexFunc(s, unicode.IsLetter) >= 0 // one word: a CJK paragraph has no spaces
}

// contextNotHeadings drops the heading candidates that their neighbours
// show to be something else: a short line the page repeats, once at
// least over no prose (repeated-line: a button, a commenter's name), a name over an address or a phone number
// (contact-line), a name next to a date (name-by-date), a letter's
// signature after its text (signature-line), a label and value among
// others (fact-line), and the lines of falsehead.go (a link, a media
// label, a lead-in, a table's title, an echoing caption, a list's
// labels: block-label). toc holds the candidates that repeat the entries
// of a table of contents, which are headings however often they occur.
// A repeated line stays among the short lines around it, as blocked; the
// others leave the candidates.
func (c *classifier) contextNotHeadings(content []int, cand []string, toc, blocked map[int]bool) {
	count := map[string]int{} // how often a candidate's text occurs, when once it heads no prose
	bare := map[string]bool{}
	for k, i := range content {
		if cand[k] != "" {
			count[c.text(i)]++
			bare[c.text(i)] = bare[c.text(i)] || !c.headsProse(content, cand, k)
		}
	}
	for i := range c.lines {
		if r := c.res[i]; len(r) == 1 && r[0].Role == RoleBoilerplate && (r[0].Rule == rulePromoLabel || r[0].Rule == ruleRelated) && count[c.text(i)] > 0 {
			count[c.text(i)]++ // a topic's tag, printed again among the links to other stories
			bare[c.text(i)] = true
		}
	}
	for s := range count {
		if !bare[s] {
			delete(count, s) // "Why it's great" over each pick's text is a heading each time
		}
	}
	from := len(c.lines)
	for _, i := range content {
		if c.prose(i) {
			from = i
			break
		}
	}
	c.comments = c.commentsStart(from)
	c.blockLabels(content, cand, toc, blocked)
	c.tocZone(content, cand, toc, blocked)
	c.repeatedLabels(content, cand, toc, blocked)
	signed := c.signedEnd(content)
	capitals := c.capitalCandidates(content, cand)
	seen := map[string]bool{} // the candidates' texts met so far
	for k, i := range content {
		if cand[k] == "" || toc[k] || blocked[k] {
			continue
		}
		s := c.text(i)
		if seen[s] && c.overSlide(content, cand, k, count) {
			cand[k] = "" // a gallery's title over each of its slides: a heading once
			c.res[i][0].Rule = ruleRepeated
			continue
		}
		seen[s] = true
		if k >= signed {
			cand[k] = ""
			c.res[i][0].Rule = ruleSignature
			continue
		}
		if c.loneCredit(content, k, capitals) {
			c.markLoneCredit(content, cand, k)
			continue
		}
		if c.counterCredit(content, k) {
			c.markCounterCredit(content, cand, k)
			continue
		}
		if r := c.contextRule(content, cand, k, count); r == ruleRepeated || r == ruleAmidFurniture || r == ruleOverCredit || r == ruleOverCaption || staysInRun[r] {
			blocked[k] = true
			c.res[i][0].Rule = r
		} else if r != "" {
			cand[k] = ""
			c.res[i][0].Rule = r
		}
	}
}

// maxBylineAt is how far down the page, in lines that are not blank,
// signedEnd looks for the byline that the end of the article repeats.
const maxBylineAt = 6

// signedEnd returns the index in content of the line that signs the
// article by repeating, in its second half, the byline of its top
// without the word for "by" ("Par Cécile Ducourtieux(Bruxelles, bureau
// européen)", then "Cécile Ducourtieux(Bruxelles, bureau européen)"), or
// len(content). The signature ends the article as an end mark does:
// a reader sees no heading in it nor in what the page prints under it
// (a box about the subscription, its questions and answers), which
// signature-line keeps out of the headings.
func (c *classifier) signedEnd(content []int) int {
	tops := map[string]bool{}
	for i, seen := 0, 0; i < len(c.lines) && seen < maxBylineAt; i++ {
		if c.lines[i].text == "" {
			continue
		}
		seen++
		if rest, ok := cutBylineWord(c.text(i)); ok {
			tops[rest] = true
		}
	}
	if len(tops) > 0 {
		for k := len(content) - 1; k >= len(content)/2; k-- {
			if tops[c.text(content[k])] {
				return k
			}
		}
	}
	return len(content)
}

// cutBylineWord returns the rest of s after the word for "by" that opens
// a byline ("By", "Par", "Von" …), when the rest opens with two
// capitalised words, as a name does.
func cutBylineWord(s string) (string, bool) {
	rest, ok := article.CutCapitalBy(s)
	if !ok {
		rest, ok = strings.CutPrefix(s, "By ")
	}
	f := strings.Fields(rest)
	return rest, ok && len(f) >= 2 && isCapitalized(f[0]) && isCapitalized(f[1])
}

// headsProse reports whether prose follows content[k]: a paragraph that is
// no candidate and ends a sentence or is longer than a heading.
func (c *classifier) headsProse(content []int, cand []string, k int) bool {
	if k+1 >= len(content) || cand[k+1] != "" || c.role(content[k+1]) != RoleParagraph {
		return false
	}
	next := c.text(content[k+1])
	return endsSentence(next) || runeCount(next) > maxHeadingRunes
}

// captioned reports whether line i is, or opens with, a picture's
// caption or credit.
func (c *classifier) captioned(i int) bool {
	return len(c.res[i]) > 0 && (c.res[i][0].Role == RoleCaption || c.res[i][0].Role == RoleCredit)
}

// minCaptionWords is the fewest words of a line over a caption or a
// credit that make it a picture's caption or standfirst rather than
// a heading (over-caption): a slide's or a section's title is shorter.
const minCaptionWords = 8

// minRepeatedTitles is how often a candidate longer than maxRepeatedWords
// words, heading no prose at least once, must be printed for its copies
// after the first to leave the candidates (repeated-line): a gallery
// prints its title over each slide, over the slide's own title; a
// section's heading is printed once, or twice (a table of contents, a
// page's mobile copy). Shorter repeated lines stay among the short lines
// around them (a meal plan's series of labels).
const minRepeatedTitles = 3

// overSlide reports whether candidate content[k] is a gallery's title
// printed again over one of its slides: a text of more than
// maxRepeatedWords words printed minRepeatedTitles times or more, right
// over another candidate that heads prose (the slide's title over its
// text).
func (c *classifier) overSlide(content []int, cand []string, k int, count map[string]int) bool {
	s := c.text(content[k])
	return count[s] >= minRepeatedTitles && article.WordCount(s) > maxRepeatedWords &&
		k+1 < len(content) && cand[k+1] != "" && c.headsProse(content, cand, k+1)
}

// maxRepeatedWords is the longest line, in words, that repeated-line
// takes for a page's button or label.
const maxRepeatedWords = 4

// contextRule returns the rule by which content[k], a heading candidate,
// is no heading by what stands around it, or "".
func (c *classifier) contextRule(content []int, cand []string, k int, count map[string]int) string {
	s := c.text(content[k])
	prev, next := "", ""
	if k > 0 {
		prev = c.text(content[k-1])
	}
	if k+1 < len(content) {
		next = c.text(content[k+1])
	}
	switch {
	case count[s] >= 2 && article.WordCount(s) <= maxRepeatedWords && !sectionNames[strings.ToLower(s)]:
		return ruleRepeated
	case next != "" && contactRE.MatchString(next):
		return ruleContact
	case k+1 < len(content) && c.runsOn(content[k], content[k+1]):
		return ruleRunOn
	case article.IsMonthYear(s) && !c.proseBefore(content, k):
		return ruleDateStamp // "April 2024", a magazine's issue, above the text
	case c.amidFurniture(content[k]):
		return ruleAmidFurniture // "Like" between "Share" and "Comment"
	case next != "" && opensWithCreditLabel(next):
		return ruleOverCredit // a caption over "Credited to …"
	case k+1 < len(content) && c.captioned(content[k+1]) && article.WordCount(s) >= minCaptionWords:
		return ruleOverCaption // a picture's label or standfirst over its caption
	case c.prevLine(content[k]) >= 0 && c.role(c.prevLine(content[k])) == RoleByline && namesJob(s):
		return ruleBylineJob // "Climate reporter, BBC News" under "By Georgina Rannard"
	case k > 0 && isCommenter(prev):
		return ruleCommenter // "Member" under "dave_in_duluth"
	case content[k] > c.comments && signsComment(s):
		return ruleCommenter // "Jean-Pierre" under "12 commentaires"
	case k > 1 && isCommenter(c.text(content[k-2])) && namesShaped(s):
		return ruleCommenter // "Helen Marsh" replying to "Mark T." two lines up
	case namesShaped(s) && (dateNear(prev) || dateNear(next)):
		return ruleNameByDate
	case c.signature(s, content, k) || valediction(prev) && c.nextTo(content[k-1], content[k]):
		return ruleSignature // "The Executive Board" under "IN SOLIDARITY,"
	case codeLike(s) && (codeLike(prev) || codeLike(next)) || shellLike(s):
		return ruleCodeLine
	case colonLeadIn(s):
		return ruleColonLeadIn
	case next != "" && c.nextTo(content[k], content[k+1]) && tableTitle(next):
		return ruleTableTitle
	case k > 0 && c.prose(content[k-1]) && echoCaption(s, prev):
		return ruleEchoCaption
	case k > 0 && c.role(content[k-1]) == RoleParagraph && cand[k-1] == "" && afterLeadIn(s, prev):
		return ruleAfterLeadIn
	case bioName(s, next):
		return ruleBioName
	case c.tagOverByline(content, k):
		return ruleKicker // "Ratgeber", "Energie" over "Von Stefan Brückner"
	case promoLineRule(s) != "":
		return promoLineRule(s)
	case labelValueRE.MatchString(s) && (isFactNeighbour(prev) || isFactNeighbour(next)):
		return ruleFactLine
	}
	return ""
}

// maxRunOnLines is how many lines, at most, runsOn follows a sentence
// down a stanza before it ends.
const maxRunOnLines = 3

// Limits of the topic tags that tagOverByline takes.
const (
	maxTagWords = 2 // words of a tag
	maxTagAt    = 6 // content lines above a tag, at most
	maxTagRun   = 3 // tags over one byline
)

// tagOverByline reports whether content[k], a line of at most two words
// among the first lines of the page, under one paragraph of prose at
// most (the standfirst), stands right over the byline, alone
// or over other such lines (kicker-line: "Weather", then "By Priya
// Raman"; "Ratgeber", "Energie", then "Von Stefan Brückner"): the topics
// a page prints by its byline, which a reader sees as labels of the
// site's sections, not as a section of the text. A heading over a byline
// lower down (a roundup's pieces, each signed) is one.
func (c *classifier) tagOverByline(content []int, k int) bool {
	if k >= maxTagAt {
		return false
	}
	prose := 0
	for _, i := range content[:k] {
		if c.prose(i) {
			prose++
		}
	}
	if prose > 1 {
		return false // above the byline stand the title and the standfirst only
	}
	for j := k; j < len(content) && j <= k+maxTagRun; j++ {
		s := c.text(content[j])
		if j > k && isBylineText(s) {
			return true
		}
		if article.WordCount(s) > maxTagWords || endsSentence(s) || c.role(content[j]) != RoleParagraph {
			return false
		}
	}
	return false
}

// runsOn reports whether line i, a short line ending with no
// punctuation, is the first line of a sentence that line j, right under
// it with no blank line between, goes on with (run-on-line): j opens in
// lower case and ends with punctuation ("Under the ice, a voice", then
// "clears its throat."), or the sentence goes on down the stanza, each
// line right under the last and opening in lower case, and ends within
// three lines ("Forty years of deciding", "who goes left", "and who goes
// on."). A stanza's lines and a wrapped sentence's run on; a heading's
// text opens a sentence of its own.
func (c *classifier) runsOn(i, j int) bool {
	if !unicode.IsLetter(lastRune(c.text(i))) {
		return false
	}
	for range maxRunOnLines {
		next := c.text(j)
		if c.role(j) != RoleParagraph || !c.nextTo(i, j) || openingKind(next) != 'a' {
			return false
		}
		if strings.ContainsRune(".,;:!?…", lastRune(next)) {
			return true
		}
		if i, j = j, c.nextLine(j); j < 0 {
			return false
		}
	}
	return false
}

// commentsStart returns the first line from line from on that opens a
// page's comments ("12 comments", "Kommentare"), or len(c.lines) when
// there is none. The comments follow the article's prose: a counter
// above its first paragraph of prose is a button by the byline.
func (c *classifier) commentsStart(from int) int {
	for i := from; i < len(c.lines); i++ {
		if c.role(i) == RoleBoilerplate && commentCountRE.MatchString(strings.TrimRight(c.text(i), ".!:")) {
			return i
		}
	}
	return len(c.lines)
}

// signsComment reports whether s may name a comment's writer: a name, or
// a single capitalised word ("Sophie", "Jean-Pierre").
func signsComment(s string) bool {
	return namesShaped(s) || !strings.Contains(s, " ") && isCapitalized(s)
}

// amidFurniture reports whether the lines right above and under line i
// are page furniture: a line among a page's buttons is one of them.
func (c *classifier) amidFurniture(i int) bool {
	p, n := c.prevLine(i), c.nextLine(i)
	return p >= 0 && n >= 0 && c.role(p) == RoleBoilerplate && c.role(n) == RoleBoilerplate
}

// nextLine returns the index of the first non-blank line after line i, or
// -1.
func (c *classifier) nextLine(i int) int {
	for n := i + 1; n < len(c.lines); n++ {
		if c.lines[n].text != "" {
			return n
		}
	}
	return -1
}

// opensWithCreditLabel reports whether s opens with a credit's label
// ("Credited to", "Photo:", "Courtesy of"), though the rest may not read
// as a credit.
func opensWithCreditLabel(s string) bool {
	for _, l := range creditLabels {
		if len(s) > len(l) && strings.EqualFold(s[:len(l)], l) {
			return true
		}
	}
	return false
}

// proseBefore reports whether a paragraph of prose, longer than a
// heading, stands in the body above content[k].
func (c *classifier) proseBefore(content []int, k int) bool {
	for _, i := range content[:k] {
		if c.role(i) == RoleParagraph && runeCount(c.text(i)) > maxHeadingRunes {
			return true
		}
	}
	return false
}

// namesJob reports whether s names a journalist's job: a word such as
// reporter, editor or correspondent.
func namesJob(s string) bool {
	for _, t := range tokenize(s) {
		if article.IsJobNoun(t.text) {
			return true
		}
	}
	return false
}

// nameShaped reports whether s is a person's name alone (two to four
// capitalised words, particles aside, an honorific allowed before them),
// with no figures.
func nameShaped(s string) bool {
	if strings.ContainsFunc(s, unicode.IsDigit) {
		return false
	}
	if w := firstWord(s); honorifics[strings.ToLower(w)] {
		s = strings.TrimSpace(s[len(w):])
	}
	for _, t := range tokenize(s) {
		if !article.IsNameWord(t.text) || smallWords[strings.ToLower(t.text)] {
			return false
		}
	}
	return article.IsName(s, 4)
}

// namesShaped reports whether s is one or more names joined by "and" or
// "&" ("Richard & Ellen Morin": the surname may come once, at the end).
func namesShaped(s string) bool {
	parts := article.SplitNames(s)
	for n, p := range parts {
		if !nameShaped(p) && (n == len(parts)-1 || !isCapitalized(p) || strings.Contains(p, " ")) {
			return false
		}
	}
	return len(parts) > 0
}

// dateNear reports whether s, a line next to a candidate, dates a post or
// an article: a date line, or a stamp with a year and a time of day
// ("answered Jul 28, 2011 at 22:22").
func dateNear(s string) bool {
	if s == "" || runeCount(s) > 80 {
		return false
	}
	return isDateOnly(s) || dateStampRE.MatchString(s) && timeOfDayRE.MatchString(s)
}

// signature reports whether s, at content[k], signs the text above it: a
// name, a comma and a place, right under a paragraph that ends a
// sentence.
func (c *classifier) signature(s string, content []int, k int) bool {
	m := signatureRE.FindStringSubmatch(s)
	if m == nil || k == 0 || !article.IsName(m[1], 4) {
		return false
	}
	p := c.text(content[k-1])
	return c.role(content[k-1]) == RoleParagraph && endsSentence(p) && runeCount(p) > runeCount(s)
}

// maxFactNeighbour is the longest line, in characters, that counts as a
// fact line next to a label and value.
const maxFactNeighbour = 60

// isFactNeighbour reports whether s is a short line of a label and a
// value ("Goals: Ortiz 38.", "Weight: 254 g").
func isFactNeighbour(s string) bool {
	return s != "" && runeCount(s) <= maxFactNeighbour && (factLineRE.MatchString(s) || labelValueRE.MatchString(s))
}

// tocRepeats returns the candidates that repeat the entries of a table of
// contents printed above them: a run of candidates of which at least two
// lines come again, once each, later in the body. Those later lines are
// headings even right under another short line.
func (c *classifier) tocRepeats(content []int, cand []string) map[int]bool {
	seen := map[string][]int{}
	for k, i := range content {
		if cand[k] != "" {
			seen[c.text(i)] = append(seen[c.text(i)], k)
		}
	}
	runs := map[int][]int{} // the later lines, by the start of the run holding the first
	for _, ks := range seen {
		if len(ks) != 2 || !c.inRun(cand, ks[0]) {
			continue
		}
		start := ks[0]
		for start > 0 && cand[start-1] != "" {
			start--
		}
		runs[start] = append(runs[start], ks[1])
	}
	toc := map[int]bool{}
	for _, later := range runs {
		if len(later) < 2 {
			continue
		}
		for _, k := range later {
			toc[k] = true
		}
	}
	return toc
}

// inRun reports whether the candidate at k has a candidate next to it.
func (c *classifier) inRun(cand []string, k int) bool {
	return k > 0 && cand[k-1] != "" || k+1 < len(cand) && cand[k+1] != ""
}

var (
	// breadcrumbRE matches a trail of links to a page's sections, parted
	// by "›" or "»": "Home › Health A to Z › Shingles", "DIY › Plumbing".
	breadcrumbRE = lazyre.New(`^[^›».!?]{1,40}(?:\s[›»]\s[^›».!?]{1,40})+$`)
	// homeTrailRE matches a trail that starts at "Home" and is parted by
	// ">" or "/": "Home > News > 2024 > April", "Home / Europe / Portugal".
	homeTrailRE = lazyre.New(`(?i)^home(?:\s[>/]\s[^>/.!?]{1,40})+$`)
)

// isBreadcrumb reports whether s is a page's breadcrumb trail
// (breadcrumb): page furniture wherever it stands.
func isBreadcrumb(s string) bool {
	if len(s) > 200 {
		return false
	}
	if strings.ContainsAny(s, "›»") {
		return breadcrumbRE.MatchString(s)
	}
	return (strings.HasPrefix(s, "Home") || strings.HasPrefix(s, "HOME")) && homeTrailRE.MatchString(s)
}

// loneNumerals drops the section numbers that number nothing
// (lone-numeral): a number alone on its line heads a section when it
// counts with the others ("1", then "2"; "II" after "I"), not when it
// stands alone in the middle of the count ("51", a comment's score).
func (c *classifier) loneNumerals(content []int, cand []string) {
	values := map[int]bool{}
	for k, i := range content {
		if cand[k] == ruleHeadingNumeral {
			values[numeralValue(c.text(i))] = true
		}
	}
	for k, i := range content {
		if cand[k] != ruleHeadingNumeral {
			continue
		}
		if v := numeralValue(c.text(i)); v != 1 && !values[v-1] && !values[v+1] {
			cand[k] = ""
			c.res[i][0].Rule = ruleLoneNumeral
		}
	}
}

// minEntryNumerals is the fewest section numbers that entryNumerals
// reads as the numbers of a list's entries.
const minEntryNumerals = 5

// maxEntryLines is the most lines a numbered entry takes, its number
// included, for entryNumerals: the number, its text, a line of links.
const maxEntryLines = 3

// entryNumerals blocks the section numbers that number a list's entries
// (entry-numerals): they stay among the short lines around them, as
// repeated lines do, and head nothing. When a page has minEntryNumerals
// or more, and three in four of them stand over a paragraph with the
// next number at most maxEntryLines lines down (a paper's references,
// "12." over each citation), they number entries of a paragraph each. A
// section's number stands over several paragraphs, or over its title.
func (c *classifier) entryNumerals(content []int, cand []string, blocked map[int]bool) {
	var nums []int
	for k := range content {
		if cand[k] == ruleHeadingNumeral && !blocked[k] {
			nums = append(nums, k)
		}
	}
	if len(nums) < minEntryNumerals {
		return
	}
	entries := 0
	for n, k := range nums {
		next := len(content)
		if n+1 < len(nums) {
			next = nums[n+1]
		}
		if k+1 < len(content) && cand[k+1] == "" && c.role(content[k+1]) == RoleParagraph && next-k <= maxEntryLines {
			entries++
		}
	}
	if 4*entries < 3*len(nums) {
		return
	}
	c.blockAs(content, nums, blocked, ruleEntryNumerals)
}

// ruleShortEntries names the numbered questions of a list that answers
// each in a line or two (short-entries): paragraphs or list items, not
// headings.
const ruleShortEntries = "short-entries"

// Limits of a list of short numbered entries.
const (
	minShortEntries   = 5  // the fewest numbered entries
	maxShortEntryText = 20 // the most words under an entry, for the median entry
)

// shortEntries blocks the numbered questions (heading-numbered) of a list
// that answers each in a line or two (short-entries): a page of jokes,
// "1. What do you call an ant who fights crime?" over "A vigilante!", or
// a quiz. When there are at least minShortEntries numbered candidates,
// half of them questions, and the median one has at most
// maxShortEntryText words under it, before the next candidate or list
// item, they are the entries of a list; a section says more under its
// heading.
func (c *classifier) shortEntries(content []int, cand []string, blocked map[int]bool) {
	var ks []int
	asks := 0
	for k, i := range content {
		if cand[k] == ruleHeadingNumbered {
			ks = append(ks, k)
			if strings.HasSuffix(c.text(i), "?") {
				asks++
			}
		}
	}
	if len(ks) < minShortEntries || 2*asks < len(ks) {
		return
	}
	said := make([]int, len(ks))
	for n, k := range ks {
		for j := k + 1; j < len(content) && cand[j] == "" && c.role(content[j]) != RoleListItem && said[n] <= maxShortEntryText; j++ {
			said[n] += c.lineWords(content[j])
		}
	}
	slices.Sort(said)
	if said[len(said)/2] > maxShortEntryText {
		return
	}
	for _, k := range ks {
		blocked[k] = true
		c.res[content[k]][0].Rule = ruleShortEntries
	}
}

// numeralValue returns the value of a section number in figures or Roman
// numerals ("12", "IV."), or 0.
func numeralValue(s string) int {
	s = strings.TrimSuffix(s, ".")
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	roman := map[rune]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	total, prev := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		v := roman[rune(s[i])]
		if v == 0 {
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	return total
}

// whWords open the clauses that label a section without asking: "What
// you'll need", "How it works", "Where to stay".
var whWords = map[string]bool{"what": true, "how": true, "why": true, "where": true, "when": true, "who": true, "which": true}

// maxWhLabelWords is the longest wh-label, in words.
const maxWhLabelWords = 6

// whLabelHeading reports whether content[k], a candidate over other short
// lines, labels them with a wh-clause that asks nothing (heading-wh-label):
// "What you'll do" over the duties, "What You'll Need" over the tools.
// Its first word is a wh-word, it has two to six words and no question
// mark, and the line under it is a candidate that is no such clause (a
// run of wh-clauses is a list of them) nor a table of contents' entry
// where it comes again.
func (c *classifier) whLabelHeading(content []int, cand []string, blocked map[int]bool, k int) bool {
	s := c.text(content[k])
	n := article.WordCount(s)
	if c.role(content[k]) != RoleParagraph || n < 2 || n > maxWhLabelWords || !isWhLabel(s) {
		return false
	}
	return k+1 < len(content) && cand[k+1] != "" && !blocked[k+1] && !isWhLabel(c.text(content[k+1]))
}

// isWhLabel reports whether s opens with a wh-word and asks nothing.
func isWhLabel(s string) bool {
	return whWords[strings.ToLower(firstWord(s))] && lastRune(s) != '?'
}

// maxListLabelWords is the longest label over a list, in words.
const maxListLabelWords = 4

// listLabelHeading reports whether content[k], the first of a run of
// short lines right under prose, labels the lines under it
// (heading-list-label): a list that lost its bullets is led in by a
// sentence ending with a colon, so a run opening under a full sentence
// with a line of at most four words, no figures, shorter than each of
// the three short lines under it ("In this episode", then the episode's
// topics) opens with its label.
func (c *classifier) listLabelHeading(content []int, cand []string, blocked map[int]bool, k int) bool {
	s := c.text(content[k])
	n := article.WordCount(s)
	if c.role(content[k]) != RoleParagraph || n > maxListLabelWords || strings.ContainsFunc(s, unicode.IsDigit) {
		return false
	}
	if k == 0 || c.role(content[k-1]) != RoleParagraph || !endsSentence(c.text(content[k-1])) ||
		runeCount(c.text(content[k-1])) <= maxHeadingRunes {
		return false // under prose only
	}
	for _, j := range []int{k + 1, k + 2, k + 3} {
		if j >= len(content) || cand[j] == "" || blocked[j] || article.WordCount(c.text(content[j])) <= n {
			return false
		}
	}
	return !c.listsLater(content, k+1)
}

// tocNumberRE matches the section number that opens an entry of a table
// of contents: "1 ", "2.3 ", "4. ".
var tocNumberRE = lazyre.New(`^\d{1,2}(?:\.\d{1,2})*\.?\s+`)

// listsLater reports whether the short line content[k] and the one under
// it, their section numbers left out, open lines further down the body:
// they are entries of a table of contents ("1 Etimología", then
// "Etimología[editar]"), and the line over them is its title.
func (c *classifier) listsLater(content []int, k int) bool {
	for _, j := range []int{k, k + 1} {
		if j >= len(content) {
			return false
		}
		entry := tocNumberRE.ReplaceAllString(c.text(content[j]), "")
		found := false
		for _, i := range content[j+1:] {
			if t := c.text(i); t != c.text(content[j]) && strings.HasPrefix(t, entry) && runeCount(t) <= maxHeadingRunes+40 {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
