package plaintext

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/content/article"
)

// Hard-wrap detection thresholds.
const (
	maxWrapWidth   = 100 // hard-wrapped text has no longer lines...
	maxLongShare   = 5   // ...except this percentage of them (long URLs)
	minInnerShare  = 30  // percentage of lines followed by a line of the same paragraph
	minFilledShare = 60  // a line is full when it reaches this percentage of the width
	maxInnerEnds   = 50  // percentage of those lines that may end a sentence
)

// unwrap joins hard-wrapped paragraphs back into one line each. Text is
// hard-wrapped when blank lines separate its paragraphs, almost no line is
// longer than 100 characters, many lines are full (60% of the width) and
// followed by another non-blank line, and most of those do not end a
// sentence (short one-line paragraphs do). Then a line that fills at
// least 60% of the wrap width (the longest line up to 100 characters)
// takes the next non-blank line, unless that one opens a list item, a
// quote, a scene break, a byline, a date, a source line or a picture's
// label; a label line takes no other line. Text that is not hard-wrapped
// is returned as is.
func unwrap(lines []line) []line {
	width, ok := wrapWidth(lines)
	if !ok {
		return lines
	}
	var words map[string]bool // the document's words, for hyphen-split lines
	out := make([]line, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		cur := lines[i]
		text := []byte(cur.text) // grows in place: joining stays linear
		last := cur.text
		label := isImageLabel(cur.text) // a picture's label line is whole
		for !label && i+1 < len(lines) && joinable(lines[i+1].text) {
			split := hyphenSplit(last, lines[i+1].text)
			if !split && runeCount(last)*100 < width*minFilledShare {
				break
			}
			i++
			cur.cont = append(cur.cont, lines[i])
			switch {
			case split:
				if words == nil {
					words = wordSet(lines)
				}
				text = joinHyphenated(text, lines[i].text, words)
			case endsHyphenated(last):
				text = append(text, lines[i].text...) // "Franco-" + "German": a hard hyphen stays, with no space
			default:
				text = append(append(text, ' '), lines[i].text...)
			}
			last = lines[i].text
		}
		cur.text = string(text)
		out = append(out, cur)
	}
	return out
}

// endsHyphenated reports whether s ends with a letter and a hyphen.
func endsHyphenated(s string) bool {
	t, ok := strings.CutSuffix(s, "-")
	r, _ := utf8.DecodeLastRuneInString(t)
	return ok && len(t) >= 2 && unicode.IsLetter(r)
}

// hyphenSplit reports whether a word was hyphenated across the end of
// line s: s ends with a letter and a hyphen, and next starts with a
// lower-case letter.
func hyphenSplit(s, next string) bool {
	if !endsHyphenated(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}

// joinHyphenated joins next to text, which ends with a word hyphenated
// at the line's end, with no space: the hyphen is a soft one and goes
// ("inter-" + "national" is "international") unless the document writes
// the word with its hyphen elsewhere ("so-called") and never without it.
func joinHyphenated(text []byte, next string, words map[string]bool) []byte {
	head := lastWord(text)
	tail := firstWordOf(next)
	whole := strings.ToLower(strings.TrimSuffix(head, "-") + tail)
	if words[strings.ToLower(head+tail)] && !words[whole] {
		return append(text, next...) // keep the hyphen: "so-" + "called"
	}
	return append(bytes.TrimSuffix(text, []byte("-")), next...)
}

// lastWord returns the letters and hyphens that end s.
func lastWord(s []byte) string {
	i := bytes.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	return string(s[i+1:])
}

// firstWordOf returns the letters that open s.
func firstWordOf(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// wordSet returns the lower-cased words of lines, hyphenated compounds
// whole ("so-called"), leaving out each line's last word, which may be
// split.
func wordSet(lines []line) map[string]bool {
	set := map[string]bool{}
	for _, l := range lines {
		f := strings.FieldsFunc(strings.ToLower(l.text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
		for k, w := range f {
			if k < len(f)-1 || !strings.HasSuffix(w, "-") {
				set[strings.Trim(w, "-")] = true
			}
		}
	}
	return set
}

// wrapWidth reports whether lines look hard-wrapped and the wrap width.
// Only a full line (minFilledShare of the width) followed by another
// counts as wrapped: short lines one under another (a gallery's counters
// and credits, a list) are no sign of it.
func wrapWidth(lines []line) (int, bool) {
	nonBlank, long, blank, width := 0, 0, 0, 0
	for _, l := range lines {
		switch n := runeCount(l.text); {
		case l.text == "":
			blank++
		case n > maxWrapWidth:
			nonBlank++
			long++
		default:
			nonBlank++
			width = max(width, n)
		}
	}
	inner, innerEnds := 0, 0
	for i, l := range lines {
		n := runeCount(l.text)
		if l.text == "" || n > maxWrapWidth || n*100 < width*minFilledShare || i+1 >= len(lines) || lines[i+1].text == "" {
			continue
		}
		inner++
		if endsSentence(l.text) || lastRune(l.text) == ':' {
			innerEnds++
		}
	}
	ok := blank > 0 && nonBlank >= 4 && long*100 <= nonBlank*maxLongShare &&
		inner*100 >= nonBlank*minInnerShare && innerEnds*100 <= inner*maxInnerEnds
	return width, ok
}

// joinable reports whether a line may continue the paragraph above it.
func joinable(s string) bool {
	if s == "" || isImageLabel(s) || sceneBreakRE.MatchString(s) || bulletRE.MatchString(s) || numberRE.MatchString(s) || quoteRE.MatchString(s) {
		return false
	}
	if isBylineText(s) {
		return false
	}
	if _, _, ok := article.ParseDateLine(s); ok {
		return false
	}
	_, _, ok := parseSourceLine(s)
	return !ok
}
