package sources

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// phrase is a reference to a person found in a span of tokens: a name
// (with the role the text puts before it) or a pronoun.
type phrase struct {
	words      []string // the name without title, e.g. ["Vladimir", "Putin"]
	role       string   // the title or role before the name, verbatim ("Russian President")
	honor      string   // an honorific before the name ("Mr.")
	pronoun    string   // "he" or "she" when the span is a pronoun
	possessive bool     // the name ends in ’s ("Valle’s")
	initial    bool     // role starts a sentence: its capital may be the sentence's
}

// roleDesc is a role as the text states it.
type roleDesc struct {
	text string // the whole description, e.g. "director of research at the Khorasan Diary"
	role string // the part before the organisation, e.g. "director of research"
	org  string // the organisation without a leading "the", e.g. "Khorasan Diary"
}

// stripPossessive removes a trailing ’s or 's (or a bare ’ after s).
func stripPossessive(w string) (string, bool) {
	for _, suf := range []string{"’s", "'s", "’S", "'S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}

// isNameWord reports whether w can be part of a person's name: capitalised,
// with lower-case letters, not a function word, title or organisation word.
func isNameWord(w string) bool {
	w, _ = stripPossessive(w)
	for _, p := range []string{"al-", "el-", "bin-", "abu-", "ibn-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			w = w[len(p):]
		}
	}
	if !startsUpper(w) || strings.HasSuffix(w, ".") {
		return false
	}
	hasLower := false
	for _, r := range w {
		if unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLower(r) {
			hasLower = true
		}
	}
	l := lower(w)
	if surnameOrgWords.has(l) {
		return hasLower
	}
	return hasLower && !stopCaps.has(l) && !orgWords.has(l) && !titles.has(l) && !roleWords.has(l) && !honorifics.has(l)
}

// isInitial reports whether w is an initial such as "J." or "J.R.".
func isInitial(w string) bool {
	if !strings.HasSuffix(w, ".") || !startsUpper(w) {
		return false
	}
	for _, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

func isTitle(w string) bool {
	return startsUpper(w) && (titles.has(lower(w)) || honorifics.has(lower(w)))
}

func isRoleNoun(w string) bool {
	w, _ = stripPossessive(lower(w))
	if roleNouns.has(w) || strings.Contains(w, "-of-") {
		return true // "mother-of-three"
	}
	for _, suf := range []string{"ist", "man", "woman", "person", "ologist", "er", "ian"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 && !notPersonNouns.has(w) {
			return true
		}
	}
	return false
}

// classify reads a span of word tokens that should refer to one person:
// "he", "Valle", "Daniel Byman", "Russian President Vladimir Putin", "the
// group’s spokesman Zabihullah Mujahid", "Mr. Smith". It returns nil when
// the span is anything else ("the company", "US intelligence officials",
// "a spokesperson for Goldman Sachs"). initial says the span starts a
// sentence: a capitalised first word may then be a role noun ("Co-leader
// Carla Denyer"), and a role's capital may be the sentence's.
func classify(s string, span []token, initial bool) *phrase {
	if len(span) == 0 {
		return nil
	}
	for _, t := range span {
		if !t.word {
			return nil
		}
	}
	if len(span) == 1 && pronouns.has(lower(span[0].text)) {
		return &phrase{pronoun: lower(span[0].text)}
	}
	b, e := nameRun(span)
	if b < 0 {
		return nil
	}
	if b > 0 && span[b-1].text == "of" && e-b >= 3 {
		b++ // "Chief Inspector of Prisons Helen Marwick"
	}
	ph := &phrase{}
	for i := b; i < e; i++ {
		w, poss := stripPossessive(span[i].text)
		if poss && i != e-1 {
			return nil
		}
		ph.possessive = poss
		ph.words = append(ph.words, w)
	}
	if e < len(span) {
		ph.words = append(ph.words, span[e].text) // suffix such as "Jr."
	}
	if b > 0 && !ph.prefix(s, span[:b]) {
		return nil
	}
	if initial && b == 0 && ph.role == "" && ph.honor == "" && len(ph.words) >= 3 && isRoleNoun(span[0].text) {
		// "Shopkeeper Imran Qureshi said": a role capitalised by the sentence.
		if rest := classify(s, span[1:], false); rest != nil && rest.role == "" && rest.honor == "" {
			rest.role = span[0].text
			ph = rest
		}
	}
	ph.initial = initial && ph.role != "" && strings.HasPrefix(s[span[0].start:], ph.role)
	return ph
}

// sentenceCase lower-cases the first word of a role that starts a sentence
// when its capital is the sentence's: a lone role noun ("Economist") or a
// role whose other words are lower-case ("Area manager"). Titles and
// proper names keep theirs ("President", "Russian President"), and so
// does a word the text capitalises elsewhere and never writes in lower
// case ("Riverside manager").
func (c caseUse) sentenceCase(role string) string {
	words := strings.Fields(role)
	if len(words) == 0 || !startsUpper(words[0]) || titles.has(lower(words[0])) && len(words) == 1 {
		return role
	}
	if w, _ := stripPossessive(words[0]); c[lower(w)]&useCapital != 0 {
		return role
	}
	for _, w := range words[1:] {
		if !startsLower(w) {
			return role
		}
	}
	if len(words) == 1 && !isRoleNoun(words[0]) {
		return role
	}
	if isInitial(words[0]) || strings.ToUpper(words[0]) == words[0] || capitalAfterHyphen(words[0]) {
		return role // "US envoy", "CEO", "Hungarian-American investor"
	}
	return lower(words[0][:1]) + words[0][1:] + role[len(words[0]):]
}

// capitalAfterHyphen reports whether a part of w after a hyphen is
// capitalised ("Hungarian-American", "Franco-German"): a proper
// adjective, which keeps its capital at the start of a sentence too.
func capitalAfterHyphen(w string) bool {
	for _, part := range strings.Split(w, "-")[1:] {
		if startsUpper(part) {
			return true
		}
	}
	return false
}

// nameRun finds the name at the end of span: [b, e) holds the name words,
// initials and particles; a suffix ("Jr.") may follow at e. It returns -1
// when the span does not end in a name of one to four words.
func nameRun(span []token) (b, e int) {
	e = len(span)
	if e > 1 && nameSuffixes.has(lower(span[e-1].text)) {
		e--
	}
	b = e
	words := 0
	for b > 0 {
		w := span[b-1].text
		switch {
		case isNameWord(w) && (b == e || !roleNouns.has(lower(w))):
			words++
		case b == e && titleSurnames.has(lower(w)) && startsUpper(w) && b >= 2 && isNameWord(span[b-2].text) &&
			!titles.has(lower(span[b-2].text)):
			words++ // "Kerry Dean", "John Major"
		case b < e && givenOrgWords.has(lower(w)) && startsUpper(w):
			words++ // "Bill Harvey"
		case b == e-1 && givenTitles.has(lower(w)) && startsUpper(w):
			words++ // "Dean Hollis"; "Dean Jane Smith" keeps the title
		case isInitial(w) && b < e:
		case particles.has(w) && b < e && b > 1:
		default:
			goto done
		}
		b--
	}
done:
	for b < e && (particles.has(span[b].text) || isInitial(span[b].text)) {
		b++
	}
	if b >= e || words < 1 || words > 4 || !isNameWord(span[e-1].text) && (e-b < 2 || !titleSurnames.has(lower(span[e-1].text))) {
		return -1, -1
	}
	return b, e
}

// prefix accepts what stands before a name: honorifics, or a role ending in
// a title ("Russian President") or a lower-case role noun ("Kremlin
// spokesman"). It records the role verbatim, without a leading article.
func (ph *phrase) prefix(s string, pre []token) bool {
	allHonor := true
	for _, t := range pre {
		if !honorifics.has(lower(t.text)) {
			allHonor = false
		}
	}
	if allHonor {
		ph.honor = pre[len(pre)-1].text
		return true
	}
	last := pre[len(pre)-1].text
	if !isTitle(last) && !isRoleNoun(last) && !titleOf(pre) {
		return false
	}
	for _, t := range pre {
		if t.word && speechVerbs.has(lower(t.text)) {
			return false
		}
	}
	if honorifics.has(lower(last)) || academicTitles.has(lower(last)) && len(pre) > 1 && isRoleNoun(pre[len(pre)-2].text) {
		// "Dr", or "Prof" after a role ("Elections expert Prof"): not part
		// of the role.
		pre = pre[:len(pre)-1]
		ph.honor = last
	}
	role := s[pre[0].start:pre[len(pre)-1].end]
	ph.role = trimArticle(role)
	return true
}

// titleOf reports whether pre ends in a title with an "of" complement in
// capitals ("Chief Inspector of Prisons", "Secretary of State").
func titleOf(pre []token) bool {
	for k := len(pre) - 2; k >= 1; k-- {
		if pre[k].text == "of" {
			return isTitle(pre[k-1].text) && isOrgRun(pre[k+1:])
		}
	}
	return false
}

// trimArticle removes a leading "the " (but keeps "a"/"an": "an analyst"),
// unless a possessive follows it: "the company’s director" needs its owner.
func trimArticle(s string) string {
	for _, a := range []string{"the ", "The "} {
		if strings.HasPrefix(s, a) {
			rest := s[len(a):]
			if f := strings.Fields(rest); len(f) > 1 {
				if _, poss := stripPossessive(f[0]); poss {
					return "the " + rest
				}
			}
			return rest
		}
	}
	return s
}

// titleSurnames are titles that are also common surnames: after a given
// name they end a name ("Kerry Dean", "Nora King").
var titleSurnames = set(`dean king bishop major`)

// academicTitles may stand between a role and a name ("Elections expert
// Prof John Curtice"); they are dropped from the role like honorifics.
var academicTitles = set(`prof prof. professor`)

// givenOrgWords are organisation words that are also given names: they
// count as name words before another name word ("Bill Harvey").
var givenOrgWords = set(`bill`)

// givenTitles are titles that are also given names: before a lone surname
// they are the given name ("Dean Hollis").
var givenTitles = set(`dean`)

// appositive reads the description after a name and a comma, up to the
// next comma or the end of the sentence: "the director of research at the
// Khorasan Diary". It returns the tokens' end index and, when the head noun
// names a role, the role.
func appositive(s string, toks []token, i int) (end int, rd roleDesc, ok bool) {
	end = i
	for end < len(toks) && end-i < 40 {
		t := toks[end]
		if t.mark != 0 || t.inQuote || (!t.word && strings.Contains(",;:()—–.?!", t.text)) {
			break
		}
		if end > i && relatives.has(t.text) {
			break
		}
		end++
	}
	if end == i {
		return i, rd, false
	}
	span := toks[i:end]
	first := lower(span[0].text)
	if !span[0].word || first == "who" || first == "which" || first == "whose" || first == "where" ||
		first == "when" || first == "that" || first == "and" || first == "but" || first == "or" ||
		speechVerbs.has(first) || speechAux.has(first) || strings.HasSuffix(first, "ing") || first == "quoted" {
		return end, rd, false
	}
	head := headNoun(span)
	if head == "" || !isRoleNoun(head) {
		return end, rd, false
	}
	text := trimArticle(s[span[0].start:span[len(span)-1].end])
	rd = roleDesc{text: text, role: text}
	if k := orgStart(span); k > 0 {
		rd.role = trimArticle(s[span[0].start:span[k-1].end])
		rd.org = trimArticle(s[span[k+1].start:span[len(span)-1].end])
	}
	return end, rd, true
}

var relatives = set(`who which whose where when whom`)

var rolePreps = set(`at of with for from in on to`)

// headNoun is the last word before the first preposition, relative
// pronoun or participle of a description ("a board member appointed by").
func headNoun(span []token) string {
	head := ""
	for k, t := range span {
		if !t.word {
			return ""
		}
		if rolePreps.has(t.text) || relatives.has(t.text) || t.text == "by" || (k > 0 && strings.HasSuffix(t.text, "ed")) {
			break
		}
		head = t.text
	}
	return head
}

// orgStart returns the index of the preposition that introduces the
// organisation of a description (everything after it is a capitalised run,
// "at the Center for Strategic and International Studies"), or -1.
func orgStart(span []token) int {
	for k := 1; k < len(span)-1; k++ {
		if !rolePreps.has(span[k].text) {
			continue
		}
		rest := span[k+1:]
		if rest[0].text == "the" && len(rest) > 1 {
			rest = rest[1:]
		}
		if isOrgRun(rest) {
			return k
		}
	}
	return -1
}

var orgConnectors = set(`of for and the on in de & du la des`)

func isOrgRun(span []token) bool {
	if len(span) == 0 || !startsUpper(span[0].text) {
		return false
	}
	for _, t := range span {
		if !t.word && t.text != "&" && t.text != "-" {
			return false
		}
		if t.word && !startsUpper(t.text) && !orgConnectors.has(t.text) && !unicode.IsDigit(rune(t.text[0])) {
			return false
		}
	}
	return true
}
