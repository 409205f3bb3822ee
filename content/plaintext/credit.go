package plaintext

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// agencyPhrases are the picture agencies and wire services that end a
// photo credit ("Sefa Karacan/Anadolu via Getty Images"). Lower case.
var agencyPhrases = []string{
	"getty images", "getty", "ap photo", "ap images", "ap", "associated press",
	"reuters", "afp", "afp via getty images", "epa", "epa-efe", "efe",
	"shutterstock", "alamy", "alamy stock photo", "bloomberg", "sipa",
	"sipa usa", "nurphoto", "xinhua", "tass", "anadolu", "anadolu agency",
	"pool", "istock", "istockphoto", "unsplash", "redux", "polaris", "zuma",
	"zuma press", "zuma wire", "imago", "dpa", "picture alliance",
	"the washington post", "the new york times", "bloomberg via getty images",
}

// creditLabels open a credit ("Photo: Jane Doe/AP"). Lower case.
var creditLabels = []string{
	"photo:", "photos:", "photograph:", "photography:", "picture:", "image:",
	"images:", "credit:", "photo credit:", "image credit:", "illustration:",
	"photo by", "photos by", "photograph by", "photographs by", "photography by",
	"photographs:", "pictures by", "images by", "image by", "artwork by",
	"illustration by", "illustrations by", "video by", "courtesy of",
	"photo courtesy of", "photos courtesy of", "image courtesy of", "images courtesy of",
	"courtesy:", "photo illustration by", "photo illustration:",
	"cartoon by", "cartoons by", "drawing by", "drawings by", "graphic by",
	"graphics by", "map by", "animation by", "staff photo by", "staff photo",
	"file photo", "submitted photo", "contributed photo", "courtesy photo",
	"credited to", "foto:", "fotos:", "foto :", "bild:", "photo :", "fotografía:", "imagen:",
	"fotografia:", "fotoğraf:", "fotograf:",
	"credits:", "crédit:", "crédits:", "crédito:", "créditos:", "immagine:", "imagem:", "afbeelding:",
	"photographer:", "bildquelle:", "bildnachweis:", "bildrechte:", "titelbild:", "titelfoto:",
	"beitragsbild:", "beitragsbild via", "aufmacherbild:", "zdjęcie:", "źródło zdjęcia:",
}

// labelWords are the credit labels of one word ("Credit", "Photo",
// "Foto", "Bild", "Crédit"): the entries of creditLabels that are one
// word and a colon, without it. A page may print such a label without
// its colon, glued to the caption's last word ("…underground.CreditJane
// Doe/AP"), or twice (one copy hidden for screen readers).
var labelWords = sync.OnceValue(func() []string {
	var words []string
	for _, l := range creditLabels {
		if w, ok := strings.CutSuffix(l, ":"); ok && !strings.ContainsAny(w, " ") {
			r, size := utf8.DecodeRuneInString(w)
			words = append(words, string(unicode.ToUpper(r))+w[size:])
		}
	}
	return words
})

// maxCreditWords is the length of the longest credit, in words.
const maxCreditWords = 14

// opensSentence reports whether toks[i] starts its line or follows the end
// of a sentence. toks may be the last tokens of a line only.
func opensSentence(toks []token, i int) bool {
	if i == 0 {
		return toks[0].start == 0
	}
	return endsSentence(toks[i-1].text)
}

// creditParticle reports whether w may appear in lower case inside a name
// (article.IsParticle) or a credit ("of", "and", "&").
func creditParticle(w string) bool {
	return w == "of" || w == "and" || w == "&" || article.IsParticle(w)
}

// creditSplit is a line cut into caption, credit and author bio; any part
// may be empty. rule names the credit rule that matched.
type creditSplit struct {
	caption, credit, bio string
	rule                 string
	bioName              string
}

// captionLabelRE matches the label that opens a caption on some pages:
// "Photo: ", "Pictured: ", "Above: ". It is dropped from the caption.
var captionLabelRE = lazyre.New(`^(?i:photo|photograph|pictured|picture|image|above|top|foto)\s*:\s+`)

