package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/internal/lazyre"
)

// galleryCounterRE matches a gallery's or slideshow's counter on its own
// line: "Image 1 / 8", "1 of 20", "Photo 3 of 18", "Foto 2 de 9".
var galleryCounterRE = lazyre.New(`(?i)^(?:(?:image|images|photo|photos|picture|slide|foto|fotos|bild|imagen|imagem|diapositiva)\s+)?\d{1,3}\s*(?:/|of|de|von|sur|di|van|из)\s*\d{1,3}$`)

// shopButtonRE matches a shop's button under a product in a buying guide
// or a deals post: a price at a shop ("$179 at Amazon", "£999 at
// Currys"), a call to buy it there ("See it now: Amazon", "Buy it at
// Target", "Get it on Amazon for $39.99", "Check price at Walmart",
// "Also at Best Buy") or the bare call ("Buy now", "View deal", "View all
// prices"). The shop is a name: it opens with a capital or a figure and
// has at most four words.
var shopButtonRE = lazyre.New(`^(?:` +
	`(?:[$£€¥]|US\$|C\$|A\$|R\$)\s?\d[\d.,]*\s+(?:at|on|from|@)\s+` + shopName +
	`|(?i:see|buy|get|grab|order)\s+(?i:it)(?:\s+(?i:now))?(?::\s*|\s+(?i:at|on|from)\s+)` + shopName + `(?:\s+(?i:for)\s+[$£€¥]?\s?\d[\d.,]*)?` +
	`|(?i:buy|shop|view|check price|check prices|see price|see prices|compare prices)(?:\s+(?i:now))?\s+(?i:at|on)\s+` + shopName +
	`|(?i:also)(?:\s+(?i:available))?\s+(?i:at|on)\s+` + shopName +
	`|(?i:buy now|shop now|buy it now|see it now|view deal|see deal|get deal|get the deal|check price|check prices|see price|see prices|see all prices|compare prices|view all prices)` +
	`)$`)

// shopName is a shop's name in shopButtonRE: a capital or a figure first,
// at most four words.
const shopName = `[\p{Lu}\d][^\s|:]*(?:\s[^\s|:]+){0,3}`

// Limits of a row of shop buttons.
const (
	maxShopButton  = 60 // the longest button
	maxShopButtons = 4  // the most buttons on one line, set apart by bars
)

// isShopButtons reports whether s is one shop's button or a row of them
// set apart by bars ("$179 at Amazon | $179 at Best Buy").
func isShopButtons(s string) bool {
	n := 0
	for b := range strings.SplitSeq(s, "|") {
		b = strings.TrimSpace(b)
		if n++; n > maxShopButtons || len(b) > maxShopButton || !shopButtonRE.MatchString(b) {
			return false
		}
	}
	return true
}

// promoLabels are the labels that put a link to another story between
// paragraphs ("Read more", "Seguí leyendo", "Lire aussi"), compared
// lower-cased without a final colon.
var promoLabels = map[string]bool{
	"read more": true, "read next": true, "also read": true, "read also": true,
	"related": true, "related story": true, "related article": true,
	"seguí leyendo": true, "seguir leyendo": true, "lee también": true,
	"leer más": true, "lea también": true, "lire aussi": true, "à lire aussi": true,
	"leggi anche": true, "mehr zum thema": true, "lesen sie auch": true,
	"veja também": true, "leia também": true, "leia mais": true, "lees ook": true,
	"más información": true, "related topics": true,
	"don't miss": true, "don’t miss": true, "must read": true,
}

// inlinePromoRE matches a promo whose label and story title share the
// line: "Lire aussi | Le réchauffement …", "LEER MÁS: …".
var inlinePromoRE = lazyre.New(`(?i)^(?:lire aussi|à lire aussi|leer más|lee también|leia também|veja também|leggi anche|lesen sie auch|mehr zum thema)\s*[|:]\s*\S`)

// maxPromoTitle is the longest story title a promo label may take along.
const maxPromoTitle = 150

