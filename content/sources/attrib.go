package sources

import "strings"

// copulas right after a quotation make it the subject of a clause.
var copulas = set(`was were is are has had have became becomes remains remained`)

// reflexives may follow a subject for emphasis ("Shaw himself said").
var reflexives = set(`himself herself`)

// leadingConjunctions may open a sentence before its subject.
var leadingConjunctions = set(`But And Yet So Still Now Then Meanwhile However Instead Later Earlier Also Separately`)

// match is the outcome of an attribution rule: the speaker, or unclear when
// the text attributes the quotation to someone the pass cannot name (an
// unnamed source, an ambiguous surname or pronoun).
type match struct {
	p       *person
	how     string
	rule    string
	unclear bool
}

// attribute finds the speakers of paragraph pi's quotations.
func (a *analysis) attribute(pi int) {
	pa := a.paras[pi]
	if pa.blockQuote && len(pa.quotes) == 0 {
		a.blockQuotation(pi)
		return
	}
	var prev *found // a copy of the last attributed quotation of the paragraph
	for _, q := range pa.quotes {
		short, ok := candidate(pa, q)
		if !ok {
			continue
		}
		m := a.speaker(pi, q, short)
		if m.p == nil && !m.unclear && !short {
			m = a.continuation(pi, q, prev)
		}
		if m.p == nil {
			prev = nil
			continue
		}
		f := newFound(pa, q, m.p, m.how, m.rule)
		a.found = append(a.found, f)
		prev = &f
		if q.open >= 0 {
			a.spoken = append(a.spoken, mention{pos: pa.base + q.open, p: m.p})
		}
	}
}

// blockQuotation attributes a block quotation without quotation marks to
// the speaker announced by the paragraph before it ("Putin said:").
func (a *analysis) blockQuotation(pi int) {
	pa := a.paras[pi]
	words := 0
	for _, t := range pa.toks {
		if t.word {
			words++
		}
	}
	if pi == 0 || words < 4 {
		return
	}
	if m := a.colonBefore(pi, 2); m.p != nil {
		m.rule = "colon-before-block-quote"
		a.found = append(a.found, newFound(pa, quoteSpan{open: -1, close: -1}, m.p, m.how, m.rule))
	}
}

// dashAttribution matches a quotation signed with a dash, the way epigraphs
// and pull quotes are: “…” — Ewan MacLeod, in the same paragraph or in the
// next one. The signature must be all that follows the quotation.
func (a *analysis) dashAttribution(pi int, q quoteSpan) (match, bool) {
	pa := a.paras[pi]
	if q.close < 0 {
		return match{}, false
	}
	if q.close+1 < len(pa.toks) {
		return a.signature(pa, q.close+1)
	}
	if pi+1 < len(a.paras) && a.paras[pi+1].block == pa.block+1 && q.open == 0 {
		return a.signature(a.paras[pi+1], 0)
	}
	return match{}, false
}

// signature reads "— NAME[, ROLE]" from token i to the end of pa.
func (a *analysis) signature(pa *para, i int) (match, bool) {
	toks := pa.toks
	if i >= len(toks) || (toks[i].text != "—" && toks[i].text != "―" && toks[i].text != "–") {
		return match{}, false
	}
	end := len(toks)
	if end > i+1 && isTerminal(toks[end-1].text) {
		end--
	}
	ne := i + 1
	for ne < end && toks[ne].text != "," {
		ne++
	}
	if ne == i+1 || !isPlainName(toks[i+1:ne]) {
		return match{}, false
	}
	m := a.resolveSpan(pa, i+1, ne, "", "dash-signature")
	if m.p != nil && ne < end {
		if _, rd, ok := appositive(pa.text, toks, ne+1); ok {
			m.p.addRole(rd)
		}
	}
	return m, m.p != nil
}

// colonBefore matches the paragraph before pi when it ends with a colon
// ("Putin said in a video address:") and comes gap blocks before it.
func (a *analysis) colonBefore(pi, gap int) match {
	prev := a.paras[pi-1]
	n := len(prev.toks)
	if n == 0 || prev.toks[n-1].text != ":" || a.paras[pi].block-prev.block != gap {
		return match{}
	}
	return a.headBefore(prev, sentenceStart(prev.toks, n-1), n-1)
}

