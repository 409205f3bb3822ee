package plaintext

import (
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/ctxcheck"
	"github.com/offprint/offprint/internal/lazyre"
)

// Limits of the zones around the body.
const (
	maxTitleRunes   = 300 // a longer first line is body text, not a headline
	maxFrontLines   = 8   // front matter lines after the title
	maxTailLines    = 4   // source, rights, date, byline or bio lines at the end
	maxBodyCaption  = 300 // longest caption in the body, in characters
	maxFrontCaption = 400 // longest caption in the front matter
)

// classifier assigns roles to lines. It works in zones, the way a person
// reads a scraped page: the title, the front matter under it (dek, byline,
// date, lead photo caption and credit, author bio), the tail (source line,
// date, bio) and the body between them.
type classifier struct {
	lines    []line
	res      [][]item       // the items of each line, by line index
	authors  []string       // the names the bylines at the top give
	comments int            // the line that opens the page's comments (commentsStart)
	words    []int32        // each line's textWords + 1, 0 until asked (lineWords)
	noBlanks bool           // no blank line between the first and last visible line (noBlankLines)
	flat     bool           // one block per line, paragraphs each on one long line (oneBlockPerLine)
	stop     ctxcheck.Every // looks at the context once in checkEvery lines
}

// checkEvery is how many lines the reading loops go between looks at the
// context: a look is cheap, a line cheaper.
const checkEvery = 256

// classify reads r and decides every line by the rules; each (see
// classifier.each) gives the items in input order.
func classify(r io.Reader, opts Options) (*classifier, error) {
	lines, err := readLines(r, opts)
	if err != nil {
		return nil, err
	}
	c := &classifier{stop: ctxcheck.New(opts.Context, checkEvery)}
	if c.stop.Now() {
		return nil, c.stop.Err()
	}
	lines = unwrap(lines)
	c.lines, c.res = lines, make([][]item, len(lines))
	c.noBlanks = noBlankLines(lines)
	c.flat = oneBlockPerLine(lines, c.noBlanks)
	var content []int
	for i, l := range lines {
		if c.stop.Stopped() {
			return nil, c.stop.Err()
		}
		switch {
		case l.text == "":
			// blank: no item is kept (see blank); each makes it
		case furnitureFirst(l.text) != "":
			c.set(i, RoleBoilerplate, furnitureFirst(l.text))
		case isBoilerplate(l.text):
			c.set(i, RoleBoilerplate, ruleBoilerplate)
		case isImageLabel(l.text):
			c.res[i] = imageLabelItems(l)
		default:
			content = append(content, i)
		}
	}
	if content = c.cutEnd(content); c.stop.Now() {
		return nil, c.stop.Err()
	}
	if content = c.promos(content); c.stop.Now() {
		return nil, c.stop.Err()
	}
	if c.zones(content); c.stop.Err() != nil {
		return nil, c.stop.Err()
	}
	return c, nil
}

// each calls fn with every item in input order: the items of each line,
// then the wrapped lines joined to it (rule joined-wrapped-line). With
// drop set, each line's items are let go once fn has seen them, so that a
// long input's decisions are not all held while the document grows. It
// stops, with the context's error, once the context is cancelled.
func (c *classifier) each(drop bool, fn func(*item)) error {
	for i, items := range c.res {
		if c.stop.Stopped() {
			return c.stop.Err()
		}
		if c.blank(i) {
			fn(&item{Decision: Decision{Line: c.lines[i].num, Role: RoleBlank, Rule: ruleBlank}})
			continue
		}
		for k := range items {
			fn(&items[k])
		}
		for _, l := range c.lines[i].cont {
			d := Decision{Line: l.num, Text: l.text, Role: items[len(items)-1].Role, Rule: ruleWrapped}
			fn(&item{Decision: d, continued: true})
		}
		if drop {
			c.res[i] = nil
		}
	}
	return nil
}

// blank reports whether line i is blank (rule blank-line). A blank line
// keeps no item: half the lines of a text with blank lines between its
// paragraphs, and an item is over 200 bytes.
func (c *classifier) blank(i int) bool { return c.res[i] == nil && c.lines[i].text == "" }

// set gives line i a single decision about its whole text.
func (c *classifier) set(i int, role, rule string) *item {
	c.res[i] = []item{{Decision: Decision{Line: c.lines[i].num, Text: c.lines[i].text, Role: role, Rule: rule}}}
	return &c.res[i][0]
}

