package sources

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of a paragraph's plain text.
type token struct {
	text       string
	start, end int32 // byte offsets in the paragraph text (int32: a long text has millions of tokens)
	sent       int32 // sentence number within the paragraph
	word       bool  // letters or digits; otherwise one punctuation rune
	mark       int8  // quotation mark: markOpen, markClose or 0
	inQuote    bool  // inside a quotation (marks themselves excluded)
}

const (
	markOpen  int8 = 1
	markClose int8 = 2
)

// abbrevs keep their period: the period does not end a sentence.
var abbrevs = set(`mr mrs ms mx dr sen rep gov gen col lt capt maj sgt adm cmdr
prof rev st jr sr inc corp co ltd no vs etc mt ft hon supt insp det pres dept
univ assn bros jan feb mar apr aug sept sep oct nov dec`)

// tokenize splits s into tokens. Runs of letters and digits make words,
// keeping inner apostrophes, hyphens and periods ("O’Neil", "U.S.") and the
// period of known abbreviations and initials ("Dr.", "J.").
func tokenize(s string) []token {
	toks := make([]token, 0, tokenEstimate(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := wordEnd(s, i)
			toks = append(toks, token{text: s[i:j], start: int32(i), end: int32(j), word: true})
			i = j
		default:
			toks = append(toks, token{text: s[i : i+n], start: int32(i), end: int32(i + n)})
			i += n
		}
	}
	if cap(toks) > len(toks)+len(toks)/4 {
		toks = slices.Clone(toks) // attributed paragraphs keep their tokens: no spare capacity
	}
	return toks
}

// tokenEstimate is about the number of tokens in s, usually a little
// more: one per space-separated field and two per ASCII punctuation mark.
// Sizing the slice once spares a long text gigabytes of regrowth.
func tokenEstimate(s string) int {
	n := 1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' || c == '\n' || c == '\t':
			n++
		case c < utf8.RuneSelf && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'):
			n += 2
		}
	}
	return n
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd returns the end of the word starting at i.
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		if strings.ContainsRune("’'-‑.&", r) && j+n < len(s) {
			if r2, _ := utf8.DecodeRuneInString(s[j+n:]); isWordRune(r2) {
				j += n
				continue
			}
		}
		break
	}
	if j < len(s) && s[j] == '.' && keepsPeriod(s[i:j]) && !endsBeforeQuote(s, j+1) {
		j++
	}
	return j
}

// endsBeforeQuote reports whether only spaces stand between i and the end
// of s or an opening quotation mark: a period there ends a sentence, even
// after a single capital ("she wrote on X. “Welcome to the club.”").
func endsBeforeQuote(s string, i int) bool {
	rest := strings.TrimLeft(s[i:], " \t")
	return rest == "" || strings.HasPrefix(rest, "“") || strings.HasPrefix(rest, "\"")
}

// keepsPeriod reports whether a word followed by a period is an
// abbreviation or an initial.
func keepsPeriod(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return strings.Contains(w, ".") || abbrevs.has(lower(w))
}

// markQuotes classifies quotation marks and sets inQuote. Curly marks
// (“ ” „ « ») say which side they are on; a straight " opens when it
// follows a space or an opening bracket and touches the next word, and
// closes otherwise. Marks inside an open quotation other than its closing
// mark are ordinary punctuation.
func markQuotes(s string, toks []token) {
	open := false
	for i := range toks {
		t := &toks[i]
		if t.word {
			t.inQuote = open
			continue
		}
		switch t.text {
		case "“", "„", "«":
			if !open {
				t.mark, open = markOpen, true
				continue
			}
		case "”", "»":
			if open {
				t.mark, open = markClose, false
				continue
			}
		case `"`:
			if !open && straightOpens(s, int(t.start)) {
				t.mark, open = markOpen, true
				continue
			}
			if open && straightCloses(s, int(t.start)) {
				t.mark, open = markClose, false
				continue
			}
		}
		t.inQuote = open
	}
}

func straightOpens(s string, at int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:at])
	after, _ := utf8.DecodeRuneInString(s[at+1:])
	okBefore := at == 0 || unicode.IsSpace(before) || strings.ContainsRune("([{—–-:/", before)
	return okBefore && at+1 < len(s) && !unicode.IsSpace(after)
}

func straightCloses(s string, at int) bool {
	if at == 0 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:at])
	return !unicode.IsSpace(before)
}

// markSentences numbers the sentences of the text outside quotations: a
// sentence ends at . ? ! (or at a closing mark right after one) when the
// next token is a capitalised word or an opening mark.
func markSentences(toks []token) {
	sent := int32(0)
	for i := range toks {
		if i > 0 && endsSentence(toks, i) {
			sent++
		}
		toks[i].sent = sent
	}
}

func endsSentence(toks []token, i int) bool {
	next := toks[i]
	if next.inQuote {
		return false
	}
	if !(next.mark == markOpen || (next.word && startsUpper(next.text))) {
		return false
	}
	p := toks[i-1]
	if p.mark == markClose && i >= 2 {
		return isTerminal(toks[i-2].text)
	}
	return !p.inQuote && p.mark == 0 && isTerminal(p.text)
}

func isTerminal(s string) bool { return s == "." || s == "?" || s == "!" || s == "…" }

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
