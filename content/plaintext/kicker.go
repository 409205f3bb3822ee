package plaintext

import (
	"strings"
	"unicode"

	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// isKicker reports whether s is a section label set above a headline
// ("OBITUARY", "WORLD NEWS"): one to three words in capitals, at least
// three letters, at most 30 characters, no punctuation.
func isKicker(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		case r != ' ' && r != '&' && r != '-':
			return false
		}
	}
	n := article.WordCount(s)
	return letters >= 3 && n >= 1 && n <= 3 && runeCount(s) <= 30
}

// headlineLike reports whether l can be the headline under a kicker: a
// line of at most 300 characters, not front matter, with lower-case
// letters (a headline in capitals is no kicker's headline) and more
// than three words.
func headlineLike(l line) bool {
	s := l.text
	return runeCount(s) <= maxTitleRunes && article.WordCount(s) > 3 &&
		strings.IndexFunc(s, unicode.IsLower) >= 0 && !isFrontLine(l)
}

// editorsNoteRE matches an editor's note or correction that a page puts
// above the headline: "Editor's note: …", "Correction: …", "Update: …".
var editorsNoteRE = lazyre.New(`^(?i:editor[’']?s[’']? note|correction|clarification|update|note)\s*:\s+\S`)

// isEditorsNote reports whether s is an editor's note: the label, then
// text ending a sentence (a headline "Update: Talks collapse" has no full
// stop).
func isEditorsNote(s string) bool {
	return editorsNoteRE.MatchString(s) && endsSentence(s)
}