// splitCredit looks for a photo credit in s (and, when bio is true, an
// author bio after it) and cuts the line there. It returns false when s
// holds no credit. The credit must end the line or be followed by the bio.
func splitCredit(s string, bio bool) (creditSplit, bool) {
	var cs creditSplit
	head := s
	if bio {
		if p, name := findBio(s, true); p > 0 {
			head, cs.bio, cs.bioName = strings.TrimSpace(s[:p]), s[p:], name
		}
	}
	capEnd, start, end, rule := findCreditSpan(head)
	if rule == "" {
		return cs, false
	}
	cs.rule = rule
	cs.caption = captionLabelRE.ReplaceAllString(strings.TrimSpace(head[:capEnd]), "")
	cs.credit = strings.TrimSpace(head[start:end])
	if rule == ruleCreditParens {
		cs.credit = strings.TrimSpace(cs.credit[1 : len(cs.credit)-1])
	}
	return cs, true
}

// findCredit finds a credit at the end of s and returns its byte span, the
// brackets of a parenthesised credit left out of it, and the rule that
// matched (empty when there is none).
func findCredit(s string) (start, end int, rule string) {
	_, start, end, rule = findCreditSpan(s)
	return start, end, rule
}

// findCreditSpan is findCredit that also returns where the caption ends:
// before a credit's label that is no part of the credit (credit-glued-label),
// else where the credit starts.
func findCreditSpan(s string) (capEnd, start, end int, rule string) {
	toks := lastTokens(s, maxCreditWords+2)
	if capEnd, start, ok := gluedLabelCredit(s, toks); ok {
		return capEnd, start, len(strings.TrimRight(s, " ")), ruleCreditGlued
	}
	start, end, rule = findTrailingCredit(s, toks)
	return start, start, end, rule
}

// maxLabelRun is the most copies of a label a credit opens with
// ("CreditCredit": one hidden, one shown).
const maxLabelRun = 3

// gluedLabelCredit finds a credit behind a one-word label without its
// colon that is glued to the text around it: to the caption's last
// sentence ("…underground.CreditChang W. Lee/The New York Times"), to
// the credit ("CreditJane Doe/AP"), or to itself ("CreditCredit", glued
// to a caption without a full stop too). It returns where the caption
// ends and where the credit starts, the label dropped unless it opens a
// labelled credit ("PhotoCourtesy of …" keeps "Courtesy of …"). The
// credit must read as one (a name credit, a labelled credit or
// capitalised credit words), so its initials ("W.") do not cut it.
// toks are the last tokens of s.
func gluedLabelCredit(s string, toks []token) (capEnd, start int, ok bool) {
	for i, t := range toks {
		run, found := labelRunIn(t.text)
		if !found || run.at == 0 && !opensSentence(toks, i) {
			continue
		}
		from, last := t.start+run.after, t.start+run.last
		if run.after == len(t.text) {
			if i+1 == len(toks) {
				continue
			}
			from = toks[i+1].start
		}
		if run.bare {
			if opensSentence(toks, i) && namesCredit(s[from:]) {
				return t.start, from, true // "… agents. Credit Ashraf Shazly/Agence France-Presse"
			}
			continue
		}
		if readsAsCredit(s[from:]) {
			return t.start + run.at, from, true
		}
		if labelStart(s[last:], tokenize(s[last:])) == 0 && readsAsCredit(s[last:]) {
			return t.start + run.at, last, true
		}
	}
	return 0, 0, false
}

// labelRun is a run of credit labels in a word: it starts at at, its last
// label at last, and ends at after; n counts the labels. A bare run is
// one label, the whole word, glued to nothing.
type labelRun struct {
	at, last, after, n int
	bare               bool
}

