package article

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/internal/lazyre"
)

// Byline is what a printed byline says: the authors, a role or note about
// them ("data editor"), and a date printed in the same line.
type Byline struct {
	Names []string
	Role  string    // the role after the names, for the first author
	Date  time.Time // zero when the line prints none, or one of unknown order ("03/04/2024")
}

// bylineSegRE splits a byline into segments that hold different things:
// "by Ingrid Solberg · November 21, 2023", "Jane Doe | Reuters".
var bylineSegRE = lazyre.New(`\s+[·•|—–]\s+|\s*[·•|]\s*|\s+[-—–]\s+`)

// BylineSegments splits a byline into the segments that hold different
// things, as ParseByline does: on "·", "•", "|" and spaced dashes.
func BylineSegments(s string) []string { return bylineSegRE.Split(s, -1) }

// ParseByline reads a byline that may be in any language. Its segments
// (BylineSegments) are read apart: a segment that is a date line
// (ReadDateLine) gives the date, the first other segment the names, less
// the word for "by" that opens it (CutByAnyLanguage). Names are split on
// commas only between name-shaped parts (NameShaped): the first part that
// is not one, and all after it, is the authors' role ("By Henrik Aas, data
// editor"), less parts with digits ("Updated 3 hours ago"). Name parts are
// then split on " and " and "&"; a part of those that is not name-shaped
// joins the role too. "Doe, Jane" is one author, Jane Doe.
func ParseByline(s string) Byline {
	var b Byline
	names := ""
	var segs []string
	for _, seg := range BylineSegments(strings.Join(strings.Fields(s), " ")) {
		segs = append(segs, BylineSegments(UnglueDate(seg))...) // "Jakob UlbrichFollowAug 8 · 5 min read"
	}
	for _, seg := range segs {
		seg, _ = CutByAnyLanguage(strings.TrimSpace(seg))
		if seg = strings.TrimSpace(seg); seg == "" {
			continue
		}
		if t, ok := ReadDateLine(seg); ok {
			if b.Date.IsZero() {
				b.Date = t
			}
			continue
		}
		if clockRE.MatchString(strings.ToLower(seg)) {
			continue // "By 2:54pm · 12 May 2022": the time of day, no name
		}
		if date, rest, ok := CutPostedBy(seg); ok { // "September 10, 2011 at 1:06 PM ET by Katelyn Sabochik"
			if t, isDate := ReadDateLine(date); isDate {
				if b.Date.IsZero() {
					b.Date = t
				}
				seg = rest
			}
		}
		if names == "" {
			names = seg
		}
	}
	names = dropHandles(names)
	names, b.Role = cutWireService(names) // "ERIC TUCKERAssociated Press": the agency is no author beside the reporter
	return b.withNames(names)
}

// withNames splits names, the names segment of a byline, into b's names
// and role (ParseByline) and returns b. A role b already has comes first.
func (b Byline) withNames(names string) Byline {
	if m := lastFirstRE.FindStringSubmatch(names); m != nil && NameShaped(m[1]) && NameShaped(m[2]) {
		names = m[2] + " " + m[1] // "Doe, Jane": one author, as a library writes names
	}
	var roles []string
	for _, part := range strings.Split(strings.NewReplacer(";", ",").Replace(names), ",") {
		part = strings.TrimSpace(part)
		if part == "" || len(b.Names) > 0 && strings.ContainsFunc(part, unicode.IsDigit) {
			continue // "Updated 3 hours ago" is neither a name nor a role
		}
		if len(roles) > 0 || (len(b.Names) > 0 && !otherAuthor(part)) {
			roles = append(roles, part)
			continue
		}
		for _, n := range andSplitRE.Split(part, -1) {
			n = strings.TrimSpace(n)
			switch {
			case n == "":
			case NameShaped(n) || len(b.Names) == 0 && len(roles) == 0:
				b.Names = append(b.Names, n)
			default:
				roles = append(roles, n)
			}
		}
	}
	if b.Role != "" {
		roles = append([]string{b.Role}, roles...)
	}
	b.Role = strings.Join(roles, ", ")
	return b
}

// cutWireService splits a news agency off the end of names, glued to the
// reporter's name ("ERIC TUCKERAssociated Press") or, when its name has
// several words, after it ("Jane Doe The Associated Press"): the name and
// the agency, or names and "" when none ends it or what stands before it
// is no name. A one-word agency after a space may be a surname ("Michael
// R. Bloomberg").
func cutWireService(names string) (name, agency string) {
	lower := strings.ToLower(names)
	for _, service := range wireServicesLongestFirst() {
		if len(service) < 4 || !strings.HasSuffix(lower, service) {
			continue // "AP", "AFP" and "UPI" end too many words
		}
		at := len(names) - len(service)
		glued := at > 0 && names[at-1] != ' '
		head := strings.TrimSpace(names[:at])
		parts := andSplitRE.Split(head, -1)
		last := strings.TrimSpace(parts[len(parts)-1])
		if i := strings.LastIndexByte(last, ','); i >= 0 {
			last = strings.TrimSpace(last[i+1:])
		}
		if (glued || strings.Contains(service, " ")) && NameShaped(last) && strings.Contains(last, " ") {
			return head, strings.TrimSpace(names[len(names)-len(service):])
		}
	}
	return names, ""
}

