package plaintext

import (
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/internal/lazyre"
)

// imageLabelRE matches the labelled lines a BBC-style page keeps for each
// picture or video, the label a screen reader speaks before the text:
// "Image source, Getty Images" or, on older pages, "Image copyright EPA"
// (the credit), and "Image caption, Pumps were brought in …" or "Media
// caption Julian Assange being dragged …" (the caption). A copied page
// may glue a visually hidden label to its text ("Media captionWho is
// Julian Assange?"); imageLabelItems then asks for a capital.
var imageLabelRE = lazyre.New(`^(?:Image (source|caption|copyright)|Media (caption))([,:]\s*|\s*)(\S.{0,399})(?m:$)`) // (?m:$): see lazyre

// imageLabelItems recognises a labelled picture line anywhere in the
// text: its value becomes the credit or the caption of a Figure at that
// place, paired with the other label right before or after it.
func imageLabelItems(l line) []item {
	m := imageLabelLine(l.text)
	if m == nil {
		return nil
	}
	role := RoleCredit
	if m[3] >= 0 && l.text[m[2]:m[3]] == "caption" || m[5] >= 0 {
		role = RoleCaption
	}
	return []item{{Decision: Decision{Line: l.num, Text: l.text[m[8]:m[9]], Role: role, Rule: ruleImageLabel}}}
}

// imageLabelLine matches s against imageLabelRE, the submatch indexes or
// nil. A label followed by no comma, colon or space is glued to its text,
// which then opens with a capital or a figure ("Media captionWho is …"),
// not with the rest of a word ("Image sources vary").
func imageLabelLine(s string) []int {
	m := imageLabelRE.FindStringSubmatchIndex(s)
	if m == nil || m[6] < m[7] {
		return m
	}
	if r, _ := utf8.DecodeRuneInString(s[m[8]:]); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return nil
	}
	return m
}

// isImageLabel reports whether s is a picture's or a video's labelled
// line (imageLabelLine).
func isImageLabel(s string) bool { return imageLabelLine(s) != nil }