// speaker applies the explicit rules: an attribution after the quotation,
// then one before it, then a colon ending the previous paragraph.
func (a *analysis) speaker(pi int, q quoteSpan, short bool) match {
	pa := a.paras[pi]
	if m, ok := a.dashAttribution(pi, q); ok {
		return m
	}
	if m, shaped := a.tail(pa, q, short); shaped {
		return m
	}
	if short {
		return match{}
	}
	if m := a.head(pa, q); m.p != nil || m.unclear {
		return m
	}
	if q.open == 0 && pi > 0 {
		m := a.colonBefore(pi, 1)
		if m.p != nil {
			m.rule = "colon-before-paragraph"
		}
		return m
	}
	return match{}
}

// tail looks for an attribution right after the closing mark: “…,” Valle
// told Vox; “…,” said Colin Clarke, an analyst; “…,” according to X. Failing
// that, unless short, it accepts one at the end of the sentence: “…” since
// 2021, Clarke said. shaped reports whether an attribution was there at all.
func (a *analysis) tail(pa *para, q quoteSpan, short bool) (m match, shaped bool) {
	if q.close <= 0 || pa.toks[q.close-1].text == "." || pa.toks[q.close-1].text == "…" {
		return match{}, false // “….” ends the sentence
	}
	s, e := q.close+1, tailEnd(pa.toks, q.close)
	if s < e && pa.toks[s].text == "," {
		s++
	}
	if s == e && s < len(pa.toks) && pa.toks[s].mark == 0 && (pa.toks[q.close-1].text == "?" || pa.toks[q.close-1].text == "!") {
		// “Where else would we go?” Gary Marsh asked. The capital looked
		// like a new sentence: accept it only if it is just the attribution.
		e = tailEnd(pa.toks, s)
		if m, end, ok := a.attrAt(pa, s, e); ok && end == e && m.p != nil {
			return m, true
		}
		return match{}, false
	}
	if s >= e {
		return match{}, false
	}
	if m, end, ok := a.attrAt(pa, s, e); ok {
		if end < e && short && pa.toks[end].text != "," {
			return match{}, true
		}
		if quotesSomeoneElse(pa.toks[end:e]) || hasFiniteSpeechVerb(pa.toks[end:e]) || recallsSpeech(pa.toks[end:e]) ||
			strings.HasSuffix(m.rule, "-pronoun") && hasWord(pa.toks[end:e], "according") {
			// “…,” he shouted, according to Jones: "he" is not Jones.
			// “…,” Smith said Jones told him. / “…,” Pires recalled her
			// grandmother telling her.
			return match{unclear: true}, true
		}
		return m, true
	}
	if short || (e < len(pa.toks) && pa.toks[e].mark == markOpen) {
		return match{}, hasSpeechVerb(pa.toks[s:e])
	}
	for c := s; c < e; c++ {
		if pa.toks[c].text != "," {
			continue
		}
		if m, end, ok := a.attrAt(pa, c+1, e); ok && end >= e {
			if hasSpeechVerb(pa.toks[s:c]) || hasCue(pa.toks[s:c]) || copulas.has(lower(pa.toks[s].text)) {
				// “…” was painted on the wall, Smith said: the quotation is
				// a thing the clause talks about.
				// “…” is how Jones described it, Smith said.
				return match{unclear: true}, true
			}
			if m.p != nil {
				m.rule = "sentence-final"
			}
			return m, true
		}
	}
	return match{}, hasSpeechVerb(pa.toks[s:e])
}

// tailEnd is the end of the attribution after a closing mark: the end of
// the sentence, a semicolon or the next quotation.
func tailEnd(toks []token, close int) int {
	e := close + 1
	for e < len(toks) && toks[e].sent == toks[close].sent && toks[e].mark == 0 &&
		toks[e].text != ";" && !isTerminal(toks[e].text) {
		e++
	}
	return e
}

// quotesSomeoneElse reports whether the rest of an attribution says the
// speaker was repeating someone else's words ("…, she said, quoting X").
func quotesSomeoneElse(toks []token) bool {
	for _, t := range toks {
		if t.word && (t.text == "quoting" || t.text == "citing" || t.text == "reading" || t.text == "repeating" || t.text == "paraphrasing") {
			return true
		}
	}
	return false
}