// labelRunIn finds in the word w a run of credit labels (labelWords,
// capitalised), maybe with a colon or an ellipsis, that is glued to something — the
// end of a sentence before it, a capital letter after it, or another
// label — and is followed by the end of w or by a capital letter. It
// opens w or follows the end of a sentence; a repeated label may also
// follow a lower-case letter or a figure ("…in 1920CreditCredit…").
func labelRunIn(w string) (labelRun, bool) {
	prev := rune(0)
	for at, r := range w {
		if at > 0 && !unicode.IsUpper(r) || unicode.IsUpper(prev) {
			prev = r
			continue
		}
		run, ok := labelRunAt(w, at)
		prev = r
		if !ok {
			continue
		}
		afterEnd := at > 0 && strings.ContainsRune(".!?…”’\"')]", lastRuneOf(w[:at])) && endsSentence(w[:at])
		glued := afterEnd || run.after < len(w) || run.n > 1
		if glued && (at == 0 || afterEnd || run.n > 1) {
			return run, true
		}
		if at == 0 && run.after == len(w) && labelPrefix(w) == len(w) {
			run.bare = true // "Credit", a word of its own
			return run, true
		}
	}
	return labelRun{}, false
}

// lastRuneOf returns the last rune of s.
func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// labelRunAt reads the labels opening w[at:]; ok is false when there is
// none or what follows them is no credit's start (a lower-case letter:
// "Photographers", "Bildung").
func labelRunAt(w string, at int) (run labelRun, ok bool) {
	run.at = at
	p := at
	for run.n < maxLabelRun {
		l := labelPrefix(w[p:])
		if l == 0 {
			break
		}
		run.last = p
		p += l
		run.n++
	}
	if run.n == 0 {
		return run, false
	}
	for _, sep := range []string{":", "...", "…"} { // "Credit...Illustration by …"
		if strings.HasPrefix(w[p:], sep) {
			p += len(sep)
			break
		}
	}
	if r, _ := utf8.DecodeRuneInString(w[p:]); p < len(w) && !unicode.IsUpper(r) && r != '©' {
		return run, false
	}
	run.after = p
	return run, true
}

// labelPrefix returns the length of the capitalised label word opening
// s, the longest one, or 0.
func labelPrefix(s string) int {
	best := 0
	for _, l := range labelWords() {
		if len(l) > best && len(s) >= len(l) && s[:len(l)] == l {
			best = len(l)
		}
	}
	return best
}

// namesCredit reports whether s, what follows a bare label ("Credit"),
// is a name credit whose name has two words or more, so that "… fell.
// Credit Suisse/Reuters" keeps its bank.
func namesCredit(s string) bool {
	toks := creditTokens(s)
	return parseNameCredit(toks) && nameWords(toks) >= 2
}

// creditTokens tokenizes s, leaving out the dashes that join a credit's
// parts ("Agence France-Presse — Getty Images").
func creditTokens(s string) []token {
	toks := tokenize(s)
	kept := toks[:0]
	for _, t := range toks {
		if t.text != "—" && t.text != "–" {
			kept = append(kept, t)
		}
	}
	return kept
}

// readsAsCredit reports whether s, what follows a credit's label, reads
// as a credit: at most maxCreditWords words, one sentence at most, and a
// name credit ("Chang W. Lee/The New York Times"), a labelled credit
// ("Courtesy of the family") or capitalised credit words only ("Jane
// Doe").
func readsAsCredit(s string) bool {
	toks := creditTokens(s)
	if len(toks) == 0 || len(toks) > maxCreditWords || sentenceInside(toks) {
		return false
	}
	if parseNameCredit(toks) || labelStart(s, toks) == 0 {
		return true
	}
	return allCreditWords(toks) && isCapitalized(s)
}

// findTrailingCredit finds a credit at the end of s as findCredit does,
// but for one behind a label without its colon (gluedLabelCredit).
// toks are the last maxCreditWords+2 tokens of s.
func findTrailingCredit(s string, toks []token) (start, end int, rule string) {
	trimmed := strings.TrimRight(s, " ")
	if strings.HasSuffix(trimmed, ")") {
		if open := strings.LastIndexByte(trimmed, '('); open >= 0 {
			inner := trimmed[open+1 : len(trimmed)-1]
			if looksLikeCredit(inner) {
				return open, len(trimmed), ruleCreditParens
			}
		}
	}
	if i := labelStart(s, toks); i >= 0 {
		return toks[i].start, len(s), ruleCreditLabel
	}
	if i := nameCreditStart(toks); i >= 0 {
		return toks[i].start, len(s), ruleCreditAgency
	}
	return 0, 0, ""
}

