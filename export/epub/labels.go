package epub

import "github.com/offprint/offprint/content/locale"

// labels are the words the writer adds to a book, in one language.
type labels struct {
	contents, notes, cover, start string
	by, and                       string // "By A, B and C"
}

// wordsFor returns the labels for a BCP 47 tag from the locale table
// (content/locale), and false (with the English labels) when it has no
// book labels for that language.
func wordsFor(lang string) (labels, bool) {
	w, ok := locale.For(lang)
	ok = ok && w.Contents != ""
	if !ok {
		w, _ = locale.For("en")
	}
	return labels{w.Contents, w.Notes, w.Cover, w.Start, w.By, w.And}, ok
}

// words returns the labels for lang, English when it has none.
func words(lang string) labels {
	l, _ := wordsFor(lang)
	return l
}