// furnitureRule returns the rule by which the whole line s is page
// furniture of a known shape (gallery-counter, breadcrumb, bracket-promo,
// link-row, shop-button, button-row, page-label, author-box, promo-label), or "".
func furnitureRule(s string) string {
	if s == "" || len(s) > 4*(maxPromoTitle+20) {
		return ""
	}
	switch {
	case len(s) <= 40 && strings.ContainsAny(s, "0123456789") && galleryCounterRE.MatchString(s):
		return ruleGalleryCounter
	case isBreadcrumb(s):
		return ruleBreadcrumb
	case s[0] == '[' && isBracketPromo(s):
		return ruleBracketPromo
	case len(s) <= 120 && strings.Contains(s, " | ") && linkRowRE.MatchString(s):
		return ruleLinkRow
	case len(s) <= maxShopButtons*maxShopButton && isShopButtons(s):
		return ruleShopButton
	}
	if r := chromeRule(s); r != "" && !isBoilerplate(s) {
		return r
	}
	switch {
	case isAuthorBox(s):
		return ruleAuthorBox
	case isPromoLabel(s) || (strings.ContainsAny(s, "|:") && runeCount(s) <= maxPromoTitle+20 && inlinePromoRE.MatchString(s)):
		return rulePromoLabel
	}
	return ""
}

// isPromoLabel reports whether s is only a label that introduces a link
// to another story.
func isPromoLabel(s string) bool {
	if len(s) > 40 || s == "" || !unicode.IsUpper(firstRune(s)) {
		return false
	}
	return promoLabels[strings.ToLower(strings.TrimRight(s, ": "))] || isPromoPhrase(s)
}

// maxPromoTitles is the most story titles a promo label lists.
const maxPromoTitles = 4

// promoTitles drops the story titles under a promo label ("Lire aussi",
// then the linked stories' titles, one to four): a short line that is
// not followed by a paragraph of its own (a title line stands with other
// short lines, a section heading stands over text). A title after the
// first needs a short line under it that could head a section, as one
// sentence or none: a heading under a title has its text under it. It
// returns the content lines left.
func (c *classifier) promoTitles(content []int) []int {
	kept := make([]int, 0, len(content))
	titles := 0 // titles dropped under the last label
	for k, i := range content {
		p := c.prevLine(i)
		label := p >= 0 && c.role(p) == RoleBoilerplate && isPromoLabel(c.text(p))
		if !label && (p < 0 || c.role(p) != RoleBoilerplate || c.res[p][0].Rule != rulePromoLabel) {
			kept = append(kept, i)
			continue
		}
		if label {
			titles = 0
		}
		next := ""
		if k+1 < len(content) {
			next = c.text(content[k+1])
		}
		if titles < maxPromoTitles && runeCount(c.text(i)) <= maxPromoTitle && runeCount(next) <= maxHeadingRunes &&
			(titles == 0 || next == "" || headingRule(next) != "") {
			c.set(i, RoleBoilerplate, rulePromoLabel)
			titles++
			continue
		}
		kept = append(kept, i)
	}
	return kept
}

// prevLine returns the index of the last non-blank line before line i,
// or -1.
func (c *classifier) prevLine(i int) int {
	for p := i - 1; p >= 0; p-- {
		if c.lines[p].text != "" {
			return p
		}
	}
	return -1
}

// stepLabelRE matches a how-to's step label alone on its line: "Step 2",
// "Step 3 of 5", "Paso 1", "Étape 4", "Schritt 2".
var stepLabelRE = lazyre.New(`(?i)^(?:step|paso|étape|etape|schritt|passo|passo|stap)\s+\d{1,2}(?:\s+(?:of|de|sur|von|di|van)\s+\d{1,2})?:?$`)

// isStepLabel reports whether s is a step label alone on its line.
func isStepLabel(s string) bool {
	return len(s) <= 24 && stepLabelRE.MatchString(s)
}

// isDialogue reports whether s is a line of dialogue: one short quotation
// with nothing outside it ("“Richy?”", "“Is Mr. Hale at home?”").
func isDialogue(s string) bool {
	return startsQuoted(s) && whollyQuoted(s)
}

// isBracketed reports whether s is wholly in brackets: a stage direction
// or an editor's insert ("(SOUNDBITE OF MUSIC)", "[Applause]").
func isBracketed(s string) bool {
	return (strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")")) || (strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"))
}

// promos drops, among the content lines left once the end is cut, the
// promo labels that stand between paragraphs and the story titles under
// them (promo-label).
func (c *classifier) promos(content []int) []int {
	kept := make([]int, 0, len(content))
	for _, i := range content {
		if furnitureRule(c.text(i)) == rulePromoLabel {
			c.set(i, RoleBoilerplate, rulePromoLabel)
			continue
		}
		kept = append(kept, i)
	}
	return c.promoTitles(kept)
}

