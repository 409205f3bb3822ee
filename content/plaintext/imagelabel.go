package plaintext

import "github.com/offprint/offprint/internal/lazyre"

// imageLabelRE matches the labelled lines a BBC-style page keeps for each
// picture, the label a screen reader speaks before the text: "Image
// source, Getty Images" (the credit) and "Image caption, Pumps were
// brought in …" (the caption).
var imageLabelRE = lazyre.New(`^Image (source|caption)[,:]\s*(\S.{0,399})(?m:$)`) // (?m:$): see lazyre

// imageLabelItems recognises a labelled picture line anywhere in the
// text: its value becomes the credit or the caption of a Figure at that
// place, paired with the other label right before or after it.
func imageLabelItems(l line) []item {
	m := imageLabelRE.FindStringSubmatchIndex(l.text)
	if m == nil {
		return nil
	}
	role := RoleCredit
	if l.text[m[2]:m[3]] == "caption" {
		role = RoleCaption
	}
	return []item{{Decision: Decision{Line: l.num, Text: l.text[m[4]:m[5]], Role: role, Rule: ruleImageLabel}}}
}
