package plaintext

import (
	"strings"
	"unicode/utf8"

	"github.com/offprint/offprint/content/language"
)

// Limits of a text written one block per line (oneBlockPerLine).
const (
	minFlatWidth = maxWrapWidth + 1 // a paragraph's line is wider than any wrap width, in columns (textColumns)
	minFlatLines = 3                // the fewest such lines: several paragraphs, not one long URL or two
)

// noBlankLines reports whether lines hold no blank line between their
// first and last visible line: a text with one block per line. Its blank
// lines, being none, tell nothing, so a rule that wants a blank line to
// set a line apart (apartFromBlock) does not take a line that only a
// dropped line (boilerplate, a picture's label) separates for one.
func noBlankLines(lines []line) bool {
	first, last := -1, -1
	for i, l := range lines {
		if l.text != "" {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i := first + 1; i < last; i++ {
		if lines[i].text == "" {
			return false
		}
	}
	return true
}

// oneBlockPerLine reports whether lines are a text written one block per
// line: no blank line between its first and last visible line
// (noBlanks), and minFlatLines lines of prose or more (a space or a CJK
// letter in them: not a URL) wider than any wrap width, which are more
// than maxLongShare percent of its visible lines. Hard-wrapped text has
// at most that share of lines over maxWrapWidth (wrapWidth), and verse,
// an address, a signature or a list have short lines throughout: in
// those a line right under another belongs to its block. In a text
// written one block per line its paragraphs are those long lines, every
// block is one line but for a label over its value ("Фото:" over
// "личный архив …"), and a line right under another tells no more than
// a blank line between them would (adjacent).
func oneBlockPerLine(lines []line, noBlanks bool) bool {
	if !noBlanks {
		return false
	}
	long, visible := 0, 0
	for _, l := range lines {
		if l.text == "" {
			continue
		}
		visible++
		if textColumns(l.text) >= minFlatWidth && (strings.Contains(l.text, " ") || cjkText(l.text)) {
			long++
		}
	}
	return long >= minFlatLines && long*100 > visible*maxLongShare
}

// textColumns returns how many columns s takes in a monospaced font: one for
// most characters, two for a CJK letter (language.IsCJK), as a terminal or an
// editor that wraps at a width shows them.
func textColumns(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
		if language.IsCJK(r) {
			n++
		}
	}
	return n
}
