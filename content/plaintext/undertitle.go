package plaintext

import "strings"

const ruleUnderTitle = "line-under-title"

// underTitle reports whether line i, a heading by its wording (short and
// unpunctuated, in title case, or a question) right over the article's
// first paragraph of prose, stands right under the headline, no line
// between them (line-under-title: "AppleInsider", "Beachbody", "Текст:
// Лида Буслаева", "By Carrie ArnoldNovember 15, 2019" under theirs): an
// article opens under its headline with its front matter — the site's
// name, the byline, the standfirst — or with its text, not with a
// section, which divides a text already begun. beforeProse asks it of
// the one heading it would keep above the prose; a conventional
// section's name and a section's number stay there (keepsPlace), and so
// does a heading after a byline or a date ("Our Verdict" under "Last
// updated: 22 May 2025"). A person's name is left to name-at-top. A
// poem's title over its lines, with no prose under it, is no concern of
// beforeProse. cjk-heading-under-title is this rule's counterpart for
// Chinese, Japanese and Korean lines, which it takes anywhere first in
// the body.
func (c *classifier) underTitle(i int) bool {
	switch c.res[i][0].Rule {
	case ruleHeadingShort, ruleHeadingTitle, ruleHeadingQuestion:
	default:
		return false
	}
	p := c.prevLine(i)
	if p < 0 || c.role(p) != RoleTitle {
		return false
	}
	s := c.text(i)
	return !sectionNames[strings.ToLower(s)] && !namesShaped(s)
}
