package sources

import (
	"context"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/ctxcheck"
)

// para is one paragraph of the body, tokenised.
type para struct {
	p      *content.Paragraph
	block  int // index in content.WalkBlocks order
	text   string
	toks   []token
	base   int         // position of toks[0]; positions order the whole body
	quotes []quoteSpan // the quotations, in order
	// blockQuote is set on the first paragraph of a block quotation.
	blockQuote bool
}

// quoteSpan is a quotation: token indexes of its marks; close is -1 when
// the quotation runs on past the end of the paragraph, and open is -1 too
// when the quotation is a whole paragraph (a block quotation).
type quoteSpan struct{ open, close int }

// mention is a reference to a person at a position; p is nil for a name
// the pass cannot tie to one person (an unknown or ambiguous name).
type mention struct {
	pos    int
	p      *person
	gender byte // of an unnamed person ("his wife"), when the noun says
	// object is set when the name follows a preposition or a verb ("under
	// manager Sam Ford", "Tull thanked Penrose"): not a sentence's subject.
	object bool
	// pronoun is set for an object pronoun ("him"): someone, maybe named.
	pronoun bool
}

// found is an attributed quotation. from and to are the byte offsets of
// the quoted words in the paragraph's text and call where its note goes
// (after the closing mark, or at the end of a quotation that runs on):
// the paragraph's tokens are dropped once the passes are past it.
type found struct {
	pa             *para
	q              quoteSpan
	p              *person
	how            string
	rule           string
	note           bool
	from, to, call int
}

// newFound records the quotation q of pa, attributed to p, while pa's
// tokens are built.
func newFound(pa *para, q quoteSpan, p *person, how, rule string) found {
	f := found{pa: pa, q: q, p: p, how: how, rule: rule, to: len(pa.text), call: len(pa.text)}
	if q.open >= 0 {
		f.from = int(pa.toks[q.open].end)
	}
	if q.close >= 0 {
		f.to, f.call = int(pa.toks[q.close].start), int(pa.toks[q.close].end)
	}
	return f
}

// analysis is the state of one run of the pass over a document.
type analysis struct {
	stop     ctxcheck.Every // looks at the context before each paragraph
	paras    []*para
	reg      registry
	orgs     map[string]bool
	orgHeads map[string]bool // first words of organisations' names ("Ford" of "Ford Motor Company")
	cases    caseUse         // how the text writes its words
	mentions []mention       // from the text, in order
	spoken   []mention       // speakers resolved from pronouns, in order
	found    []found
	tokened  []int // paragraphs whose tokens are built, in order (see window)
}

// analyse tokenises the body's paragraphs, collects the people it names and
// attributes its quotations.
func analyse(ctx context.Context, doc *content.Document) *analysis {
	a := &analysis{orgs: map[string]bool{}, orgHeads: map[string]bool{}, cases: caseUse{}, stop: ctxcheck.New(ctx, 1)}
	if doc.Meta.Publisher != "" {
		a.orgs[doc.Meta.Publisher] = true
	}
	if primaryLang(doc.Meta.Language) != "en" {
		return a // the rules are for English
	}
	front := a.front(doc.Meta)
	a.collect(bodyBlocks(doc.Blocks), front)
	for _, pa := range front {
		a.scanMentions(pa)
	}
	for i, pa := range a.paras {
		if a.stop.Stopped() {
			return a
		}
		a.window(i)
		first := len(a.mentions)
		a.scanMentions(pa)
		a.inferGender(pa, first)
	}
	a.window(-window)
	a.reg.markOrgs(a.orgs)
	for i, pa := range a.paras {
		if len(pa.quotes) == 0 && !pa.blockQuote {
			continue // nothing to attribute
		}
		if a.stop.Stopped() {
			return a
		}
		a.window(i)
		a.attribute(i)
	}
	a.window(-window)
	a.markNotes()
	return a
}

// bodyBlocks leaves out a Sources section this pass added earlier (in any
// language it writes).
func bodyBlocks(blocks []content.Block) []content.Block {
	if n := len(blocks); n >= 2 {
		if h, ok := blocks[n-2].(*content.Heading); ok && isSectionTitle(content.PlainText(h.Inlines)) {
			if _, ok := blocks[n-1].(*content.List); ok {
				return blocks[:n-2]
			}
		}
	}
	return blocks
}