// looksLikeCredit reports whether the text inside brackets is a credit.
func looksLikeCredit(inner string) bool {
	inner = strings.TrimSpace(inner)
	toks := tokenize(inner)
	if len(toks) == 0 || len(toks) > 12 {
		return false
	}
	if labelStart(inner, toks) == 0 || parseNameCredit(toks) {
		return true
	}
	if pictureWords[toks[0].text] && len(toks) > 1 && (parseNameCredit(toks[1:]) || article.IsName(inner[toks[1].start:], 4)) {
		return true // "(foto Reuters)", "(photo Jane Doe)": the label without its colon
	}
	l := strings.ToLower(inner)
	return strings.Contains(l, "photo") && strings.Contains(inner, "/")
}

// labelStart returns the index of the token that opens a labelled credit
// ("Photo by Jane Doe") running to the end of s, or -1. The label must
// open s or follow the end of a sentence.
func labelStart(s string, toks []token) int {
	for i, t := range toks {
		if !opensSentence(toks, i) {
			continue
		}
		if len(toks)-i > maxCreditWords {
			continue
		}
		rest := s[t.start:]
		for _, l := range creditLabels {
			if len(rest) >= len(l) && strings.EqualFold(rest[:len(l)], l) && !sentenceInside(toks[i:]) {
				return i
			}
		}
	}
	return -1
}

// sentenceInside reports whether a sentence ends before the last token:
// a word of four letters or more ending with a full stop (a shorter one
// may be an abbreviation: "Mr.", "St."), or any word ending with a
// question or exclamation mark ("If it’s free, how have I paid for it?
// Twice?" holds two sentences, which no heading does).
func sentenceInside(toks []token) bool {
	for _, t := range toks[:len(toks)-1] {
		if endsSentence(t.text) && (runeCount(t.text) > 3 || strings.ContainsRune("?!", lastRune(strings.TrimRight(t.text, "\"'”’)»")))) {
			return true
		}
	}
	return false
}

// nameCreditStart returns the index of the first token of a credit of the
// form "Name/Agency", "Name via Agency", "Name for Publication" or an
// agency alone, running to the end of toks, or -1. The credit must follow
// the end of a sentence; failing that (a caption without a full stop), its
// name part may take only two words.
func nameCreditStart(toks []token) int {
	first := max(0, len(toks)-maxCreditWords)
	for i := len(toks) - 1; i >= first; i-- {
		if !isCreditWord(toks[i].text) {
			first = i + 1 // credits hold only credit words
			break
		}
	}
	for i := first; i < len(toks); i++ {
		if opensSentence(toks, i) && parseNameCredit(toks[i:]) {
			return i
		}
	}
	for i := first; i < len(toks); i++ {
		if nameWords(toks[i:]) <= 2 && parseNameCredit(toks[i:]) {
			return i
		}
	}
	return -1
}

// nameWords counts the words of the name that opens a credit: the words
// before a slash, "via" or "for", the word before a slash included.
func nameWords(toks []token) int {
	for i, t := range toks {
		switch {
		case slashJoins(t.text):
			return i + 1
		case t.text == "via" || t.text == "for" || t.text == "/":
			return i
		}
	}
	return len(toks)
}

// parseNameCredit reports whether toks are exactly a credit: up to four
// name words, an optional "/Agency" part, an optional "via Agency" or "for
// Publication", with at least one of those markers or a known agency.
func parseNameCredit(toks []token) bool {
	if len(toks) == 0 || len(toks) > maxCreditWords {
		return false
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.text
		if !isCreditWord(t.text) {
			return false
		}
	}
	if nameWords(toks) > 4 {
		return false
	}
	marked := false
	for i, w := range words {
		switch {
		case slashJoins(w):
			// "Name Surname/Agency" or "AGENCY/Name": "Russia/Ukraine" alone is no credit
			left, _, _ := strings.Cut(w, "/")
			marked = marked || i > 0 || endsWithAgency([]string{left})
		case w == "/" && i > 0 && i < len(words)-1:
			marked = marked || len(words) >= 5 // "The Spruce / Ana Cadena", not "Equipment / Tools"
		case w == "via" && i > 0 && i < len(words)-1:
			marked = true
		case w == "for" && i > 1 && i < len(words)-1:
			marked = true // "Jane Doe for The Times": a name of two words or more, so "Tips for Success" is no credit
		}
	}
	return marked || endsWithAgency(words)
}

