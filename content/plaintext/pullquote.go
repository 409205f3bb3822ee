package plaintext

import (
	"strings"
	"unicode"
)

// Pull quotes: a line that is one quotation and repeats the article's text.
const (
	minPullQuoteWords = 5  // shorter quotations are too common to compare
	pullQuoteShare    = 80 // percent of its words found in a body quotation
)

// pullQuotes finds the lines that are wholly quoted. One that repeats
// text found elsewhere in the article (pull-quote-repeated) is dropped,
// with its attribution line, so the sentence is not printed twice; one
// followed by an attribution line "— Name" and repeating nothing is kept as
// a quote with its attribution (pull-quote-attributed).
func (c *classifier) pullQuotes(content []int) {
	var pairs, quoted []map[string]bool
	dropped := make(map[int]bool)
	for k, i := range content {
		if c.role(i) != RoleParagraph || !whollyQuoted(c.text(i)) {
			continue
		}
		attributed := k+1 < len(content) && isAttribution(c.text(content[k+1]))
		if pairs == nil {
			pairs, quoted = make([]map[string]bool, len(content)), make([]map[string]bool, len(content))
			for j, l := range content {
				pairs[j], quoted[j] = bigrams(c.text(l)), quotedWords(c.text(l))
			}
		}
		role, rule := RoleQuote, ruleQuoteAttributed
		switch {
		case repeatedElsewhere(k, pairs, dropped) || quotesQuotation(c.text(i), k, quoted, dropped):
			role, rule = RolePullQuote, ruleQuoteRepeat
			dropped[k] = true
		case !attributed:
			continue
		}
		c.res[i][0].Role, c.res[i][0].Rule = role, rule
		if attributed {
			next := &c.res[content[k+1]][0]
			next.Role, next.Rule = role, rule
		}
	}
}

// repeatedElsewhere reports whether at least 70% of the word pairs of line
// k (and at least four) appear in one other line that is not itself a
// dropped pull quote: pull quotes repeat the text, often lightly edited.
func repeatedElsewhere(k int, pairs []map[string]bool, dropped map[int]bool) bool {
	if len(pairs[k]) < 4 {
		return false
	}
	for j, other := range pairs {
		if j == k || dropped[j] || len(other) < len(pairs[k]) {
			continue
		}
		shared := 0
		for bg := range pairs[k] {
			if other[bg] {
				shared++
			}
		}
		if shared*10 >= len(pairs[k])*7 {
			return true
		}
	}
	return false
}

// quotesQuotation reports whether at least 80% of the words of the pull
// quote s (and at least five) are words of the quotations of one other
// line k: a pull quote condenses what a speaker said in the body ("A reef
// is a city. Once the oysters are back, everything else follows." for “A
// reef is a city,” … “Once the oysters are back, the crabs … follow.”).
func quotesQuotation(s string, k int, quoted []map[string]bool, dropped map[int]bool) bool {
	words := wordStems(s)
	if len(words) < minPullQuoteWords {
		return false
	}
	for j, other := range quoted {
		if j == k || dropped[j] || len(other) == 0 {
			continue
		}
		found := 0
		for _, w := range words {
			if other[w] {
				found++
			}
		}
		if found*100 >= len(words)*pullQuoteShare {
			return true
		}
	}
	return false
}

// quotedWords returns the word stems of the quotations in s: the text
// between “ and ”, « and », „ and “, or a pair of straight double quotes.
func quotedWords(s string) map[string]bool {
	var sb strings.Builder
	inside := false
	for _, r := range s {
		switch {
		case r == '“' && inside, r == '”', r == '»':
			inside = false
			sb.WriteRune(' ')
		case r == '“', r == '«', r == '„':
			inside = true
		case r == '"':
			inside = !inside
			sb.WriteRune(' ')
		case inside:
			sb.WriteRune(r)
		}
	}
	if sb.Len() == 0 {
		return nil
	}
	set := make(map[string]bool)
	for _, w := range wordStems(sb.String()) {
		set[w] = true
	}
	return set
}

// wordStems returns the words of s, lower-cased and reduced to letters,
// with a plural or third-person "s" dropped from words of more than three
// letters ("oysters" and "oyster", "follows" and "follow" are alike).
func wordStems(s string) []string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range words {
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			words[i] = w[:len(w)-1]
		}
	}
	return words
}