// front tokenises the headline and the standfirst: the people they name
// in full are known to the body ("Gerald Whitcombe is handing back the
// keys" … “…,” Whitcombe said). Their quotations are not attributed.
func (a *analysis) front(m content.Meta) []*para {
	var out []*para
	base := 0
	for _, text := range []string{m.Title, m.Subtitle} {
		if text == "" {
			continue
		}
		toks := tokenize(text)
		if titleCase(toks) {
			continue // "Boris Johnson Resigns" would read as a name
		}
		markQuotes(text, toks)
		markSentences(toks)
		out = append(out, &para{block: -1, text: text, toks: toks, base: base})
		base += len(toks) + 1
	}
	return out
}

// titleCase reports whether most words of a headline are capitalised.
func titleCase(toks []token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.word {
			words++
			if startsUpper(t.text) {
				caps++
			}
		}
	}
	return words >= 4 && 2*caps > words
}

// collect tokenises every paragraph, including those in quotes and lists;
// positions start after those of the front paragraphs.
func (a *analysis) collect(blocks []content.Block, front []*para) {
	idx, base := 0, 0
	if n := len(front); n > 0 {
		base = front[n-1].base + len(front[n-1].toks) + 1
	}
	var first content.Block // first block of the latest block quotation
	content.WalkBlocks(blocks, func(b content.Block) {
		defer func() { idx++ }()
		if q, ok := b.(*content.Quote); ok && len(q.Blocks) > 0 {
			first = q.Blocks[0]
		}
		p, ok := b.(*content.Paragraph)
		if !ok {
			return
		}
		text := content.PlainText(p.Inlines)
		toks := paraTokens(text)
		a.cases.note(toks)
		// The tokens are dropped here and rebuilt, a few paragraphs at a
		// time, by the passes that read them (see window): a long text's
		// tokens all at once take many times the text's size.
		pa := &para{p: p, block: idx, text: text, base: base, quotes: quoteSpans(toks), blockQuote: b == first}
		base += len(toks) + 1
		a.paras = append(a.paras, pa)
	})
}

// window is how many paragraphs either side of the current one the passes
// read: windowStart and colonBefore look one paragraph back, dashAttribution
// one ahead.
const window = 2

// window keeps the tokens of the paragraphs around paragraph i and drops
// those of the paragraphs before them. window(-window) drops all of them. The
// passes go forward (they may skip paragraphs), so the paragraphs holding
// tokens, in a.tokened, are in order.
func (a *analysis) window(i int) {
	if i < 0 {
		i = len(a.paras) + window + 1
	}
	n := 0
	for _, j := range a.tokened {
		if j >= i-window {
			break
		}
		a.paras[j].toks = nil
		n++
	}
	a.tokened = a.tokened[n:]
	for j := max(0, i-window); j < min(len(a.paras), i+window+1); j++ {
		if pa := a.paras[j]; pa.toks == nil {
			pa.toks = paraTokens(pa.text)
			a.tokened = append(a.tokened, j)
		}
	}
}

// paraTokens tokenises a paragraph's text and marks its quotations and
// sentences.
func paraTokens(text string) []token {
	toks := tokenize(text)
	markQuotes(text, toks)
	markSentences(toks)
	return toks
}

func quoteSpans(toks []token) []quoteSpan {
	var qs []quoteSpan
	for i, t := range toks {
		switch t.mark {
		case markOpen:
			qs = append(qs, quoteSpan{open: i, close: -1})
		case markClose:
			if n := len(qs); n > 0 {
				qs[n-1].close = i
			}
		}
	}
	return qs
}

// attributions returns the public form of what was found.
func (a *analysis) attributions() []Attribution {
	out := make([]Attribution, 0, len(a.found))
	for _, f := range a.found {
		rd := f.p.role()
		out = append(out, Attribution{
			Speaker: f.p.name,
			Role:    rd.role,
			Org:     rd.org,
			How:     f.how,
			Quote:   shorten(f.pa.text[f.from:f.to], 80),
			Block:   f.pa.block,
			Rule:    f.rule,
			Note:    f.note,
		})
	}
	return out
}

// markNotes gives each speaker's first quotation the note, for speakers
// whose full name the article gives: a bare surname ("Mr. Okafor") says
// too little to be a source.
func (a *analysis) markNotes() {
	seen := map[*person]bool{}
	for i := range a.found {
		f := &a.found[i]
		if !seen[f.p] && f.p.fullName() {
			seen[f.p] = true
			f.note = true
		}
	}
}

// people returns the people quoted, in order of their first quotation,
// with the "how" of that quotation.
func (a *analysis) people() []found {
	var out []found
	for _, f := range a.found {
		if f.note {
			out = append(out, f)
		}
	}
	return out
}

// shorten cuts s to at most n runes, at a word boundary, with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n
	for cut > n/2 && r[cut] != ' ' {
		cut--
	}
	return string(r[:cut]) + "…"
}
