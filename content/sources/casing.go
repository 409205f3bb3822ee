package sources

// caseUse records, for each lower-cased word of the body, how the text
// writes it: in lower case (useLower) and capitalised inside a sentence
// (useCapital), as bits. Sentence-initial capitals say nothing, nor do
// capitals inside a capitalised run ("Somerset Council" names the council:
// it does not make "council" a proper noun). A capital inside a sentence
// marks a proper noun even when the word is also a common one ("Labour"
// and "labour shortages").
type caseUse map[string]byte

const (
	useCapital byte = 1 << iota
	useLower
)

// note records the words of one tokenised paragraph.
func (c caseUse) note(toks []token) {
	for i, t := range toks {
		if !t.word {
			continue
		}
		w, _ := stripPossessive(t.text)
		l := lower(w)
		switch {
		case startsLower(w):
			c[l] |= useLower
		case i > 0 && toks[i-1].sent == t.sent && toks[i-1].mark == 0 && !startsUpper(toks[i-1].text):
			c[l] |= useCapital
		}
	}
}

// fixCase lower-cases the role of a phrase that starts a sentence when the
// capital is only the sentence's ("Economist Sara Lindholm" → economist).
func (c caseUse) fixCase(ph *phrase) {
	if ph != nil && ph.initial {
		ph.role = c.sentenceCase(ph.role)
		ph.initial = false
	}
}
