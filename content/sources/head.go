package sources

import "strings"

// head looks for an attribution before the opening mark in the same
// sentence: NAME said: “…”; In a statement, NAME said, “…”; NAME said that “…”.
func (a *analysis) head(pa *para, q quoteSpan) match {
	if q.open == 0 {
		return match{}
	}
	start := sentenceStart(pa.toks, q.open)
	for i := q.open - 1; i >= start; i-- {
		if pa.toks[i].mark == markClose {
			start = i + 1
			break
		}
	}
	return a.headBefore(pa, start, q.open-1)
}

// headBefore matches toks[start:end] as "[intro,] SUBJECT [, appositive,]
// VERB [how]" where toks[end] is ":", "," or "that"; or, as a reported
// clause, "SUBJECT VERB [how] [that] CLAUSE" where the clause names nobody
// else and holds no other speech verb (Okafor wrote that the law was “…”).
func (a *analysis) headBefore(pa *para, start, end int) match {
	toks := pa.toks
	if end <= start || end >= len(toks) {
		return match{}
	}
	rule := "name-verb-before-quote"
	if t := toks[end].text; t != ":" && t != "," && t != "that" {
		rule = "name-verb-clause"
		end++
	}
	if m, ok := a.accordingBefore(pa, start, end); ok {
		return m
	}
	start = skipAskedIntro(toks, start, end)
	v := -1
	for i := start; i < end; i++ {
		if toks[i].word && speechVerbs.has(lower(toks[i].text)) {
			v = i
			break
		}
	}
	if v <= start {
		return match{}
	}
	if quotesSomeoneElse(toks[start:v]) {
		return match{unclear: true} // "Briggs, quoting King, said: “…”"
	}
	how, after := parseHow(pa, v, v+1, end)
	if itFollows(toks, after, end) && !a.namedWithRole(pa, start, v) {
		return match{unclear: true} // "Sage said in a statement that it was “…”"
	}
	if rule == "name-verb-clause" {
		if !plainClause(toks, after, end) {
			return match{}
		}
	} else if after != end {
		return match{}
	}
	se := v
	for se > start && speechAux.has(lower(toks[se-1].text)) {
		se--
	}
	for _, c := range subjectCandidates(toks, start, se) {
		m := a.resolveSpan(pa, c[0], c[1], how, rule)
		if m.p == nil && !m.unclear {
			continue
		}
		if m.p != nil && m.how == "" && c[0] > start {
			m.how, _ = parseIntroHow(pa, start, c[0]-1)
		}
		if m.p != nil || c == [2]int{start, se} {
			return m
		}
	}
	return match{unclear: true}
}

// skipAskedIntro skips an opening participial phrase that holds a speech
// verb, up to its comma ("Asked by reporters whether he would resign,
// NAME said: “…”"), and returns where the clause proper starts.
func skipAskedIntro(toks []token, start, end int) int {
	if start >= end || (toks[start].text != "Asked" && toks[start].text != "Pressed") {
		return start
	}
	for i := start + 1; i < end; i++ {
		if toks[i].text == "," {
			return i + 1
		}
	}
	return start
}

// accordingBefore matches "According to NAME, “…”": the whole span before
// the quotation is the phrase, ending with a comma.
func (a *analysis) accordingBefore(pa *para, start, end int) (match, bool) {
	toks := pa.toks
	if end-start < 3 || toks[end].text != "," || lower(toks[start].text) != "according" || toks[start+1].text != "to" {
		return match{}, false
	}
	if subjectEnd(toks, start+2, end) != end {
		return match{}, false
	}
	return a.resolveSpan(pa, start+2, end, "", "according-to"), true
}

// namedWithRole reports whether the sentence's subject before the verb at
// v is a person's full name with a role before it ("Party chair Anneliese
// Dodds said it was “…”"): then "it" in the reported clause is not the
// speaker, as it is after an organisation's name.
func (a *analysis) namedWithRole(pa *para, start, v int) bool {
	for v > start && speechAux.has(lower(pa.toks[v-1].text)) {
		v--
	}
	ph := classify(pa.text, pa.toks[start:v], false)
	return ph != nil && len(ph.words) >= 2 && ph.role != "" && !ph.possessive && isRoleNoun(lastWord(ph.role))
}

// lastWord is the last word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// itFollows reports whether the reported clause at i starts with "it" or
// "its" (after an optional "that"): the subject is then an organisation.
func itFollows(toks []token, i, end int) bool {
	if i < end && toks[i].text == "that" {
		i++
	}
	return i < end && (toks[i].text == "it" || toks[i].text == "its")
}

