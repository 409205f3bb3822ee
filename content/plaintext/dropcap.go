package plaintext

import (
	"strings"

	"github.com/offprint/offprint/internal/lazyre"
)

// dropCapRE matches a paragraph opening whose first letter, set as a drop
// cap on the page, was scraped apart from the rest of its word: "T he
// river …", "“W e thought …").
var dropCapRE = lazyre.New(`^([“"‘'«„]?)(\p{Lu}) \p{Ll}`)

// oneLetterWords are capital letters that are words of their own at the
// start of a sentence (English "A", "I", "O"; Spanish "Y"; Italian and
// Portuguese "E"; French "À"), so "A river …" is no split drop cap.
const oneLetterWords = "AIOYEÀÉ"

// dropCaps joins a drop cap to its word (drop-cap-split) in the
// paragraphs where magazines set one: the first of the body and the first
// after each heading or scene break.
func (c *classifier) dropCaps(content []int) {
	opening := true
	for _, i := range content {
		if len(c.res[i]) != 1 {
			opening = false
			continue
		}
		it := &c.res[i][0]
		switch {
		case it.Role == RoleHeading || it.Role == RoleRule:
			opening = true
			continue
		case opening && it.Role == RoleParagraph && it.Rule == ruleParagraph:
			if m := dropCapRE.FindStringSubmatch(it.Text); m != nil && !strings.Contains(oneLetterWords, m[2]) {
				n := len(m[1]) + len(m[2]) // the quote and the letter, then the space to drop
				it.Rule, it.body = ruleDropCap, it.Text[:n]+it.Text[n+1:]
			}
		}
		opening = false
	}
}
