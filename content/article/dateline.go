package article

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/offprint/offprint/internal/lazyre"
)

var (
	dateMDY = lazyre.NewFunc(func() string {
		return `(?i)\b` + monthRE() + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`
	})
	dateDMY = lazyre.NewFunc(func() string {
		return `(?i)\b(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?` + monthRE() + `,?\s+(?:de\s+)?(\d{4})\b`
	})
	dateISO = lazyre.New(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// dateDotted matches a day, month and year joined by full stops, as
	// German pages write them: "10.01.2024".
	dateDotted = lazyre.New(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
	// clockRE matches a time of day with an optional zone: "3:40pm EDT", "15h30".
	clockRE = lazyre.New(`(?i)^(?:\d{1,2}(?:[:.h]\d{2})?(?:\s*[ap]\.?m\.?)?|(?:gmt|utc)?[+-]\d{1,2}(?::?\d{2})?)$`)
)

// isDateWord reports whether w may surround a date on a date line
// ("Updated Monday, March 25, 2024 at 3:40 p.m. ET"). A switch, not a map,
// so that nothing is built at every start of offprint.
func isDateWord(w string) bool {
	switch w {
	case "updated", "published", "posted", "modified",
		"last", "first", "on", "at", "am", "pm",
		"a.m", "p.m", "a.m.", "p.m.", "originally",
		"et", "edt", "est", "ct", "cdt", "cst",
		"mt", "pt", "pdt", "pst", "gmt", "utc",
		"bst", "cet", "cest", "ist", "aest",
		"monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "mon", "tue",
		"tues", "wed", "thu", "thur", "thurs",
		"fri", "sat", "sun", "date", "time",
		// other languages: "10.01.2024, 06.12 Uhr", "Aktualisiert am 5. Februar 2024"
		"uhr", "aktualisiert", "veröffentlicht",
		"publié", "modifié", "actualizado", "publicado",
		"atualizado", "pubblicato", "aggiornato",
		"hs", "hrs", "horas", // "4 de mayo de 2022 07:59 hs"
		"de", "del", "le", "um", "à", "às", "alle", "ore":
		return true
	}
	return weekdays[w]
}

// weekdays are the names of the days of the week in the languages whose
// months offprint reads (a date line opens with one: "miércoles, 4 de
// mayo de 2022", "Mittwoch, 4. Mai 2022", "mercredi 4 mai 2022").
var weekdays = map[string]bool{
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonnabend": true, "sonntag": true,
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true, "sabato": true, "domenica": true,
	"segunda-feira": true, "terça-feira": true, "quarta-feira": true, "quinta-feira": true, "sexta-feira": true,
	"maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true, "vrijdag": true, "zaterdag": true, "zondag": true,
}

// DateSpan is a date found in a text: the day, and the bytes of the text
// that write it.
type DateSpan struct {
	Time       time.Time
	Start, End int
}

// FindDates returns every valid calendar date written in s with its year,
// in order: "March 25, 2024", "25 March 2024", "1er mars 2024", "12. März
// 2024", "12 de marzo de 2024", "10.01.2024", "2024-03-25". Month names
// may be English or those of localMonths (Spanish, Italian, French, German,
// Portuguese, Dutch, Scandinavian, Polish).
func FindDates(s string) []DateSpan {
	if !strings.ContainsAny(s, "0123456789") {
		return nil
	}
	var out []DateSpan
	add := func(start, end, y int, m time.Month, d int) {
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if y >= 1000 && t.Month() == m && t.Day() == d {
			out = append(out, DateSpan{t, start, end})
		}
	}
	for _, m := range dateMDY.FindAllStringSubmatchIndex(s, -1) {
		add(m[0], m[1], atoi(s[m[6]:m[7]]), months()[strings.ToLower(s[m[2]:m[3]])], atoi(s[m[4]:m[5]]))
	}
	for _, m := range dateDMY.FindAllStringSubmatchIndex(s, -1) {
		add(m[0], m[1], atoi(s[m[6]:m[7]]), months()[strings.ToLower(s[m[4]:m[5]])], atoi(s[m[2]:m[3]]))
	}
	for _, m := range dateDotted.FindAllStringSubmatchIndex(s, -1) {
		add(m[0], m[1], atoi(s[m[6]:m[7]]), time.Month(atoi(s[m[4]:m[5]])), atoi(s[m[2]:m[3]]))
	}
	for _, m := range dateISO.FindAllStringSubmatchIndex(s, -1) {
		add(m[0], m[1], atoi(s[m[2]:m[3]]), time.Month(atoi(s[m[4]:m[5]])), atoi(s[m[6]:m[7]]))
	}
	return out
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// ParseDateLine reports whether s is only a date with the words that go
// with one ("Updated Mar 25, 2024, 3:40pm EDT", "Aktualisiert am 5.
// Februar 2024"). It returns the first date and whether the line calls it
// an update.
func ParseDateLine(s string) (t time.Time, updated, ok bool) {
	if utf8.RuneCountInString(s) > 120 {
		return t, false, false
	}
	dates := FindDates(s)
	if len(dates) == 0 {
		return t, false, false
	}
	rest := []byte(s)
	for _, d := range dates {
		for i := d.Start; i < d.End; i++ {
			rest[i] = ' '
		}
	}
	for _, w := range strings.FieldsFunc(string(rest), func(r rune) bool {
		return strings.ContainsRune(" \t,|·•—–-:;()", r)
	}) {
		lw := strings.ToLower(w)
		if !isDateWord(lw) && !isDateWord(strings.TrimSuffix(lw, ".")) && !clockRE.MatchString(lw) {
			return t, false, false
		}
	}
	before := strings.ToLower(s[:dates[0].Start])
	updated = strings.Contains(before, "updated") || strings.Contains(before, "modified") ||
		strings.Contains(before, "aktualisiert") || strings.Contains(before, "actualizado") ||
		strings.Contains(before, "atualizado") || strings.Contains(before, "aggiornato") || strings.Contains(before, "modifié")
	return dates[0].Time, updated, true
}

// datelineRE matches the dateline that opens a news story: a place in
// capitals, an optional region, date and agency, then a dash.
// "KYIV, Ukraine (AP) — ", "LONDON, March 25 (Reuters) - ".
var datelineRE = lazyre.New(`^\p{Lu}[\p{Lu}.'’\-]+(?:\s+\p{Lu}[\p{Lu}.'’\-]*){0,3}` +
	`(?:,\s+\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3})?` +
	`(?:,?\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\.?\s+\p{L}+\.?(?:\s+\d{4})?))?` +
	`(?:\s+\([^()]{1,40}\))?\s*(?:—|–|--|-)\s+\S`)

// agencyDatelineRE matches a dateline in title case with an agency:
// "Washington (CNN) — ".
var agencyDatelineRE = lazyre.New(`^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s+\([^()]{1,40}\)\s*(?:—|–|--|-)\s+\S`)

// dateDashRE finds the dash that ends a dateline.
var dateDashRE = lazyre.New(`\s(?:—|–|--|-)\s+\S`)

// HasDateline reports whether paragraph s opens with a news dateline: a
// place (in capitals, or in title case with an agency) or a date alone,
// then a dash ("KYIV, Ukraine (AP) — ", "Washington (CNN) — ", "4 June
// 2024 — ").
func HasDateline(s string) bool {
	return datelineRE.MatchString(s) || agencyDatelineRE.MatchString(s) || !DatelineDate(s).IsZero()
}

// DatelineDate returns the full date (with its year) that the dateline
// opening s names, or the zero time: "TOWNSVILLE, Australia, 4 June 2024
// — " and "4 June 2024 — " name one, "LONDON, March 25 (Reuters) - " does
// not.
func DatelineDate(s string) time.Time {
	if len(s) > 100 {
		s = s[:100] // the dash of a dateline is near the start
	}
	loc := dateDashRE.FindStringIndex(s)
	if loc == nil || loc[0] > 80 {
		return time.Time{}
	}
	head := s[:loc[0]]
	if t, _, ok := ParseDateLine(head); ok {
		return t
	}
	if t, _, ok := ParsePlaceDateLine(head); ok {
		return t // "Berlin, 12. März 2024 – "
	}
	if !datelineRE.MatchString(s) && !agencyDatelineRE.MatchString(s) {
		return time.Time{}
	}
	if ds := FindDates(head); len(ds) > 0 {
		return ds[0].Time
	}
	return time.Time{}
}

// dateLabelRE is the label of a printed date ("Published on", "Updated:").
var dateLabelRE = lazyre.New(`(?i)^(?:published|updated|posted|last modified)(?: on)?:?\s*`)

// CutDateLabel cuts the label of a printed date ("Published on ",
// "Updated: ", "Last modified ") from s and returns the rest; ok is false
// when s opens with none.
func CutDateLabel(s string) (rest string, ok bool) {
	loc := dateLabelRE.FindStringIndex(s)
	if loc == nil {
		return s, false
	}
	return s[loc[1]:], true
}

// numericDateLineRE matches a line that is only a date written in numbers
// whose order of day and month cannot be told ("03/04/2024", "2024.03.04",
// "Published 03/04/2024, 10:15 AM EST"), with an optional label, weekday
// and time.
var numericDateLineRE = lazyre.New(`(?i)^(?:(?:published|updated|posted|last modified)(?: on)?:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*)?\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$`)

// ReadDateLine reports whether s is only a date, with the words that go
// with one: a date ParseDate reads once a label is cut (CutDateLabel:
// "Published on 2024-03-25T10:15:00Z"), a date line (ParseDateLine), or a
// date in numbers whose order of day and month cannot be told
// ("03/04/2024"), for which the date is zero.
func ReadDateLine(s string) (time.Time, bool) {
	rest, _ := CutDateLabel(s)
	if t, ok := ParseDate(rest); ok {
		return t, true
	}
	if t, _, ok := ParseDateLine(s); ok {
		return t, true
	}
	return time.Time{}, numericDateLineRE.MatchString(s)
}
