package plaintext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
)

// references returns a paper's numbered references, n of them, each
// number alone on its line over its citation and a line of links.
func references(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d.\nShear NH, Spielberg SP. Anticonvulsant hypersensitivity syndrome. J Clin Invest. 1988;82:1826–32.\nArticle PubMed Google Scholar\n", i)
	}
	return b.String()
}

// TestNotHeadings checks, line by line, the short lines that the rules of
// notheading.go keep out of the headings, and the headings they let
// through.
func TestNotHeadings(t *testing.T) {
	const p = "Title\n" + lede + "\n" + lede + "\n"
	gallery := p + "In pictures: a century of trams in Lisbon\nThe first line\n" + lede + "\nIn pictures: a century of trams in Lisbon\nElectric at last\n" + lede +
		"\nIn pictures: a century of trams in Lisbon\nThe hills\n" + lede + "\n"
	tests := []struct {
		name, input string
		line        int
		role, rule  string
	}{
		{"name over a date", p + "Peter Bradshaw\nThu 7 Mar 2024 16.00 GMT\n" + lede + "\n", 4, RoleParagraph, ruleNameByDate},
		{"names over a date", p + "Richard & Ellen Morin\nFebruary 23, 2024\n" + lede + "\n", 4, RoleParagraph, ruleNameByDate},
		{"name under a stamp", p + "answered Jul 28, 2011 at 22:22\nRyan Lundy\n" + lede + "\n", 5, RoleParagraph, ruleNameByDate},
		{"contact over an address", p + "Media Contact\nJordan Ellis\npress@example.com\n", 5, RoleParagraph, ruleContact},
		{"heading over a contact", p + "Media Contact\nJordan Ellis\npress@example.com\n", 4, RoleHeading, ruleHeadingShort},
		{"letter's signature", p + "Frank DeLuca, Oak Park\nBike lanes: not so fast\n" + lede + "\n", 4, RoleParagraph, ruleSignature},
		{"heading after a signature", p + "Frank DeLuca, Oak Park\nBike lanes: not so fast\n" + lede + "\n", 5, RoleHeading, ruleHeadingShort},
		{"place as a heading", p + "Paris, Texas\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"repeated button", p + "Pro Member\n" + lede + "\nPro Member\nVerified buyer\n" + lede + "\n", 4, RoleParagraph, ruleRepeated},
		{"repeated subheading over prose", p + "Why it’s great\n" + lede + "\nWhy it’s great\n" + lede + "\n", 6, RoleHeading, ruleHeadingShort},
		{"heading under a button the page repeats", p + "Why is it spreading?\n" + lede + "\nBack to contents\nHow deadly is it?\n" + lede + "\nBack to contents\nCan it be stopped?\n" + lede + "\n", 7, RoleHeading, ruleHeadingQuestion},
		{"a block the page repeats stays a run", p + "Plan A\n" + lede + "\nSupplement\nDrink during your workout\n" + lede + "\nPlan B\n" + lede + "\nSupplement\nDrink during your workout\n" + lede + "\n", 7, RoleParagraph, ruleShortRun},
		{"a paper's reference numbers", p + references(6), 4, RoleParagraph, ruleEntryNumerals},
		{"the citation under one", p + references(6), 5, RoleParagraph, ruleParagraph},
		{"a speech's section numbers", p + "I.\n" + lede + "\n" + lede + "\n" + lede + "\nII.\n" + lede + "\n" + lede + "\n" + lede + "\nIII.\n" + lede + "\n" + lede + "\nIV.\n" + lede + "\n" + lede + "\nV.\n" + lede + "\n" + lede + "\n", 4, RoleHeading, ruleHeadingNumeral},
		{"too few reference numbers to tell", p + references(4), 4, RoleHeading, ruleHeadingNumeral},
		{"caption with its credit", p + "So wird in Deutschland geheizt © Quelle: BDEW\n" + lede + "\n", 4, RoleParagraph, ruleCaptionWithCredit},
		{"heading under a caption with its credit", p + "The toast test shows where the grill is hottest Photo: CHIP\nThe grill result\n" + lede + "\n", 5, RoleHeading, ruleHeadingShort},
		{"a heading with a colon that credits no picture", p + "Tokyo in pictures: the photo spots\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"gallery title over a slide", gallery, 7, RoleParagraph, ruleRepeated},
		{"the slide's title under it", gallery, 8, RoleHeading, ruleHeadingShort},
		{"the gallery title the first time", gallery, 4, RoleHeading, ruleHeadingShort},
		{"repeated section name", p + "Ingredients\n" + lede + "\nIngredients\n" + lede + "\n", 6, RoleHeading, ruleHeadingShort},
		{"commenter says", p + "Maria says\n" + lede + "\n", 4, RoleParagraph, ruleCommenter},
		{"user name", p + "HVAC_Mike\n" + lede + "\n", 4, RoleParagraph, ruleCommenter},
		{"initial of a surname", p + "Lisa R.\n" + lede + "\n", 4, RoleParagraph, ruleCommenter},
		{"line under a user name", p + "dave_in_duluth\nMember\n" + lede + "\n", 5, RoleParagraph, ruleCommenter},
		{"credit by a name", p + "Fact checked by Emily Park\n" + lede + "\n", 4, RoleParagraph, ruleByLabel},
		{"label waiting for a name", p + "NEWS PROVIDED BY\n" + lede + "\n", 4, RoleParagraph, ruleByLabel},
		{"callout", p + "Tip\n" + lede + "\n", 4, RoleParagraph, ruleCallout},
		{"taxonomy", p + "Filed under: NLP, replication\n" + lede + "\n", 4, RoleBoilerplate, ruleBoilerplate},
		{"table label", p + "Table 1\n" + lede + "\n", 4, RoleParagraph, ruleFigureLabel},
		{"table row", p + "13B | 61% | 88%\n" + lede + "\n", 4, RoleParagraph, ruleTableRow},
		{"numbered heading under a table", p + "7B | 58% | 84%\n13B | 61% | 88%\n4. Caveats\n" + lede + "\n", 6, RoleHeading, ruleHeadingNumbered},
		{"date alone", p + "May 2, 2024\n" + lede + "\n", 4, RoleParagraph, ruleDateStamp},
		{"labels over a date are no pair", p + "Opinion\nLetters\nSunday, September 15, 2024\nLater start times are worth it\n" + lede + "\n", 4, RoleParagraph, ruleShortRun},
		{"heading under a date", p + "Opinion\nLetters\nSunday, September 15, 2024\nLater start times are worth it\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"label with a soft hyphen among facts", p + "Pers\u00adwoordvoerder: Sanne de Vries\nTelefoon: 030 286 00 00\n" + lede + "\n", 4, RoleParagraph, ruleFactLine},
		{"facts in a run", p + "Goals: Ortiz 38.\nBooked: Ward, Grant.\nReferee: Tom Spencer.\n" + lede + "\n", 6, RoleParagraph, ruleFactLine},
		{"picture placeholder", p + "1 / 12\nImage\n" + lede + "\n", 5, RoleBoilerplate, ruleBoilerplate},
		{"breadcrumb", p + "Home › Health A to Z › Shingles\n" + lede + "\n", 4, RoleBoilerplate, ruleBreadcrumb},
		{"home trail", p + "Home / Europe / Portugal\n" + lede + "\n", 4, RoleBoilerplate, ruleBreadcrumb},
		{"credit with slashes", p + "A fox at night.\nJane Doe / AFP / Getty Images\n" + lede + "\n", 5, RoleCredit, ruleCreditAgency},
		{"emoji heading", p + "🏛️ City Hall\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"emoji glued to a word", p + "🏛️city hall\n" + lede + "\n", 4, RoleParagraph, ruleParagraph},
		{"job under a byline", "Title\nBy Georgina Rannard\nClimate reporter, BBC News\n" + lede + "\n", 3, RoleParagraph, ruleBylineJob},
		{"name under a comment count", p + "12 commentaires\nSophie\nC’est la meilleure recette, merci !\nJean-Pierre\nTrop sucrée à mon goût.\n", 7, RoleParagraph, ruleCommenter},
		{"reply two lines under a commenter", p + "Mark T.\nGreat post! Does it apply to Jupiter?\nHelen Marsh\nMuch less so, Mark.\n", 6, RoleParagraph, ruleCommenter},
		{"heading above the comments", p + "Why it matters\n" + lede + "\n12 comments\nSophie\nGreat!\n", 4, RoleHeading, ruleHeadingShort},
		{"button among buttons", p + "Share\nLike\nComment\n" + lede + "\n", 5, RoleParagraph, ruleAmidFurniture},
		{"caption over a credit label", p + "Portrait of Mary Anning with her dog Tray, painted before 1842\nCredited to 'Mr. Grey' in Crispin Tickell's book 'Mary Anning of Lyme Regis' (1996)\n" + lede + "\n", 4, RoleParagraph, ruleOverCredit},
		{"verse runs on", p + "Under the ice, a voice\nclears its throat.\n" + lede + "\n", 4, RoleParagraph, ruleRunOn},
		{"topic over the byline", "Title\n\n" + lede + "\n\nWeather\n\nBy Priya Raman\n\n" + lede + "\n", 5, RoleParagraph, ruleKicker},
		{"topics over the byline", "Title\n\n" + lede + "\n\nRatgeber\n\nEnergie\n\nVon Stefan Brückner\n\n" + lede + "\n", 5, RoleParagraph, ruleKicker},
		{"signed piece of a roundup", p + lede + "\n" + lede + "\n" + lede + "\nTram plans\nBy Priya Raman\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"signature repeating the byline", "Title\n\nPar Cécile Ducourtieux\n\n" + lede + "\n\n" + lede + "\n\nCécile Ducourtieux\n\nComment ne plus voir ce message ?\n\n" + lede + "\n", 9, RoleParagraph, ruleSignature},
		{"question under the signature", "Title\n\nPar Cécile Ducourtieux\n\n" + lede + "\n\n" + lede + "\n\nCécile Ducourtieux\n\nComment ne plus voir ce message ?\n\n" + lede + "\n", 11, RoleParagraph, ruleSignature},
		{"question with no byline to repeat", "Title\n\n" + lede + "\n\n" + lede + "\n\nCécile Ducourtieux\n\nComment ne plus voir ce message ?\n\n" + lede + "\n", 9, RoleHeading, ruleHeadingPair},
		{"verse runs on down the stanza", p + "Forty years of deciding\nwho goes left\nand who goes on.\n" + lede + "\n", 4, RoleParagraph, ruleRunOn},
		{"heading over lines in lower case", p + "Seasoning\nsalt\npepper\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"heading over a list in lower case", p + "You will need\nflour\nsugar\nthree eggs\nbutter.\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"crontab line alone", p + "0 3 * * * /home/deploy/scripts/backup.sh\n" + lede + "\n", 4, RoleParagraph, ruleCodeLine},
		{"variable set alone", p + "PATH=/usr/local/sbin:/usr/local/bin:/usr/bin\n" + lede + "\n", 4, RoleParagraph, ruleCodeLine},
		{"attribute with its value", p + "Example 1: app:drawBorder=\"none|top\"\n" + lede + "\n", 4, RoleParagraph, ruleCodeLine},
		{"heading naming a subreddit", p + "Why /r/politics went private\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"heading with a fraction", p + "Open 24/7 and 365 days\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"poem's title over its verse", p + "Thaw\nThe river has begun\nto remember itself.\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"heading over a line in lower case", p + "Seasoning\nsalt and pepper\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"issue above the text", "Title\nApril 2024\n" + lede + "\n" + lede + "\n", 2, RoleParagraph, ruleDateStamp},
		{"month heading in the text", p + "March 2020\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"duration is no time", p + "58:14\nA short title here\n" + lede + "\n", 4, RoleParagraph, ruleFigures},
	}
	for _, tt := range tests {
		role, rule := lineDecision(t, tt.input, tt.line)
		if role != tt.role || rule != tt.rule {
			t.Errorf("%s: line %d is %s/%s, want %s/%s", tt.name, tt.line, role, rule, tt.role, tt.rule)
		}
	}
}

// TestTableOfContents checks that a table of contents' entries stay short
// lines where they are listed and head their sections where they come
// again.
func TestTableOfContents(t *testing.T) {
	in := "Title\n" + lede + "\nContents\nDay 1: Alfama\nDay 2: Belém\nWhere to stay\nDay 1: Alfama\n" + lede + "\nDay 2: Belém\n" + lede + "\n"
	for _, tt := range []struct {
		line       int
		role, rule string
	}{
		{4, RoleParagraph, ruleRepeated},
		{6, RoleParagraph, ruleShortRun},
		{7, RoleHeading, ruleHeadingTOC},
		{9, RoleHeading, ruleHeadingTOC},
	} {
		if role, rule := lineDecision(t, in, tt.line); role != tt.role || rule != tt.rule {
			t.Errorf("line %d is %s/%s, want %s/%s", tt.line, role, rule, tt.role, tt.rule)
		}
	}
}

// TestInterviewNeedsDenseQuestions checks that a few questions far apart
// (a recipe's "Why roast the tomatoes?") stay headings, while an
// interview's questions, every line or two, are the interviewer's.
func TestInterviewNeedsDenseQuestions(t *testing.T) {
	recipe := "Title\n" + lede + "\nWhy roast the tomatoes?\n" + lede + "\n" + lede + "\n" + lede + "\n" + lede +
		"\nWhat kind of tomatoes should I use?\nRoma tomatoes are my favorite because they are meaty.\n" +
		lede + "\n" + lede + "\n" + lede + "\n" + lede + "\n" + lede + "\n" + lede + "\n" + lede + "\n" + lede +
		"\n" + lede + "\n" + lede + "\n" + lede + "\n" + lede + "\nDid you make this recipe?\nTag us on Instagram and show us what you made today.\n"
	if role, rule := lineDecision(t, recipe, 3); role != RoleHeading {
		t.Errorf("recipe question is %s/%s, want a heading", role, rule)
	}
	interview := "Title\n" + lede + "\nWhere did the book start?\nWith a voice I heard in my head.\nDo you read your reviews?\nNever. Okay, sometimes.\nWhat are you working on?\nA screenplay, and my garden.\n"
	if role, rule := lineDecision(t, interview, 3); role != RoleParagraph || rule != ruleInterviewQ {
		t.Errorf("interview question is %s/%s, want paragraph/%s", role, rule, ruleInterviewQ)
	}
}

// TestWhLabel checks that a wh-clause heads the short lines under it, and
// that a list of such clauses stays a list.
func TestWhLabel(t *testing.T) {
	const p = "Title\n" + lede + "\n" + lede + "\n"
	in := p + "What you'll do\nBuild and run the pipelines\nOwn the data models\n" + lede + "\n"
	if role, rule := lineDecision(t, in, 4); role != RoleHeading || rule != ruleWhLabel {
		t.Errorf("wh-label is %s/%s", role, rule)
	}
	list := p + "What a mile is\nHow banks buy miles\nWhy miles lose value\n" + lede + "\n"
	if role, rule := lineDecision(t, list, 4); role != RoleParagraph {
		t.Errorf("a list of wh-clauses: first is %s/%s", role, rule)
	}
}

// TestListLabel checks that a short label opening a run of longer lines
// under prose heads them, and that a run under a line ending with a colon
// or with only two lines under it does not.
func TestListLabel(t *testing.T) {
	const p = "Title\n" + lede + "\n" + lede + "\n"
	items := "Why airlines sell miles to banks\nWhat dynamic pricing of award seats means\nHow to judge a sign-up bonus\n" + lede + "\n"
	if role, rule := lineDecision(t, p+"In this episode\n"+items, 4); role != RoleHeading || rule != ruleListLabel {
		t.Errorf("list label is %s/%s", role, rule)
	}
	if role, _ := lineDecision(t, p+"Guest Book\nSign the Guest Book\nLight a Candle\n"+lede+"\n", 4); role != RoleParagraph {
		t.Errorf("two lines under a label: %s", role)
	}
	if role, _ := lineDecision(t, "Title\n"+lede+"\nYou will need these:\nEggs\n"+items, 5); role != RoleListItem && role != RoleParagraph {
		t.Errorf("first item after a colon is %s", role)
	}
}

// TestWikiEditLinks checks that a wiki's section headings copied with
// their edit links are headings without the link, that the table of
// contents above them heads nothing, and that a single bracketed word is
// no edit link.
func TestWikiEditLinks(t *testing.T) {
	in := "Río Ebro\n" + lede + "\nÍndice\n1 Etimología\n2 Curso\n3 Historia\nEtimología[editar]\n" + lede +
		"\nCurso[editar]\n" + lede + "\nHistoria[editar]\n" + lede + "\n"
	for _, tt := range []struct {
		line       int
		role, rule string
	}{
		{3, RoleBoilerplate, ruleTOCTitle}, // the table of contents' title
		{7, RoleHeading, ruleEditLink},
		{9, RoleHeading, ruleEditLink},
	} {
		if role, rule := lineDecision(t, in, tt.line); role != tt.role || rule != tt.rule {
			t.Errorf("line %d is %s/%s, want %s/%s", tt.line, role, rule, tt.role, tt.rule)
		}
	}
	var got []string
	for _, b := range mustRead(t, in).Blocks {
		if h, ok := b.(*content.Heading); ok {
			got = append(got, content.PlainText(h.Inlines))
		}
	}
	if want := "Etimología|Curso|Historia"; strings.Join(got, "|") != want {
		t.Errorf("headings %q, want %q", strings.Join(got, "|"), want)
	}
	one := "Title\n" + lede + "\nA note[sic]\n" + lede + "\n"
	if _, rule := lineDecision(t, one, 3); rule == ruleEditLink {
		t.Errorf("a single bracketed word is taken for an edit link")
	}
}

// TestSubLabel checks a second label inside a labelled run of short
// lines, and an ingredient that is none.
func TestSubLabel(t *testing.T) {
	const p = "Title\n" + lede + "\n" + lede + "\n"
	pros := "For\nBest-in-class main camera\nSeven years of OS updates\nBright, sharp display\nAgainst\nRuns warm under load\nAverage battery life\n" + lede + "\n"
	if role, rule := lineDecision(t, p+pros, 8); role != RoleHeading || rule != ruleSubLabel {
		t.Errorf("second label is %s/%s", role, rule)
	}
	recipe := "Ingredients\n4 cups bread flour\n2 teaspoons fine salt\nFor the topping\n2 sprigs fresh rosemary\n1 teaspoon flaky salt\nMethod\n" + lede + "\n"
	if role, rule := lineDecision(t, p+recipe, 7); role != RoleHeading || rule != ruleSubLabel {
		t.Errorf("label among ingredients is %s/%s", role, rule)
	}
	salt := "Ingredients\n4 cups bread flour\n2 teaspoons fine salt\nPepper\n2 sprigs fresh rosemary\n1 teaspoon flaky salt\nMethod\n" + lede + "\n"
	if role, rule := lineDecision(t, p+salt, 7); role == RoleHeading {
		t.Errorf("an ingredient is %s/%s", role, rule)
	}
}
