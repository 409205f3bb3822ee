package sources

import (
	"strings"
	"unicode"
)

// timeQualifiers before a title belong to the role.
var timeQualifiers = set(`former acting interim outgoing incoming then-`)

var possessives = set(`his her their its His Her Their Its`)

var kinship = set(`mother father son daughter wife husband sister brother
grandmother grandfather grandson granddaughter uncle aunt nephew niece cousin
partner fiancé fiancée fiance fiancee widow widower stepson stepdaughter
stepfather stepmother child children parents friend roommate neighbour neighbor`)

// placePreps before a capitalised run make it a place or a thing, not a
// person ("in Pine Hollow", "the Kessel Pass").
var placePreps = set(`in at on near outside across into inside throughout around toward towards the`)

// edModifiers are participles that can stand in a role before a name
// ("retired teacher", "elected mayor"); any other word in -ed is a verb.
var edModifiers = set(`retired elected appointed disgraced celebrated acclaimed
renowned qualified registered licensed certified accredited qualified
unnamed self-employed self-styled self-described respected distinguished
decorated detained jailed accused convicted suspected wanted wounded injured
bereaved`)

// notModifiers are lower-case words that end a role before a name.
var notModifiers = set(`by is was are were be been has have had led met named
called like than as said says told with without whose`)

// roleMods may precede a role noun in a lower-case role before a name
// ("senior analyst", "chief executive").
var roleMods = set(`chief senior deputy former top lead executive general foreign
acting interim vice assistant associate managing press principal founding
longtime veteran then-`)

// scanMentions records every name outside the quotations of a paragraph:
// it registers full names and titled names, resolves surnames, and takes
// the roles the text gives (titles before the name, appositives after it).
func (a *analysis) scanMentions(pa *para) {
	toks := pa.toks
	for i := 0; i < len(toks); {
		a.kinMention(pa, i)
		if g := objectPronoun(toks, i); g != 0 {
			// "Calloway, standing next to him, nodded": a "he" after it may
			// be that other man.
			a.mentions = append(a.mentions, mention{pos: pa.base + i, gender: g, pronoun: true})
		}
		if unnamedPerson(toks, i) {
			a.mentions = append(a.mentions, mention{pos: pa.base + i, gender: genderOf(toks[i].text)})
		}
		if !runTok(toks, i) {
			i++
			continue
		}
		j := i
		for j < len(toks) && runTok(toks, j) {
			j++
		}
		a.mention(pa, i, j)
		i = j
	}
}

// unnamedPerson reports whether token i is a person named only by a role
// ("the police chief", "her lawyer"): such a mention makes a later "he"
// or "she" unclear. Roles in apposition to a name ("Valle, the director")
// or before one ("her lawyer, Mark Feld") are not counted.
func unnamedPerson(toks []token, i int) bool {
	t := toks[i]
	if !t.word || t.inQuote || !startsLower(t.text) || !(roleNouns.has(t.text) || genericPeople.has(t.text) || isRoleNoun(t.text) && !strings.HasSuffix(t.text, "er")) {
		return false
	}
	if i+1 < len(toks) && toks[i+1].word && startsUpper(toks[i+1].text) {
		return false // "spokesman Dmitry Peskov"
	}
	if i+1 < len(toks) && toks[i+1].word && isAbstractNoun(toks[i+1].text) {
		return false // "a tourist attraction": the role noun is a modifier
	}
	if i+2 < len(toks) && toks[i+1].text == "," && toks[i+2].word && isNameWord(toks[i+2].text) {
		return false // "Her attorney, Mark Feld"
	}
	d := i - 1
	for d >= 0 && i-d <= 3 && !isDeterminer(toks[d].text) && !possessives.has(toks[d].text) {
		if !toks[d].word || startsUpper(toks[d].text) && !isOrgWordToken(toks[d]) {
			return false
		}
		d--
	}
	if d < 0 || i-d > 3 {
		return false
	}
	if genericPeople.has(t.text) && d > 0 && predicative.has(lower(toks[d-1].text)) {
		return false // "Smith is a man of few words", "as a teenager"
	}
	// In apposition: the segment starts after "NAME," (or "NAME, 45,").
	k := d - 1
	for k >= 0 && d-k < 25 && toks[k].text != "," && toks[k].sent == t.sent && !speechVerbs.has(lower(toks[k].text)) {
		k--
	}
	if k <= 0 || toks[k].text != "," {
		return true
	}
	before := toks[k-1]
	return !(before.word && (isNameWord(before.text) || unicode.IsDigit(rune(before.text[0]))))
}