// wireServicesLongestFirst lists wireServices, the longest first ("the
// associated press" before "associated press"), in a fixed order.
var wireServicesLongestFirst = sync.OnceValue(func() []string {
	list := slices.Collect(maps.Keys(wireServices))
	slices.SortFunc(list, func(a, b string) int {
		if c := cmp.Compare(len(b), len(a)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return list
})

// handleRE matches a social network handle ("@ajaromano", "(@jdoe)").
var handleRE = lazyre.New(`\(?@[A-Za-z0-9_]{1,30}\)?`)

// dropHandles removes the social network handles from the names of a
// byline, printed after the name or glued to it when the page sets them
// in spans of their own ("Aja Romano@ajaromano"); an e-mail address
// ("jane@example.com", "@" then a dotted domain) stays.
func dropHandles(s string) string {
	if !strings.Contains(s, "@") {
		return s
	}
	var sb strings.Builder
	last := 0
	for _, m := range handleRE.FindAllStringIndex(s, -1) {
		if m[1] < len(s) && s[m[1]] == '.' {
			continue // an e-mail address's domain
		}
		sb.WriteString(s[last:m[0]])
		last = m[1]
	}
	sb.WriteString(s[last:])
	return strings.Join(strings.Fields(sb.String()), " ")
}

// lastFirstRE matches a name written "Surname, Given" (one word each).
var lastFirstRE = lazyre.New(`^\s*([^\s,]+),\s*([^\s,]+)\s*$`)

var andSplitRE = lazyre.New(`(?i)\s+(?:and|&)\s+`)

// otherAuthor reports whether a part after a comma names another author
// rather than the first one's role or employer: a name-shaped part of two
// to five words ("Jane Doe"), or several joined by "and".
func otherAuthor(part string) bool {
	for _, n := range andSplitRE.Split(part, -1) {
		if !NameShaped(n) {
			return false
		}
	}
	return len(strings.Fields(part)) >= 2
}

// NameShaped reports whether s looks like a person's name as bylines
// print it: one to five words, no digits, each word starting with a
// capital letter, a letter of a script without case (Arabic, Hebrew,
// CJK…), or being a particle like "van" or "de" (not all of them); no
// word of a job title ("Senior Editor"). Unlike IsName it takes a single
// word and names in scripts without case.
func NameShaped(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	particles := 0
	for _, w := range words {
		if strings.ContainsFunc(w, unicode.IsDigit) || IsJobTitleWord(w) {
			return false
		}
		if IsParticle(w) {
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

// maxGluedByline is the longest byline UnglueDate looks into, in bytes.
const maxGluedByline = 300

// yearlessDateRE matches a date without its year, as Medium prints this
// year's dates ("Aug 8", "March 3").
var yearlessDateRE = lazyre.New(`^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}$`)

// UnglueDate puts " · " between a byline's name and the date glued to it,
// as a page that sets them in spans of their own gives them to a
// browser's copy: "By Carrie ArnoldNovember 15, 2019", "by Jeff
// FoustMonday, November 18, 2019", "Jakob UlbrichFollowAug 8". The date
// must open with a capital right after a lower-case letter and run to the
// end of the line (ReadDateLine, or a month and a day), so "McDonald" or
// "iPhone" stay whole. A follow button glued between the name and the
// date goes with it (gluedButtons).
func UnglueDate(s string) string {
	if len(s) > maxGluedByline {
		return s
	}
	prev := rune(0)
	for i, r := range s {
		if unicode.IsLower(prev) && unicode.IsUpper(r) {
			if _, ok := ReadDateLine(s[i:]); ok || yearlessDateRE.MatchString(s[i:]) {
				return dropGluedButton(s[:i]) + " · " + s[i:]
			}
		}
		prev = r
	}
	return s
}

// gluedButtons are the buttons a byline prints after the author's name,
// glued to it in a browser's copy ("Jakob UlbrichFollow").
var gluedButtons = []string{"Follow", "Subscribe", "Folgen", "Abonnieren", "Seguir", "Suivre", "Segui", "Volgen", "Obserwuj"}

// dropGluedButton removes a button glued to the end of name.
func dropGluedButton(name string) string {
	for _, b := range gluedButtons {
		if rest, ok := strings.CutSuffix(name, b); ok && rest != "" {
			if r, _ := utf8.DecodeLastRuneInString(rest); unicode.IsLower(r) {
				return rest
			}
		}
	}
	return name
}