// reportingVerbs in a reported clause mean the quotation may be someone
// else's words ("Smith said Jones had promised “…”").
var reportingVerbs = set(`say tell ask write promise promised promises vow vowed
vows pledge pledged pledges urge urged urges demand demanded demands threaten
threatened threatens accuse accused accuses deny denied denies dismiss
dismissed dismisses hail hailed condemn condemned criticise criticised
criticize criticized praise praised mock mocked describe describes hear
heard heard repeat repeated repeats assure assured assures promise shout
yell yelled scream screamed cry cried beg begged plead pleaded`)

// plainClause reports whether toks[i:end] can be the reported clause
// between a speech verb and a quotation: short, with no other speech verb,
// no labelling word ("called") and no punctuation but commas.
func plainClause(toks []token, i, end int) bool {
	if end-i > 30 {
		return false
	}
	for _, t := range toks[i:end] {
		if !t.word {
			if t.text != "," {
				return false
			}
			continue
		}
		w := lower(t.text)
		if speechVerbs.has(w) || cueWords.has(w) || reportingVerbs.has(w) || w == "described" || w == "quoted" || w == "according" {
			return false
		}
	}
	// "Smith said the plan had been dismissed as “…”": someone else's words.
	return !(end > i && lower(toks[end-1].text) == "as")
}

// subjectCandidates lists the spans that may be the subject of a verb at
// se: the whole span, the words after the last comma (In a statement, NAME
// said), the words before the first comma (NAME, ROLE, said), and a plain
// name between two commas (The shadow chancellor, NAME, said).
func subjectCandidates(toks []token, start, se int) [][2]int {
	var commas []int
	for i := start; i < se; i++ {
		if toks[i].text == "," {
			commas = append(commas, i)
		}
	}
	if len(commas) == 0 {
		return [][2]int{{start, se}}
	}
	out := [][2]int{{commas[len(commas)-1] + 1, se}, {start, commas[0]}}
	for k := 0; k+1 < len(commas); k++ {
		if isPlainName(toks[commas[k]+1 : commas[k+1]]) {
			out = append(out, [2]int{commas[k] + 1, commas[k+1]})
		}
	}
	return out
}

// isPlainName reports whether span is only a name, perhaps with a title.
func isPlainName(span []token) bool {
	for _, t := range span {
		if !t.word || !(startsUpper(t.text) || particles.has(t.text)) {
			return false
		}
	}
	return len(span) > 0
}

// parseIntroHow reads "In a statement" at the start of a sentence.
func parseIntroHow(pa *para, start, end int) (string, int) {
	toks := pa.toks
	if start+1 < end && lower(toks[start].text) == "in" && howArticles.has(lower(toks[start+1].text)) {
		return howPhrase(pa, start+2, end)
	}
	return "", start
}

// sentenceStart returns the index of the first token of the sentence that
// holds token i.
func sentenceStart(toks []token, i int) int {
	s := i
	for s > 0 && toks[s-1].sent == toks[i].sent {
		s--
	}
	return s
}

// pronoun resolves "he" or "she" at token k: to the one person named in
// the previous sentence and this one before k, or to nobody. When those
// name nobody, the window reaches back over sentences that begin with the
// pronoun itself (Piotr handles the bank. He said …. “…,” he said), or
// that are the writer's question to the same person (I asked her why …).
func (a *analysis) pronoun(pa *para, k int, pro string) *person {
	to := pa.base + k
	cur, curK := pa, k
	carried := to // object pronouns from here on are the same "she"
	for step := 0; step < 4; step++ {
		from, prev, prevK := a.windowStart(cur, curK)
		carry := prev != nil && (startsWithPronoun(prev, prevK, pro) || reporterAsks(prev, prevK, pro))
		if carry {
			carried = from
		}
		ms := mentionsIn(a.mentions, from, to, carried)
		p, n := a.onePerson(from, to, pro, ms, a.spoken)
		if carry {
			// The sentence before is about the same "she": whoever it
			// names is someone else ("She told me about Tom Berg").
			if _, named := a.onePerson(from, to, pro, ms); named > 0 {
				return nil
			}
			if n > 0 {
				return p // a quotation already resolved to the same "she"
			}
			cur, curK = prev, prevK
			continue
		}
		if n > 0 || prev == nil {
			return p
		}
		return nil
	}
	return nil
}

