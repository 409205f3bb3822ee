package plaintext

import "strings"

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
// longer than 100 characters, many lines are followed by another non-blank
// line and most of those do not end a sentence (short one-line paragraphs
// do). Then a line that fills at least 60% of the wrap width
// (the longest line up to 100 characters) takes the next non-blank line,
// unless that one opens a list item, a quote, a scene break, a byline, a
// date, a source line or a picture's label; a label line takes no other
// line. Text that is not hard-wrapped is returned as is.
func unwrap(lines []line) []line {
	width, ok := wrapWidth(lines)
	if !ok {
		return lines
	}
	out := make([]line, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		cur := lines[i]
		texts := []string{cur.text}
		last := cur.text
		label := imageLabelRE.MatchString(cur.text) // a picture's label line is whole
		for !label && i+1 < len(lines) && runeCount(last)*100 >= width*minFilledShare && joinable(lines[i+1].text) {
			i++
			cur.cont = append(cur.cont, lines[i])
			texts = append(texts, lines[i].text)
			last = lines[i].text
		}
		cur.text = strings.Join(texts, " ")
		out = append(out, cur)
	}
	return out
}

// wrapWidth reports whether lines look hard-wrapped and the wrap width.
func wrapWidth(lines []line) (int, bool) {
	nonBlank, long, inner, innerEnds, blank, width := 0, 0, 0, 0, 0, 0
	for i, l := range lines {
		if l.text == "" {
			blank++
			continue
		}
		nonBlank++
		n := runeCount(l.text)
		if n > maxWrapWidth {
			long++
			continue
		}
		width = max(width, n)
		if i+1 < len(lines) && lines[i+1].text != "" {
			inner++
			if endsSentence(l.text) || lastRune(l.text) == ':' {
				innerEnds++
			}
		}
	}
	ok := blank > 0 && nonBlank >= 4 && long*100 <= nonBlank*maxLongShare &&
		inner*100 >= nonBlank*minInnerShare && innerEnds*100 <= inner*maxInnerEnds
	return width, ok
}

// joinable reports whether a line may continue the paragraph above it.
func joinable(s string) bool {
	if s == "" || imageLabelRE.MatchString(s) || sceneBreakRE.MatchString(s) || bulletRE.MatchString(s) || numberRE.MatchString(s) || quoteRE.MatchString(s) {
		return false
	}
	if isBylineText(s) {
		return false
	}
	if _, _, ok := parseDateLine(s); ok {
		return false
	}
	_, _, ok := parseSourceLine(s)
	return !ok
}