// hasFiniteSpeechVerb reports whether toks hold another speaker's speech
// verb: a name or pronoun followed by one ("Jones told him"), but not a
// participle ("adding") or a passive ("when asked").
func hasFiniteSpeechVerb(toks []token) bool {
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if !t.word || !speechVerbs.has(lower(t.text)) || strings.HasSuffix(t.text, "ing") {
			continue
		}
		k := i - 1
		for k > 0 && toks[k].word && speechAux.has(lower(toks[k].text)) {
			k-- // "Smith had told him"
		}
		prev := toks[k]
		if !prev.word {
			continue
		}
		if isNameWord(prev.text) || pronouns.has(lower(prev.text)) || prev.text == "they" {
			return true
		}
	}
	return false
}

// hasWord reports whether toks hold the word w.
func hasWord(toks []token, w string) bool {
	for _, t := range toks {
		if t.word && t.text == w {
			return true
		}
	}
	return false
}

// recallsSpeech reports whether toks hold someone else speaking in a
// participle: a name, a person noun or an object pronoun followed by a
// speech verb in -ing ("her grandmother telling her", "Jones saying").
// "Smith said, adding" has no such subject.
func recallsSpeech(toks []token) bool {
	for i := 1; i < len(toks); i++ {
		t, prev := toks[i], toks[i-1]
		if !t.word || !speechVerbs.has(lower(t.text)) || !strings.HasSuffix(t.text, "ing") || !prev.word {
			continue
		}
		w := lower(prev.text)
		if isNameWord(prev.text) || roleNouns.has(w) || genericPeople.has(w) || personalObjects.has(w) || w == "as" {
			// "her grandmother telling her", "recalled Smith as saying"
			return true
		}
	}
	return false
}

// hasCue reports whether toks hold a word that reports someone else's
// wording ("described", "called", "put it").
func hasCue(toks []token) bool {
	for _, t := range toks {
		if t.word && (cueWords.has(lower(t.text)) || t.text == "described" || t.text == "put" || t.text == "words") {
			return true
		}
	}
	return false
}

func hasSpeechVerb(toks []token) bool {
	for _, t := range toks {
		if t.word && speechVerbs.has(lower(t.text)) {
			return true
		}
	}
	return false
}

// attrAt matches an attribution that starts at token k and ends before e:
// "according to NAME", "VERB NAME", or "NAME[, APPOSITIVE,] VERB", each
// followed by how the words were obtained. It returns the match, the index
// after what it read, and whether the shape matched at all.
func (a *analysis) attrAt(pa *para, k, e int) (match, int, bool) {
	toks := pa.toks
	if k >= e || !toks[k].word {
		return match{}, k, false
	}
	w := lower(toks[k].text)
	switch {
	case w == "according" && k+1 < e && toks[k+1].text == "to":
		end := subjectEnd(toks, k+2, e)
		end = skipAppositive(toks, end, e)
		return a.resolveSpan(pa, k+2, subjectEnd(toks, k+2, e), "", "according-to"), end, true
	case speechVerbs.has(w) && w != "told" && w != "tells":
		se := subjectEnd(toks, k+1, e)
		if se == k+1 {
			return match{}, k, false
		}
		end := skipAppositive(toks, se, e)
		how, end := parseHow(pa, k, end, e)
		m := a.resolveSpan(pa, k+1, se, how, "quote-verb-name")
		if m.p == nil && end > se && isPlainName(toks[se+1:end]) {
			// “…,” said Jones’s lawyer, Tom Hill.
			m = a.resolveSpan(pa, se+1, end, how, "quote-verb-role-name")
		} else if m.p == nil && se < e && toks[se].text == "," && end == se {
			if c := nameAfterComma(toks, se, e); c > se+1 {
				m = a.resolveSpan(pa, se+1, c, how, "quote-verb-role-name")
				end = c
			}
		}
		return m, end, true
	}
	se := subjectEnd(toks, k, e)
	if se == k {
		return match{}, k, false
	}
	v := verbAt(toks, se, e)
	if v < 0 && se < e && toks[se].text == "," {
		for c, n := se, 0; c < e && n < 3; n++ {
			c = skipAppositive(toks, c, e)
			if v = verbAt(toks, c, e); v >= 0 || c >= e || toks[c].text != "," {
				break
			}
		}
	}
	if v < 0 {
		return match{}, k, false
	}
	how, end := parseHow(pa, v, v+1, e)
	m := a.resolveSpan(pa, k, se, how, "quote-name-verb")
	if m.p == nil && se < v && toks[se].text == "," {
		// “…,” the shadow chancellor, Tom Riley, said.
		if c := skipAppositive(toks, se, e); c > se && isPlainName(toks[se+1:c]) {
			m = a.resolveSpan(pa, se+1, c, how, "quote-role-name-verb")
		}
	}
	return m, end, true
}