// zones splits the content lines into title, front matter, body and tail.
// Bylines and dates above the headline are taken as front matter.
func (c *classifier) zones(content []int) {
	start := 0
	for start < len(content) && start < maxFrontLines {
		items := topBylineItems(c.lines[content[start]])
		if items == nil && isEditorsNote(c.text(content[start])) && start+1 < len(content) {
			items = one(c.lines[content[start]], RoleParagraph, ruleEditorsNote) // kept, but not the headline
		}
		if items == nil {
			break
		}
		c.res[content[start]] = items
		start++
	}
	if start+1 < len(content) && isKicker(c.text(content[start])) && headlineLike(c.lines[content[start+1]]) {
		c.set(content[start], RoleBoilerplate, ruleKicker) // "OBITUARY" above the headline
		start++
	}
	if start < len(content) && runeCount(c.text(content[start])) <= maxTitleRunes {
		c.set(content[start], RoleTitle, ruleFirstLine)
		start++
	}
	c.authors = c.topAuthors(content[:min(len(content), start+maxFrontLines)])
	end := c.tail(content[start:]) + start
	start += c.front(content[start:end])
	c.body(content[start:end])
}

// tail classifies the source, rights, date, byline and bio lines at the
// end of the article, from the last line backwards, and returns where they
// start.
func (c *classifier) tail(content []int) int {
	end := len(content)
	for end > 0 && len(content)-end < maxTailLines {
		i := content[end-1]
		items := tailItems(c.lines[i])
		if items == nil {
			items = c.namedBio(c.lines[i])
		}
		if items == nil {
			break
		}
		c.res[i] = items
		end--
	}
	return end
}

// front classifies the front matter after the title and returns how many
// lines it took. Besides front matter lines, it takes a name-only byline,
// a caption right above a credit line, and a dek right under the title
// when front matter follows it.
func (c *classifier) front(content []int) int {
	for k, i := range content {
		if k == maxFrontLines {
			return k
		}
		if items := c.namedBio(c.lines[i]); items != nil {
			c.res[i] = items
			continue
		}
		if c.role(i) == RoleCaption && c.res[i][0].Rule == ruleCaptionBelow {
			continue
		}
		if items := frontItems(c.lines[i]); items != nil && c.frontBio(items, content[k+1:]) {
			if len(items) == 1 && items[0].Role == RoleCredit && (k == 0 || c.role(content[k-1]) != RoleCaption) {
				if k+2 < len(content) && captionBelow(items[0].Text, c.text(content[k+1])) {
					items[0].captionBelow = true // "Foto: Christoph Soeder / dpa", then "Ein ICE im Hauptbahnhof Berlin"
					c.set(content[k+1], RoleCaption, ruleCaptionBelow)
				} else {
					items[0].Rule = ruleCreditContributor // "Photographs by Jane Doe": no caption, no picture
				}
			}
			c.res[i] = items
			continue
		}
		s := c.lines[i].text
		if k > 0 && c.role(content[k-1]) == RoleByline && jobTitleLine(s) {
			c.set(i, RoleBoilerplate, ruleBylineJob) // "Staff Writer" under "By Jane Doe"
			continue
		}
		nextFront := k+1 < len(content) && isFrontLine(c.lines[content[k+1]])
		if items := nameBylineItems(c.lines[i]); items != nil && (k > 0 || nextFront || allTitled(items[0].names)) && (k == 0 || !c.commonWords(s)) {
			c.res[i] = items
			c.authors = append(c.authors, items[0].names...) // bios below are about them
			continue
		}
		if k+1 >= len(content) || runeCount(s) > maxTitleRunes || lastRune(s) == ':' {
			return k
		}
		if creditOnly(c.lines[content[k+1]].text) && !c.pictureBetween(i, content[k+1]) {
			c.set(i, RoleCaption, ruleCaptionAbove)
			continue
		}
		if k == 0 && nextFront {
			c.set(i, RoleSubtitle, ruleDek)
			continue
		}
		if k == 0 && !article.HasDateline(s) && article.HasDateline(c.text(content[k+1])) {
			c.set(i, RoleSubtitle, ruleDekDateline)
			return k + 1
		}
		return k
	}
	return len(content)
}

// creditOnly reports whether the whole of s is a photo credit.
func creditOnly(s string) bool {
	cs, ok := splitCredit(s, false)
	return ok && cs.caption == ""
}

var (
	bulletRE = lazyre.New(`^([-*•◦‣▪●■►])\s+(\S.*)$`)
	numberRE = lazyre.New(`^(\d{1,3})[.)]\s+(\S.*)$`)
	quoteRE  = lazyre.New(`^>\s*(.*)$`)
	// sceneBreakRE matches a line of three or more break symbols: "* * *".
	sceneBreakRE = lazyre.New(`^(?:[*\-_=•·~#⁂§]\s*){3,}$`)
	rightsRE     = lazyre.New(`(?i)^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4}))|all rights reserved`)
)