// isCreditWord reports whether w can be part of a credit: capitalised, an
// initial, a particle or a connector.
func isCreditWord(w string) bool {
	if w == "via" || w == "for" || w == "/" || w == "©" || creditParticle(strings.ToLower(w)) || agencyWord(w) {
		return true
	}
	if endsSentence(w) && !isInitial(w) {
		return false
	}
	return isCapitalized(w) && !strings.ContainsAny(w, ",;:")
}

// isInitial reports whether w is an initial or an abbreviation such as
// "J." or "U.S.".
func isInitial(w string) bool {
	core := strings.TrimSuffix(w, ".")
	for _, r := range core {
		if !unicode.IsUpper(r) && r != '.' {
			return false
		}
	}
	return len(core) > 0 && len(core) <= 4
}

// slashJoins reports whether w joins two capitalised parts with a slash
// ("Karacan/Anadolu").
func slashJoins(w string) bool {
	if !strings.Contains(w, "/") {
		return false
	}
	for rest, more := w, true; more; {
		var p string
		p, rest, more = strings.Cut(rest, "/")
		if !isCapitalized(p) && !hasUpper(p) && !agencyWord(p) {
			return false // "iStock" and "dpa" name agencies; "and/or" does not
		}
	}
	return true
}

// hasUpper reports whether s holds an upper-case letter ("iStock").
func hasUpper(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) >= 0
}

// agencyWord reports whether w, lower-cased, is a one-word agency that
// writes its name in lower case ("dpa").
func agencyWord(w string) bool {
	return w == "dpa" || w == "epa" || w == "afp"
}

// pictureWords name a picture in lower case, as a label in brackets
// without its colon does: "(foto Ansa)".
var pictureWords = map[string]bool{"foto": true, "fotos": true, "photo": true, "photos": true}

// endsWithAgency reports whether the words end with a known agency, a
// picture agency or a wire service (article.IsWireService: "Ansa", "PA
// Media").
func endsWithAgency(words []string) bool {
	l := strings.ToLower(strings.Join(words, " "))
	for _, a := range agencyPhrases {
		if l == a || strings.HasSuffix(l, " "+a) || strings.HasSuffix(l, "/"+a) {
			return true
		}
	}
	if i := strings.LastIndexByte(l, '/'); i >= 0 {
		l = l[i+1:]
	}
	f := strings.Fields(l)
	for n := 1; n <= min(3, len(f)); n++ {
		if article.IsWireService(strings.Join(f[len(f)-n:], " ")) {
			return true
		}
	}
	return false
}

// institutionWords name the archives, museums and families that lend
// pictures ("Library of Congress", "Museum of the City of New York").
var institutionWords = map[string]bool{
	"library": true, "museum": true, "archives": true, "archive": true,
	"collection": true, "collections": true, "commons": true, "foundation": true,
	"society": true, "institute": true, "gallery": true, "estate": true,
	"handout": true, "family": true,
}

// bareCredit reports whether s, a line of its own, can only be a credit
// once a caption stands above it: a name in brackets ("(Jim Bartsch)") or,
// when the caption speaks of a picture (pictured), a lender's name of one
// to six capitalised words with an institution word ("Library of
// Congress").
func bareCredit(s string, pictured bool) bool {
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		toks := tokenize(s[1 : len(s)-1])
		if len(toks) == 0 || len(toks) > 4 || strings.IndexFunc(s, unicode.IsLower) < 0 { // "(SOUNDBITE OF MUSIC)" is a stage direction
			return false
		}
		for _, t := range toks {
			if !article.IsNameWord(t.text) {
				return false
			}
		}
		return true
	}
	toks := tokenize(s)
	if !pictured || len(toks) == 0 || len(toks) > 6 || !isCapitalized(s) || !allCreditWords(toks) {
		return false
	}
	for _, t := range toks {
		if institutionWords[strings.ToLower(t.text)] {
			return true
		}
	}
	return false
}

