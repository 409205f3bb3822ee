package plaintext

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// The rules of this file find headings a reader sees where the rules of
// heading.go see a run of short lines: a short line that closes the
// section above it (a comment count, a year under a chart) and the
// heading of the next section under it.

// ruleAfterFigures names a heading under a short line with figures that
// closes the section above (heading-after-figures).
const ruleAfterFigures = "heading-after-figures"

// afterFigures reports whether content[k], a heading candidate right
// under another short line, heads the next section (heading-after-figures):
// the line above it holds figures and stands right under prose ("Comments
// (5 posted)", "From our 2011 research", "2012" under a chart), so it
// closes the section above, while content[k] stands over prose, or over
// a byline and prose ("By Nathan Willis", then the text). The two make no
// pair of heading and subheading (pairedHeading), the first being a count
// or a caption, and content[k] then heads alone.
func (c *classifier) afterFigures(content []int, cand []string, k int) bool {
	if k < 2 || k+1 >= len(content) || c.role(content[k]) != RoleParagraph || figured(c.text(content[k])) {
		return false
	}
	switch cand[k] {
	case ruleHeadingShort, ruleHeadingQuestion, ruleHeadingTitle:
	default:
		return false
	}
	prev := content[k-1]
	if c.role(prev) != RoleParagraph || !strings.ContainsFunc(c.text(prev), unicode.IsDigit) ||
		article.WordCount(c.text(prev)) > maxListLabelWords+2 || !c.prose(content[k-2]) || wordAndNumberRE.MatchString(c.text(prev)) {
		return false
	}
	return c.prose(content[k+1]) || isBylineText(c.text(content[k+1])) && c.proseWithin(content, k+2, 2)
}

// wordAndNumberRE matches a word and a number, a label that heads what
// follows ("Meal 1", "Day 3", "Round 2") rather than figures closing what
// precedes.
var wordAndNumberRE = lazyre.New(`^\p{Lu}\p{L}+ \d{1,3}$`)

// proseWithin reports whether one of the n lines from content[k] on is
// prose.
func (c *classifier) proseWithin(content []int, k, n int) bool {
	for j := k; j < len(content) && j < k+n; j++ {
		if c.prose(content[j]) {
			return true
		}
	}
	return false
}

// ruleOverPicture names a heading over a picture the page leaves without
// a caption (heading-over-picture).
const ruleOverPicture = "heading-over-picture"

// maxOverPictureWords is the longest heading over an uncaptioned
// picture, in words.
const maxOverPictureWords = 6

// overPictures makes a heading of each short line taken for the caption
// of the credit under it (caption-above-credit-line) on a page whose
// pictures go without captions (heading-over-picture): another credit of
// the body stands right under prose, with no caption. The line stands
// between prose and its credit, prose follows the credit, and it reads
// as a heading: at most six words, without final punctuation ("In use",
// then "Devindra Hardawar/AOL", then the section's text). A page that
// captions its pictures keeps such a line a caption.
func (c *classifier) overPictures(content []int) {
	bare := false // a credit right under prose: the page's pictures have no captions
	for k := 1; k < len(content); k++ {
		if c.role(content[k]) == RoleCredit && c.prose(content[k-1]) {
			bare = true
			break
		}
	}
	if !bare {
		return
	}
	for k := 1; k+2 < len(content); k++ {
		i := content[k]
		if c.role(i) != RoleCaption || c.res[i][0].Rule != ruleCaptionAbove || c.role(content[k+1]) != RoleCredit ||
			!c.prose(content[k-1]) || !c.prose(content[k+2]) {
			continue
		}
		s := c.text(i)
		if headingRule(s) != ruleHeadingShort || article.WordCount(s) > maxOverPictureWords || figured(s) {
			continue
		}
		c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleOverPicture
	}
}

// Rules of a maker's name credited over its product's heading.
const (
	ruleMakerCredit   = "credit-maker"
	ruleUnderMaker    = "heading-under-maker"
	maxMakerWords     = 3 // the longest maker's name
	minMakerCredits   = 2 // the fewest such pairs on a page
	maxMakerNameRunes = 40
)