// reporterAsks reports whether the sentence starting at token k of pa is
// the writer's own, about the same person: it starts with "I" and holds
// the pronoun's object form ("I asked her why she still climbs the steps").
func reporterAsks(pa *para, k int, pro string) bool {
	if k >= len(pa.toks) || pa.toks[k].text != "I" {
		return false
	}
	obj := "him"
	if pro == "she" {
		obj = "her"
	}
	for i := k; i < len(pa.toks) && pa.toks[i].sent == pa.toks[k].sent; i++ {
		if pa.toks[i].text == obj && !pa.toks[i].inQuote {
			return true
		}
	}
	return false
}

// startsWithPronoun reports whether the sentence starting at token k of pa
// begins with the pronoun (capitalised).
func startsWithPronoun(pa *para, k int, pro string) bool {
	return k < len(pa.toks) && lower(pa.toks[k].text) == pro
}

// mentionsIn returns the mentions in [from, to), without the object
// pronouns at or after carried: in sentences about "she", "her" is that
// same woman.
func mentionsIn(ms []mention, from, to, carried int) []mention {
	var out []mention
	for _, m := range ms {
		if m.pos >= from && m.pos < to && !(m.pronoun && m.pos >= carried) {
			out = append(out, m)
		}
	}
	return out
}

// onePerson returns the person mentioned in [from, to) (in the lists of
// mentions given) when exactly one is
// whose known gender does not contradict the pronoun; n is the number of
// distinct references seen (an unnamed one counts as several).
func (a *analysis) onePerson(from, to int, pro string, lists ...[]mention) (*person, int) {
	var only *person
	seen, subject := 0, false
	for _, list := range lists {
		for _, m := range list {
			if m.pos < from || m.pos >= to {
				continue
			}
			g := m.gender
			if m.p != nil {
				g = m.p.gender
			}
			if (pro == "he" && g == 'f') || (pro == "she" && g == 'm') {
				continue
			}
			if m.p == nil {
				return nil, 2
			}
			if m.p != only {
				only = m.p
				seen++
			}
			subject = subject || !m.object
		}
	}
	if seen != 1 || !subject {
		// Nobody, several people, or one named only as an object ("Leeds
		// beat them under manager Sam Ford. “…,” he said").
		return nil, seen
	}
	return only, seen
}

// windowStart returns the position of the start of the sentence before the
// one holding token k (in the previous paragraph when k's sentence is the
// first), with that sentence's paragraph and first token; prev is nil when
// there is none.
func (a *analysis) windowStart(pa *para, k int) (from int, prev *para, prevK int) {
	s := sentenceStart(pa.toks, k)
	if s > 0 {
		ps := sentenceStart(pa.toks, s-1)
		return pa.base + ps, pa, ps
	}
	if i := a.index(pa); i > 0 {
		pp := a.paras[i-1]
		if n := len(pp.toks); n > 0 {
			ps := sentenceStart(pp.toks, n-1)
			return pp.base + ps, pp, ps
		}
	}
	return pa.base, nil, 0
}

// index returns the position of pa in a.paras (by its base), or -1.
func (a *analysis) index(pa *para) int {
	lo, hi := 0, len(a.paras)
	for lo < hi {
		m := (lo + hi) / 2
		if a.paras[m].base < pa.base {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(a.paras) && a.paras[lo] == pa {
		return lo
	}
	return -1
}

// continuation gives a quotation without its own attribution the speaker of
// the previous one: in the same sentence (“…,” Valle told Vox, “…”), as the
// next sentence of the same paragraph with nobody else named in between,
// or as the next paragraph of a quotation that ran on.
func (a *analysis) continuation(pi int, q quoteSpan, prev *found) match {
	pa := a.paras[pi]
	if prev != nil && prev.q.close >= 0 {
		same := pa.toks[prev.q.close].sent == pa.toks[q.open].sent
		starts := sentenceStart(pa.toks, q.open) == q.open
		// Nobody else may be named in between: “…,” Klein told Dubois, who
		// replied: “…”.
		if (same || starts) && a.onlyNamed(prev.p, pa.base+prev.q.close, pa.base+q.open) {
			return match{p: prev.p, rule: "continuation"}
		}
	}
	if q.open == 0 && pi > 0 && len(a.found) > 0 {
		last := a.found[len(a.found)-1]
		if last.pa == a.paras[pi-1] && last.q.close < 0 {
			return match{p: last.p, rule: "continuation-paragraph"}
		}
	}
	return match{}
}

// onlyNamed reports whether every mention in [from, to) is of p (or of
// an organisation).
func (a *analysis) onlyNamed(p *person, from, to int) bool {
	for _, list := range [][]mention{a.mentions, a.spoken} {
		for _, m := range list {
			if m.pos >= from && m.pos < to && m.p != p && (m.p == nil || !m.p.org) {
				return false
			}
		}
	}
	return true
}