// body classifies the lines between the front matter and the tail: first
// each line on its own, then the rules that look at neighbours (captions
// above credit lines, pull quotes, headings).
func (c *classifier) body(content []int) {
	for _, i := range content {
		if c.stop.Stopped() {
			return
		}
		c.bodyLine(i)
	}
	for _, pass := range []func([]int){c.topDates, c.attachCredits, c.interview, c.livePosts, c.colonLists, c.pullQuotes, c.headings, c.runItems, c.dropCaps} {
		if c.stop.Now() {
			return
		}
		pass(content)
	}
}

// bodyLine classifies body line i on its own.
func (c *classifier) bodyLine(i int) {
	s := c.lines[i].text
	if sceneBreakRE.MatchString(s) {
		c.set(i, RoleRule, ruleSceneBreak)
		return
	}
	if m := bulletRE.FindStringSubmatch(s); m != nil {
		c.set(i, RoleListItem, ruleListBullet).body = m[2]
		return
	}
	if m := numberRE.FindStringSubmatch(s); m != nil {
		it := c.set(i, RoleListItem, ruleListNumber)
		it.body, it.ordered = m[2], true
		it.number, _ = strconv.Atoi(m[1])
		return
	}
	if m := quoteRE.FindStringSubmatch(s); m != nil && m[1] != "" {
		c.set(i, RoleQuote, ruleQuoteMarker).body = m[1]
		return
	}
	if len(s) <= 4*maxBodyCaption { // a longer line cannot be a caption
		if items := creditItems(c.lines[i], false, maxBodyCaption); items != nil {
			c.res[i] = items
			return
		}
	}
	if article.HasDateline(s) {
		c.set(i, RoleDateline, ruleDateline).date = article.DatelineDate(s)
		return
	}
	c.set(i, RoleParagraph, ruleParagraph)
}

// attachCredits turns a short paragraph right above a credit-only line into
// the caption of that credit.
func (c *classifier) attachCredits(content []int) {
	for k := 1; k < len(content); k++ {
		cur, prev := c.res[content[k]], c.res[content[k-1]]
		if len(cur) == 1 && cur[0].Role == RoleParagraph && len(prev) == 1 && prev[0].Role == RoleParagraph &&
			prev[0].Rule == ruleParagraph && creditShaped(cur[0].Text) && captionLike(prev[0].Text) &&
			bareCredit(cur[0].Text, pictureWordRE.MatchString(prev[0].Text)) {
			cur[0].Role, cur[0].Rule = RoleCredit, ruleCreditAfter // "Library of Congress" under a caption
		}
		if len(cur) != 1 || cur[0].Role != RoleCredit || len(prev) != 1 {
			continue
		}
		p := &prev[0]
		if p.Role == RoleParagraph && runeCount(p.Text) <= maxBodyCaption && lastRune(p.Text) != ':' && !c.pictureBetween(content[k-1], content[k]) {
			p.Role, p.Rule = RoleCaption, ruleCaptionAbove
		}
	}
	c.creditsLikeOthers(content)
}

// colonLists turns into a bulleted list the run of two or more short
// paragraphs (at most 120 characters, one sentence each) that follows a
// paragraph ending with a colon: a list that lost its bullets.
func (c *classifier) colonLists(content []int) {
	for k := 0; k+2 < len(content); k++ {
		if c.role(content[k]) != RoleParagraph || lastRune(c.text(content[k])) != ':' || c.spoken(content[k]) {
			continue
		}
		end := k + 1
		first, labelled := itemEnd(c.text(content[end])), hasLabel(c.text(content[end]))
		if first == '.' {
			continue // sentences after a colon are prose, not items
		}
		tight := c.adjacent(content[k+1], content[k+2])
		for end < len(content) && c.role(content[end]) == RoleParagraph && !c.spoken(content[end]) && isShortItem(c.text(content[end])) {
			e := itemEnd(c.text(content[end]))
			if hasLabel(c.text(content[end])) != labelled || lastRune(c.text(content[end])) == ':' {
				break // "Step 1: Measure" after plain items, or "Cons:", starts something else
			}
			if tight && end > k+1 && !c.adjacent(content[end-1], content[end]) {
				break // a blank line ends a list whose items stand line under line
			}
			if end > k+1 && openingKind(c.text(content[end])) == 'A' && c.itemsOpen(content[k+1:end]) != 'A' {
				break // "Causes" after "fever", "headache": a heading, not an item
			}
			if e != first {
				if (first == ';' || first == ',') && e == '.' {
					end++ // "…;" items ending with "and the last."
				}
				break
			}
			end++
		}
		if end-k-1 < 2 {
			continue
		}
		for _, i := range content[k+1 : end] {
			it := &c.res[i][0]
			it.Role, it.Rule, it.body = RoleListItem, ruleListColon, it.Text
		}
		k = end - 1
	}
}

