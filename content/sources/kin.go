package sources

import "strings"

// Relatives share a surname: once the article mentions someone's wife,
// son or brother without giving the relative's full name ("His widow paid
// tribute", "Her father, Mark, said"), a later bare surname or "Mrs Smith"
// may be either of them, so it resolves to nobody.

// kinModifiers may stand between a possessive and a kinship noun ("her
// late husband", "his younger brother").
var kinModifiers = set(`late younger older elder eldest youngest estranged former
twin adoptive step- teenage adult baby`)

// kinMention records, at token i of pa, a relative of a named person: a
// kinship noun after "NAME’s", or after "His" or "Her" starting a sentence
// (then the pronoun is resolved as a speaker's would be), whose own full
// name does not follow. The owner's surname is ambiguous from then on.
func (a *analysis) kinMention(pa *para, i int) {
	toks := pa.toks
	t := toks[i]
	if !t.word || t.inQuote || !startsLower(t.text) {
		return
	}
	if !kinship.has(t.text) {
		if roleNouns.has(t.text) || genericPeople.has(t.text) {
			if w := kinGiven(toks, i); w != "" {
				a.reg.addGiven(w, pa.base+i) // "her classmate, Tom,"
			}
		}
		return
	}
	if i+3 < len(toks) && toks[i+1].text == "," && isNameWord(toks[i+2].text) && isNameWord(toks[i+3].text) {
		return // "her husband, Tom Brown": a full name of their own
	}
	if i+2 < len(toks) && isNameWord(toks[i+1].text) && isNameWord(toks[i+2].text) {
		return // "his son Marek Nowak"
	}
	if w := kinGiven(toks, i); w != "" {
		a.reg.addGiven(w, pa.base+i)
	}
	d := i - 1
	for n := 0; n < 2 && d >= 0 && toks[d].word && kinModifiers.has(lower(toks[d].text)); n++ {
		d--
	}
	if d < 0 || !toks[d].word || toks[d].inQuote {
		return
	}
	var owner *person
	pro := lower(toks[d].text)
	if (pro == "his" || pro == "her") && sentenceStart(toks, d) != d {
		return // mid-sentence, "her husband" may be anyone's ("her client … her husband")
	}
	switch pro {
	case "his":
		owner = a.pronoun(pa, d, "he")
	case "her":
		owner = a.pronoun(pa, d, "she")
	default:
		w, poss := stripPossessive(toks[d].text)
		if !poss || !isNameWord(w) {
			return
		}
		owner, _ = a.reg.resolve(w, pa.base+d)
	}
	if owner != nil {
		a.reg.addKin(owner, pa.base+i)
	}
}

// addKin marks p's surname as shared by a relative from pos on.
func (r *registry) addKin(p *person, pos int) {
	if r.kin == nil {
		r.kin = map[*person]int{}
	}
	if old, ok := r.kin[p]; !ok || pos < old {
		r.kin[p] = pos
	}
}

// kinBefore reports whether a relative of p who shares the surname was
// mentioned before pos.
func (r *registry) kinBefore(p *person, pos int) bool {
	k, ok := r.kin[p]
	return ok && k < pos
}

// kinGiven returns the given name that follows the kinship noun at i on
// its own ("her son, Tom, 6", "her son Tom"), or "".
func kinGiven(toks []token, i int) string {
	j := i + 1
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	if j >= len(toks) || !toks[j].word || toks[j].inQuote || !isNameWord(toks[j].text) {
		return ""
	}
	if j+1 < len(toks) && toks[j+1].word && isNameWord(toks[j+1].text) {
		return "" // a full name
	}
	w, _ := stripPossessive(toks[j].text)
	return w
}

// addGiven records that someone other than the people registered goes by
// the given name w from pos on: a later bare "Tom" may be either.
func (r *registry) addGiven(w string, pos int) {
	if r.given == nil {
		r.given = map[string]int{}
	}
	if old, ok := r.given[w]; !ok || pos < old {
		r.given[w] = pos
	}
}

// objectPrepositions before a name make it the object of a phrase.
var objectPrepositions = set(`under by with from for against of about at on in into to as
toward towards over than like including between among after before behind
beside near alongside versus vs via past beyond`)

// objectVerbs are common verbs whose object a name can be; any other
// lower-case word in -ed that is neither a speech verb nor a role
// participle counts as a verb too.
var objectVerbs = set(`met beat hit saw told thank thanks thanked met meets sent
paid left led won lost took gave brought caught fought sought taught bought
hired fired named appointed sacked signed joined visited blamed accused sued
arrested charged interviewed backed endorsed defended attacked killed shot
married followed succeeded replaced praised criticised criticized defeated
overtook replaces replace succeed succeeds beats hits sees`)

// objectPosition reports whether the name whose run (with its role) starts
// at token i follows a preposition or a verb: then it is not the subject of
// its sentence, and not the antecedent of a later "he" or "she".
func objectPosition(toks []token, i int) bool {
	if i == 0 || !toks[i-1].word || toks[i-1].inQuote || toks[i-1].sent != toks[i].sent {
		return false
	}
	w := toks[i-1].text
	if w == "to" && i >= 2 && lower(toks[i-2].text) == "according" {
		return false
	}
	if objectPrepositions.has(w) || objectVerbs.has(w) {
		return true
	}
	return startsLower(w) && strings.HasSuffix(w, "ed") && !speechVerbs.has(w) && !edModifiers.has(w) && !speechAux.has(w)
}

// familyNouns after a surname name a family ("the Okoro brothers").
var familyNouns = set(`brothers sisters family families twins couple siblings
children parents sons daughters household clan`)

// familyMention records "the Okoro brothers" or "the Okoros" at the run
// toks[i:j]: the surname is shared from then on.
func (a *analysis) familyMention(pa *para, i, j int) {
	toks := pa.toks
	if j-i != 1 || i == 0 || lower(toks[i-1].text) != "the" {
		return
	}
	w := toks[i].text
	if j < len(toks) && toks[j].word && familyNouns.has(toks[j].text) && isNameWord(w) {
		a.reg.addFamily(w, pa.base+i)
		return
	}
	if base, ok := strings.CutSuffix(w, "s"); ok && j < len(toks) && isNameWord(base) && !toks[j].word {
		// "the Okoros." (a plural surname before punctuation); the
		// person must be known by that surname to count.
		for _, p := range a.reg.people {
			if p.last == base {
				a.reg.addFamily(base, pa.base+i)
				return
			}
		}
	}
}

// addFamily marks the surname w as shared by several people from pos on.
func (r *registry) addFamily(w string, pos int) {
	if r.family == nil {
		r.family = map[string]int{}
	}
	if old, ok := r.family[w]; !ok || pos < old {
		r.family[w] = pos
	}
}
