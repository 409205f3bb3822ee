package layout

import "strings"

// wholeWords gives each word the line breaker hyphenated its whole text
// for extraction: the run that ends with the inserted hyphen gets, as
// ActualText, its letters without the hyphen followed by the text of the
// next line's first run ("implementa-" and "tion," give
// "implementation,"; a word over three lines gets its middle too), and
// the PDF writer extracts the later parts as nothing. Copy, search and pdftotext then read the word whole and the
// inserted hyphen is not text. Lines with right-to-left text are left
// alone (their first and last runs are not the word's parts).
func wholeWords(lines []lineBox) {
	for i := 0; i+1 < len(lines); i++ {
		head, ok := firstPart(lines[i])
		if !ok || hasRTL(head.Text) {
			continue
		}
		word := strings.TrimSuffix(head.Text, "-")
		// a line holding nothing but the word's middle ("Pop-", "ula-",
		// "tion" in a narrow column) carries it on
		j := i + 1
		for ; j+1 < len(lines) && len(lines[j].texts) == 1; j++ {
			mid, ok := firstPart(lines[j])
			if !ok || hasRTL(mid.Text) {
				break
			}
			word += strings.TrimSuffix(mid.Text, "-")
		}
		if len(lines[j].texts) == 0 {
			continue
		}
		last := lines[j].texts[0].Text
		if last == "" || hasRTL(last) {
			continue
		}
		head.ActualText = word + last
		i = j - 1
	}
}

// firstPart returns the run of a line that ends with a hyphen the line
// breaker inserted.
func firstPart(ln lineBox) (*TextRun, bool) {
	if !ln.hyphen || len(ln.texts) == 0 {
		return nil, false
	}
	t := &ln.texts[len(ln.texts)-1]
	return t, strings.HasSuffix(t.Text, "-") && len(t.Text) > 1
}