// captionLike reports whether s can be a picture's caption: one short
// sentence or phrase of at most 300 characters that does not introduce
// what follows with a colon.
func captionLike(s string) bool {
	return runeCount(s) <= maxBodyCaption && lastRune(s) != ':' && !sentenceInside(tokenize(s))
}

// minProseUnderCredit is the fewest words of the paragraph under a name
// that creditsLikeOthers takes for a credit: body text, not a heading's
// short line.
const minProseUnderCredit = 15

// creditsLikeOthers marks as credits the bare names under captions on a
// page that sets at least two captions over their credits: the page
// credits every picture the same way (credit-like-others). Such a name is
// one to four capitalised words, not set in capitals, between a caption
// sentence and a paragraph of body text.
func (c *classifier) creditsLikeOthers(content []int) {
	pairs := 0
	for k := 1; k < len(content); k++ {
		if c.role(content[k]) == RoleCredit && c.role(content[k-1]) == RoleCaption {
			pairs++
		}
	}
	if pairs < 2 {
		return
	}
	for k := 1; k+1 < len(content); k++ {
		cur, prev := c.res[content[k]], c.res[content[k-1]]
		if len(cur) != 1 || cur[0].Role != RoleParagraph || len(prev) != 1 || prev[0].Role != RoleParagraph || prev[0].Rule != ruleParagraph {
			continue
		}
		if !creditShaped(cur[0].Text) || inCapitals(cur[0].Text) || !creditWords(cur[0].Text) || !captionSentence(prev[0].Text) || c.role(content[k+1]) != RoleParagraph || c.lineWords(content[k+1]) < minProseUnderCredit {
			continue
		}
		cur[0].Role, cur[0].Rule = RoleCredit, ruleCreditLike
		prev[0].Role, prev[0].Rule = RoleCaption, ruleCaptionAbove
	}
}

// captionSentence reports whether s is one sentence of five words or
// more that ends with a full stop, as a caption is.
func captionSentence(s string) bool {
	return captionLike(s) && lastRune(s) == '.' && len(tokenize(s)) >= 5
}

// creditWords reports whether s is one to four credit words.
func creditWords(s string) bool {
	toks := tokenize(s)
	return len(toks) > 0 && len(toks) <= 4 && allCreditWords(toks)
}

// allCreditWords reports whether every token is a credit word
// (isCreditWord).
func allCreditWords(toks []token) bool {
	for _, t := range toks {
		if !isCreditWord(t.text) {
			return false
		}
	}
	return true
}

// pictureWordRE finds the words by which a caption speaks of its picture:
// "Emily Roebling, photographed around 1896", "Workers on the cables,
// circa 1881", "Smith, left, with …".
var pictureWordRE = lazyre.New(`(?i)\b(?:photographed|pictured|portrait|shown|circa|painted|painting|drawing|engraving|illustration|photo|photograph|poster|map)\b|, (?:left|right|center|centre|above|below),`)

// creditShaped is the cheap test before bareCredit: a short line opening
// with a bracket or a capital letter and ending without punctuation.
func creditShaped(s string) bool {
	if len(s) > 120 || s == "" || !(s[0] == '(' || isCapitalized(s)) {
		return false
	}
	return !strings.ContainsRune(".!?:;,", lastRune(s))
}

// contributorRE opens a credit for all the article's pictures, not one:
// "Photographs by", "Illustrations by".
var contributorRE = lazyre.New(`(?i)^(?:photographs|photos|pictures|images|illustrations|drawings|photography|artwork|fotos)\b`)

// captionBelow reports whether next is the caption of the credit above
// it, a credit that names one picture's author ("Foto: X / dpa"): a
// phrase of four words or more, at most 150 characters and one sentence,
// that is no heading numeral (caption-below-credit). Some sites print the
// credit over the caption.
func captionBelow(credit, next string) bool {
	if contributorRE.MatchString(credit) || runeCount(next) > 150 || numeralRE.MatchString(next) || !isCapitalized(next) {
		return false
	}
	toks := tokenize(next)
	return len(toks) >= 4 && !sentenceInside(toks) && !isBylineText(next) && !isBoilerplate(next)
}
