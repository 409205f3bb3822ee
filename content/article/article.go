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

	"github.com/offprint/offprint/internal/lazyre"
)

// dateLayouts are the full dates ParseDate reads: machine dates (ISO 8601,
// RFC 3339, with or without a time) and English printed ones.
var dateLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 January, 2006",
	"2 Jan 2006",
}

// weekdayRE is an English weekday opening a printed date ("Thursday, 14
// March 2024", "Thu 14 Mar 2024", "Mon, Oct 14, 2024").
var weekdayRE = lazyre.New(`(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?,?\s+`)

// ParseDate reads a full publication date: a machine date (ISO 8601) or an
// English printed one, with or without a weekday before it and a full stop
// after it. The result is the wall-clock time in UTC (see WallClock).
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSuffix(weekdayRE.ReplaceAllString(strings.TrimSpace(s), ""), ".")
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return WallClock(t), true
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

// WordCount is the number of words of s, as white space separates them.
func WordCount(s string) int { return len(strings.Fields(s)) }
