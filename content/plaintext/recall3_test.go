package plaintext

import "testing"

// TestPairFigures checks that a line of words with figures in them (a
// film with its running time, a recipe's rating) under a short line
// makes a pair with it, the short line heading both (heading-pair),
// while a score line or a table's row, half figures or more, makes none.
func TestPairFigures(t *testing.T) {
	const p = "Title\n" + lede + "\n"
	tests := []lineCase{
		{"heading over a film with two figures", p + "Pour un thriller tiré de faits réels\n6 Days (film, 1h34, Netflix)\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		{"the film stays a paragraph", p + "Pour un thriller tiré de faits réels\n6 Days (film, 1h34, Netflix)\n" + lede + "\n", 4, RoleParagraph, ruleShortRun},
		{"recipe's name over its rating", p + "Overnight focaccia\n★★★★★ 4.9 from 212 reviews\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		// counter-cases: score lines and table rows make no pair
		{"score line", p + "Full time\nIreland (20) 27\n" + lede + "\n", 3, RoleParagraph, ruleShortRun},
		{"score of two sides", p + "Final score\nArsenal 2 Chelsea 1\n" + lede + "\n", 3, RoleParagraph, ruleShortRun},
		{"table row", p + "Standings\nBrentford 10 4 3\n" + lede + "\n", 3, RoleParagraph, ruleShortRun},
	}
	checkLines(t, tests)
}

// TestMostlyFigures checks the score lines and table rows that make no
// pair under a heading.
func TestMostlyFigures(t *testing.T) {
	for s, want := range map[string]bool{
		"Ireland (20) 27":                          true,
		"Brentford 10 4 3 3 15":                    true,
		"Arsenal 2 Chelsea 1":                      true,
		"6 Days (film, 1h34, Netflix)":             false,
		"★★★★★ 4.9 from 212 reviews":               false,
		"Vape Wave (documentaire, 1h28, Planète+)": false,
		"27": false, // one figure: no row
	} {
		if got := mostlyFigures(s); got != want {
			t.Errorf("mostlyFigures(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSectionNameEndsRun checks that a section's conventional name that
// ends a run of short lines right over prose heads that prose
// (heading-section-name), while one over another short line stays in
// its run.
func TestSectionNameEndsRun(t *testing.T) {
	const p = "Title\n" + lede + "\n"
	cons := "Les moins\nCarte qui dérive sous les grands arbres\nPente maximale limitée à 35 %\nAbonnement 4G payant après un an\n"
	tests := []lineCase{
		{"verdict under the cons", p + cons + "Verdict\n" + lede + "\n", 7, RoleHeading, ruleSectionName},
		{"line-ups under the player of the match", p + "Player of the match\nDeclan Rice\nLine-ups\n" + lede + "\n", 5, RoleHeading, ruleSectionName},
		{"introduction under the tags", "Title\nPython\nUbuntu\nIntroduction\n" + lede + "\n", 4, RoleHeading, ruleSectionName},
		{"a Dutch recipe's parts", p + "Voor de jus\n1 el bloem\n1 el mosterd\nBenodigdheden\nGrote pan\nStamper\nBereiding\n" + lede + "\n", 6, RoleHeading, ruleSectionName},
		{"what a how-to needs", p + "What You'll Need\nChain checker\nChain tool\nSteps\n" + lede + "\n", 3, RoleHeading, ruleSectionName},
		{"a name opening a run under prose", p + "External links\nKirkby Stephen Town Council\nMedia related to Kirkby Stephen at Wikimedia Commons\n", 3, RoleHeading, ruleSectionName},
		{"a French review's pros", p + "Les plus\nCoupe nette\nSilencieuse\nLes moins\nCarte qui dérive\nAbonnement payant\n" + lede + "\n", 3, RoleHeading, ruleSectionName},
		{"a name under another heading's list", p + "What we're looking for\n5+ years of experience\nStrong SQL and Python\nBenefits\nHealth insurance\nFour weeks of paid vacation\n" + lede + "\n", 6, RoleHeading, ruleSectionName},
		// counter-cases: a name over another short line, or amid the run
		{"name over a short line", p + "Serve warm\nNotes\nKeeps for three days\n" + lede + "\n", 4, RoleParagraph, ruleShortRun},
		{"name amid a list", p + "Flour\nTips\nSugar\nButter\n" + lede + "\n", 4, RoleParagraph, ruleShortRun},
		{"last item of a list that is no name", p + "Fast, crisp screen\nWaterproof\nExcellent battery life\n" + lede + "\n", 5, RoleParagraph, ruleShortRun},
	}
	checkLines(t, tests)
}

// TestColonSeries checks that labels ending with a colon, each over its
// list and opening with one word, are headings (heading-colon-label),
// while a lone label, labels of other words and code stay lead-ins.
func TestColonSeries(t *testing.T) {
	const p = "Title\n" + lede + "\n"
	recipe := p + "Ingredients\nFor the vegetables:\n2 medium zucchini, sliced\n8 oz cremini mushrooms, sliced\nFor the ricotta filling:\n15 oz ricotta cheese\n1 large egg\nInstructions\n" + lede + "\n"
	tarte := p + "Pour la pâte brisée :\n250 g de farine\n125 g de beurre froid\nPour la garniture :\n5 pommes (Golden ou Boskoop)\n30 g de sucre\nPréparation\n" + lede + "\n"
	tests := []lineCase{
		{"first part of the ingredients", recipe, 4, RoleHeading, ruleHeadingColon},
		{"second part of the ingredients", recipe, 7, RoleHeading, ruleHeadingColon},
		{"French recipe", tarte, 6, RoleHeading, ruleHeadingColon},
		{"its items stay items", recipe, 5, RoleListItem, ruleListColon},
		// counter-cases: a lone lead-in, lead-ins of other words, code
		{"lone lead-in", p + "Other symptoms can include:\na high temperature\nfeeling tired\n" + lede + "\n", 3, RoleParagraph, ruleParagraph},
		{"lead-ins of other words", p + "You will need:\na heavy saucepan\nlong-grain white rice\n" + lede + "\nServe it with:\ngrilled fish\na green salad\n" + lede + "\n", 3, RoleParagraph, ruleParagraph},
		{"lead-ins far apart", p + "For example:\nthe river walk\nthe old mill\n" + lede + "\nFor more walks:\nthe canal path\nthe hill fort\n" + lede + "\n", 3, RoleParagraph, ruleParagraph},
		{"one word over each pick's list", p + "Pros:\nlight and cheap\nsharp screen\n" + lede + "\nPros:\nfast charging\nbright screen\n" + lede + "\n", 3, RoleParagraph, ruleParagraph},
		{"code", p + "IF score >= 90.0:\nPRINT 'Reading level of 5th Grade'\n" + lede + "\nELSE:\nPRINT 'Graduate'\n" + lede + "\nELSE:\nPRINT 'College'\n" + lede + "\n", 6, RoleParagraph, ruleRepeated},
	}
	checkLines(t, tests)
}

// TestRepeatedSeries checks that section labels the page repeats in one
// order are headings (heading-repeated-series), while a button printed
// under each post, code, a label over another label and a text printed
// twice in a row stay repeated lines.
func TestRepeatedSeries(t *testing.T) {
	const body = "Plenty of water and a short walk help more than any supplement you can buy.\n"
	three := func(block string) string {
		return "Title\n" + lede + "\n" + block + "Plan B\n" + lede + "\n" + block + "Plan C\n" + lede + "\n" + block
	}
	plans := three("Breakfast\nEat within an hour of waking\n" + body + "Lunch\nEat three to four hours later\n" + body)
	tests := []lineCase{
		{"first plan's label", plans, 3, RoleHeading, ruleRepeatedSeries},
		{"third plan's second label", plans, 22, RoleHeading, ruleRepeatedSeries},
		{"the line under it stays", plans, 4, RoleParagraph, ruleShortRun},
		// counter-cases
		{"one button under each post", "Title\n" + lede + "\nThumbs up\nMaria\n" + body + "Thumbs up\nJohn\n" + body + "Thumbs up\nAnn\n" + body, 3, RoleParagraph, ruleRepeated},
		{"code in capitals", three("SELECT\nn, avg(n)\n" + body + "FROM\nseries\n" + body), 3, RoleParagraph, ruleRepeated},
		{"a label over another label", three(body + "Workout Supplement\nDrink during your workout\nEat three to four hours later\n" + body), 4, RoleParagraph, ruleRepeated},
		{"a text twice in a row", "Title\n" + lede + "\n" + body + "Top picks\nTop picks\n" + body + "Weekend guide\nSee the list\n" + body +
			"Top picks\nThree new cafés\n" + body + "Weekend guide\nFour walks\n" + body + "Weekend guide\nTwo concerts\n" + body, 10, RoleParagraph, ruleRepeated},
	}
	checkLines(t, tests)
}

// TestNumberedOverShortLine checks that the sections of a numbered series
// are headings over one short line and their prose (heading-numbered),
// while numbers that skip, a list without prose between its items and a
// number over two short lines stay list items.
func TestNumberedOverShortLine(t *testing.T) {
	const p = "Title\n" + lede + "\n"
	series := func(a, b, c string) string {
		return p + a + "\nVolker on the allegations\n" + lede + "\n" + b + "\nMorrison on the call\n" + lede + "\n" + c + "\nTaylor on the aid\n" + lede + "\n"
	}
	tests := []lineCase{
		{"second of the series", series("2. Never urged an investigation", "3. Not some irregular channel", "4. Questioning his judgment"), 6, RoleHeading, ruleHeadingNumbered},
		{"first of the series", series("2. Never urged an investigation", "3. Not some irregular channel", "4. Questioning his judgment"), 3, RoleHeading, ruleHeadingNumbered},
		{"its short line stays", series("2. Never urged an investigation", "3. Not some irregular channel", "4. Questioning his judgment"), 4, RoleParagraph, ruleShortRun},
		// counter-cases
		{"numbers that skip", series("2. Never urged an investigation", "4. Not some irregular channel", "5. Questioning his judgment"), 6, RoleListItem, ruleListNumber},
		{"a list without prose between", p + "1. Flour\n2. Sugar\n3. Butter\nThe dough\n" + lede + "\n", 4, RoleListItem, ruleListNumber},
		{"two short lines over the prose", p + "1. Never urged an investigation\nVolker on the allegations\nA video\n" + lede + "\n2. Not some irregular channel\nMorrison on the call\nA video\n" + lede + "\n3. Questioning his judgment\nTaylor on the aid\nA video\n" + lede + "\n", 7, RoleListItem, ruleListNumber},
	}
	checkLines(t, tests)
}

// TestMakerCredits checks that a buying guide's pictures credited to
// their maker, over the product's heading, read as credits
// (credit-maker) and the product's name as the heading
// (heading-under-maker), and only where the page does so twice.
func TestMakerCredits(t *testing.T) {
	const p = "Title\n\n" + lede + "\n\n"
	guide := p + "Nintendo\n\nNintendo Switch Lite for $200\n\n" + lede + "\n\nSonos\n\nSonos Move for $400\n\n" + lede + "\n"
	tests := []lineCase{
		{"maker's name", guide, 5, RoleCredit, ruleMakerCredit},
		{"product under it", guide, 7, RoleHeading, ruleUnderMaker},
		{"second product", guide, 13, RoleHeading, ruleUnderMaker},
		// counter-cases: one such pair, a section name, a name that is not the title's first word
		{"one pair is a heading and its subheading", p + "Paris\n\nParis in the spring\n\n" + lede + "\n", 5, RoleHeading, ruleHeadingShort},
		{"section name over a title", p + "Ingredients\n\nIngredients for two\n\n" + lede + "\n\nMethod\n\nMethod in short\n\n" + lede + "\n", 5, RoleHeading, ruleHeadingShort},
	}
	checkLines(t, tests)
}

// TestLongQuestion checks that a long line asking a question without its
// mark, alone between prose lines, is a heading, while other long lines
// without final punctuation stay paragraphs (long-unpunctuated).
func TestLongQuestion(t *testing.T) {
	const p = "Title\n\n" + lede + "\n\n"
	tests := []lineCase{
		{"explainer's question", p + "Why Delhi's air pollution gets so bad this time of year\n\n" + lede + "\n", 5, RoleHeading, ruleHeadingShort},
		{"caption without its stop", p + "Emergency workers survey the damage from a boat on Friday morning\n\n" + lede + "\n", 5, RoleParagraph, ruleLongUnpunctuated},
		{"question over a short line", p + "Why Delhi's air pollution gets so bad this time of year\n\nSmog\n\n" + lede + "\n", 5, RoleParagraph, ruleLongUnpunctuated},
	}
	checkLines(t, tests)
}
