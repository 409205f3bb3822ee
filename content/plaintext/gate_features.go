package plaintext

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The heading gate's features: what a reader sees of a line the rules
// made a heading, of the lines around it and of the article's other
// headings. Each is a number of about unit size (a flag is 0 or 1, a count
// its logarithm), so that one learning rate fits them all.
const (
	gfBias          = iota
	gfWords         // log(1+words)
	gfChars         // log(1+characters)/3
	gfLong          // more than 12 words
	gfEndPeriod     // ends with '.'
	gfEndBang       // ends with '!'
	gfEndQuestion   // ends with '?'
	gfEndColon      // ends with ':'
	gfEndComma      // ends with ',' or ';'
	gfEndEllipsis   // ends with '…' or "..."
	gfEndOther      // ends with a character that is no letter, digit or punctuation above
	gfNumbered      // opens with a number: "3.", "3.2", "II.", "4)"
	gfTitleRatio    // share of its words that start with a capital or a digit
	gfAllCaps       // has letters, none lower-case
	gfLowerStart    // its first letter is lower-case
	gfQuotes        // holds quotation marks
	gfDigits        // share of its characters that are digits
	gfCodeLike      // a web address or code characters (/ = { } < > @ # _ \ |)
	gfParens        // holds brackets
	gfInnerSentence // a sentence ends inside it (". " then more)
	gfPrevWords     // the previous non-blank line: log(1+words)
	gfPrevEnds      // the previous non-blank line ends a sentence
	gfPrevNone      // no non-blank line before it
	gfNextWords     // the next non-blank line: log(1+words)
	gfNextEnds      // the next non-blank line ends a sentence
	gfNextPara      // the next non-blank line is a paragraph of 15 words or more
	gfNextNone      // no non-blank line after it
	gfBlankBefore   // a blank line right before it
	gfBlankAfter    // a blank line right after it
	gfBeforeBody    // before the article's first long paragraph (30 words or more)
	gfAfterBody     // after the article's last long paragraph
	gfPosition      // its line's position in the article, 0 to 1
	gfPrevCand      // the previous non-blank line is a heading too
	gfNextCand      // the next non-blank line is a heading too
	gfCandidates    // log(1+the article's headings)
	gfSameForm      // share of the article's other headings of the same form
	gfSpacedText    // share of the article's lines that are blank
	gfShortShare    // share of the article's non-blank lines that are short (under 10 words) and unpunctuated
	gfShortRun      // log(1+the short non-blank lines in a row around it, itself included)
	gfRuleFirst     // one-hot of the rule that made it a heading, from here
)

// gateRules are the heading rules the gate tells apart; a heading of any
// other rule has the last slot.
var gateRules = [...]string{
	ruleHeadingShort, ruleHeadingTitle, ruleHeadingQuestion, ruleHeadingNumbered,
	ruleHeadingNumeral, ruleHeadingPair, ruleHeadingColon, ruleSectionName,
	ruleHeadingTOC, ruleWhLabel, ruleListLabel, ruleEditLink, ruleSubLabel, ruleBeforeProse, ruleAfterProse,
	"other",
}

// gateFeatureCount is the length of a feature vector.
const gateFeatureCount = gfRuleFirst + len(gateRules)

// gateFeatureNames names every feature, for the generated weights file.
var gateFeatureNames = func() [gateFeatureCount]string {
	n := [gateFeatureCount]string{
		"bias", "words", "chars", "long", "end-period", "end-bang", "end-question",
		"end-colon", "end-comma", "end-ellipsis", "end-other", "numbered",
		"title-ratio", "all-caps", "lower-start", "quotes", "digits", "code-like",
		"parens", "inner-sentence", "prev-words", "prev-ends", "prev-none",
		"next-words", "next-ends", "next-para", "next-none", "blank-before",
		"blank-after", "before-body", "after-body", "position", "prev-heading",
		"next-heading", "headings", "same-form", "spaced-text", "short-share", "short-run",
	}
	for k, r := range gateRules {
		n[gfRuleFirst+k] = "rule:" + r
	}
	return n
}()

// gateLongWords is the length of a paragraph that counts as body text.
const gateLongWords = 30

