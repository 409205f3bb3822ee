package plaintext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
)

// repeat returns n blocks made by block from their number, 1 to n.
func repeat(n int, block func(i int) string) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		b.WriteString(block(i))
	}
	return b.String()
}

// TestCards checks the cards of a list (card-title), the numbered
// questions of a page of jokes (short-entries) and the speakers' names
// of a conversation, which head nothing, the headings like them that
// stay, and a listicle's entries under their ranks ("#1 …"), which are
// headings.
func TestCards(t *testing.T) {
	const p = "Title\n" + lede + "\n" + lede + "\n"
	teasers := func(n int, button string) string {
		return p + repeat(n, func(i int) string { return fmt.Sprintf("Story number %d\n%s\n%s\n", i, lede, button) })
	}
	posts := func(n int) string {
		return p + repeat(n, func(i int) string {
			return fmt.Sprintf("Post number %d\nAutor: Gàbor Muniér, Datum: %02d.Mär.19\n%s\n", i, i, lede)
		})
	}
	jokes := func(answer string) string {
		return p + repeat(6, func(i int) string { return fmt.Sprintf("%d. What do you call joke number %d?\n%s\n", i, i, answer) })
	}
	talk := p + repeat(3, func(int) string { return "Anne:\n" + lede + "\nSunshine:\n" + lede + "\n" })
	checkLines(t, []lineCase{
		{"teaser over a button", teasers(3, "Read more"), 4, RoleParagraph, ruleCardTitle},
		{"the button in another case", p + "Story one\n" + lede + "\nMehr erfahren\nStory two\n" + lede + "\nmehr erfahren\nStory three\n" + lede + "\nmehr erfahren\n", 7, RoleParagraph, ruleCardTitle},
		{"two teasers make no list", teasers(2, "Read more"), 4, RoleHeading, ruleHeadingShort},
		{"section closed by a button", p + repeat(3, func(i int) string {
			return fmt.Sprintf("Section number %d\n%s\n%s\nBack to top\n", i, lede, lede)
		}), 4, RoleHeading, ruleHeadingShort},
		{"post over its author and date", posts(3), 4, RoleParagraph, ruleCardTitle},
		{"heading over one line of facts", p + "Nutrition\nCalories: 412kcal | Protein: 21g\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"numbered joke", jokes("A vigilante!"), 4, RoleListItem, ruleShortEntries},
		{"numbered question over its answer", jokes(lede + "\n" + lede), 4, RoleHeading, ruleHeadingNumbered},
		{"numbered title over a short text", p + repeat(6, func(i int) string {
			return fmt.Sprintf("%d. The town number %d\nA castle above the sea.\n", i, i)
		}), 4, RoleHeading, ruleHeadingNumbered},
		{"listicle's entry under its rank", p + "#1 Spielebogen\n" + lede + "\n#2 Steckturm\n" + lede + "\n", 6, RoleHeading, ruleHeadingShort},
		{"a rank alone", p + "#1\n" + lede + "\n", 4, RoleParagraph, ruleParagraph},
		{"hashtag", p + "#MeToo\n" + lede + "\n", 4, RoleParagraph, ruleParagraph},
		{"speaker's name", talk, 4, RoleParagraph, ruleSpeaker},
		{"colon labels printed once", p + "Getting there:\n" + lede + "\nWhere to stay:\n" + lede + "\n", 4, RoleHeading, ruleHeadingColon},
	})
}

// TestSpeakerLabelBold checks that a speaker's name alone on its line in
// a conversation is printed bold whole, as a transcript's label is.
func TestSpeakerLabelBold(t *testing.T) {
	talk := "Title\n" + lede + "\n" + repeat(2, func(int) string { return "Anne:\n" + lede + "\nSunshine:\n" + lede + "\n" })
	doc, err := Read(strings.NewReader(talk), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := content.DumpString(doc); !strings.Contains(got, `paragraph strong["Sunshine:"]`+"\n") {
		t.Errorf("speaker's name not bold:\n%s", got)
	}
}
