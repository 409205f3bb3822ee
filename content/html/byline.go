package html

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// byline is what a printed byline says: the authors, a role or note about
// them ("data editor"), and a date printed in the same line.
type byline struct {
	names []string
	bio   string // the role after the names, for the first author
	date  time.Time
}

// bylineSegRE splits a byline into segments that hold different things:
// "by Ingrid Solberg · November 21, 2023", "Jane Doe | Reuters".
var bylineSegRE = lazyre.New(`\s+[·•|—–]\s+|\s*[·•|]\s*|\s+[-—–]\s+`)

// parseByline reads a byline. Its segments are split on "·", "•", "|"
// and spaced dashes; a segment that is a date gives the date, the first
// other segment the names. Names are split on commas only between
// name-shaped parts (see nameShaped): the first part that is not one, and
// all after it, is the authors' role ("By Henrik Aas, data editor"), less
// parts with digits ("Updated 3 hours ago"). Name parts are then split on
// " and " and "&"; a part of those that is not name-shaped joins the role
// too. "Doe, Jane" is one author, Jane Doe.
func parseByline(s string) byline {
	var b byline
	names := ""
	for _, seg := range bylineSegRE.Split(collapse(s), -1) {
		seg = strings.TrimSpace(byPrefix.ReplaceAllString(seg, ""))
		if seg == "" {
			continue
		}
		if t, ok := parseDate(strings.TrimSuffix(datePrefixRE.ReplaceAllString(seg, ""), ".")); ok || dateLineRE.MatchString(seg) {
			if b.date.IsZero() {
				b.date = t
			}
			continue
		}
		if names == "" {
			names = seg
		}
	}
	if m := lastFirstRE.FindStringSubmatch(names); m != nil && nameShaped(m[1]) && nameShaped(m[2]) {
		names = m[2] + " " + m[1] // "Doe, Jane": one author, as a library writes names
	}
	var roles []string
	for _, part := range strings.Split(strings.NewReplacer(";", ",").Replace(names), ",") {
		part = strings.TrimSpace(part)
		if part == "" || len(b.names) > 0 && strings.ContainsFunc(part, unicode.IsDigit) {
			continue // "Updated 3 hours ago" is neither a name nor a role
		}
		if len(roles) > 0 || (len(b.names) > 0 && !otherAuthor(part)) {
			roles = append(roles, part)
			continue
		}
		for _, n := range andSplitRE.Split(part, -1) {
			n = strings.TrimSpace(n)
			switch {
			case n == "":
			case nameShaped(n) || len(b.names) == 0 && len(roles) == 0:
				b.names = append(b.names, n)
			default:
				roles = append(roles, n)
			}
		}
	}
	b.bio = strings.Join(roles, ", ")
	return b
}

// lastFirstRE matches a name written "Surname, Given" (one word each).
var lastFirstRE = lazyre.New(`^\s*([^\s,]+),\s*([^\s,]+)\s*$`)

// datePrefixRE is the label of a printed date ("Published on").
var datePrefixRE = lazyre.New(`(?i)^(?:published|updated|posted|last modified)(?: on)?:?\s*`)

var andSplitRE = lazyre.New(`(?i)\s+(?:and|&)\s+`)

// otherAuthor reports whether a part after a comma names another author
// rather than the first one's role or employer: a name-shaped part of two
// to five words ("Jane Doe"), or several joined by "and".
func otherAuthor(part string) bool {
	for _, n := range andSplitRE.Split(part, -1) {
		if !nameShaped(n) {
			return false
		}
	}
	return len(strings.Fields(part)) >= 2
}

// roleWords are words of job titles that are capitalised in some bylines
// ("Jane Doe, Senior Editor").
var roleWords = map[string]bool{
	"editor": true, "correspondent": true, "reporter": true, "writer": true, "columnist": true,
	"contributor": true, "critic": true, "producer": true, "analyst": true, "photographer": true,
	"staff": true, "chief": true, "senior": true, "deputy": true, "professor": true, "director": true,
	"journalist": true, "author": true, "associate": true, "contributing": true, "managing": true,
}

// nameShaped reports whether s looks like a person's name: one to five
// words, no digits, each word starting with a capital letter, a letter of
// a script without case (Arabic, Hebrew, CJK…), or being a particle like
// "van" or "de"; no job-title word.
func nameShaped(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	particles := 0
	for _, w := range words {
		if strings.ContainsFunc(w, unicode.IsDigit) || roleWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return false
		}
		if article.IsParticle(w) {
			particles++
			continue
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"'“‘("))
		if !unicode.IsLetter(r) || unicode.IsLower(r) {
			return false
		}
	}
	return particles < len(words)
}
