// Package article holds the rules about articles that every reader shares:
// reading a publication date, splitting a byline into names, telling a
// name from other words, counting words. Readers (content/markdown,
// content/html, content/image…) call these instead of keeping their own
// copies.
package article

import (
	"strings"
	"time"
	"unicode"
)

// dateLayouts are the machine dates ParseDate reads: ISO 8601 and RFC
// 3339, with or without a time.
var dateLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00", // "2017-03-13 19:18:46.402+00:00", as some CMSs write <time datetime>
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
}

// ParseDate reads a full publication date: a machine date (ISO 8601, with
// its time) or a printed one, which is a date line (ParseDateLine: "Thursday,
// 14 March 2024", "Jan. 5, 2024.", "12. März 2024"). The result is the
// wall-clock time in UTC (see WallClock).
func ParseDate(s string) (time.Time, bool) {
	s = strings.Join(strings.Fields(strings.TrimSuffix(strings.TrimSpace(s), ".")), " ")
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return WallClock(t), true
		}
	}
	if t, _, ok := ParseDateLine(s); ok {
		return t, true
	}
	return time.Time{}, false
}

// ParsePartialDate reads a full date as ParseDate does, or a date known
// only to the month or the year, as front matter may give it ("2024-03",
// "2024"): the first day of that month or year, in UTC.
func ParsePartialDate(s string) (time.Time, bool) {
	if t, ok := ParseDate(s); ok {
		return t, true
	}
	for _, layout := range []string{"2006-01", "2006"} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// WallClock keeps the date and time as the publisher wrote them, in UTC:
// "2023-05-14T00:30+02:00" stays 14 May, the day printed on the page,
// rather than becoming 13 May at 22:30 UTC.
func WallClock(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

// SplitNames splits the names of a byline: "A, B and C", "A & B", "A; B".
func SplitNames(s string) []string {
	s = strings.NewReplacer(" and ", ",", " & ", ",", ";", ",").Replace(s)
	var out []string
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// particles may stand in lower case inside a name ("Ursula von der Leyen").
var particles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true,
	"di": true, "da": true, "du": true, "la": true, "le": true, "ter": true, "ten": true,
	"bin": true, "bint": true, "ibn": true, "al": true, "el": true, "y": true, "dos": true, "das": true,
}

// IsParticle reports a word that may stand in lower case inside a name.
func IsParticle(w string) bool { return particles[w] }

// IsName reports whether s is 2 to maxWords words that start with a
// capital letter (a person or an agency: "Sefa Karacan", "Jo van Dyk"),
// the first one capitalised, the others capitalised or particles.
func IsName(s string, maxWords int) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > maxWords || !unicode.IsUpper([]rune(words[0])[0]) {
		return false
	}
	for _, w := range words {
		if !unicode.IsUpper([]rune(w)[0]) && !particles[w] {
			return false
		}
	}
	return true
}

// WordCount is the number of words of s, as white space separates them;
// it counts without copying them.
func WordCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}