// objectPronoun returns the gender of "him", or of "her" used as an
// object (not before a noun), at token i outside quotations, or 0.
func objectPronoun(toks []token, i int) byte {
	t := toks[i]
	if !t.word || t.inQuote {
		return 0
	}
	switch t.text {
	case "him":
		return 'm'
	case "her":
		if i+1 >= len(toks) || !toks[i+1].word || objectPrepositions.has(toks[i+1].text) || stopCaps.has(toks[i+1].text) {
			return 'f'
		}
	}
	return 0
}

// genericPeople are nouns for a person that say nothing of a role ("a
// man walking his dog", "the teenager", "a passer-by"): like role nouns,
// such a mention makes a later "he" or "she" unclear.
var genericPeople = set(`man woman boy girl child kid teenager teen toddler baby
infant youngster youth stranger bystander passer-by passerby onlooker motorist
cyclist pedestrian jogger hiker walker rambler runner swimmer diver climber
skier surfer rider tourist visitor traveller traveler local gunman attacker
assailant suspect intruder caller customer diner guest patient person
individual pupil schoolboy schoolgirl mum mom dad grandma grandpa gran
boyfriend girlfriend lad lass gentleman lady fan supporter spectator viewer
listener reader user buyer seller`)

// predicative words before "a man" or "a teenager" make it describe
// someone already named rather than a new person.
var predicative = set(`is was are were be been being became becomes become remains
remained as like seemed seems`)