// adjacent reports whether line j follows line i in the input with no
// blank line between them, in one block. In a text written one block
// per line (oneBlockPerLine) each line is a block of its own, as if
// blank lines set them apart, but for a label and its value: a line
// that ends with a colon (leadsIn) over a line that opens with no
// capital letter ("Фото:" over "личный архив Андрея Рудькова"), which a
// page with blank lines writes in one block.
func (c *classifier) adjacent(i, j int) bool {
	if c.flat {
		return c.nextTo(i, j) && leadsIn(c.text(i)) && openingKind(c.text(j)) != 'A'
	}
	return c.nextTo(i, j)
}

// leadsIn reports whether s ends with a colon, a full-width one too: a
// label that leads into the line under it ("Фото:" over "личный архив
// Андрея Рудькова", "Ingredients:" over "200 g pasta").
func leadsIn(s string) bool {
	r := lastRune(s)
	return r == ':' || r == '：'
}

// nextTo reports whether line j follows line i in the input with no
// blank line between them, whatever the text's layout: the rules that
// pair a line with its neighbour (a credit with its caption, a name with
// the valediction above it, a table's title with its row, an item with
// the items of its run, a line with the line its sentence runs on into)
// ask this, as a text written one block per line still writes the pair
// next to each other.
func (c *classifier) nextTo(i, j int) bool {
	last := c.lines[i].num
	if n := len(c.lines[i].cont); n > 0 {
		last = c.lines[i].cont[n-1].num
	}
	return c.lines[j].num == last+1
}

// itemEnd classifies how a list item ends: '.', ';', ',' or 0 for no
// punctuation ('!' and '?' count as '.').
func itemEnd(s string) rune {
	switch r := lastRune(s); r {
	case '.', '!', '?', '…':
		return '.'
	case ';', ',':
		return r
	}
	return 0
}

// hasLabel reports whether s opens with a label and a colon ("Step 1:
// Measure").
func hasLabel(s string) bool {
	i := strings.Index(s, ": ")
	return i > 0 && i < len(s)-2
}

// isShortItem reports whether s is short enough for a list item without
// a bullet.
func isShortItem(s string) bool {
	return runeCount(s) <= 120 && !sentenceInside(tokenize(s))
}

// role returns the role of the single decision on line i, or "" when the
// line was split into several.
func (c *classifier) role(i int) string {
	if c.blank(i) {
		return RoleBlank
	}
	if len(c.res[i]) != 1 {
		return ""
	}
	return c.res[i][0].Role
}

// spoken reports whether line i is a line of an interview or a transcript,
// opening with a speaker's label (interview-q-and-a, transcript-speaker).
func (c *classifier) spoken(i int) bool {
	r := c.res[i][0].Rule
	return r == ruleQA || r == ruleSpeaker
}

// text returns the text of line i.
func (c *classifier) text(i int) string { return c.lines[i].text }

// lineWords is textWords of line i, counted once a line: the rules ask
// for it again and again (prose), and a line's text never changes.
func (c *classifier) lineWords(i int) int {
	if c.words == nil {
		c.words = make([]int32, len(c.lines))
	}
	if w := c.words[i]; w != 0 {
		return int(w) - 1
	}
	n := textWords(c.text(i))
	c.words[i] = int32(n) + 1
	return n
}

// startsQuoted reports whether s starts with a quote mark.
func startsQuoted(s string) bool {
	return strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "«")
}

// openingKind classifies how s opens: 'A' for a capital letter, 'a' for
// a lower-case letter, '0' for a digit, 0 for anything else.
func openingKind(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case s == "":
		return 0
	case unicode.IsUpper(r):
		return 'A'
	case unicode.IsLower(r):
		return 'a'
	case unicode.IsDigit(r):
		return '0'
	}
	return 0
}

// itemsOpen returns how all the lines open when they open alike, or 0.
func (c *classifier) itemsOpen(items []int) rune {
	var kind rune
	for n, i := range items {
		k := openingKind(c.text(i))
		if n > 0 && k != kind {
			return 0
		}
		kind = k
	}
	return kind
}
