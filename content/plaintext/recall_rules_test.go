package plaintext

import (
	"strings"
	"testing"
)

// TestHeadingRecall checks the headings a reader sees that the rules
// used to miss: a section number or a quoted exclamation inside the
// heading, a permalink mark after it, a wiki heading in lower case, a
// heading under a short line with figures that closes the section above,
// a heading over a picture on a page that captions none, a changelog's
// versions known by their repeated shape, a heading of common words
// under a byline, a step in a run of short lines that opens as the
// steps under it do, a section's label over its link to more of it, the
// label of a contact box, a section numbered in a circle ("①"),
// full-width punctuation, a long heading among the article's long
// headings; and the lines that still stay paragraphs or
// captions.
func TestHeadingRecall(t *testing.T) {
	const p = "Title\n" + lede + "\n"
	const long = lede + " " + lede + " " + lede // too long for a caption
	const steps = "What you need\nChain tool\nGloves and a rag\nStep 1: Shift to the smallest cog\n" + lede + "\nStep 2: Remove the old chain\n" + lede + "\nStep 3: Size the new chain\n" + lede + "\n"
	const longs = "Title\n\n" + lede + "\n\nThe similarities between their two ways of tweeting are numerous\n\n" + lede + "\n\nTrump is galvanizing some of Twitter's most hate-filled users\n\n" + lede + "\n\nThe reality is that Twitter is unlikely to act against Trump\n\n" + lede + "\n" // long headings, then a longer one on line 13: heading-long-series
	const changelog = p + "[3.4.0] - 2025-04-28\nAdded\n" + lede + "\n[3.3.2] - 2025-02-11\nFixed\n" + lede + "\n[3.3.1] - 2025-01-20\nFixed\n" + lede + "\n"
	tests := []struct {
		name, input string
		line        int
		role, rule  string
	}{
		{"Roman section number", p + "Why it matters\n" + lede + "\nIII. Challenges\n" + lede + "\n", 5, RoleHeading, ruleHeadingShort},
		{"exclamation inside quotes", p + "Examining the 'a-ha!' moment\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		{"permalink mark", p + "Do we need non-standalone Wasm? #\n" + lede + "\n", 3, RoleHeading, ruleHeadingQuestion},
		{"pilcrow permalink", p + "Installation ¶\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		{"abbreviation ends a sentence still", p + "A sra. pensa em sair?\n" + lede + "\n", 3, RoleParagraph, ruleParagraph},
		{"two sentences", p + "Prices rose! Then they fell\n" + lede + "\n", 3, RoleParagraph, ruleParagraph},
		{"wiki heading in lower case", p + "History[edit]\n" + lede + "\npdf.js[edit]\n" + lede + "\n", 5, RoleHeading, ruleEditLink},
		{"heading under a comment count", p + "Comments (5 posted)\nMapping and data mining with QGIS 2.8\nBy Nathan Willis\n" + lede + "\n", 4, RoleHeading, ruleAfterFigures},
		{"the count stays a paragraph", p + "Comments (5 posted)\nMapping and data mining with QGIS 2.8\nBy Nathan Willis\n" + lede + "\n", 3, RoleParagraph, ruleShortRun},
		{"heading under a chart's year", p + "2012\nThis is a start\n" + lede + "\n", 4, RoleHeading, ruleAfterFigures},
		{"a word and a number are a label, no figures", p + "Meal 2\nEat every two hours\n" + lede + "\n", 4, RoleParagraph, ruleShortRun},
		{"no figures above: heading and subheading", p + "Gloves and a rag\nThis is a start\n" + lede + "\n", 4, RoleHeading, ruleHeadingPair},
		{"no prose under: a run", p + "2012\nThis is a start\nAnother short line\n" + lede + "\n", 4, RoleParagraph, ruleShortRun},
		{"score line under its heading", p + "Full time\nIreland (20) 27\n" + lede + "\n", 4, RoleParagraph, ruleShortRun},
		{"heading over an uncaptioned picture", p + long + "\nDevindra Hardawar/AOL\n" + lede + "\nIn use\nDevindra Hardawar/AOL\n" + lede + "\n", 6, RoleHeading, ruleOverPicture},
		{"its credit stays", p + long + "\nDevindra Hardawar/AOL\n" + lede + "\nIn use\nDevindra Hardawar/AOL\n" + lede + "\n", 7, RoleCredit, ruleCreditAgency},
		{"a page that captions its pictures", p + "The old mill at dawn\nDevindra Hardawar/AOL\n" + lede + "\nIn use\nDevindra Hardawar/AOL\n" + lede + "\n", 6, RoleCaption, ruleCaptionAbove},
		{"a caption with its full stop", p + long + "\nDevindra Hardawar/AOL\n" + lede + "\nThe console in use.\nDevindra Hardawar/AOL\n" + lede + "\n", 6, RoleCaption, ruleCaptionAbove},
		{"wiki heading under a colon", p + "History[edit]\n" + lede + "\nSome of them are listed below:\nEquality with the adjoint[edit]\nA square matrix is Hermitian if it equals its adjoint\n", 6, RoleHeading, ruleEditLink},
		{"changelog's version", changelog, 3, RoleHeading, ruleRepeatedShape},
		{"changelog's kind of change", changelog, 4, RoleHeading, ruleHeadingPair},
		{"changelog's last version", changelog, 9, RoleHeading, ruleRepeatedShape},
		{"two versions make no shape", p + "[3.4.0] - 2025-04-28\nAdded\n" + lede + "\n[3.3.2] - 2025-02-11\nFixed\n" + lede + "\n", 3, RoleParagraph, ruleFigures},
		{"a value under each setting numbers nothing", p + "Menu Music Volume\nAdjust the music volume level in menus.\n0-10\nCommentary Volume\nAdjust how loud the commentators are.\n0-10\nCrowd Volume\nAdjust how loud the crowd is in the stadium.\n0-10\nStadium Announcer\nAdjust the announcer's volume in the stadium.\n", 5, RoleParagraph, ruleFigures},
		{"figures in a row", p + "[3.4.0] - 2025-04-28\n[3.3.2] - 2025-02-11\n[3.3.1] - 2025-01-20\n" + lede + "\n", 3, RoleParagraph, ruleFigures},
		{"words, not names, under a byline", "Title\n\nPippin Lee\n\nBetter Student Journalism\n\nWe want better student journalism, and student newsrooms want it too.\n\nCirca 2011\n\n" + lede + "\n", 5, RoleHeading, ruleHeadingShort},
		{"second name under a byline", "Title\n\nPippin Lee\n\nJane Rose\n\nWe want better student journalism; the rose garden can wait a year or two.\n", 5, RoleByline, ruleBylineName},
		{"first step under the tools", p + steps, 6, RoleHeading, ruleSameForm},
		{"the tools' last line", p + steps, 5, RoleParagraph, ruleShortRun},
		{"one step makes no form", p + "Gloves and a rag\nStep 1: Shift to the smallest cog\n" + lede + "\nWhat comes next\n" + lede + "\n", 4, RoleParagraph, ruleShortRun},
		{"section's label over its link", p + "Opinión\nMás en Opinión ›\nPor qué el clima importa\n" + lede + "\n", 3, RoleHeading, ruleMoreLink},
		{"the link is dropped", p + "Opinión\nMás en Opinión ›\nPor qué el clima importa\n" + lede + "\n", 4, RoleBoilerplate, ruleMoreLinkDropped},
		{"a link to something else", p + "Opinión\nMás en Deportes ›\nPor qué el clima importa\n" + lede + "\n", 3, RoleParagraph, ruleShortRun},
		{"label of a contact box", p + "Pressekontakt\nStadtwerke Münster GmbH\nUnternehmenskommunikation\nFlorian Adler\nE-Mail: presse@stadtwerke-muenster.de\n", 3, RoleHeading, ruleOverContact},
		{"label over an e-mail under the prose", p + "Media enquiries\nEmail press.office@education.gov.uk\nTelephone 020 7783 8300\n", 3, RoleHeading, ruleOverContact},
		{"a question over the contact", p + "Still need help?\nContact us\nCall 1800 555 012, 7am to 7pm daily\n", 3, RoleParagraph, ruleShortRun},
		{"a label over no contact", p + "By the numbers\nSeries B of $48 million led by Horizon Ventures\nMore than 40 million picks completed\n", 3, RoleParagraph, ruleShortRun},
		{"long heading among long headings", longs, 13, RoleHeading, ruleLongSeries},
		{"long question among long headings", strings.Replace(longs, "The reality is that Twitter is unlikely to act against Trump", "So, where do people learn how to fix some of these issues?", 1), 13, RoleHeading, ruleLongSeries},
		{"long line among short headings", strings.NewReplacer("The similarities between their two ways of tweeting are numerous", "Why it matters", "Trump is galvanizing some of Twitter's most hate-filled users", "What comes next").Replace(longs), 13, RoleParagraph, ruleLongUnpunctuated},
		{"long line with a full stop", strings.Replace(longs, "act against Trump", "act against Trump.", 1), 13, RoleParagraph, ruleParagraph},
		{"another story's link quoting words", strings.Replace(longs, "The reality is that Twitter is unlikely to act against Trump", "Trump falsely claims ‘millions of people who voted illegally’ cost him the vote", 1), 13, RoleParagraph, ruleLongUnpunctuated},
		{"long line over a short line", strings.Replace(longs, "act against Trump\n\n", "act against Trump\n\nRead more\n\n", 1), 13, RoleParagraph, ruleLongUnpunctuated},
		{"section numbered in a circle", p + "①Visual Studio Code\n" + lede + "\n②TensorFlow\n" + lede + "\n", 5, RoleHeading, ruleHeadingShort},
		{"full-width full stop ends a sentence", p + "2018年を代表する10のプロジェクトを紹介。\n①Visual Studio Code\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"full-width question", p + "Why it matters\n" + lede + "\nPythonの型とは？\n" + lede + "\n", 5, RoleHeading, ruleHeadingCJK}, // a line mostly in CJK script: cjkheading.go
	}
	for _, tt := range tests {
		role, rule := lineDecision(t, tt.input, tt.line)
		if role != tt.role || rule != tt.rule {
			t.Errorf("%s: line %d is %s/%s, want %s/%s", tt.name, tt.line, role, rule, tt.role, tt.rule)
		}
	}
}
