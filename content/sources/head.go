package sources

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
// VERB [how]" where toks[end] is ":", "," or "that".
func (a *analysis) headBefore(pa *para, start, end int) match {
	toks := pa.toks
	if end <= start || end >= len(toks) {
		return match{}
	}
	if t := toks[end].text; t != ":" && t != "," && t != "that" {
		return match{}
	}
	v := -1
	for i := start; i < end; i++ {
		if toks[i].word && speechVerbs[lower(toks[i].text)] {
			v = i
			break
		}
	}
	if v <= start {
		return match{}
	}
	how, after := parseHow(pa, v, v+1, end)
	if after != end {
		return match{}
	}
	se := v
	for se > start && speechAux[lower(toks[se-1].text)] {
		se--
	}
	for _, c := range subjectCandidates(toks, start, se) {
		m := a.resolveSpan(pa, c[0], c[1], how, "name-verb-before-quote")
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

// subjectCandidates lists the spans that may be the subject of a verb at
// se: the whole span, the words before the first comma (NAME, ROLE, said),
// the words after the last comma (In a statement, NAME said).
func subjectCandidates(toks []token, start, se int) [][2]int {
	first, last := -1, -1
	for i := start; i < se; i++ {
		if toks[i].text == "," {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return [][2]int{{start, se}}
	}
	return [][2]int{{last + 1, se}, {start, first}}
}

// parseIntroHow reads "In a statement" at the start of a sentence.
func parseIntroHow(pa *para, start, end int) (string, int) {
	toks := pa.toks
	if start+1 < end && lower(toks[start].text) == "in" && howArticles[lower(toks[start+1].text)] {
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
// the previous sentence and this one before k, or to nobody.
func (a *analysis) pronoun(pa *para, k int, pro string) *person {
	from := a.windowStart(pa, k)
	to := pa.base + k
	var only *person
	seen := 0
	for _, list := range [][]mention{a.mentions, a.spoken} {
		for _, m := range list {
			if m.pos < from || m.pos >= to {
				continue
			}
			if m.p == nil {
				return nil
			}
			if m.p != only {
				only = m.p
				seen++
			}
		}
	}
	if seen != 1 || only == nil {
		return nil
	}
	if (pro == "he" && only.gender == 'f') || (pro == "she" && only.gender == 'm') {
		return nil
	}
	return only
}

// windowStart is the position of the start of the sentence before the one
// holding token k (in the previous paragraph when k's sentence is first).
func (a *analysis) windowStart(pa *para, k int) int {
	s := sentenceStart(pa.toks, k)
	if s > 0 {
		return pa.base + sentenceStart(pa.toks, s-1)
	}
	for i, p := range a.paras {
		if p == pa && i > 0 {
			prev := a.paras[i-1]
			if n := len(prev.toks); n > 0 {
				return prev.base + sentenceStart(prev.toks, n-1)
			}
		}
	}
	return pa.base
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
		if same || (starts && a.onlyNamed(prev.p, pa.base+prev.q.close, pa.base+q.open)) {
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

// onlyNamed reports whether every mention in [from, to) is of p.
func (a *analysis) onlyNamed(p *person, from, to int) bool {
	for _, list := range [][]mention{a.mentions, a.spoken} {
		for _, m := range list {
			if m.pos >= from && m.pos < to && m.p != p {
				return false
			}
		}
	}
	return true
}