// isAbstractNoun reports whether w is a lower-case noun that cannot name a
// person, by its ending ("attraction", "movement", "community").
func isAbstractNoun(w string) bool {
	if !startsLower(w) {
		return false
	}
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ism"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// runTok reports whether token i can be part of a capitalised run: a
// capitalised word, or a particle or "of" between two of them.
func runTok(toks []token, i int) bool {
	t := toks[i]
	if !t.word || t.inQuote {
		return false
	}
	if startsUpper(t.text) {
		return true
	}
	if (particles.has(t.text) || t.text == "of") && i > 0 && i+1 < len(toks) {
		prev, next := toks[i-1], toks[i+1]
		if t.text == "of" && !(titles.has(lower(prev.text)) || roleWords.has(lower(prev.text))) {
			return false
		}
		return prev.word && startsUpper(prev.text) && next.word && !next.inQuote && startsUpper(next.text)
	}
	return false
}

// mention handles the capitalised run toks[i:j].
func (a *analysis) mention(pa *para, i, j int) {
	toks := pa.toks
	if i > 0 && (toks[i-1].text == "told" || toks[i-1].text == "tells") {
		name := trimArticle(pa.text[toks[i].start:toks[j-1].end])
		if p := a.known(pa, i, j); p != nil {
			// "Klein told Dubois": someone named before, unless the run is
			// a whole "name" that may be an outlet's ("told Al Jazeera").
			a.mentions = append(a.mentions, mention{pos: pa.base + i, p: p, object: true})
			if p.name != name || !p.fullName() {
				return
			}
		}
		a.orgs[name] = true
		return
	}
	a.noteOrgHead(toks, i, j)
	a.familyMention(pa, i, j)
	if i > 0 && toks[i-1].word && placePreps.has(toks[i-1].text) {
		return
	}
	if orgTail(toks, i) {
		return // "Royal College of Emergency Medicine"
	}
	start := i
	for start < j && stopCaps.has(lower(toks[start].text)) {
		start++
	}
	if start == j {
		return
	}
	if start == i {
		start = roleChainStart(toks, i)
	}
	ph := classify(pa.text, toks[start:j], sentenceStart(toks, start) == start)
	if ph == nil && start != i {
		ph = classify(pa.text, toks[i:j], sentenceStart(toks, i) == i)
	}
	a.cases.fixCase(ph)
	if ph == nil || ph.pronoun != "" {
		return
	}
	pos := pa.base + i
	p, ok := a.reg.lookup(ph, pos)
	if !ok {
		a.mentions = append(a.mentions, mention{pos: pos})
		return
	}
	if p == nil {
		return
	}
	if ph.possessive {
		// "Smith’s rival …. “…,” he said": a possessive does not name the
		// subject; it only makes a later pronoun unclear.
		a.mentions = append(a.mentions, mention{pos: pos})
		return
	}
	a.mentions = append(a.mentions, mention{pos: pos, p: p, object: objectPosition(toks, start)})
	if rd, ok := roleBefore(pa, start, j); ok && ph.role == "" {
		p.addRole(rd)
	}
	if org := orgAfter(pa, j); org != "" {
		// "Professor Madeleine van Oppen of the University of Melbourne"
		p.addRole(roleDesc{text: strings.TrimPrefix(ph.role+", "+org, ", "), role: ph.role, org: org})
		a.orgs[org] = true
	}
	if j < len(toks) && toks[j].text == "," && !ph.possessive {
		if _, rd, ok := appositive(pa.text, toks, j+1); ok {
			p.addRole(rd)
			if rd.org != "" {
				a.orgs[rd.org] = true
			}
		}
	}
}

// noteOrgHead records the first word of an organisation's name that may
// also be a surname ("Ford Motor Company", "Dell Technologies"): a bare
// "Ford said" may then be the company.
func (a *analysis) noteOrgHead(toks []token, i, j int) {
	for i < j && stopCaps.has(lower(toks[i].text)) {
		i++
	}
	if j-i < 2 || !orgWords.has(lower(toks[j-1].text)) || !isNameWord(toks[i].text) {
		return
	}
	w, _ := stripPossessive(toks[i].text)
	a.orgHeads[w] = true
}

// known returns the person already registered whom the run toks[i:j]
// names (by full name, or by an unambiguous surname or first name), without
// registering anyone.
func (a *analysis) known(pa *para, i, j int) *person {
	ph := classify(pa.text, pa.toks[i:j], false)
	if ph == nil || ph.pronoun != "" || ph.possessive {
		return nil
	}
	if len(ph.words) >= 2 {
		first, last := nameKey(ph.words)
		return a.reg.byKey[first+"\x00"+last]
	}
	p, _ := a.reg.resolve(ph.words[0], pa.base+i)
	return p
}

// orgAfter reads "of the ORG" or "at ORG" right after a name: a
// capitalised run holding an organisation word ("University", "Institute").
// It returns the organisation without a leading "the", or "".
func orgAfter(pa *para, j int) string {
	toks := pa.toks
	if j+1 >= len(toks) || (toks[j].text != "of" && toks[j].text != "at") {
		return ""
	}
	e := capRunEnd(toks, j+1, len(toks))
	if e == j+1 {
		return ""
	}
	for _, t := range toks[j+1 : e] {
		if startsUpper(t.text) && orgWords.has(lower(t.text)) {
			return trimArticle(pa.text[toks[j+1].start:toks[e-1].end])
		}
	}
	return ""
}

// orgTail reports whether the capitalised run at i continues an
// organisation's name across a connector ("College of Emergency Medicine",
// "Center for Strategic and International Studies").
func orgTail(toks []token, i int) bool {
	if i < 2 || !orgConnectors.has(toks[i-1].text) || toks[i-1].text == "the" {
		return false
	}
	for k := i - 2; k >= 0 && runTok(toks, k) && toks[k].text != "of"; k-- {
		if orgWords.has(lower(toks[k].text)) && startsUpper(toks[k].text) {
			return true
		}
	}
	return false
}

// roleBefore reads a role set off before a name by commas, "The shadow
// housing secretary, Priya Natarajan, said": a noun phrase after "the" (or
// at the start of a sentence) that ends in a role noun, with the name
// closed by a comma.
func roleBefore(pa *para, i, j int) (roleDesc, bool) {
	toks := pa.toks
	if i < 2 || toks[i-1].text != "," || j >= len(toks) || toks[j].text != "," {
		return roleDesc{}, false
	}
	head := toks[i-2]
	if !head.word || !startsLower(head.text) || !isRoleNoun(head.text) {
		return roleDesc{}, false
	}
	k := nounPhraseStart(toks, i-2)
	if k > 0 && possessives.has(toks[k-1].text) {
		// "Her attorney, Mark Feld": the role, without the possessive,
		// unless it only says how they are related.
		if kinship.has(lower(head.text)) {
			return roleDesc{}, false
		}
		text := pa.text[toks[k].start:head.end]
		return roleDesc{text: text, role: text}, true
	}
	// "a spokeswoman for the governor": the role is the noun before the
	// preposition, the phrase after it its complement.
	for n := 0; n < 2 && k >= 3 && isDeterminer(toks[k-1].text) && rolePreps.has(toks[k-2].text) && isRoleNoun(toks[k-3].text); n++ {
		k = nounPhraseStart(toks, k-3)
	}
	det := k > 0 && isDeterminer(toks[k-1].text)
	if !det && !(k == 0 || sentenceStart(toks, k) == k) {
		return roleDesc{}, false
	}
	text := pa.text[toks[k].start:head.end]
	if det {
		// "the company’s long-distance director" keeps its article.
		text = trimArticle(lower(toks[k-1].text) + " " + text)
	}
	return roleDesc{text: text, role: text}, true
}

// nounPhraseStart walks back from the head noun at h over its modifiers.
func nounPhraseStart(toks []token, h int) int {
	k := h
	for n := 0; n < 4 && k > 0 && (isRoleModifier(toks[k-1]) || isOrgWordToken(toks[k-1])); n++ {
		k--
	}
	return k
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "The", "a", "A", "an", "An":
		return true
	}
	return false
}

