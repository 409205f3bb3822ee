package plaintext

import (
	"strings"
	"testing"
)

// lede is a body paragraph long enough to stand between the lines under test.
const lede = "The council met on Tuesday night and voted to keep the library open for another year, after a long debate."

// TestFurnitureAndNonHeadings checks, line by line, the role and rule
// given to furniture, credits, dialogue and the headings of the rules in
// furniture.go.
// creditedPictures opens an article with two pictures whose captions
// stand over their credits, line 10 next.
const creditedPictures = "Title\n" + lede + "\nSmoke over the river on Monday morning.\nSakib Ali/Hindustan Times/Getty Images\n" + lede +
	"\nSchoolchildren wear masks on their way home.\nBiplov Bhuyan/Hindustan Times/Getty Images\n" + lede + "\n"

func TestFurnitureAndNonHeadings(t *testing.T) {
	tests := []struct {
		name, input string
		line        int // 1-based line under test
		role, rule  string
	}{
		{"gallery counter", "Title\n" + lede + "\nImage 1 / 8\nA fox at night.\n", 3, RoleBoilerplate, ruleGalleryCounter},
		{"slideshow counter", "Title\n" + lede + "\n2 of 20\nStowe, Vermont\n" + lede + "\n", 3, RoleBoilerplate, ruleGalleryCounter},
		{"bare number is no counter", "Title\n" + lede + "\n2\n" + lede + "\n3\n" + lede + "\n", 5, RoleHeading, ruleHeadingNumeral},
		{"number that counts nothing", "Title\n" + lede + "\n51\n" + lede + "\n", 3, RoleParagraph, ruleLoneNumeral},
		{"bracket promo", "Title\n" + lede + "\n[Read: Why Tunisia’s president is so popular]\n" + lede + "\n", 3, RoleBoilerplate, ruleBracketPromo},
		{"bracketed aside without label", "Title\n" + lede + "\n[Applause]\n" + lede + "\n", 3, RoleParagraph, ruleBracketed},
		{"link row", "Title\n" + lede + "\nBookshop | Amazon | Barnes & Noble\n" + lede + "\n", 3, RoleBoilerplate, ruleLinkRow},
		{"price at a shop", "Title\n" + lede + "\n$159.99 at Amazon\n" + lede + "\n", 3, RoleBoilerplate, ruleShopButton},
		{"prices at shops", "Title\n" + lede + "\n£999 at Amazon | £999 at Currys\n" + lede + "\n", 3, RoleBoilerplate, ruleShopButton},
		{"see it at a shop", "Title\n" + lede + "\nSee it now: Amazon\n" + lede + "\n", 3, RoleBoilerplate, ruleShopButton},
		{"get it at a shop for a price", "Title\n" + lede + "\nGet it at Walmart for $249.95\n" + lede + "\n", 3, RoleBoilerplate, ruleShopButton},
		{"bare call to buy", "Title\n" + lede + "\nView all prices\n" + lede + "\n", 3, RoleBoilerplate, ruleShopButton},
		{"a place to shop is a heading", "Title\n" + lede + "\nShop at the farmers market\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		{"buy now pay later is a heading", "Title\n" + lede + "\nBuy now, pay later\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		{"see it for yourself is a heading", "Title\n" + lede + "\nSee it for yourself\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		{"product under a shop button", "Title\n" + lede + "\nWhat we like\nWaterproof\nLong battery life\n$159.99 at Amazon\nBest budget: Kindle Basic\n" + lede + "\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"product under a list", "Title\n" + lede + "\nWhat we like\nWaterproof\nLong battery life\nBest budget: Kindle Basic\n" + lede + "\n" + lede + "\n", 6, RoleParagraph, ruleShortRun},
		{"don't miss", "Title\n" + lede + "\nDON'T MISS\nChina furious at Macron for Hong Kong protest jibe\nLakers vs Nets: NBA make final decision on game\n" + lede + "\n", 3, RoleBoilerplate, rulePromoLabel},
		{"story continues below", "Title\n" + lede + "\nStory continues below gallery\n" + lede + "\n", 3, RoleBoilerplate, ruleBoilerplate},
		{"promo label", "Title\n" + lede + "\nLire aussi\nLe réchauffement rend les canicules plus fréquentes\nDes écoles fermées\n" + lede + "\n", 3, RoleBoilerplate, rulePromoLabel},
		{"promo title", "Title\n" + lede + "\nLire aussi\nLe réchauffement rend les canicules plus fréquentes\nDes écoles fermées\n" + lede + "\n", 4, RoleBoilerplate, rulePromoLabel},
		{"heading under promo label stays", "Title\n" + lede + "\nRelated Topics\nWhy was it so hot?\n" + lede + "\n", 4, RoleHeading, ruleHeadingQuestion},
		{"inline promo", "Title\n" + lede + "\nLire aussi | Comment se protéger de la chaleur\n" + lede + "\n", 3, RoleBoilerplate, rulePromoLabel},
		{"dialogue", "Title\n" + lede + "\n“Richy?”\n" + lede + "\n", 3, RoleParagraph, ruleDialogue},
		{"stage direction", "Title\n" + lede + "\n(SOUNDBITE OF CASH REGISTER)\n" + lede + "\n", 3, RoleParagraph, ruleBracketed},
		{"date stamp", "Title\n" + lede + "\nPublié le 18 juin 2024 à 11h02, modifié à 15h30\n" + lede + "\n", 3, RoleDate, ruleDateLine}, // a date line, times "11h02" and all
		{"date stamp with a note", "Title\n" + lede + "\nPublié le 18 juin 2024 à 11h02, modifié pour corriger une erreur\n" + lede + "\n", 3, RoleParagraph, ruleDateStamp},
		{"reporting from", "Title\n" + lede + "\nReporting from Monson, Maine\n" + lede + "\n", 3, RoleParagraph, ruleReportingFrom},
		{"source note", "Title\n" + lede + "\nFuente: Instituto Nacional de Estadística\n" + lede + "\n", 3, RoleParagraph, ruleSourceNote},
		{"cartoon credit", "Title\n" + lede + "\n“Let’s take this offline.”\nCartoon by Lars Kenseth\n" + lede + "\n", 4, RoleCredit, ruleCreditLabel},
		{"cartoon caption", "Title\n" + lede + "\n“Let’s take this offline.”\nCartoon by Lars Kenseth\n" + lede + "\n", 3, RoleCaption, ruleCaptionAbove},
		{"istock credit", "Title\n" + lede + "\nMark Stout/iStock/Getty Images\n" + lede + "\n", 3, RoleCredit, ruleCreditAgency},
		{"spaced slash credit", "Title\n" + lede + "\nThe Spruce / Ana Cadena\n" + lede + "\n", 3, RoleCredit, ruleCreditAgency},
		{"spaced slash label", "Title\n" + lede + "\nEquipment / Tools\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		{"foto label", "Title\n" + lede + "\nUn grupo de turistas en el cerro\nFoto: Marcelo Martinez\n" + lede + "\n", 4, RoleCredit, ruleCreditLabel},
		{"German picture-source label", "Title\n" + lede + "\n" + lede + "\nBildquelle: Peter Ferstl\n" + lede + "\n", 4, RoleCredit, ruleCreditLabel},
		{"cover picture label", "Title\n" + lede + "\n" + lede + "\nTitelbild: Geyres Christophe/ABACA/picture-alliance\n" + lede + "\n", 4, RoleCredit, ruleCreditLabel},
		{"photographer label", "Title\n" + lede + "\n" + lede + "\nPhotographer: Armin Kübelbeck, CC-BY-SA, Wikimedia Commons\n" + lede + "\n", 4, RoleCredit, ruleCreditLabel},
		{"lender under caption", "Title\n" + lede + "\nEmily Roebling, photographed around 1896.\nLibrary of Congress\n" + lede + "\n", 4, RoleCredit, ruleCreditAfter},
		{"name credited like the page's other pictures", creditedPictures + "The haze over the city, seen from space on Sunday.\nBerkeley Earth\n" + lede + "\n", 10, RoleCredit, ruleCreditLike},
		{"caption of a name credited like the others", creditedPictures + "The haze over the city, seen from space on Sunday.\nBerkeley Earth\n" + lede + "\n", 9, RoleCaption, ruleCaptionAbove},
		{"a heading in capitals among credited pictures", creditedPictures + "The haze over the city, seen from space on Sunday.\nTOYOTA RAV4 PRIME\n" + lede + "\n", 10, RoleHeading, ruleHeadingShort},
		{"one credited picture sets no pattern", "Title\n" + lede + "\nSmoke over the river on Monday morning.\nSakib Ali/Hindustan Times/Getty Images\n" + lede + "\nThe council voted late on Tuesday.\nBerkeley Earth\n" + lede + "\n", 7, RoleHeading, ruleHeadingShort},
		{"credit under a gallery's counter", "Title\nBy Jane Doe\n" + lede + "\n" + lede + "\n1 / 9\nOmrop Fryslân\nA father pulls his children across the ice on a sledge. Giethoorn was full.\n2 / 9\n", 6, RoleCredit, ruleCounterCredit},
		{"its caption under it", "Title\nBy Jane Doe\n" + lede + "\n" + lede + "\n1 / 9\nOmrop Fryslân\nA father pulls his children across the ice on a sledge. Giethoorn was full.\n2 / 9\n", 7, RoleCaption, ruleCaptionBelow},
		{"a slide's title under its counter", "Title\nBy Jane Doe\n" + lede + "\n" + lede + "\nSlide 1 of 10\nEzov\nThis Israeli-inspired spot serves charred cabbage and lamb kebabs.\nPhoto: Jane Kim\nSlide 2 of 10\n", 6, RoleHeading, ruleHeadingShort},
		{"bracketed name under caption", "Title\n" + lede + "\nA restored kitchen with a farmhouse sink.\n(Jim Bartsch)\n" + lede + "\n", 4, RoleCredit, ruleCreditAfter},
		{"lender without caption is a heading", "Title\n" + lede + "\nLibrary of Congress\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		{"step label leads its paragraph", "Title\n" + lede + "\nStep 2\nPick a new pot. It should be slightly larger.\n", 3, RoleParagraph, ruleStepLabel},
		{"step label with a title", "Title\n" + lede + "\nStep 2\nPick a new pot\n" + lede + "\n", 4, RoleHeading, ruleStepLabel},
		{"posted at time", "Title\n" + lede + "\nPosted at 10:42\nTrains cancelled across Scotland\n" + lede + "\n", 4, RoleHeading, ruleLivePost},
		{"time glued to its author", "Title\n" + lede + "\n21:22Frances Watkins\nTrains cancelled across Scotland\n" + lede + "\n", 4, RoleHeading, ruleLivePost},
		{"time glued to a label", "Title\n" + lede + "\n18:28KEY EVENT\nOne death and 432 new cases\n" + lede + "\n", 4, RoleHeading, ruleLivePost},
		{"a score is no time", "Title\n" + lede + "\n2:1Sieg für Bayern\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		{"exclamation post title", "Title\n" + lede + "\n16:50\nAlcaraz retains title!\n" + lede + "\n", 4, RoleHeading, ruleLivePost},
		{"heading pair, second", "Title\n" + lede + "\nCareer\nEarly discoveries\n" + lede + "\n", 4, RoleHeading, ruleHeadingPair},
		{"heading pair, first", "Title\n" + lede + "\nCareer\nEarly discoveries\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		{"three short lines stay a run", "Title\n" + lede + "\nCareer\nEarly discoveries\nLater life\n" + lede + "\n", 4, RoleParagraph, ruleShortRun},
		{"colon labels", "Title\n" + lede + "\nGetting there:\n" + lede + "\nWhere to stay:\n" + lede + "\n", 5, RoleHeading, ruleHeadingColon},
		{"lone colon line", "Title\n" + lede + "\nGetting there:\n" + lede + "\n", 3, RoleParagraph, ruleParagraph},
		{"section names head their lists", "Title\n" + lede + "\nPros\nExcellent cameras\nBright display\nCons\nAverage battery\nSlow charging\n", 6, RoleHeading, ruleSectionName},
		{"lower-case items end at a heading", "Title\n" + lede + "\nOther symptoms include:\nfever\nheadache\nCauses\n" + lede + "\n", 6, RoleHeading, ruleHeadingShort},
		{"connective question", "Title\n" + lede + "\nSo what now?\n" + lede + "\n", 3, RoleParagraph, ruleNarrativeQ},
		{"question amid quotations and sections", "Title\n" + lede + "\n“The court finds that the posts were advertising, whatever their author meant by them.”\n" + lede +
			"\n“A private person may show what she buys.”\n“The defendant is no private person.”\nWhy the court ruled\n" + lede + "\nWhat the law says\n" + lede +
			"\nWhat must happen now?\n" + lede + "\n", 11, RoleHeading, ruleHeadingQuestion},
		{"question in a story", "Title\n" + lede + "\n“Dad?”\nNothing.\n“Dad, come in.”\n“Are you sure?”\nWho leaves a coat?\n" + lede + "\n", 7, RoleParagraph, ruleNarrativeQ},
		{"credit over its caption", "Title\nVon Lena Schmidt\n12.07.2024, 08.30 Uhr\nFoto: Sven Hoppe / dpa\nEin Mann kühlt sich in einem Brunnen ab\n" + lede + "\n", 5, RoleCaption, ruleCaptionBelow},
		{"german date in figures", "Title\nVon Lena Schmidt\n12.07.2024, 08.30 Uhr\n" + lede + "\n", 3, RoleDate, ruleDateLine},
		{"story byline", "Title\nA story by Julia Reyes\n" + lede + "\n", 2, RoleByline, ruleByline},
		{"published in figures", "Title\n" + lede + "\nPublished: 05/12/2023\n" + lede + "\n", 3, RoleParagraph, ruleDateStamp},
		{"short sentences after a related header stay", "Title\n" + lede + "\n" + lede + "\n" + lede + "\nMehr zum Thema\nBahnchaos: Warum die Züge immer später kommen\nBaustellen als Hauptgrund\nDer Konzern verweist auf die Sanierung. Mehr als 1000 Baustellen sind normal.\nBis 2030 sollen 40 Korridore saniert werden.\n", 7, RoleHeading, ruleHeadingShort},
		{"second title under a related header", "Title\n" + lede + "\n" + lede + "\nMehr zum Thema\nLokführerstreik: Wie die GDL die Bahn unter Druck setzt\nTarifkonflikt: Weselsky kündigt Streiks an\nWarum wird gestreikt?\n" + lede + "\n" + lede + "\n" + lede + "\n", 6, RoleBoilerplate, rulePromoLabel},
		{"heading under a related header's titles", "Title\n" + lede + "\n" + lede + "\nMehr zum Thema\nLokführerstreik: Wie die GDL die Bahn unter Druck setzt\nTarifkonflikt: Weselsky kündigt Streiks an\nWarum wird gestreikt?\n" + lede + "\n" + lede + "\n" + lede + "\n", 7, RoleHeading, ruleHeadingQuestion},
		{"interview whose answer asks", "Title\n" + lede + "\nDa dove nasce il nuovo film?\nDa una domanda che mi faccio da anni: che cosa resta della giovinezza quando finisce?\nNapoli torna protagonista. Perché?\nPerché non riesco a liberarmene.\nLei ha detto che il cinema è fede. In che senso?\nBisogna crederci.\nCosa sta preparando adesso?\nNiente. Per ora mi riposo.\n", 3, RoleParagraph, ruleInterviewQ},
		{"german explainer's answers with 'im'", "Title\n" + lede + "\nWelche Züge fahren?\nIm Fernverkehr fährt nur jeder fünfte Zug.\nGilt mein Ticket noch?\nJa. Im Zweifel gilt es später.\nWarum wird gestreikt?\nIm Kern geht es um die Arbeitszeit.\n", 3, RoleHeading, ruleHeadingQuestion},
		{"spanish question", "Title\n" + lede + "\n¿Cuánto cuesta?\n" + lede + "\n", 3, RoleHeading, ruleHeadingQuestion},
		{"section label is no byline", "Title\nBy Jane Doe\nCHAPTER ONE\n" + lede + "\nCHAPTER TWO\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, d := range mustExplain(t, tt.input) {
				if d.Line == tt.line && d.Role != RoleBlank {
					if d.Role != tt.role || d.Rule != tt.rule {
						t.Errorf("line %d %q: %s %s, want %s %s", d.Line, d.Text, d.Role, d.Rule, tt.role, tt.rule)
					}
					return
				}
			}
			t.Errorf("no decision for line %d", tt.line)
		})
	}
}

// TestInterviewQuestions checks that questions to "you", answered in the
// first person, are an interview's, and an explainer's stay headings.
func TestInterviewQuestions(t *testing.T) {
	interview := "Title\n" + lede + "\nHow did you decide what stayed?\nI didn’t, really. My band did.\nIs it hard to play those songs?\nSome nights. Most nights I feel fine.\nWhat’s next?\nA long nap, I think.\n"
	explainer := "Title\n" + lede + "\nHow did cows get bird flu?\nScientists believe the virus spilled over from wild birds.\nIs the milk safe to drink?\nPasteurized milk is considered safe.\nCan people catch it?\nOne dairy worker was infected and recovered.\n"
	for _, tt := range []struct {
		name, input, role, rule string
	}{
		{"interview", interview, RoleParagraph, ruleInterviewQ},
		{"explainer", explainer, RoleHeading, ruleHeadingQuestion},
		{"German interview, polite form", "Titel\n" + lede + "\nWas kostet Ihre Dienstleistung?\nFür die Kunden bleibt der Preis gleich, das haben wir zugesagt.\n" +
			"Welche Einnahmen erwarten Sie?\nWir rechnen mit einem Plus im zweiten Jahr, wenn alles gut geht.\n" +
			"Wie finanzieren Sie den Kauf?\nAus dem laufenden Geschäft, ohne neue Schulden aufzunehmen.\n", RoleParagraph, ruleInterviewQ},
		{"interview answered by its speakers' names", "Titel\n" + lede + "\nWas war der erste Grund?\nAuerbach: Die Berater brauchten neue Produkte, und die Manager wollten modern wirken.\n" +
			"Weltermann: Das sehe ich anders, es ging um Geld.\nWas war der zweite Grund?\nAuerbach: Der war eher soziologischer Natur, es ging um Anerkennung im Unternehmen.\n" +
			"Wer hat davon profitiert?\nWeltermann: Die Berater, vor allem die großen Häuser in Frankfurt und München.\n", RoleParagraph, ruleInterviewQ},
		{"interview, half its questions to the speaker", "Titel\n" + lede + "\nWas ist so falsch am Optimismus?\nEr verstellt den Blick auf das, was die Menschen wirklich können.\n" +
			"Haben Sie dafür eine Erklärung?\nDie Moden versprechen einfache Antworten auf schwierige Fragen der Führung.\n" +
			"Welche denn?\nDen Neoliberalismus, der auf der Annahme fußt, dass jeder nur an sich denkt.\n" +
			"Haben Sie schon eine Idee?\nWir müssen wieder lernen, einander zu vertrauen, auch in der Wirtschaft.\n", RoleParagraph, ruleInterviewQ},
		{"German explainer about them", "Titel\n" + lede + "\nWas wollen sie erreichen?\nDie Gruppe fordert seit Jahren mehr Geld für die Schulen im Land.\n" +
			"Wer steht hinter ihr?\nVor allem Eltern und Lehrer aus den großen Städten im Süden.\n" +
			"Wie geht es weiter?\nIm Herbst soll der Landtag über den Antrag abstimmen.\n", RoleHeading, ruleHeadingQuestion},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			for _, d := range mustExplain(t, tt.input) {
				if strings.HasSuffix(d.Text, "?") {
					n++
					if d.Role != tt.role || d.Rule != tt.rule {
						t.Errorf("%q: %s %s, want %s %s", d.Text, d.Role, d.Rule, tt.role, tt.rule)
					}
				}
			}
			if n < 3 {
				t.Errorf("%d questions, want 3 or more", n)
			}
		})
	}
}
