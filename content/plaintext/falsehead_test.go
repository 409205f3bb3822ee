package plaintext

import "testing"

// TestFalseHeadings checks, line by line, the rules of falsehead.go: the
// short lines of real pages that read as a link, a label, code or a
// lead-in, and the headings they let through.
func TestFalseHeadings(t *testing.T) {
	const p = "Title\n\n" + lede + "\n\n" + lede + "\n\n"
	const sp = lede + "\n\n" + lede + "\n\n" // paragraphs set apart
	tests := []struct {
		name, input string
		line        int
		role, rule  string
	}{
		{"learn more", p + "WebIDE\n\n" + lede + "\n\nLearn more about WebIDE\n\nValence\n\n" + lede + "\n", 11, RoleParagraph, rulePromoLine},
		{"heading after a learn-more link", p + "WebIDE\n\n" + lede + "\n\nLearn more about WebIDE\n\nValence\n\n" + lede + "\n", 13, RoleHeading, ruleHeadingShort},
		{"read the full transcript", p + "Read the full transcript of his interview\n\n" + lede + "\n", 7, RoleParagraph, rulePromoLine},
		{"widget's credit", p + "Powered by SmartAsset.com\n\n" + lede + "\n", 7, RoleParagraph, rulePromoLine},
		{"heading with a verb", p + "Follow the money\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"listen", p + "Listen to the full episode\n\n" + lede + "\n", 7, RoleParagraph, rulePromoLine},
		{"promo code", p + "Use the promo code INVENTORY25\n\n" + lede + "\n", 7, RoleParagraph, rulePromoLine},
		{"offer button", p + "Voir l'offre\n\n" + lede + "\n", 7, RoleParagraph, rulePromoLine},
		{"offers button", p + "Découvrir les offres multicomptes\n\n" + lede + "\n", 7, RoleParagraph, rulePromoLine},
		{"join button", p + "Become a member\n\n" + lede + "\n", 7, RoleParagraph, rulePromoLine},
		{"heading about an offer", p + "The offer nobody could refuse\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"heading about a code", p + "Use the code of conduct\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"heading about members", p + "Become a better listener\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"map label", p + "Map: Flow of foreign fighters to Syria\n\n" + lede + "\n", 7, RoleParagraph, ruleMediaLabel},
		{"heading with a colon inside", p + "Enter: the new mayor\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"code opening a bracket", p + "CREATE TABLE server_log_summary AS (\n\n" + lede + "\n", 7, RoleParagraph, ruleOpenBracket},
		{"lead-in with a pronoun", p + "She is still trying:\n\n" + lede + "\n\nOne guy is “confused”:\n\n" + lede + "\n", 7, RoleParagraph, ruleColonLeadIn},
		{"lead-in with quotes", p + "She is still trying:\n\n" + lede + "\n\nOne guy is “confused”:\n\n" + lede + "\n", 11, RoleParagraph, ruleColonLeadIn},
		{"lead-in to a reply", p + "To which Samantha replies:\n\n" + lede + "\n\nGetting there:\n\n" + lede + "\n", 7, RoleParagraph, ruleColonLeadIn},
		{"colon label", p + "Getting there:\n\n" + lede + "\n\nWhere to stay:\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingColon},
		{"colon label with to", p + "To make the sauce:\n\n" + lede + "\n\nTo serve:\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingColon},
		{"labels of a list's items", "Title\n\n" + sp + "What we know\n\n" + sp + "New process\n" + lede + "\nMore mentorship\n" + lede + "\n\n" + sp + "What we do not know\n\n" + sp, 13, RoleParagraph, ruleBlockLabel},
		{"heading apart over the list", "Title\n\n" + sp + "What we know\n\n" + sp + "New process\n" + lede + "\nMore mentorship\n" + lede + "\n\n" + sp + "What we do not know\n\n" + sp, 7, RoleHeading, ruleHeadingShort},
		{"headings glued to their text", "Title\n\n" + sp + "New process\n" + lede + "\n\n" + lede + "\n\nMore mentorship\n" + lede + "\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"table's title", p + "Most active developers\nBy changesets Herbert Dürr 63 16.6% Jürgen Schmidt 56 14.7% Armin Le Grand 56 14.7% Kay Schenk 27 7.1%\n\n" + lede + "\n", 7, RoleParagraph, ruleTableTitle},
		{"heading over prose with prices", p + "Price and availability\nThe headphones cost $449 / £399 / AU$699, which is $50 more than the 2022 model at $399.\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"caption echoing the paragraph above", p + "Anomaly in status code 500: we spotted this one on the chart when we started, and it was there all along.\n\nAnomaly in status code 500\n\n" + lede + "\n", 9, RoleParagraph, ruleEchoCaption},
		{"heading after prose on another matter", p + "The library will stay open on weekends, the council said after the vote on Tuesday.\n\nA new budget\n\n" + lede + "\n", 9, RoleHeading, ruleHeadingShort},
		{"quotation after a lead-in", p + "Then his fans get into it, one after the other, on the same afternoon:\n\nI really don’t understand why it’s anyone’s business\n\n" + lede + "\n", 9, RoleParagraph, ruleAfterLeadIn},
		{"end of a trailing lead-in", p + "Buy it if...\n\nYou type a lot\n\n" + lede + "\n", 9, RoleParagraph, ruleAfterLeadIn},
		{"heading after a teaser cut short", p + "Sunday by Sami Fathi: Apple has started to record its event, and we hear that the...\n\nEverything We Know\n\n" + lede + "\n", 9, RoleHeading, ruleHeadingShort},
		{"heading after a lead-in", p + "Below is the state machine that defines the task's transitions:\n\nAchieving guarantees\n\n" + lede + "\n", 9, RoleHeading, ruleHeadingShort},
		{"two questions", p + "If it’s free, how have I paid for it? Twice?\n\n" + lede + "\n", 7, RoleParagraph, ruleParagraph},
		{"one question", p + "If it’s free, how have I paid for it twice?\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingQuestion},
		{"here is what we know", p + "Here is what we know:\n\n" + lede + "\n\nGetting there:\n\n" + lede + "\n", 7, RoleParagraph, ruleColonLeadIn},
		{"this week's label", p + "This week:\n\n" + lede + "\n\nNext week:\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingColon},
		{"bare button", p + "Watch\n\n" + lede + "\n", 7, RoleParagraph, ruleMediaLabel},
		{"view images", p + "View Images\n\n" + lede + "\n", 7, RoleParagraph, ruleMediaLabel},
		{"courtesy", p + "VIDEO COURTESY OF MONOTYPE\n\n" + lede + "\n", 7, RoleParagraph, ruleCourtesy},
		{"embedded post", p + "Well that's a new emergency alert experience pic.twitter.com/EWgDSVvrHO\n\n" + lede + "\n", 7, RoleParagraph, ruleLinkText},
		{"handle glued to a name", p + "Aja Romano@ajaromano\n\n" + lede + "\n", 7, RoleParagraph, ruleLinkText},
		{"handle as a word", p + "J. Trump @liquoronurlips\n\n" + lede + "\n", 7, RoleParagraph, ruleLinkText},
		{"link text stays in its run", p + "Did you make this recipe?\nTag @hannahcooks on Instagram\n\n" + lede + "\n", 7, RoleParagraph, ruleShortRun},
		{"columns", p + "Long-task limit:         200ms\n\n" + lede + "\n", 7, RoleParagraph, ruleColumns},
		{"hyphenated labels among facts", p + "Per-image max size: 1MiB\nTotal image budget: 2MiB\n\n" + lede + "\n", 7, RoleParagraph, ruleFactLine},
		{"portrait's caption", p + "Megyn Kelly.\n\n" + lede + "\n", 7, RoleParagraph, ruleNameCaption},
		{"title-case heading with a stop", p + "Enter: ISIS-K.\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingTitle},
		{"author’s box", p + "Jamelle Bouie\n\nJamelle Bouie is Slate’s chief political correspondent.\n\n" + lede + "\n", 7, RoleParagraph, ruleBioName},
		{"name heading a story about her", p + "Ada Lovelace\n\nBorn in London in 1815, she wrote the first program for a machine that did not yet exist.\n", 7, RoleHeading, ruleHeadingShort},
		{"table of contents' entry", p + "Table of Contents\n\nDetecting Anomalies\n\nUnderstanding Z-Score\n\nPreparing the Data\n\n" + lede + "\n", 9, RoleParagraph, ruleTOCZone},
		{"table of contents' title", p + "Table of Contents\n\nDetecting Anomalies\n\nUnderstanding Z-Score\n\nPreparing the Data\n\n" + lede + "\n", 7, RoleBoilerplate, ruleTOCTitle},
		{"contents' title over one line is left", p + "In this article\n\nDetecting Anomalies\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"jump links are a table of contents", p + "Jump to a Section\nWhen to Replace Your Chain\nWhat You'll Need\nStep-by-Step Instructions\n" + lede + "\n\nWhen to Replace Your Chain\n\n" + lede + "\n\nWhat You'll Need\n\n" + lede + "\n", 9, RoleParagraph, ruleTOCZone},
		{"the table's last entry names a section below", p + "Table of contents\n\nOur top picks\n\nHow we tested\n\nFAQs\n\n" + lede + "\n\nOur top picks\n\n" + lede + "\n\nFAQs\n\n" + lede + "\n", 13, RoleParagraph, ruleTOCZone},
		{"a book's chapter in a table of contents", p + "目次\n\nはじめに\n\n1章 コンピュータ的に考える\n    分解する\n    コーディングの手順\n\n2章 単純な値\n    犬年齢計算機\n", 11, RoleParagraph, ruleTOCZone},
		{"heading after the contents' prose", p + "Contents\n\nHow it began\n\nWhere it stands\n\n" + lede + "\n\nWhat comes next\n\n" + lede + "\n", 15, RoleHeading, ruleHeadingShort},
		{"last entry over the prose is left to the run", p + "Contents\n\nHow it began\n\nWhere it stands\n\nWhat comes next\n\n" + lede + "\n", 13, RoleParagraph, ruleShortRun},
		{"shop's label over each review", p + "Amazon\n\n" + lede + "\n\nAmazon\n\n" + lede + "\n\nAmazon\n\n" + lede + "\n", 11, RoleParagraph, ruleRepeatedLabel},
		{"changelog's kinds under versions", p + "Version 2.1\n\nAdded\n\n" + lede + "\n\nFixed\n\n" + lede + "\n\nVersion 2.0\n\nAdded\n\n" + lede + "\n\nFixed\n\n" + lede + "\n", 23, RoleHeading, ruleHeadingShort},
		{"copyright", p + "(C)Okome Gohan 2019\n\n" + lede + "\n", 7, RoleParagraph, ruleCourtesy},
		{"profile's name over its text", p + "Jane Smith\n\nJane Smith is a nurse who is running for the council in the east ward this year.\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"section names in a block", "Title\n\n" + sp + "What we know\n\n" + sp + "Ingredients\n" + lede + "\nMethod\n" + lede + "\n\n" + sp + "What we do not know\n\n" + sp, 13, RoleHeading, ruleHeadingShort},
		{"numbered heading from a PDF", p + "1.   Introduction\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingNumbered},
		{"imperative heading with a far noun", p + "Try this trick before the free trial ends\n\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
	}
	for _, tt := range tests {
		role, rule := lineDecision(t, tt.input, tt.line)
		if role != tt.role || rule != tt.rule {
			t.Errorf("%s: line %d is %s/%s, want %s/%s", tt.name, tt.line, role, rule, tt.role, tt.rule)
		}
	}
}

// TestColumns checks which lines columns takes for a table's row.
func TestColumns(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Long-task limit:         200ms", true},
		{"Name    Value", true},
		{"1.   Introduction", false},
		{"IV.   Findings", false},
		{"2.3   Results   2024", true},
		{"A single space between words", false},
	} {
		if got := columns(tt.s); got != tt.want {
			t.Errorf("columns(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