// nameAfterComma returns the end of a plain name that follows the comma at
// i and runs to the end of the attribution at e, or i.
func nameAfterComma(toks []token, i, e int) int {
	if isPlainName(toks[i+1 : e]) {
		return e
	}
	return i
}

// subjectEnd returns the end of a would-be subject starting at k: words up
// to a comma, a speech verb, an auxiliary or a preposition, at most 10.
func subjectEnd(toks []token, k, e int) int {
	j := k
	for j < e && j-k < 10 && toks[j].word && !toks[j].inQuote {
		w := lower(toks[j].text)
		if speechVerbs.has(w) || speechAux.has(w) || (rolePreps.has(w) && j > k) || w == "who" {
			break
		}
		j++
	}
	return j
}

// skipAppositive skips ", description" after a subject; it returns i when
// there is no comma at i.
func skipAppositive(toks []token, i, e int) int {
	if i >= e || toks[i].text != "," {
		return i
	}
	j := i + 1
	for j < e && toks[j].text != "," && j-i < 40 {
		j++
	}
	if j < e && toks[j].text == "," {
		return j
	}
	return i
}

// verbAt returns the index of the speech verb at i (after up to two
// auxiliaries and an optional comma), or -1.
func verbAt(toks []token, i, e int) int {
	if i < e && toks[i].text == "," {
		i++
	}
	for n := 0; i < e && n < 3; n++ {
		if !toks[i].word {
			return -1
		}
		w := lower(toks[i].text)
		if speechVerbs.has(w) {
			return i
		}
		if !speechAux.has(w) {
			return -1
		}
		i++
	}
	return -1
}

// resolveSpan turns the subject toks[s:e] into a match.
func (a *analysis) resolveSpan(pa *para, s, e int, how, rule string) match {
	if s >= e {
		return match{unclear: true} // no subject: "according to" at the end of a paragraph
	}
	for s+1 < e && leadingConjunctions.has(pa.toks[s].text) {
		s++ // "But Smith said:"
	}
	if e-1 > s && reflexives.has(pa.toks[e-1].text) {
		e-- // "Shaw himself told the BBC"
	}
	ph := classify(pa.text, pa.toks[s:e], sentenceStart(pa.toks, s) == s)
	a.cases.fixCase(ph)
	if ph == nil || ph.possessive {
		return match{unclear: true}
	}
	if len(ph.words) == 1 && ph.role == "" && ph.honor == "" && a.orgHeads[ph.words[0]] {
		return match{unclear: true} // "Ford said" where Ford Motor Company is named
	}
	pos := pa.base + s
	var p *person
	if ph.pronoun != "" {
		p = a.pronoun(pa, s, ph.pronoun)
		rule += "-pronoun"
	} else {
		var ok bool
		if p, ok = a.reg.lookup(ph, pos); !ok {
			p = nil
		}
	}
	if p == nil || p.org || a.orgs[p.name] {
		return match{unclear: true}
	}
	if obj, ok := strings.CutPrefix(how, "interview with "); ok && a.isPersonName(obj, pos) {
		how = "" // "Klein told Dubois": talking to a person, not an outlet
	}
	return match{p: p, how: how, rule: rule}
}

// isPersonName reports whether s is the full name or the surname of a
// person the article named before pos.
func (a *analysis) isPersonName(s string, pos int) bool {
	for _, q := range a.reg.people {
		if !q.org && q.intro <= pos && (q.name == s || q.last == s) {
			return true
		}
	}
	return false
}
