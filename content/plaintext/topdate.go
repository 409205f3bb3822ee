package plaintext

import (
	"time"

	"github.com/offprint/offprint/content/article"
)

// maxTopDateLines is how far into the body, in content lines, a date
// alone is still the article's date (date-line-top).
const maxTopDateLines = 8

// topDates reads the date alone on its line that a page prints under the
// byline or the lead, where the front matter has already ended ("Feb. 21,
// 2019" under the lead photo's caption): among the body's first
// maxTopDateLines lines, before its second paragraph of prose, when it is
// the body's only line that is a date alone (a timeline's dates are its
// text). It becomes the document's date when none is known, and is
// dropped as page furniture when one is (date-line-top).
func (c *classifier) topDates(content []int) {
	top, dates := -1, 0
	prose := 0
	for k, i := range content {
		if len(c.res[i]) != 1 || c.role(i) != RoleParagraph && c.res[i][0].Rule != ruleListNumber { // "12. März 2024" is no list item
			continue
		}
		near := k < maxTopDateLines && prose < 2
		if _, _, ok := parseDateOnly(c.text(i)); ok {
			dates++
			if top < 0 && near {
				top = i
			}
			continue
		}
		if near && c.prose(i) {
			prose++
		}
	}
	if top < 0 || dates > 1 {
		return
	}
	if c.dateKnown() {
		c.set(top, RoleBoilerplate, ruleDateTop)
		return
	}
	it := c.set(top, RoleDate, ruleDateTop)
	it.date, it.updated, _ = parseDateOnly(c.text(top))
}

// parseDateOnly reads s as a date line, with a place before the date or
// not (date-line, date-line-place).
func parseDateOnly(s string) (t time.Time, updated, ok bool) {
	if len(s) > 4*80 || runeCount(s) > 80 {
		return t, false, false
	}
	if t, updated, ok = article.ParseDateLine(s); ok {
		return t, updated, ok
	}
	return article.ParsePlaceDateLine(s)
}

// dateKnown reports whether a date line or a byline read so far (above
// the title, in the front matter or in the tail) names the article's
// date.
func (c *classifier) dateKnown() bool {
	for _, items := range c.res {
		for _, it := range items {
			if (it.Role == RoleDate || it.Role == RoleByline) && !it.date.IsZero() {
				return true
			}
		}
	}
	return false
}