// gateArticle is what the features need of the whole article: its
// non-blank lines and where its body begins and ends.
type gateArticle struct {
	c                   *classifier
	cands               []int       // line indexes of the candidates, in order
	isCand              []bool      // by line index: a candidate
	words               []int       // by line index: its words
	short               []bool      // by line index: short and unpunctuated (gateShort)
	form                []int       // by candidate: its form (lineForm)
	firstLong, lastLong int         // line indexes of the first and last long paragraphs, -1 if none
	spaced              float64     // share of blank lines
	shortShare          float64     // share of short unpunctuated non-blank lines
	forms               map[int]int // form key: candidates of that form
}

// newGateArticle gathers the article-wide facts for the candidates cands.
func newGateArticle(c *classifier, cands []int) *gateArticle {
	n := len(c.lines)
	a := &gateArticle{c: c, cands: cands, isCand: make([]bool, n), words: make([]int, n), short: make([]bool, n),
		form: make([]int, len(cands)), firstLong: -1, lastLong: -1, forms: map[int]int{}}
	for k, i := range cands {
		a.isCand[i] = true
		a.form[k] = lineForm(c.lines[i].text)
		a.forms[a.form[k]]++
	}
	blank, short := 0, 0
	for i, l := range c.lines {
		if l.text == "" {
			blank++
			continue
		}
		a.words[i] = textWords(l.text)
		if a.short[i] = gateShortWords(l.text, a.words[i]); a.short[i] {
			short++
		}
		if a.words[i] >= gateLongWords {
			if a.firstLong < 0 {
				a.firstLong = i
			}
			a.lastLong = i
		}
	}
	if len(c.lines) > 0 {
		a.spaced = float64(blank) / float64(len(c.lines))
	}
	if n := len(c.lines) - blank; n > 0 {
		a.shortShare = float64(short) / float64(n)
	}
	return a
}

// features fills x with the features of the k-th candidate.
func (a *gateArticle) features(k int, x *[gateFeatureCount]float64) {
	*x = [gateFeatureCount]float64{}
	i := a.cands[k]
	c, s := a.c, a.c.lines[i].text
	x[gfBias] = 1
	lineFeatures(s, x)
	prev, next := a.neighbour(i, -1), a.neighbour(i, 1)
	if prev < 0 {
		x[gfPrevNone] = 1
	} else {
		x[gfPrevWords] = math.Log1p(float64(a.words[prev]))
		x[gfPrevEnds] = gateFlag(endsSentence(c.lines[prev].text))
		x[gfPrevCand] = gateFlag(a.isCand[prev])
	}
	if next < 0 {
		x[gfNextNone] = 1
	} else {
		nw := a.words[next]
		x[gfNextWords] = math.Log1p(float64(nw))
		x[gfNextEnds] = gateFlag(endsSentence(c.lines[next].text))
		x[gfNextCand] = gateFlag(a.isCand[next])
		x[gfNextPara] = gateFlag(nw >= 15 && len(c.res[next]) > 0 && c.res[next][0].Role == RoleParagraph)
	}
	x[gfBlankBefore] = gateFlag(i > 0 && c.lines[i-1].text == "")
	x[gfBlankAfter] = gateFlag(i+1 < len(c.lines) && c.lines[i+1].text == "")
	x[gfBeforeBody] = gateFlag(a.firstLong < 0 || i < a.firstLong)
	x[gfAfterBody] = gateFlag(a.lastLong < 0 || i > a.lastLong)
	if len(c.lines) > 1 {
		x[gfPosition] = float64(i) / float64(len(c.lines)-1)
	}
	x[gfCandidates] = math.Log1p(float64(len(a.cands)))
	if len(a.cands) > 1 {
		x[gfSameForm] = float64(a.forms[a.form[k]]-1) / float64(len(a.cands)-1)
	}
	x[gfSpacedText] = a.spaced
	x[gfShortShare] = a.shortShare
	run := 1
	for _, step := range [2]int{-1, 1} {
		for j := a.neighbour(i, step); j >= 0 && a.short[j]; j = a.neighbour(j, step) {
			run++
		}
	}
	x[gfShortRun] = math.Log1p(float64(run))
	x[gfRuleFirst+gateRuleIndex(c.res[i][0].Rule)] = 1
}

// neighbour returns the index of the nearest non-blank line before (step
// -1) or after (step 1) line i, or -1.
func (a *gateArticle) neighbour(i, step int) int {
	for j := i + step; j >= 0 && j < len(a.c.lines); j += step {
		if a.c.lines[j].text != "" {
			return j
		}
	}
	return -1
}

