package plaintext

import (
	"strings"

	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// The rules of this file keep out of the headings short lines of real
// pages that a reader sees as something else by their wording or by the
// lines around them: a call to read or watch more (a link), the label of
// a map or a video, a line of code that opens a bracket, a clause that
// leads into a quotation with a colon, the labels of a list's items, a
// table's title and a caption that echoes the paragraph above it.

const (
	rulePromoLine   = "promo-line"
	ruleMediaLabel  = "media-label"
	ruleOpenBracket = "open-bracket-line"
	ruleColonLeadIn = "colon-lead-in"
	ruleCourtesy    = "courtesy-line"
	ruleLinkText    = "link-text"
	ruleColumns     = "column-line"
	ruleNameCaption = "name-caption"
	ruleBioName     = "bio-name"
)

// mediaLabelRE matches a line that labels a map, a video, a chart or a
// picture set in the page and gives its title after a colon: "Map: Flow
// of foreign fighters to Syria", "Watch: The moment the bridge fell".
// A page's button of that kind alone on its line is one too: "Watch",
// "View Images", "Advert" (where an advertisement stood).
var mediaLabelRE = lazyre.New(`^(?i:(?:maps?|videos?|photos?|pictures|graphics?|charts?|watch|listen|audio|interactive|gallery|slideshow|infographic)\s*:\s+\S|(?:watch|listen|video|photos?|gallery|advert|(?:view|see) (?:images|photos|gallery|video)|play video|watch video)$)`)

// courtesyRE matches a credit given as a courtesy: "VIDEO COURTESY OF
// MONOTYPE", "Photo courtesy of the artist".
var courtesyRE = lazyre.New(`^(?i:(?:\p{L}+\s+){0,2}courtesy of\s+\S)`)

// copyrightRE matches a copyright notice: "(C)Okome Gohan 2019",
// "© 2024 Acme", "Copyright 2019 …".
var copyrightRE = lazyre.New(`^(?i:\(c\)|©|copyright\s)`)

// linkTextRE finds a web address or a social handle in a line: "…
// experience pic.twitter.com/EWgDSVvrHO", "Aja Romano@ajaromano", "J.
// Trump @liquoronurlips".
var linkTextRE = lazyre.New(`(?i:https?://|www\.\S|pic\.twitter\.com/|\p{L}@\w|(?:^|\s)@\w{2,})`)

// columnsRE finds a run of three spaces or more between two words: a
// table's or a listing's columns, aligned with spaces ("Per-image max
// size:        1MiB").
var columnsRE = lazyre.New(`\S {3,}\S`)

// numberingRE matches a section's number set before its title with
// spaces, as a copied PDF keeps it: "1.", "IV.", "a)", "2.3".
var numberingRE = lazyre.New(`^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.|[a-z]\))$`)

// columns reports whether s has words set in columns by spaces
// (columnsRE), the spaces after a section's number aside ("1.
// Introduction").
func columns(s string) bool {
	loc := columnsRE.FindStringIndex(s)
	if loc == nil {
		return false
	}
	head := strings.TrimSpace(s[:loc[0]+1])
	return !numberingRE.MatchString(head) || columnsRE.MatchString(s[loc[1]-1:])
}

// sponsorRE matches a widget's credit: "Powered by SmartAsset.com",
// "Sponsored by Acme", "Presented by the Ford Foundation".
var sponsorRE = lazyre.New(`^(?i:powered|sponsored|presented|supported|brought to you|underwritten)\s+by\s+\S`)

// promoLineRule returns the rule by which s, a heading candidate, is a
// page's link or label rather than a heading, or "". A reader sees no
// heading in
//   - a call to read, watch or learn more (promo-line: "Learn more about
//     WebIDE", "Read the full transcript of his interview": linkWording):
//     it points away from the text instead of naming what follows; nor
//     in a shop's offer or its button ("Use the promo code …", "Voir
//     l'offre": offerRE), nor in a widget's credit ("Powered by
//     SmartAsset.com");
//   - the label of a map, a video or a chart with its title (media-label:
//     "Map: Flow of foreign fighters to Syria"): the caption of what the
//     page showed there;
//   - a line ending with an opening bracket (open-bracket-line: "CREATE
//     TABLE log_summary AS ("): code, or an expression that goes on
//     under it; a heading closes what it opens;
//   - a credit given as a courtesy or a copyright notice (courtesy-line:
//     "VIDEO COURTESY OF MONOTYPE", "(C)Okome Gohan 2019");
//   - a line holding a web address or a social handle glued to a word
//     (link-text: an embedded post's text "… pic.twitter.com/EWgD…", an
//     author's "Aja Romano@ajaromano"): a heading names, it links nowhere;
//   - a line whose words are set in columns by runs of spaces
//     (column-line: "Per-image max size:        1MiB"): a table's row;
//   - a person's name alone with a full stop (name-caption: "Megyn
//     Kelly."): the caption under a portrait; a heading is no sentence.
func promoLineRule(s string) string {
	switch {
	case linkWording(s) || sponsorRE.MatchString(s):
		return rulePromoLine
	case mediaLabelRE.MatchString(s):
		return ruleMediaLabel
	case courtesyRE.MatchString(s) || copyrightRE.MatchString(s):
		return ruleCourtesy
	case linkTextRE.MatchString(s):
		return ruleLinkText
	case columns(s):
		return ruleColumns
	case lastRune(s) == '.' && nameShaped(strings.TrimSuffix(s, ".")):
		return ruleNameCaption
	case strings.ContainsRune("([{", lastRune(s)):
		return ruleOpenBracket
	}
	return ""
}

// offerRE matches a shop's offer set in a page: a promotion's code ("Use
// the promo code INVENTORY25", "Code promo …", "Rabattcode …"), a button
// to see the offers ("Voir l'offre", "Découvrir les offres multicomptes",
// "View deal", "Zum Angebot") or to join ("Become a member"). A reader
// sees a sales pitch or a button, not the title of what follows.
var offerRE = lazyre.New(`(?i)(?:^|\s)(?:promo|coupon|discount|voucher)\s+code(?:$|\s)|^(?:code promo|gutscheincode|rabattcode|c[oó]digo (?:promocional|de descuento)|codice sconto)(?:$|[\s:])|^(?:voir|découvrir|see|view|get|shop|compare|zum|zu den|ver|vedi|bekijk)\s+(?:l['’]|les\s+|the\s+|this\s+|our\s+|all\s+|la\s+|las\s+|le\s+|de\s+)?(?:offres?|offers?|deals?|angebote?|ofertas?|offert[ae]|aanbieding(?:en)?)(?:$|[^\pL])|^become\s+an?\s+(?:member|subscriber|supporter|patron)(?:$|[^\pL])`)

// maxPromoNounAt is how far after its verb, in words, linkWording looks
// for a promotion's noun: "Learn more about …", "Read the full …",
// "Listen to the full episode".
const maxPromoNounAt = 3

// linkWording reports whether s opens with the verb of a promotion
// (promoVerbs: "learn", "read", "follow", "watch" …) and speaks of what
// the page offers (promoNouns: "more", "full", "newsletter", "app" …),
// or names a newsletter or an inbox (signUpRE). A line in the text,
// unlike one in brackets, needs the noun even after a strong verb:
// "Follow the money" heads a section, "Follow us on Instagram" does not.
func linkWording(s string) bool {
	if signUpRE.MatchString(s) || offerRE.MatchString(s) {
		return true
	}
	words := strings.Fields(strings.ToLower(s))
	if len(words) < 2 {
		return false
	}
	n := 1 // words of the verb
	if promoVerbs()[words[0]+" "+words[1]] != 0 {
		n = 2
	} else if promoVerbs()[words[0]] == 0 {
		return false
	}
	return hasPromoNoun(words[n:min(len(words), n+maxPromoNounAt)])
}

// leadInOpeners are the first words, lower-cased, by which a line ending
// with a colon goes on with the story instead of naming a section: a
// pronoun that is the subject of its clause ("She is still trying:"), a
// conjunction ("Or this conversation:", "To which Samantha replies:") or
// "here" ("Here is what we know:"). "This week:" may label a section.
var leadInOpeners = map[string]bool{
	"i": true, "he": true, "she": true, "they": true, "we": true, "it": true,
	"or": true, "and": true, "but": true, "so": true, "then": true, "to": true,
	"here": true, "here’s": true, "here's": true,
}

// speechVerbs are the verbs, lower-cased, that end a line leading into a
// quotation: "… understandably replies:", "… tweeted:".
var speechVerbs = map[string]bool{
	"says": true, "said": true, "replies": true, "replied": true, "writes": true,
	"wrote": true, "asks": true, "asked": true, "adds": true, "added": true,
	"responds": true, "responded": true, "tweets": true, "tweeted": true,
	"explains": true, "explained": true, "notes": true, "noted": true,
	"continues": true, "continued": true, "answers": true, "answered": true,
}

// colonLeadIn reports whether s, a line ending with a colon, leads into
// what follows as a clause of the story (colon-lead-in) rather than
// labelling a section: it opens with a subject pronoun or a conjunction
// (leadInOpeners), ends with a verb of speech (speechVerbs), or quotes or
// trails off inside ("One guy is “confused”:", "Or this…conversation:").
// A section's label is a noun phrase ("Getting there:", "For the
// filling:"), with no quotation and no story in it.
func colonLeadIn(s string) bool {
	if lastRune(s) != ':' {
		return false
	}
	body := strings.TrimSpace(strings.TrimSuffix(s, ":"))
	if strings.ContainsAny(body, "“”\"…") || strings.Contains(body, "...") {
		return true
	}
	f := strings.Fields(strings.ToLower(body))
	if len(f) < 2 {
		return false
	}
	first := strings.Trim(f[0], "‘’'\"“”,")
	if first == "to" && f[1] != "which" && f[1] != "whom" {
		return false // "To do:", "To make the sauce:"
	}
	return leadInOpeners[first] || speechVerbs[strings.Trim(f[len(f)-1], ",")]
}

const ruleBlockLabel = "block-label"

// minSpacedProsePairs is the fewest pairs of consecutive paragraphs of
// prose by which spacesProse judges how a page sets its paragraphs.
const minSpacedProsePairs = 4

// spacesProse reports whether the page sets its paragraphs of prose
// apart with blank lines: nine pairs of consecutive prose paragraphs in
// ten at least, of minSpacedProsePairs or more. On such a page, lines set
// line under line with no blank between are a block of their own: a
// list, a table, a card.
func (c *classifier) spacesProse(content []int) bool {
	pairs, apart := 0, 0
	for k, prev := 1, len(content) > 0 && c.prose(content[0]); k < len(content); k++ {
		cur := c.prose(content[k])
		if prev && cur {
			pairs++
			if !c.adjacent(content[k-1], content[k]) {
				apart++
			}
		}
		prev = cur
	}
	return pairs >= minSpacedProsePairs && apart*10 >= pairs*9
}

// blockLabels turns out of the candidates the short lines of a block of
// lines with no blank between them, on a page that sets its paragraphs
// apart (spacesProse), when the block holds two candidates or more and a
// line that is none (block-label): "New process", its text on the next
// line, "More (remote) mentorship", its text, … are the labels of a
// list's items, which a reader sees as the items of one list, not as
// sections; a section's heading on such a page stands apart, over its
// first paragraph. toc candidates and section names are headings
// wherever they stand (listLabel).
func (c *classifier) blockLabels(content []int, cand []string, toc, blocked map[int]bool) {
	if !c.spacesProse(content) || c.apartCandidates(content, cand) < minApartHeadings {
		return
	}
	for start := 0; start < len(content); {
		end := start + 1
		for end < len(content) && c.adjacent(content[end-1], content[end]) {
			end++
		}
		labels, others := 0, 0
		for k := start; k < end; k++ {
			if c.listLabel(cand, toc, content, k) {
				labels++
			} else {
				others++
			}
		}
		if labels >= 2 && others >= 1 {
			for k := start; k < end; k++ {
				if c.listLabel(cand, toc, content, k) {
					blocked[k] = true
					c.res[content[k]][0].Rule = ruleBlockLabel
				}
			}
		}
		start = end
	}
}

// listLabel reports whether content[k] is a candidate that blockLabels
// may take for a list item's label: not an entry of the table of
// contents, nor a conventional section's name ("Ingredients", "Method"),
// which heads its section wherever it stands.
func (c *classifier) listLabel(cand []string, toc map[int]bool, content []int, k int) bool {
	return cand[k] != "" && !toc[k] && !sectionNames[strings.ToLower(c.text(content[k]))]
}

// minApartHeadings is the fewest candidates standing apart that show a
// page sets its headings apart (blockLabels).
const minApartHeadings = 2

// apartCandidates counts the heading candidates with a blank line above
// and under them.
func (c *classifier) apartCandidates(content []int, cand []string) int {
	n := 0
	for k := 1; k+1 < len(content); k++ {
		if cand[k] != "" && !c.adjacent(content[k-1], content[k]) && !c.adjacent(content[k], content[k+1]) {
			n++
		}
	}
	return n
}

const ruleTableTitle = "table-title"

// Limits of a table's row flattened into one line (tableTitle): at
// least minTableFigures words with a digit, a quarter of its words or
// more.
const minTableFigures = 6

// tableTitle reports whether the line under a heading candidate, with no
// blank line between, is a table flattened into one line of names and
// figures ("By changesets Herbert Dürr 63 16.6% Jürgen Schmidt 56 …")
// that ends with no sentence (table-title): the candidate is that
// table's title, which a reader sees as the table's caption, not as a
// section of the text.
func tableTitle(next string) bool {
	f := strings.Fields(next)
	figures := 0
	for _, w := range f {
		if strings.ContainsAny(w, "0123456789") {
			figures++
		}
	}
	return figures >= minTableFigures && figures*4 >= len(f) && !endsSentence(next)
}

const ruleEchoCaption = "echo-caption"

// Limits of echoCaption: a candidate of minEchoWords words or more, four
// fifths of them among the first echoSpan words of the paragraph above.
const (
	minEchoWords = 3
	echoSpan     = 14
)

// echoCaption reports whether s, a heading candidate right under prose,
// repeats what that paragraph, prev, opens with (echo-caption): "Anomaly
// in status code 500" under "Anomaly in status code 500: we spotted this
// one on the chart …". A heading names what comes next; a line that
// echoes the paragraph above labels the chart or picture that paragraph
// spoke of, a caption the page set under it. A question is left alone:
// it asks what the paragraph above promised to explain ("The following
// will explain what Bit Flags are …", then "What Are Bit Flags?").
func echoCaption(s, prev string) bool {
	hw := strings.Fields(strings.ToLower(s))
	if len(hw) < minEchoWords || lastRune(s) == '?' {
		return false
	}
	pw := strings.Fields(strings.ToLower(prev))
	pw = pw[:min(len(pw), echoSpan)]
	set := make(map[string]bool, len(pw))
	for _, w := range pw {
		set[strings.Trim(w, ":,.;!?")] = true
	}
	in := 0
	for _, w := range hw {
		if set[strings.Trim(w, ":,.;!?")] {
			in++
		}
	}
	return in*5 >= len(hw)*4
}

const ruleAfterLeadIn = "after-lead-in"

// personWords are the pronouns, lower-cased, by which a line speaks in
// the first or second person.
var personWords = map[string]bool{
	"i": true, "i’m": true, "i'm": true, "me": true, "my": true, "you": true,
	"your": true, "we": true, "our": true, "us": true,
}

// maxTrailingLeadIn is the longest clause, in words, that trails off to
// lead into the line under it ("Don't buy it if..."); a longer one ending
// with an ellipsis is a teaser cut short.
const maxTrailingLeadIn = 6

// afterLeadIn reports whether s, under prev, is what prev announced
// (after-lead-in): prev, a paragraph, ends with a colon or trails off
// in a short clause ("Buy it if...", "Don't buy it if…"), and s speaks in the first or
// second person ("Then his fans get into it:", then "I really don’t
// understand why it’s anyone’s business"; "Buy it if...", then "You
// type a lot"). A colon makes a reader wait for a quotation or a list,
// and a line that speaks as someone is that quotation; a trailing clause
// waits for its end, which s is; a heading after such a line (a picture
// the colon announced was dropped) names a topic: "Achieving
// guarantees".
func afterLeadIn(s, prev string) bool {
	trails := (strings.HasSuffix(prev, "...") || lastRune(prev) == '…') && article.WordCount(prev) <= maxTrailingLeadIn
	if lastRune(prev) != ':' && !trails {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if personWords[strings.Trim(w, ",;:.!?\"“”‘’")] {
			return true
		}
	}
	return false
}

// staysInRun holds the rules of this file whose line, no heading, still
// counts among the short lines around it (see contextNotHeadings): a
// credit, a link's text, a table's row or a portrait's caption is a short
// line of the page, and the short line next to it is no more a heading
// for it ("Did you make this recipe?" over "Tag @hannahcooks on
// Instagram"). A link to read more, by contrast, ends the section it
// closes, and the line under it may head the next ("Learn more about
// WebIDE", then "Valence").
var staysInRun = map[string]bool{
	ruleCourtesy: true, ruleLinkText: true, ruleColumns: true, ruleNameCaption: true,
}

// bioName reports whether s, a person's name alone, stands over a
// paragraph that opens with that name and names a journalist's job
// (bio-name: "Jamelle Bouie", then "Jamelle Bouie is Slate’s chief
// political correspondent."): the head of the author's box, which a
// reader sees as a note on the writer, not as a section of the text. A
// profile's name over its text ("Jane Smith", then "Jane Smith is a
// nurse who …") heads its section.
func bioName(s, next string) bool {
	return strings.HasPrefix(next, s+" ") && nameShaped(s) && namesJob(next)
}

const (
	ruleTOCZone  = "toc-zone"
	ruleTOCTitle = "toc-title"
)

// tocTitles name a table of contents, lower-cased.
var tocTitles = map[string]bool{
	"contents": true, "table of contents": true, "in this article": true, "on this page": true,
	"jump to": true, "jump to a section": true, "jump to section": true, "skip to": true,
	"inhalt": true, "inhaltsverzeichnis": true, "sommaire": true, "table des matières": true,
	"índice": true, "indice": true, "contenido": true, "contenidos": true, "sumário": true,
	"inhoud": true, "inhoudsopgave": true, "目次": true, "目录": true, "목차": true,
}

// maxTOCTitleBytes is more than any of tocTitles takes with a colon:
// a longer line is no table's title, and is not lower-cased to look.
const maxTOCTitleBytes = 40

// isTOCTitle reports whether s names a table of contents (tocTitles).
func isTOCTitle(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) <= maxTOCTitleBytes && tocTitles[strings.ToLower(strings.TrimSuffix(s, ":"))]
}

