package sources

import (
	"strconv"
	"strings"
	"time"
)

// vocab is what the pass writes into a document, in one language.
type vocab struct {
	heading   string     // the Sources section's heading
	photo     string     // the label before a photo credit, with its space
	retrieved string     // "(retrieved DATE)" after a URL
	open      string     // opening quotation mark around a title
	close     string     // closing quotation mark
	months    [12]string // month names for dates
	date      string     // date layout: D day, M month name, Y year
}

// nbsp is the no-break space French puts before a colon and inside
// guillemets.
const nbsp = "\u00a0"

// wordsByLang holds the languages the pass has words for; keys are primary
// language subtags. Other languages get English.
var wordsByLang = map[string]vocab{
	"en": {"Sources", "Photo: ", "retrieved", "“", "”",
		[12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}, "D M Y"},
	"de": {"Quellen", "Foto: ", "abgerufen am", "„", "“",
		[12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}, "D. M Y"},
	"fr": {"Sources", "Photo" + nbsp + ": ", "consulté le", "«" + nbsp, nbsp + "»",
		[12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}, "D M Y"},
	"es": {"Fuentes", "Foto: ", "consultado el", "«", "»",
		[12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}, "D de M de Y"},
	"it": {"Fonti", "Foto: ", "consultato il", "«", "»",
		[12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}, "D M Y"},
	"pt": {"Fontes", "Foto: ", "consultado em", "“", "”",
		[12]string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}, "D de M de Y"},
	"nl": {"Bronnen", "Foto: ", "geraadpleegd op", "‘", "’",
		[12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}, "D M Y"},
	"ar": {"المصادر", "صورة: ", "تاريخ الاطلاع", "«", "»",
		[12]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}, "D M Y"},
	"he": {"מקורות", "צילום: ", "אוחזר", "“", "”",
		[12]string{"ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"}, "D בM Y"},
}

// wordsFor returns the words for a BCP 47 language tag, English when the
// pass has none for it.
func wordsFor(lang string) vocab {
	if w, ok := wordsByLang[primaryLang(lang)]; ok {
		return w
	}
	return wordsByLang["en"]
}

// primaryLang returns the primary subtag of a language tag, lower case, with
// "-" or "_" as separator ("en_GB" → "en"); "" (unknown) counts as English.
func primaryLang(lang string) string {
	primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(lang)), "-")
	primary, _, _ = strings.Cut(primary, "_")
	if primary == "" {
		return "en"
	}
	return primary
}

// isSectionTitle reports whether s is the Sources heading in one of the
// languages the pass writes.
func isSectionTitle(s string) bool {
	for _, w := range wordsByLang {
		if s == w.heading {
			return true
		}
	}
	return false
}

// formatDate writes t (its UTC calendar day) the way the language does.
func (w vocab) formatDate(t time.Time) string {
	t = t.UTC()
	r := strings.NewReplacer("D", strconv.Itoa(t.Day()), "M", w.months[t.Month()-1], "Y", strconv.Itoa(t.Year()))
	return r.Replace(w.date)
}

// quote puts the language's quotation marks around a title. Quotation
// marks already around the whole title are dropped first, and double
// marks inside it become single ones (“‘Quoted’: a title”), so that the
// marks are never doubled.
func (w vocab) quote(title string) string {
	title = strings.TrimSpace(title)
	if inner, ok := outerQuoted(title); ok {
		title = inner
	}
	title = innerDoubles.Replace(title)
	return w.open + title + w.close
}

// innerDoubles turns double quotation marks into the matching single ones.
var innerDoubles = strings.NewReplacer("“", "‘", "”", "’", "„", "‚", "«", "‹", "»", "›")

// quotePairs are the opening and closing double quotation marks of the
// languages offprint reads.
var quotePairs = [][2]string{{"“", "”"}, {"\"", "\""}, {"„", "“"}, {"„", "”"}, {"«", "»"}, {"»", "«"}, {"”", "”"}, {"‘", "’"}, {"'", "'"}}

// outerQuoted returns the title without the quotation marks around it
// when a pair of marks encloses the whole title (and no other mark of the
// pair closes inside it).
func outerQuoted(s string) (string, bool) {
	for _, p := range quotePairs {
		if len(s) <= len(p[0])+len(p[1]) || !strings.HasPrefix(s, p[0]) || !strings.HasSuffix(s, p[1]) {
			continue
		}
		inner := strings.TrimSpace(s[len(p[0]) : len(s)-len(p[1])])
		if inner == "" || strings.Contains(inner, p[1]) || strings.Contains(inner, p[0]) {
			continue
		}
		return inner, true
	}
	return s, false
}
