// Package locale is offprint's one table of the words it writes into a
// document, by language: the EPUB's labels (contents, notes, cover), the
// byline ("By A, B and C"), the Sources list's vocabulary, quotation marks
// and dates. The EPUB writer, the PDF's title block and the sources pass
// all read it, so a document speaks one language in every output.
package locale

import (
	"strconv"
	"strings"
	"time"
)

// Words are the words of one language. Empty book labels (Contents, Notes,
// Cover, Start) mean the language has none and the writers use English;
// an empty By means the names are listed without a word.
type Words struct {
	Lang string // primary language subtag, e.g. "de"

	Contents, Notes, Cover, Start string // book labels
	By, And                       string // "By A, B and C"

	Sources   string     // heading of the Sources list
	Photo     string     // label before a photo credit, with its space
	Retrieved string     // "(retrieved DATE)" after a URL
	Open      string     // opening quotation mark around a title
	Close     string     // closing quotation mark
	Months    [12]string // month names
	Layout    string     // date layout: D day, M month name, Y year

	Ingredients string // heading of a recipe's ingredients, when the page kept them apart
}

// nbsp is the no-break space French puts before a colon and inside
// guillemets.
const nbsp = "\u00a0"

// table holds the languages offprint has words for; keys are primary
// language subtags.
var table = map[string]Words{
	"en": {"en", "Contents", "Notes", "Cover", "Start of content", "By", "and",
		"Sources", "Photo: ", "retrieved", "“", "”",
		[12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}, "D M Y", "Ingredients"},
	"de": {"de", "Inhalt", "Anmerkungen", "Umschlag", "Textanfang", "Von", "und",
		"Quellen", "Foto: ", "abgerufen am", "„", "“",
		[12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}, "D. M Y", "Zutaten"},
	"fr": {"fr", "Table des matières", "Notes", "Couverture", "Début du texte", "Par", "et",
		"Sources", "Photo" + nbsp + ": ", "consulté le", "«" + nbsp, nbsp + "»",
		[12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}, "D M Y", "Ingrédients"},
	"es": {"es", "Índice", "Notas", "Portada", "Comienzo del texto", "Por", "y",
		"Fuentes", "Foto: ", "consultado el", "«", "»",
		[12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}, "D de M de Y", "Ingredientes"},
	"it": {"it", "Indice", "Note", "Copertina", "Inizio del testo", "Di", "e",
		"Fonti", "Foto: ", "consultato il", "«", "»",
		[12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}, "D M Y", "Ingredienti"},
	"pt": {"pt", "Sumário", "Notas", "Capa", "Início do texto", "Por", "e",
		"Fontes", "Foto: ", "consultado em", "“", "”",
		[12]string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}, "D de M de Y", "Ingredientes"},
	"nl": {"nl", "Inhoud", "Noten", "Omslag", "Begin van de tekst", "Door", "en",
		"Bronnen", "Foto: ", "geraadpleegd op", "‘", "’",
		[12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}, "D M Y", "Ingrediënten"},
	"pl": {"pl", "Spis treści", "Przypisy", "Okładka", "Początek tekstu", "", "i",
		"Źródła", "Fot. ", "dostęp", "„", "”",
		[12]string{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"}, "D M Y", "Składniki"},
	"ar": {"ar", "", "", "", "", "", "",
		"المصادر", "صورة: ", "تاريخ الاطلاع", "«", "»",
		[12]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}, "D M Y", "المكونات"},
	"he": {"he", "", "", "", "", "", "",
		"מקורות", "צילום: ", "אוחזר", "“", "”",
		[12]string{"ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"}, "D בM Y", "מצרכים"},
}

// For returns the words for a BCP 47 tag ("de", "pt-BR", "en_GB"), and
// false, with the English words, when offprint has none for it. The
// empty tag counts as English.
func For(lang string) (Words, bool) {
	if w, ok := table[Primary(lang)]; ok {
		return w, true
	}
	return table["en"], false
}

// Primary returns the primary subtag of a language tag, lower case, with
// "-" or "_" as separator ("en_GB" → "en"); "" (unknown) counts as English.
func Primary(lang string) string {
	primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(lang)), "-")
	primary, _, _ = strings.Cut(primary, "_")
	if primary == "" {
		return "en"
	}
	return primary
}

// All returns the words of every language of the table, in no particular
// order (for recognising a heading offprint wrote in any of them).
func All() []Words {
	out := make([]Words, 0, len(table))
	for _, w := range table {
		out = append(out, w)
	}
	return out
}

// Labels returns w when it has book labels, else the English ones (the
// rest of w stays).
func (w Words) Labels() Words {
	if w.Contents != "" {
		return w
	}
	en := table["en"]
	w.Contents, w.Notes, w.Cover, w.Start = en.Contents, en.Notes, en.Cover, en.Start
	return w
}

// Date writes t (its UTC calendar day) the way the language does:
// "26 March 2024", "26. März 2024", "26 de marzo de 2024".
func (w Words) Date(t time.Time) string {
	t = t.UTC()
	r := strings.NewReplacer("D", strconv.Itoa(t.Day()), "M", w.Months[t.Month()-1], "Y", strconv.Itoa(t.Year()))
	return r.Replace(w.Layout)
}

// Byline joins names: "By A, B and C" in the languages that have the
// words, the bare names separated by commas in the others; "" for none.
func (w Words) Byline(names []string) string {
	switch {
	case len(names) == 0:
		return ""
	case w.By == "":
		return strings.Join(names, ", ")
	case len(names) == 1:
		return w.By + " " + names[0]
	}
	return w.By + " " + strings.Join(names[:len(names)-1], ", ") + " " + w.And + " " + names[len(names)-1]
}