func isOrgWordToken(t token) bool {
	return t.word && !t.inQuote && startsUpper(t.text) && !stopCaps.has(lower(t.text))
}

// isRoleModifier reports whether t can stand in a lower-case role before
// its head noun ("former housing minister", "the group’s spokesman").
func isRoleModifier(t token) bool {
	if !t.word || t.inQuote || !startsLower(t.text) {
		return false
	}
	w := t.text
	if strings.HasSuffix(w, "ed") && !roleMods.has(w) && !edModifiers.has(w) {
		return false // "fired manager Ian Cross": a verb, not part of the role
	}
	return roleMods.has(w) || !(stopCaps.has(w) || speechVerbs.has(w) || speechAux.has(w) || rolePreps.has(w) || relatives.has(w) ||
		strings.HasSuffix(w, "ly") || notModifiers.has(w))
}

// roleChainStart extends a name run at i backwards over a lower-case role
// ("spokesman", "senior analyst") and the capitalised words before it
// ("Kremlin spokesman Dmitry Peskov"). It returns i when there is none.
func roleChainStart(toks []token, i int) int {
	if i > 0 && toks[i-1].word && !toks[i-1].inQuote && timeQualifiers.has(toks[i-1].text) {
		return i - 1 // "former Polk County Treasurer Diane Hollis"
	}
	if i == 0 || !toks[i-1].word || toks[i-1].inQuote || !startsLower(toks[i-1].text) || !isRoleNoun(toks[i-1].text) {
		return i
	}
	k := i - 1
	for n := 0; n < 3 && k > 0 && isRoleModifier(toks[k-1]); n++ {
		k--
	}
	for k > 0 && toks[k-1].word && !toks[k-1].inQuote && startsUpper(toks[k-1].text) && !stopCaps.has(lower(toks[k-1].text)) {
		k--
	}
	return k
}
