package content

import (
	"strconv"
	"strings"
	"unicode"
)

// AssignIDs gives every heading without an ID a unique, readable anchor
// derived from its text ("what-we-know-about-isis"), and makes existing IDs
// unique. The result depends only on the headings, in order.
func AssignIDs(doc *Document) {
	seen := map[string]bool{}
	next := map[string]int{} // the next number to try after a base: n equal headings cost n, not n²
	WalkBlocks(doc.Blocks, func(b Block) {
		h, ok := b.(*Heading)
		if !ok {
			return
		}
		base := h.ID
		if base == "" {
			base = Slug(PlainText(h.Inlines))
		}
		id := base
		for i := max(next[base], 2); seen[id]; i++ {
			id = base + "-" + strconv.Itoa(i)
			next[base] = i + 1
		}
		seen[id] = true
		h.ID = id
	})
}

// maxSlug is the length, in bytes, past which Slug stops at a word end.
const maxSlug = 48

// Slug turns text into an XML-name-safe anchor: lower-case letters and
// digits (of any script) joined by hyphens, starting with a letter, cut
// after the word that reaches 48 bytes (at a word end when it can); "section" when the text has no letter or digit.
func Slug(text string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(text) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (sb.Len() > 0 && !dash && unicode.In(r, unicode.Mn, unicode.Mc)):
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			dash = false
			sb.WriteRune(r)
		default:
			dash = true
		}
		if sb.Len() >= maxSlug {
			break
		}
	}
	s := sb.String()
	if len(s) >= maxSlug {
		if i := strings.LastIndexByte(s, '-'); i > maxSlug/2 {
			s = s[:i] // whole words only
		}
	}
	s = strings.TrimSuffix(s, "-")
	switch {
	case s == "":
		return "section"
	case !unicode.IsLetter([]rune(s)[0]):
		return "s-" + s
	}
	return s
}