// makerCredits reads a buying guide's pictures credited to their maker
// (credit-maker): a name of one to three words right under prose (or a
// picture's credit), over a line that opens with the name's first word
// and reads as a heading, over prose ("Nintendo", then "Nintendo Switch
// Lite for $200", then its review). The short line under the credit is
// the product's heading (heading-under-maker). A page shows the pattern
// twice at least, or it is left alone: one section named "Paris" over
// "Paris in the spring" is a heading over a subheading.
func (c *classifier) makerCredits(content []int) {
	var pairs []int
	for k := 1; k+2 < len(content); k++ {
		if c.makerOver(content, k) {
			pairs = append(pairs, k)
		}
	}
	if len(pairs) < minMakerCredits {
		return
	}
	for _, k := range pairs {
		c.res[content[k]][0].Role, c.res[content[k]][0].Rule = RoleCredit, ruleMakerCredit
		c.res[content[k+1]][0].Role, c.res[content[k+1]][0].Rule = RoleHeading, ruleUnderMaker
	}
}

// makerOver reports whether content[k] is a maker's name over its
// product's heading (makerCredits).
func (c *classifier) makerOver(content []int, k int) bool {
	i, h := content[k], content[k+1]
	if len(c.res[i]) != 1 || len(c.res[h]) != 1 || (c.role(i) != RoleHeading && c.role(i) != RoleParagraph) ||
		(c.role(h) != RoleHeading && c.role(h) != RoleParagraph) || !c.prose(content[k+2]) {
		return false
	}
	if !c.prose(content[k-1]) && c.role(content[k-1]) != RoleCredit {
		return false
	}
	name, title := c.text(i), c.text(h)
	n := article.WordCount(name)
	if n == 0 || n > maxMakerWords || runeCount(name) > maxMakerNameRunes || sectionNames[strings.ToLower(name)] ||
		!unicode.IsUpper(firstRune(name)) || unicode.IsPunct(lastRune(name)) && !strings.HasSuffix(name, ".") {
		return false
	}
	first := strings.TrimRight(firstWord(name), ",")
	return strings.HasPrefix(title, first+" ") && article.WordCount(title) > n && headingRule(title) != ""
}

// ruleRepeatedShape names a section heading known by its shape, which
// the article repeats over each of its sections (heading-repeated-shape).
const ruleRepeatedShape = "heading-repeated-shape"

// Limits of a heading known by its repeated shape.
const (
	minRepeatedShape      = 3  // the fewest lines of one shape
	maxRepeatedShapeRunes = 60 // the longest such line
)

// repeatedShapes makes heading candidates (heading-repeated-shape) of the
// short lines of figures more than words (figures-line) when at least
// three of them share one shape and
// each stands under a line that ends a sentence, over body text: a
// changelog's "[3.4.0] - 2025-04-28", "[3.3.2] - 2025-02-11", … each over
// its section. A line's shape is its text with each run of digits made
// "0" and each run of letters "a", so the versions and dates differ and
// the shape stays. Lines of one shape in a row (a table's, a list's) are
// no headings, nor are lines of one shape when two of them are the same.
func (c *classifier) repeatedShapes(content []int, cand []string, blocked map[int]bool) {
	byShape := map[string][]int{}
	for k, i := range content {
		s := c.text(i)
		if k == 0 || cand[k] == "" || c.res[i][0].Rule != ruleFigures || runeCount(s) > maxRepeatedShapeRunes || !endsSentence(c.text(content[k-1])) || !c.bodyFollows(content, k) {
			continue
		}
		key := lineShape(s)
		if ks := byShape[key]; len(ks) > 0 && ks[len(ks)-1] == k-1 {
			byShape[key] = append(ks, -1) // one in a row with the last: spoils the shape
			continue
		}
		byShape[key] = append(byShape[key], k)
	}
	for _, ks := range byShape {
		if len(ks) < minRepeatedShape || slices.Contains(ks, -1) || !c.allDifferent(content, ks) {
			continue
		}
		for _, k := range ks {
			cand[k], blocked[k] = ruleRepeatedShape, false
		}
	}
}