// lineFeatures fills the features of the line's own text.
func lineFeatures(s string, x *[gateFeatureCount]float64) {
	words := strings.Fields(s)
	x[gfWords] = math.Log1p(float64(len(words)))
	n := utf8.RuneCountInString(s)
	x[gfChars] = math.Log1p(float64(n)) / 3
	x[gfLong] = gateFlag(len(words) > 12)
	x[endFeature(s)] = 1
	x[gfNumbered] = gateFlag(numberedLead(s))
	caps, lettered := 0, 0
	for _, w := range words {
		r := firstLetter(w)
		if r == 0 {
			continue
		}
		lettered++
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	if lettered > 0 {
		x[gfTitleRatio] = float64(caps) / float64(lettered)
	}
	upper, lower, digits := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r):
			digits++
		}
	}
	x[gfAllCaps] = gateFlag(upper > 1 && lower == 0)
	x[gfLowerStart] = gateFlag(unicode.IsLower(firstLetter(s)))
	x[gfQuotes] = gateFlag(strings.ContainsAny(s, "\"“”„«»"))
	if n > 0 {
		x[gfDigits] = float64(digits) / float64(n)
	}
	x[gfCodeLike] = gateFlag(strings.Contains(s, "://") || strings.Contains(s, "www.") || strings.ContainsAny(s, "/={}<>@#_\\|"))
	x[gfParens] = gateFlag(strings.ContainsAny(s, "()[]"))
	x[gfInnerSentence] = gateFlag(innerSentence(s))
}

// endFeature returns the feature of the line's final punctuation, or
// gfBias when it ends with a letter or a digit (the bias is set anyway).
func endFeature(s string) int {
	if strings.HasSuffix(s, "...") {
		return gfEndEllipsis
	}
	r := lastRune(s)
	switch {
	case r == '.':
		return gfEndPeriod
	case r == '!':
		return gfEndBang
	case r == '?':
		return gfEndQuestion
	case r == ':':
		return gfEndColon
	case r == ',' || r == ';':
		return gfEndComma
	case r == '…':
		return gfEndEllipsis
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return gfBias
	}
	return gfEndOther
}

// numberedLead reports whether s opens with a section number: digits or
// a Roman numeral, dotted ("3.", "3.2", "II.") or closed ("4)"), then a
// space.
func numberedLead(s string) bool {
	k := 0
	for k < len(s) && (s[k] >= '0' && s[k] <= '9' || s[k] == '.') {
		k++
	}
	if k == 0 {
		for k < len(s) && strings.IndexByte("IVXLC", s[k]) >= 0 {
			k++
		}
		if k == 0 || k >= len(s) || s[k] != '.' && s[k] != ')' {
			return false
		}
		k++
	} else if k < len(s) && s[k] == ')' {
		k++
	} else if s[k-1] != '.' && !strings.Contains(s[:k], ".") {
		return false
	}
	return k < len(s) && s[k] == ' '
}

// innerSentence reports whether a sentence ends inside s: ". ", "! " or
// "? " before more text.
func innerSentence(s string) bool {
	s = strings.TrimSpace(s)
	for k := 0; k+2 < len(s); k++ {
		if (s[k] == '.' || s[k] == '!' || s[k] == '?') && s[k+1] == ' ' {
			return true
		}
	}
	return false
}

// lineForm is a key for a heading's form: its final punctuation, whether
// it is numbered, all capitals, and mostly capitalised words.
func lineForm(s string) int {
	var x [gateFeatureCount]float64
	lineFeatures(s, &x)
	return endFeature(s)<<3 | int(x[gfNumbered])<<2 | int(x[gfAllCaps])<<1 | int(math.Round(x[gfTitleRatio]))
}

// gateRuleIndex returns the slot of rule in gateRules.
func gateRuleIndex(rule string) int {
	for k, r := range gateRules {
		if r == rule {
			return k
		}
	}
	return len(gateRules) - 1
}

// gateShort reports whether s is a short line that ends no sentence:
// under 10 words, without a final '.', '!', '?' or ':'.
func gateShort(s string) bool { return gateShortWords(s, textWords(s)) }

// gateShortWords is gateShort for a line s of n words.
func gateShortWords(s string, n int) bool {
	switch lastRune(s) {
	case '.', '!', '?', ':', '…':
		return false
	}
	return n < 10
}

// gateFlag is 1 for true and 0 for false.
func gateFlag(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
