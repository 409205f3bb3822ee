package article

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/offprint/offprint/internal/lazyre"
)

// localMonths are month names and their usual abbreviations in Spanish,
// Italian, French, German, Portuguese, Dutch, the Scandinavian languages
// and Polish (in the genitive a date uses), for date lines such as "12 mar
// 2024", "25 settembre 2024", "3 août 2024", "12. März 2024", "12 de março
// de 2024", "21. desember 2023" or "21 listopada 2024". Indexed by month:
// an array, not a map, is laid out by the compiler rather than built at
// every start of offprint.
var localMonths = [...][]string{
	1:  {"enero", "ene", "gennaio", "gen", "janvier", "janv", "januar", "jänner", "janeiro", "januari", "stycznia"},
	2:  {"febrero", "febbraio", "février", "févr", "fevrier", "februar", "fevereiro", "fev", "februari", "lutego"},
	3:  {"marzo", "mars", "märz", "mär", "março", "maart", "mrt", "marca"},
	4:  {"abril", "abr", "aprile", "avril", "avr", "april", "kwietnia"},
	5:  {"mayo", "maggio", "mag", "mai", "maio", "mei", "maj", "maja"},
	6:  {"junio", "giugno", "giu", "juin", "juni", "junho", "czerwca"},
	7:  {"julio", "luglio", "lug", "juillet", "juil", "juli", "julho", "lipca"},
	8:  {"agosto", "ago", "août", "aout", "augustus", "augusti", "sierpnia"},
	9:  {"septiembre", "setiembre", "settembre", "set", "septembre", "setembro", "sept", "września"},
	10: {"octubre", "ottobre", "ott", "octobre", "oktober", "okt", "outubro", "out", "października"},
	11: {"noviembre", "novembre", "novembro", "november", "listopada"},
	12: {"diciembre", "dicembre", "dic", "décembre", "decembre", "dezember", "dez", "dezembro", "december", "desember", "grudnia"},
}

// months maps month names and their usual abbreviations, in English and
// in the languages of localMonths, to months (keys in lower case). It is
// built at first use, as monthRE, not at every start of offprint.
var months = sync.OnceValue(func() map[string]time.Month {
	m := map[string]time.Month{
		"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
		"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
		"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
		"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
	}
	for mo, names := range localMonths {
		for _, n := range names {
			m[n] = time.Month(mo)
		}
	}
	return m
})

// monthRE matches any key of months (longest first), with an optional
// abbreviation point after it.
func monthRE() string {
	names := make([]string, 0, len(months()))
	for n := range months() {
		names = append(names, regexp.QuoteMeta(n))
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return `(` + strings.Join(names, "|") + `)\.?`
}

// placeDateRE matches the place that opens a place-and-date line: one to
// three capitalised words and a separator ("Madrid - ", "New York, ",
// "TOWNSVILLE — ").
var placeDateRE = lazyre.New(`^\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|de|del|la|am|sur|upon)){0,3}\s*(?:,|-|–|—|\|)\s*`)

// ParsePlaceDateLine reads a date line that names the place first:
// "Madrid - 12 mar 2024 - 13:45 CET", "Berlin, 12. März 2024". The rest
// after the place must be a date line (ParseDateLine); a line opening
// with a word for "by" is a byline, not a place ("Di Giulia Rossi, 3
// marzo 2024").
func ParsePlaceDateLine(s string) (t time.Time, updated, ok bool) {
	if utf8.RuneCountInString(s) > 80 {
		return t, false, false
	}
	loc := placeDateRE.FindStringIndex(s)
	if loc == nil || IsByWord(firstWord(s)) {
		return t, false, false
	}
	return ParseDateLine(s[loc[1]:])
}

// byWords are the words for "by" that open bylines in English, German,
// French, Spanish, Portuguese, Italian and Dutch.
var byWords = map[string]bool{"by": true, "von": true, "par": true, "por": true, "di": true, "da": true, "door": true, "de": true}

// IsByWord reports whether w, in any case, is a word for "by" that opens
// a byline in English, German, French, Spanish, Portuguese, Italian or
// Dutch ("By", "Von", "Par", "Por", "Di", "Door").
func IsByWord(w string) bool { return byWords[strings.ToLower(w)] }

// firstWord returns the first word of s, as white space separates them.
func firstWord(s string) string {
	for w := range strings.FieldsSeq(s) {
		return w
	}
	return ""
}

// IsMonthYear reports whether s is a month and a year alone, in English
// or another language of localMonths, in any case: "April 2024", "Sept.
// 2023", "März 2024", "SPRING" is not one. A magazine prints its issue
// so under the byline.
func IsMonthYear(s string) bool {
	f := strings.Fields(s)
	if len(f) != 2 || len(f[1]) != 4 {
		return false
	}
	if _, ok := months()[strings.ToLower(strings.TrimSuffix(f[0], "."))]; !ok {
		return false
	}
	y, err := strconv.Atoi(f[1])
	return err == nil && y >= 1800 && y < 2200
}

// readingTimeRE finds a reading time in English or another major
// European language: "14 min read", "Lesezeit: 4 Min.", "Leestijd 3
// minuten", "5 minutos de lectura", "Temps de lecture : 6 min".
var readingTimeRE = lazyre.New(`(?i)(?:^|[^\pL\d])\d{1,3}\s*(?:min|mins|minutes?|minuten|minutos|minuti|minuty)\.?\s+(?:read|reading|de\s+lectura|de\s+lecture|di\s+lettura|de\s+leitura|leestijd|lesezeit|läsning|czytania)(?:$|[^\pL])|(?:^|[^\pL])(?:lesezeit|lesedauer|leestijd|reading time|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|lästid|czas czytania)(?:$|[^\pL])`)

// HasReadingTime reports whether s tells how long the article takes to
// read ("14 min read", "Lesezeit: ca. 3 Minuten").
func HasReadingTime(s string) bool { return readingTimeRE.MatchString(s) }