// creditInsideRE matches a line that carries a picture's credit after
// its first word, whatever follows: "So wird in Deutschland geheizt ©
// Quelle: BDEW", "Demut hinter Masken Foto: Adobe Stock", "Fotos © Burkard
// Meyer". A caption, or a credit, that lost its full stop; no heading
// credits a photographer.
var creditInsideRE = lazyre.New(`\S\s+(?:©|(?i:foto|fotos|photo|photos|bild|bilder|image|credit|photograph|illustration)\s?:)\s*\pL`)

// notHeadingRule returns the rule by which a line that passes the heading
// tests is still no heading, or "": a line of dialogue (dialogue-line), a
// line wholly in brackets (bracketed-line), a publication stamp with a
// year and a time of day, or a date label with a date in figures
// ("Published: 05/12/2023"), that the date rules could not read
// (date-stamp-line), a correspondent's "Reporting from Monson, Maine"
// (reporting-from), or a caption that carries its picture's credit
// (caption-with-credit).
func notHeadingRule(s string) string {
	switch {
	case creditInsideRE.MatchString(s):
		return ruleCaptionWithCredit
	case isDialogue(s):
		return ruleDialogue
	case isBracketed(s):
		return ruleBracketed
	case dateStampRE.MatchString(s) && timeOfDayRE.MatchString(s), dateLabelRE.MatchString(s), isDateOnly(s):
		return ruleDateStamp
	case reportingFromRE.MatchString(s):
		return ruleReportingFrom
	case sourceNoteRE.MatchString(s):
		return ruleSourceNote
	case factLineRE.MatchString(s):
		return ruleFactLine
	case isTableRow(s):
		return ruleTableRow
	}
	return ""
}

// minInterviewQuestions is how many questions to the reader's "you" make
// the body an interview.
const minInterviewQuestions = 3

// maxLinesPerQuestion is the most body lines per question, from the first
// question to the last, that an interview has: questions come every few
// paragraphs, not twice in a long article.
const maxLinesPerQuestion = 6

// interviewQuestions finds a magazine interview printed without labels:
// when the body has at least three questions on lines of their own, short
// ones among them, at most six lines apart on average, and half of them
// speak to "you" or are answered in the first person ("I didn't,
// really.") or by a speaker's name ("Auerbach: …"), the short ones are
// the interviewer's questions, printed as bold paragraphs, not section
// headings (interview-question); a long line ending with a question mark
// right under a question is its answer and does not count among the
// questions. An
// explainer's questions ("Is the milk safe?") ask about the subject, not
// the person, and a recipe's two or three questions stand far apart.
func (c *classifier) interviewQuestions(content []int, cand []string) {
	c.narrativeQuestions(content, cand)
	var qs, all []int
	you := 0
	for k, i := range content {
		short := cand[k] == ruleHeadingQuestion
		if !short && (c.role(i) != RoleParagraph || lastRune(c.text(i)) != '?' || c.spoken(i)) {
			continue
		}
		if !short && len(all) > 0 && all[len(all)-1] == k-1 {
			continue // an answer that ends asking, right under the question
		}
		all = append(all, k)
		if short {
			qs = append(qs, k)
		}
		if addressesYou(c.text(i)) || (k+1 < len(content) && (answersI(c.text(content[k+1])) || c.spoken(content[k+1]))) {
			you++
		}
	}
	if len(qs) == 0 || len(all) < minInterviewQuestions || you*2 < len(all) ||
		(all[len(all)-1]-all[0]+1) > len(all)*maxLinesPerQuestion {
		return
	}
	for _, k := range qs {
		it := &c.res[content[k]][0]
		it.Rule, it.lead = ruleInterviewQ, len(it.Text)
		cand[k] = ""
	}
}

// addressesYou reports whether s speaks to "you" (in English, or with the
// "vous", "usted", "du" of other languages, or the German polite "Sie",
// "Ihre", capitalised inside the sentence).
func addressesYou(s string) bool {
	for i, t := range tokenize(s) {
		switch pronoun(t.text) {
		case "you", "your", "you're", "you've", "you'd", "you'll", "yourself", "vous", "votre", "usted", "tú", "du", "dein", "tu", "ton", "você", "lei":
			return true
		case "sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres":
			if i > 0 && unicode.IsUpper(firstRune(t.text)) {
				return true // capitalised inside the sentence: the German polite "you", not "she" or "they"
			}
		}
	}
	return false
}