// allDifferent reports whether the lines content[k], k in ks, differ in
// text: a series' versions and dates do; a value printed again under each
// of a page's settings ("0-10") numbers no section.
func (c *classifier) allDifferent(content []int, ks []int) bool {
	seen := make(map[string]bool, len(ks))
	for _, k := range ks {
		if seen[c.text(content[k])] {
			return false
		}
		seen[c.text(content[k])] = true
	}
	return true
}

// lineShape returns s with each run of digits made "0" and each run of
// letters "a": "[3.4.0] - 2025-04-28" is "[0.0.0] - 0-0-0".
func lineShape(s string) string {
	var b strings.Builder
	var last rune
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			r = '0'
		case unicode.IsLetter(r):
			r = 'a'
		}
		if r != last || (r != '0' && r != 'a') {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// commonWords reports whether most words of s, a line that reads as a
// name-only byline under the front matter's first line, are words the
// text writes in lower case elsewhere ("Better Student Journalism" under
// "Pippin Lee", in an article about student journalism): such a line is
// the body's first heading, not the names of its authors. A name of which
// one word is also a word ("Jane Rose") keeps its byline. Right under the
// title such a line ("Real Estate") is the front matter's all the same.
func (c *classifier) commonWords(s string) bool {
	want := map[string]bool{}
	for _, t := range tokenize(s) {
		if w := letters(t.text); w != "" {
			want[strings.ToLower(w)] = false
		}
	}
	if len(want) == 0 {
		return false
	}
	for _, l := range c.lines {
		for _, t := range tokenize(l.text) {
			if w := letters(t.text); w != "" && unicode.IsLower(firstLetter(t.text)) {
				if _, ok := want[w]; ok {
					want[w] = true
				}
			}
		}
	}
	n := 0
	for _, seen := range want {
		if seen {
			n++
		}
	}
	return 2*n > len(want)
}

// ruleSameForm names a heading that opens as the article's numbered
// headings do (heading-same-form).
const ruleSameForm = "heading-same-form"

// minSameForm is the fewest headings of one numbered form that make the
// form a section's mark.
const minSameForm = 2

// sameForms makes a heading (heading-same-form) of each heading candidate
// left a paragraph in a run of short lines (short-line-run) that stands
// over prose and opens as at least two of the article's headings do with
// a word and a number, or a section's number: "Step 1: Shift to the
// smallest cog" under the list of tools, when "Step 2: Remove the old
// chain" and "Step 3: …" head the sections below; "3.1 The markets are
// good" among "3.2 …" and "3.3 …". The number marks the series; the
// short line above it ends a list, and heads nothing.
func (c *classifier) sameForms(content []int, cand []string, blocked map[int]bool) {
	forms := map[string]int{}
	for _, i := range content {
		if c.role(i) == RoleHeading {
			if f := numberedForm(c.text(i)); f != "" {
				forms[f]++
			}
		}
	}
	if len(forms) == 0 {
		return
	}
	for k, i := range content {
		if cand[k] == "" || blocked[k] || c.role(i) != RoleParagraph || c.res[i][0].Rule != ruleShortRun ||
			k+1 >= len(content) || !c.prose(content[k+1]) {
			continue
		}
		if f := numberedForm(c.text(i)); f != "" && forms[f] >= minSameForm {
			c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleSameForm
		}
	}
}

// numberedForm returns how s opens when it opens with a word and a
// number ("step 0:" for "Step 1: Shift to the smallest cog") or with a
// section's number ("0.0" for "3.1 The markets are good"), or "".
func numberedForm(s string) string {
	toks := tokenize(s)
	if len(toks) < 2 {
		return ""
	}
	first := toks[0].text
	if sectionNumberRE.MatchString(s) {
		return lineShape(first)
	}
	if len(toks) < 3 || !strings.ContainsFunc(toks[1].text, unicode.IsDigit) || strings.ContainsFunc(first, unicode.IsDigit) {
		return ""
	}
	return strings.ToLower(first) + " " + lineShape(toks[1].text)
}

// Rules of a section's label over its link to more of the section.
const (
	ruleMoreLink        = "heading-more-link" // the label: a heading
	ruleMoreLinkDropped = "more-link"         // its link: boilerplate
)

// maxMoreLinkWords is the most words a link to more of a section adds to
// the section's name ("Más en", "More in", "See all").
const maxMoreLinkWords = 3

// moreLinks makes a heading (heading-more-link) of each heading candidate
// right over a link to more of the section it names, and drops the link
// (more-link): "Opinión", then "Más en Opinión ›", on a news site's front
// page, where the label heads the section's stories. The link repeats the
// label whole, adds a few words at most, and ends with an arrow.
func (c *classifier) moreLinks(content []int, cand []string, blocked map[int]bool) {
	for k := 0; k+1 < len(content); k++ {
		i, j := content[k], content[k+1]
		if cand[k] == "" || blocked[k] || c.role(i) != RoleParagraph || c.role(j) != RoleParagraph || !moreLink(c.text(i), c.text(j)) {
			continue
		}
		c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleMoreLink
		c.set(j, RoleBoilerplate, ruleMoreLinkDropped)
		cand[k], cand[k+1] = "", ""
		k++
	}
}

// moreLink reports whether link is a link to more of the section named
// label: the label whole, at most maxMoreLinkWords more words, and an
// arrow at the end ("Más en Opinión ›", "More in Politics »").
func moreLink(label, link string) bool {
	rest, ok := "", false
	for _, a := range []string{"›", "»", "→", ">"} {
		if rest, ok = strings.CutSuffix(link, a); ok {
			break
		}
	}
	if !ok {
		return false
	}
	before, after, found := strings.Cut(strings.TrimSpace(rest), label)
	return found && label != "" && article.WordCount(before)+article.WordCount(after) <= maxMoreLinkWords
}

// ruleOverContact names the label of a contact box (heading-over-contact).
const ruleOverContact = "heading-over-contact"

// Limits of a contact box under its label.
const (
	maxContactLabelWords = 4
	maxContactBoxLines   = 8
)

// contactInLineRE matches an e-mail address or a telephone number inside
// a line: "E-Mail: presse@stadtwerke-muenster.de", "Telephone 020 7783
// 8300".
var contactInLineRE = lazyre.New(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ()–-]{6,}\d`)

// overContact reports whether content[k], the first of a run of short
// lines right under prose, labels a contact box (heading-over-contact):
// within the next maxContactBoxLines lines, before any prose, one gives an
// e-mail address or a telephone number ("Pressekontakt", then the
// company, a name, the address, "E-Mail: presse@…"; "Media enquiries",
// then "Email press.office@…"). The label is a name of at most four words
// without figures or final punctuation ("Still need help?" over "Contact
// us" asks, and is the box's line), and no one's name (a name over an address and an e-mail is
// the author's box).
func (c *classifier) overContact(content []int, k int) bool {
	s := c.text(content[k])
	if k == 0 || c.role(content[k]) != RoleParagraph || headingRule(s) != ruleHeadingShort || article.WordCount(s) > maxContactLabelWords ||
		strings.ContainsFunc(s, unicode.IsDigit) || !c.prose(content[k-1]) || !endsSentence(c.text(content[k-1])) {
		return false
	}
	if _, ok := nameOnlyByline(s); ok || namesShaped(s) {
		return false
	}
	for j := k + 1; j < len(content) && j <= k+maxContactBoxLines; j++ {
		t := c.text(content[j])
		if c.prose(content[j]) {
			return false
		}
		if contactInLineRE.MatchString(t) {
			return true
		}
	}
	return false
}

// ruleLongSeries names a long heading in an article whose other headings
// are long too (heading-long-series).
const ruleLongSeries = "heading-long-series"

// Limits of a long heading in a series of long headings.
const (
	minLongSeriesWords = 8 // the fewest words of the article's other long headings
	minLongSeries      = 2 // the fewest such headings
)

// longSeries makes a heading (heading-long-series) of each line of more
// than ten words and at most fifteen that ends without punctuation or
// with a question mark, set alone between blank lines under prose (or a
// picture's caption or credit) and over prose, in an article with at least two headings of eight words or
// more: a site that heads its sections with sentences ("Trump is
// galvanizing some of Twitter's most hate-filled users") writes some of
// them longer ("The reality is that Twitter is unlikely to act against
// Trump"; "So, where do people learn how to fix some of these issues?").
// In an article whose headings are short, such a line stays a caption or
// a standfirst that lost its full stop (long-unpunctuated).
func (c *classifier) longSeries(content []int) {
	long := 0
	for _, i := range content {
		if c.role(i) == RoleHeading && c.lineWords(i) >= minLongSeriesWords {
			long++
		}
	}
	if long < minLongSeries {
		return
	}
	for k := 1; k+1 < len(content); k++ {
		i := content[k]
		if c.role(i) != RoleParagraph || !longHeadingText(c.text(i)) || c.adjacent(content[k-1], i) || c.adjacent(i, content[k+1]) ||
			!c.closesText(content[k-1]) || !c.prose(content[k+1]) {
			continue
		}
		c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleLongSeries
	}
}

// closesText reports whether line i closes the text of a section: prose,
// or a picture's caption or credit (a caption with its credit glued on
// is one line of two items).
func (c *classifier) closesText(i int) bool {
	for _, it := range c.res[i] {
		if it.Role != RoleCaption && it.Role != RoleCredit {
			return c.prose(i)
		}
	}
	return len(c.res[i]) > 0
}

// longHeadingText reports whether s reads as a heading but for its
// length: more than ten words and at most fifteen, a capital first, one
// sentence, no final punctuation but a question mark. A line that quotes
// words ("Trump falsely claims ‘millions of people who voted illegally’
// cost him popular vote") or holds a bar ("… | Sign up") is another
// story's link set in the text, not a section's heading.
func longHeadingText(s string) bool {
	if cjkText(s) || runeCount(s) > maxHeadingRunes || !isCapitalized(strings.TrimLeft(s, "¿¡")) ||
		strings.Contains(s, "|") || quotesWords(s) {
		return false
	}
	toks := tokenize(s)
	if n := words(toks); n <= maxUnpunctuatedWords || n > maxHeadingWords || headingSentenceInside(toks) {
		return false
	}
	r := lastRune(s)
	return r == '?' || !unicode.IsPunct(r) && !unicode.IsSymbol(r)
}

// quotesWords reports whether s quotes more than one word: an opening
// quotation mark, then a space before the closing one.
func quotesWords(s string) bool {
	for _, q := range [][2]string{{"‘", "’"}, {"“", "”"}, {"«", "»"}, {"\"", "\""}} {
		_, rest, ok := strings.Cut(s, q[0])
		if !ok {
			continue
		}
		if in, _, ok := strings.Cut(rest, q[1]); ok && strings.Contains(in, " ") {
			return true
		}
	}
	return false
}

// minColonSeries is the fewest labels over lists, opening with one word,
// that make them the parts of one list (colonSeries).
const minColonSeries = 2

// colonSeries makes headings (heading-colon-label) of the short labels
// ending with a colon that each lead a list (list-after-colon) when at
// least two of them open with the same word and follow each other, with
// nothing but the items of the list above between them: "For the
// vegetables:", "For the ricotta filling:" and "For assembly:" among a
// recipe's ingredients, "Pour la pâte brisée :" and "Pour la
// garniture :". The shape repeated over each list names the parts of one
// list, where a lone label over a list ("Other symptoms can include:"),
// or lead-ins far apart ("For example:" here, "For more:" there), lead
// it in. A label has two words at least and letters in lower case: code
// ("ELSE:") and a single word ("Pros:") stay lead-ins.
func (c *classifier) colonSeries(content []int) {
	var chain []int // labels in a row, by line
	flush := func() {
		if len(chain) >= minColonSeries {
			for _, i := range chain {
				c.res[i][0].Role, c.res[i][0].Rule = RoleHeading, ruleHeadingColon
			}
		}
		chain = chain[:0]
	}
	for k, i := range content {
		if c.colonListLabel(content, k) {
			if len(chain) > 0 && !strings.EqualFold(firstWord(c.text(chain[len(chain)-1])), firstWord(c.text(i))) {
				flush()
			}
			chain = append(chain, i)
			continue
		}
		if c.role(i) != RoleListItem || c.res[i][0].Rule != ruleListColon {
			flush() // anything but the items of the list above ends the row
		}
	}
	flush()
}

// colonListLabel reports whether content[k] is a paragraph of a short label
// ending with a colon, of two words at least and letters in lower case,
// over a list it leads (list-after-colon).
func (c *classifier) colonListLabel(content []int, k int) bool {
	i := content[k]
	if k+1 >= len(content) || c.role(i) != RoleParagraph {
		return false
	}
	n, s := content[k+1], c.text(i)
	return c.role(n) == RoleListItem && c.res[n][0].Rule == ruleListColon &&
		colonLabel(s) && article.WordCount(s) >= 2 && strings.ContainsFunc(s, unicode.IsLower)
}

// ruleRepeatedSeries names a section label that the article repeats, with
// the labels of its other sections, in one order (heading-repeated-series).
const ruleRepeatedSeries = "heading-repeated-series"

// repeatedSeries makes headings (heading-repeated-series) of the short
// lines the page repeats (repeated-line) when they are a series of
// section labels: two texts or more, each printed as often as the others
// and in the same order each time, as a meal plan heads each of its
// plans with "Pre-Workout Meal", "Pre-Workout Supplement", …, "Meal 1",
// "Meal 2". Each such line heads a section where it stands under body
// text (no other short line) and over body text that is not another
// label of the series. Lines written in capitals without lower case
// ("SELECT", "FROM" of code), code, and a text printed twice in a row
// (a box's label and its title) are no such labels; a button the page
// prints under each post ("Like", "Reply") is one text, no series.
func (c *classifier) repeatedSeries(content []int, cand []string, blocked map[int]bool) {
	at := map[string][]int{} // where each repeated line stands, by text
	for k, i := range content {
		if blocked[k] && c.res[i][0].Rule == ruleRepeated {
			at[c.text(i)] = append(at[c.text(i)], k)
		}
	}
	byCount := map[int][]string{} // the texts, by how often the page prints them
	for t, ks := range at {
		if len(ks) < 2 || codeLike(t) || !strings.ContainsFunc(t, unicode.IsLower) && !cjkText(t) || inRow(ks) {
			continue
		}
		byCount[len(ks)] = append(byCount[len(ks)], t)
	}
	for _, n := range slices.Sorted(maps.Keys(byCount)) { // in one order: a series' headings change what bodyFollows says of the next
		series := byCount[n]
		if len(series) < 2 || !sameOrder(series, at, n) {
			continue
		}
		for _, t := range series {
			for _, k := range at[t] {
				if k == 0 || cand[k-1] != "" || !c.bodyFollows(content, k) || slices.Contains(series, c.text(content[k+1])) {
					continue
				}
				c.res[content[k]][0].Role, c.res[content[k]][0].Rule = RoleHeading, ruleRepeatedSeries
			}
		}
	}
}

// sameOrder sorts series, texts printed n times each at the places at
// gives, by where each is first printed, and reports whether their
// second, third … printings come in that order too.
func sameOrder(series []string, at map[string][]int, n int) bool {
	slices.SortFunc(series, func(a, b string) int { return at[a][0] - at[b][0] })
	for j := 1; j < n; j++ {
		for m := 1; m < len(series); m++ {
			if at[series[m-1]][j] > at[series[m]][j] {
				return false
			}
		}
	}
	return true
}

// inRow reports whether two of the places ks, in increasing order, are
// next to each other.
func inRow(ks []int) bool {
	for n := 1; n < len(ks); n++ {
		if ks[n] == ks[n-1]+1 {
			return true
		}
	}
	return false
}
