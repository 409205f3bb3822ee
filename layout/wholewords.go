package layout

import "strings"

// wholeWords gives each word the line breaker hyphenated its whole text
// for extraction: the run that ends with the inserted hyphen gets, as
// ActualText, its letters without the hyphen followed by the text of the
// next line's first run ("implementa-" and "tion," give
// "implementation,"), and the PDF writer extracts that second run as
// nothing. Copy, search and pdftotext then read the word whole and the
// inserted hyphen is not text. Lines with right-to-left text are left
// alone (their first and last runs are not the word's parts).
func wholeWords(lines []lineBox) {
	for i := 0; i+1 < len(lines); i++ {
		a, b := &lines[i], &lines[i+1]
		if !a.hyphen || len(a.texts) == 0 || len(b.texts) == 0 {
			continue
		}
		first, second := &a.texts[len(a.texts)-1], b.texts[0]
		word, ok := strings.CutSuffix(first.Text, "-")
		if !ok || word == "" || second.Text == "" || hasRTL(first.Text) || hasRTL(second.Text) {
			continue
		}
		first.ActualText = word + second.Text
	}
}