// answersI reports whether s speaks in the first person singular: "I",
// "I'm", "my", "me", or "je", "moi", "ich", "mir", "io", "mi", "yo", "eu"
// in other languages. A contraction counts with its apostrophe only: the
// German "im" (in the) and the English "ill" and "id" are no "I'm",
// "I'll" or "I'd"; "EU" in capitals is the Union, not the Portuguese "eu".
func answersI(s string) bool {
	for _, t := range tokenize(s) {
		switch p := pronoun(t.text); p {
		case "i", "i'm", "i've", "i'd", "i'll", "my", "me", "myself",
			"je", "j'ai", "moi", "ich", "mich", "mir", "io", "mi", "yo":
			return true
		case "eu":
			return !strings.Contains(t.text, "EU")
		}
	}
	return false
}

// pronoun returns the word of token w lower-cased, its letters and
// apostrophes only, a typographic apostrophe made straight: "I’m," gives
// "i'm".
func pronoun(w string) string {
	var sb strings.Builder
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			sb.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			sb.WriteByte('\'')
		}
	}
	return strings.Trim(sb.String(), "'")
}

var (
	dateStampRE  = lazyre.New(`(?:^|\D)(?:19|20)\d{2}`)
	sourceNoteRE = lazyre.New(`^(?i:sources?|quellen?|fuentes?|fontes?|bron|crédits?)\s?:\s`)
	timeOfDayRE  = lazyre.New(`\d{1,2}(?::|h|\.)\d{2}`)
	dateLabelRE  = lazyre.New(`^(?i:published|updated|posted|last updated|publié|modifié|actualizado|publicado|aktualisiert|veröffentlicht|pubblicato|aggiornato)\b[^\d]{0,12}\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}`)
	// factLineRE matches a line of facts, a short label, a colon and a
	// value with a figure: "Asking price: $2.4 million", "Weight: 250g".
	factLineRE      = lazyre.New(`^\p{Lu}[\p{L}'’ ]{0,24}:\s+\D{0,40}\d`)
	reportingFromRE = lazyre.New(`^(?:Reporting|Reported|Writing) from \p{Lu}`)
	// linkRowRE matches a row of three or more short link labels
	// separated by bars: "Bookshop | Amazon | Barnes & Noble".
	linkRowRE = lazyre.New(`^[^|\d.!?]{1,30}(?:\s\|\s[^|\d.!?]{1,30}){2,}$`)
)

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// furnitureFirst returns the furniture rule that holds for s wherever it
// stands (all but promo-label, which is read once the end is cut), or "".
func furnitureFirst(s string) string {
	if r := furnitureRule(s); r != rulePromoLabel {
		return r
	}
	return ""
}

// minDialogueLines is how many lines of dialogue make the body a story,
// unless it has minSectionHeads headings in words or more: then its
// quoted paragraphs are quotations (a court's ruling) and its questions
// may head sections.
const (
	minDialogueLines = 3
	minSectionHeads  = 2
)

// connectives open a sentence that goes on from the one before it.
var connectives = map[string]bool{"so": true, "and": true, "but": true, "or": true, "then": true, "yet": true}

// narrativeQuestions keeps as paragraphs the questions that belong to the
// text around them (narrative-question): one that opens with a connective
// ("So what now?", "But why?") goes on from the paragraph before it, and
// in a story told in dialogue (three lines of dialogue or more, and
// fewer than minSectionHeads headings in words amid its prose) a short
// question on its own line ("Who leaves a coat?") is the narrator's.
func (c *classifier) narrativeQuestions(content []int, cand []string) {
	dialogue := 0
	for _, i := range content {
		if c.res[i][0].Rule == ruleDialogue || (c.role(i) == RoleParagraph && isDialogue(c.text(i))) {
			dialogue++
		}
	}
	heads, prose := 0, false // section headings in words amid the prose: a story told in dialogue has none
	for k, i := range content {
		prose = prose || c.prose(i)
		if prose && cand[k] == ruleHeadingShort {
			heads++
		}
	}
	story := dialogue >= minDialogueLines && heads < minSectionHeads
	for k, i := range content {
		if cand[k] != ruleHeadingQuestion {
			continue
		}
		if story || connectives[strings.ToLower(firstWord(c.text(i)))] {
			cand[k] = ""
			if k+1 < len(content) && followsHeading(c.role(content[k+1])) {
				c.res[i][0].Rule = ruleNarrativeQ
			}
		}
	}
}
