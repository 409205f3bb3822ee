package plaintext

// ruleRunItem is the rule of a line read as a heading that stands, with
// no blank line on either side, between two items of one run of short
// lines or "label: value" lines (run-item, see runItems).
const ruleRunItem = "run-item"

// runItems turns back into paragraphs the headings that a reader sees as
// one item of a list: a line set tight between two lines of a run of
// short lines (short-line-run) or of "label: value" lines (fact-line),
// both of one run (a line between a fact and a short line stands between
// two runs: "Post-Workout Meal" between "Portion Fix Containers: 1
// Purple" and "Eat 1–2 hours after your workout"), when it is no label
// by its wording or place (a section's name, a label over a list or a
// run, a wh-question's label: keepsPlace). A
// heading stands over the list it names, apart from it; one in the
// middle of the list's lines is one more of them ("Best overall: Kindle
// Paperwhite", "Best for library books: Kobo Libra Colour", "Best
// budget: Kindle").
func (c *classifier) runItems(content []int) {
	for k := 1; k+1 < len(content); k++ {
		i := content[k]
		if c.role(i) != RoleHeading || c.keepsPlace(i) || c.res[i][0].Rule == ruleWhLabel {
			continue
		}
		prev, next := content[k-1], content[k+1]
		if c.nextTo(prev, i) && c.nextTo(i, next) && c.runLine(prev) && c.runLine(next) && c.res[prev][0].Rule == c.res[next][0].Rule {
			c.res[i][0].Role, c.res[i][0].Rule = RoleParagraph, ruleRunItem
		}
	}
}

// runLine reports whether line i was read as an item of a run of short
// lines or of "label: value" lines.
func (c *classifier) runLine(i int) bool {
	return c.role(i) == RoleParagraph && (c.res[i][0].Rule == ruleShortRun || c.res[i][0].Rule == ruleFactLine)
}
