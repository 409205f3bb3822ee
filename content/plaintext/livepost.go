package plaintext

import (
	"strings"
	"unicode"

	"github.com/offprint/offprint/internal/lazyre"
)

// timestampRE matches the time that opens each post of a live blog, alone
// on its line: "10:42 GMT", "10:42", "2.15pm", "9am", "14.05 CET". A time
// with a full stop needs "am"/"pm" or a zone, so "3.14" is no time; a
// time with a colon is a time of day ("58:14" is a duration).
var timestampRE = lazyre.New(`(?i)^(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[ap]\.?m\.?)?|\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\.?)(?:\s+` + zoneRE + `)?$|^\d{1,2}\.\d{2}\s+` + zoneRE + `$`)

// zoneRE matches the time zones live blogs print after a time, and the
// German "Uhr" ("15:12 Uhr").
const zoneRE = `(?:GMT|BST|UTC|CET|CEST|ET|EDT|EST|PT|PDT|PST|CT|CDT|CST|MT|AEST|AEDT|IST|JST|HKT|SGT|Uhr)`

// livePosts reads the posts of a live blog (live-post-time). A time alone
// on its line followed by a short title line (one that passes the heading
// tests) and more body text makes a level-3 heading "10:42 GMT — Title";
// a time followed by a paragraph becomes the paragraph's bold lead. A
// time line is never a heading or a paragraph of its own.
func (c *classifier) livePosts(content []int) {
	for k := 0; k < len(content); k++ {
		i := content[k]
		rule := postLeadRule(c.text(i))
		if c.role(i) != RoleParagraph || rule == "" {
			continue
		}
		stamp := c.set(i, RoleParagraph, rule)
		if k+1 >= len(content) || !isPlainParagraph(c.res[content[k+1]]) || isPostLead(c.text(content[k+1])) {
			continue // a time alone: kept as a short paragraph
		}
		stamp.continued = true
		next := &c.res[content[k+1]][0]
		next.stamp = stampText(c.text(i))
		if postTitle(next.Text) && k+2 < len(content) && followsHeading(c.role(content[k+2])) {
			stamp.Role = RoleHeading
			next.Role, next.Rule, next.level = RoleHeading, rule, 3
		} else {
			next.Rule = rule
		}
		k++
	}
}

// isPlainParagraph reports whether items are one paragraph decision.
func isPlainParagraph(items []item) bool {
	return len(items) == 1 && items[0].Role == RoleParagraph && items[0].Rule != ruleQA
}

// isTimestamp reports whether s is a time alone on its line; it checks the
// cheap signs (short, opening with a digit) before timestampRE.
func isTimestamp(s string) bool {
	if s != "" && (s[0] < '0' || s[0] > '9') && len(s) <= 40 && postedAtRE.MatchString(s) {
		s = s[len(postedAtRE.FindString(s)):]
	}
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	return len(s) <= 20 && timestampRE.MatchString(s) || len(s) <= maxGluedStamp && gluedStampRE.MatchString(s)
}

// maxGluedStamp is the longest time glued to its post's author, in bytes.
const maxGluedStamp = 48

// gluedStampRE matches a post's time glued to the name of its author or
// to a label, as a page's markup set them side by side without a space:
// "21:22Frances Watkins", "18:28KEY EVENT".
var gluedStampRE = lazyre.New(`^(?:[01]?\d|2[0-3]):[0-5]\d\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$`)

// stampText returns the time that leads a post as its heading prints it:
// without "Posted at", and with a space between a time and the name glued
// to it ("21:22 Frances Watkins").
func stampText(s string) string {
	s = strings.TrimSpace(strings.TrimPrefix(s, postedAtRE.FindString(s)))
	if gluedStampRE.MatchString(s) {
		if i := strings.IndexFunc(s, unicode.IsLetter); i > 0 {
			return s[:i] + " " + s[i:]
		}
	}
	return s
}

// postedAtRE matches the words some live blogs print before a post's
// time: "Posted at 10:42", "Updated at 18.46 BST".
var postedAtRE = lazyre.New(`^(?i:posted|updated|published)\s+(?:at\s+)?`)

// postLeadRule returns the rule of a line that leads a post or a step:
// a time (live-post-time) or a step label (step-label), or "".
func postLeadRule(s string) string {
	switch {
	case isTimestamp(s):
		return ruleLivePost
	case isStepLabel(s):
		return ruleStepLabel
	}
	return ""
}

// isPostLead reports whether s is a time or a step label alone on its line.
func isPostLead(s string) bool { return postLeadRule(s) != "" }

// postTitle reports whether s can be the title of a post: a line that
// passes the heading tests, or a short exclamation ("Alcaraz retains
// title!"), which live blogs use for their big moments.
func postTitle(s string) bool {
	if headingRule(s) != "" {
		return !isDialogue(s) && !isDateOnly(s) && notHeadingText(s) == "" // not a date, a row, a name…
	}
	return lastRune(s) == '!' && len(tokenize(s)) <= 8 && isCapitalized(s) && !isDialogue(s) && !sentenceInside(tokenize(s))
}
