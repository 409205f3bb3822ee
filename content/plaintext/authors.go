package plaintext

import (
	"strings"

	"github.com/offprint/offprint/internal/lazyre"
)

// maxNamedBio is the longest author's note, in characters, that the
// author-bio-byline-name rule takes.
const maxNamedBio = 400

// topAuthors returns the names given by the bylines among the lines at the
// top of the article (above the title and in the first lines under it).
func (c *classifier) topAuthors(content []int) []string {
	var names []string
	for _, i := range content {
		items := c.res[i]
		if items == nil {
			items = topBylineItems(c.lines[i])
		}
		for _, it := range items {
			if it.Role == RoleByline {
				names = append(names, it.names...)
			}
		}
	}
	return names
}

// namedBio recognises an author's note that opens with the full name of an
// author the byline gave, followed by a bio verb ("Maria Lopez is a
// transportation planner …"): unlike author-bio-name-verb, it need not
// speak of journalism, since the byline vouches for the name. It is looked
// for in the front matter and in the tail only.
func (c *classifier) namedBio(l line) []item {
	if runeCount(l.text) > maxNamedBio {
		return nil
	}
	for _, name := range c.authors {
		if len(tokenize(name)) < 2 {
			continue // a single word ("Reuters") is no person to describe
		}
		rest, ok := strings.CutPrefix(l.text, name+" ")
		if !ok {
			continue
		}
		if verb := firstTokens(rest, 1); len(verb) == 1 && bioVerbs[verb[0].text] {
			items := one(l, RoleAuthorBio, ruleBioByline)
			items[0].names = []string{name}
			return items
		}
	}
	return nil
}

// printNoteRE matches the print-edition note of a newspaper's web page: "A
// version of this article appears in print on Sept. 11, 2024, Section B
// …", or a magazine's "This article appeared in the April 2024 issue".
var printNoteRE = lazyre.New(`(?i)^(?:a version of )?this (?:article|story|interview|essay|review|column|feature) (?:appears|appeared|ran) in (?:print|the print edition|the [\p{L}\d ,]{1,40}? (?:issue|edition))\b`)

// printNoteItems recognises a print-edition note at the end of an article:
// page furniture, dropped like boilerplate.
func printNoteItems(l line) []item {
	if runeCount(l.text) > 300 || !printNoteRE.MatchString(l.text) {
		return nil
	}
	return one(l, RoleBoilerplate, rulePrintNote)
}

// frontBio reports whether the front matter decisions items may stand
// (author-bio-subject): an author bio found by author-bio-name-verb on a
// line of its own, naming no byline author, is taken only when no byline
// named another author and the lines after it do not go on about the same
// person (their surname in the next line: "Whitcombe said …"). Otherwise
// the line is the lede of the story about that person, not a bio.
func (c *classifier) frontBio(items []item, after []int) bool {
	if len(items) != 1 || items[0].Role != RoleAuthorBio || items[0].Rule != ruleBio || len(items[0].names) != 1 {
		return true
	}
	name := items[0].names[0]
	for _, a := range c.authors {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	if len(c.authors) > 0 {
		return false
	}
	toks := tokenize(name)
	if len(after) == 0 || len(toks) == 0 {
		return true
	}
	surname := toks[len(toks)-1].text
	for _, t := range tokenize(c.text(after[0])) {
		if strings.Trim(t.text, ".,;:!?’'\"“”") == surname {
			return false
		}
	}
	return true
}
