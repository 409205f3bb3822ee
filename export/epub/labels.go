package epub

import "strings"

// labels are the words the writer adds to a book, in one language.
type labels struct {
	contents, notes, cover, start string
	by, and                       string // "By A, B and C"
}

// labelsByLang holds the languages offprint has words for; others get
// English. Keys are primary language subtags.
var labelsByLang = map[string]labels{
	"en": {"Contents", "Notes", "Cover", "Start of content", "By", "and"},
	"de": {"Inhalt", "Anmerkungen", "Umschlag", "Textanfang", "Von", "und"},
	"fr": {"Table des matières", "Notes", "Couverture", "Début du texte", "Par", "et"},
	"es": {"Índice", "Notas", "Portada", "Comienzo del texto", "Por", "y"},
	"it": {"Indice", "Note", "Copertina", "Inizio del testo", "Di", "e"},
	"pt": {"Sumário", "Notas", "Capa", "Início do texto", "Por", "e"},
	"nl": {"Inhoud", "Noten", "Omslag", "Begin van de tekst", "Door", "en"},
}

// wordsFor returns the labels for a BCP 47 tag, and false (with the
// English labels) when offprint has no words for that language.
func wordsFor(lang string) (labels, bool) {
	primary, _, _ := strings.Cut(strings.ToLower(lang), "-")
	if l, ok := labelsByLang[primary]; ok {
		return l, true
	}
	return labelsByLang["en"], false
}

// words returns the labels for lang, English when it has none.
func words(lang string) labels {
	l, _ := wordsFor(lang)
	return l
}