// tocZone turns out of the headings the entries of a table of contents
// (toc-zone): under a line that names one ("Contents", "Table of
// Contents", "目次"), the short lines down to the first paragraph of
// prose list the sections of the page or of a book, and a reader sees a
// list there, not the page's own sections. The last candidate right over
// that prose heads it and stays, and so do the entries that come again
// as headings further down (toc). The title over such a list is the
// table's, not a section's: it is dropped as furniture (toc-title).
func (c *classifier) tocZone(content []int, cand []string, toc, blocked map[int]bool) {
	end := 0                  // the first prose at or after the line under the title: one scan for a run of titles
	var lastAt map[string]int // where each text stands last, made when a table is found
	for k0, i0 := range content {
		if !isTOCTitle(c.text(i0)) {
			continue
		}
		if end <= k0 {
			end = k0 + 1
			for end < len(content) && !c.prose(content[end]) {
				end++
			}
		}
		if end-k0 < 3 {
			continue // a title over one line or none is no table
		}
		if c.role(i0) == RoleParagraph {
			cand[k0] = ""
			c.set(i0, RoleBoilerplate, ruleTOCTitle)
		}
		if lastAt == nil {
			lastAt = make(map[string]int, len(content))
			for k, i := range content {
				lastAt[c.text(i)] = k
			}
		}
		// The last candidate heads the prose under the table, unless its
		// text comes again below ("FAQs"); the next title starts a table
		// of its own.
		last := end - 1
		for k := k0 + 1; k < end && !isTOCTitle(c.text(content[k])); k++ {
			if cand[k] == "" || toc[k] || blocked[k] || (k == last && end < len(content) && lastAt[c.text(content[k])] < end) {
				continue
			}
			blocked[k] = true
			c.res[content[k]][0].Rule = ruleTOCZone
		}
	}
}

const ruleRepeatedLabel = "repeated-label"

// minRepeatedLabels is the fewest heading candidates in a row with one
// text that make it a label (repeatedLabels).
const minRepeatedLabels = 3

// repeatedLabels turns out of the candidates a text that heads three
// candidates in a row or more, no other candidate between them
// (repeated-label: "Amazon" over each product's review): a heading tells
// its section from the next, and the same words over every section tell
// nothing; a reader sees the label of a shop's link or a box's name. A
// changelog's "Added" and "Fixed" come again under each version's
// heading, never three times in a row.
func (c *classifier) repeatedLabels(content []int, cand []string, toc, blocked map[int]bool) {
	var run []int // candidates in a row with one text
	flush := func() {
		if len(run) >= minRepeatedLabels {
			for _, k := range run {
				blocked[k] = true
				c.res[content[k]][0].Rule = ruleRepeatedLabel
			}
		}
		run = run[:0]
	}
	for k, i := range content {
		if cand[k] == "" || toc[k] {
			continue
		}
		if len(run) > 0 && c.text(content[run[0]]) != c.text(i) {
			flush()
		}
		run = append(run, k)
	}
	flush()
}
