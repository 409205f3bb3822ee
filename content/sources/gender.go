package sources

// inferGender gives a person named in a sentence the gender of a "his" (or
// of a "her" before a noun: "her sister") that follows the name in the same
// sentence, outside quotations, when the sentence names nobody else, not
// even by a role ("Tom Lee, who died in his sleep, was 34"). It only fills
// an unknown gender, which then keeps a later "she said" from being Tom
// Lee's.
func (a *analysis) inferGender(pa *para, first int) {
	toks := pa.toks
	for s := 0; s < len(toks); {
		e := s
		for e < len(toks) && toks[e].sent == toks[s].sent {
			e++
		}
		a.sentenceGender(pa, first, s, e)
		s = e
	}
}

// sentenceGender handles the sentence toks[s:e] of pa; a.mentions[first:]
// are the mentions of pa.
func (a *analysis) sentenceGender(pa *para, first, s, e int) {
	var only *mention
	for k := first; k < len(a.mentions); k++ {
		m := &a.mentions[k]
		if m.pos < pa.base+s || m.pos >= pa.base+e {
			continue
		}
		if m.p == nil || (only != nil && only.p != m.p) {
			return // an unnamed person, or two people
		}
		only = m
	}
	if only == nil || only.p.gender != 0 {
		return
	}
	toks := pa.toks
	for i := only.pos - pa.base + 1; i < e; i++ {
		t := toks[i]
		if !t.word || t.inQuote {
			continue
		}
		switch {
		case t.text == "his":
			only.p.gender = 'm'
			return
		case t.text == "her" && i+1 < e && toks[i+1].word && (roleNouns.has(toks[i+1].text) || kinship.has(toks[i+1].text) || toks[i+1].text == "own"):
			only.p.gender = 'f'
			return
		}
	}
}
