package plaintext

import "testing"

// TestBodyZone checks the headings that where they stand, above the
// article's first paragraph of prose or under its last, turns back into
// paragraphs, and those it lets through; and the lines that their
// length, or their figures, keep from being headings.
func TestBodyZone(t *testing.T) {
	const p = "Title\n" + lede + "\n"
	tests := []struct {
		name, input string
		line        int
		role, rule  string
	}{
		{"breadcrumb above the prose", "Title\nNyheter\nInrikes\nPublicerad 4 februari 2025 kl 08.12\n" + lede + "\nIngen fara\n" + lede + "\n", 2, RoleParagraph, ruleBeforeProse},
		{"label above a date above the prose", "Title\nNyheter\nInrikes\nPublicerad 4 februari 2025 kl 08.12\n" + lede + "\n", 3, RoleParagraph, ruleBeforeProse},
		{"first section's heading", "Title\nIntroduction\n" + lede + "\nMethods\n" + lede + "\n", 2, RoleHeading, ruleHeadingShort},
		{"lone label over the prose", "Title\nWeather\n" + lede + "\n" + lede + "\n", 2, RoleParagraph, ruleBeforeProse},
		{"heading over a heading over the prose", "Title\nCHAPTER ONE\nThe Map Room\n" + lede + " It was one of those days in the chapter.\n", 2, RoleParagraph, ruleBeforeProse},
		{"its subheading stays", "Title\nCHAPTER ONE\nThe Map Room\n" + lede + "\nThe Archive\n" + lede + "\n", 3, RoleHeading, ruleHeadingPair},
		{"section name above the prose", "Title\nIngredients\n500 g flour\n2 eggs\nMethod\n" + lede + "\n", 2, RoleHeading, ruleSectionName},
		{"no prose: verse", "Title\nThaw\nThe river has begun\nto remember itself.\n\nCrows\nThey gather on the wire\nlike a sentence.\n", 2, RoleHeading, ruleHeadingShort},
		{"tag under the prose", p + "Why it matters\n" + lede + "\nsmog\nKraków\njakość powietrza\n", 6, RoleParagraph, ruleAfterProse},
		{"promo label under the prose", p + "Why it matters\n" + lede + "\nZobacz także\nRanking najbardziej zanieczyszczonych miast Europy. Polska w czołówce\n", 5, RoleParagraph, ruleAfterProse},
		{"section over a sentence under the prose", p + "Why it matters\n" + lede + "\nWhat’s next\nThe teams meet again in May.\n", 5, RoleHeading, ruleHeadingShort},
		{"slide over its caption", p + "Why it matters\n" + lede + "\nStowe, Vermont\nThe village green under the Green Mountains in autumn\nSeanPavonePhoto/Getty Images\n", 5, RoleHeading, ruleHeadingShort},
		{"long entry among numbered headings", p + "1. Peter Wittkamp, author (22,700 followers): a triad\n" + lede + "\n2. Robert Habeck, politician and party leader of the Greens (45,100 followers): quick comment on the news of the day\n" + lede +
			"\n3. Frank Thelen, investor (33,700 followers): facing the grumblers\n" + lede + "\n", 5, RoleHeading, ruleHeadingNumbered},
		{"long numbered sentence stays an item", p + "1. Peter Wittkamp, author (22,700 followers): a triad\n" + lede + "\n2. Robert Habeck, a politician and the party leader of the Greens, has 45,100 followers and comments on the news.\n" + lede +
			"\n3. Frank Thelen, investor (33,700 followers): facing the grumblers\n" + lede + "\n", 5, RoleListItem, ruleListNumber},
		{"numbered like its siblings", p + "12. Governing Law\n" + lede + "\n13. Contact\nLoomly Labs Inc., 2035 Sunset Lake Road, Newark, DE 19702, USA. Email: legal@loomly.app\n", 5, RoleHeading, ruleHeadingNumbered},
		{"name under the headline", "Title\n\nNicolas Perriault\n\n" + lede + "\n", 3, RoleByline, ruleNameAtTop},
		{"names under the headline", "Title\nAlexandre Hervaud, Jérémy Piette\n" + lede + "\n", 2, RoleByline, ruleNameAtTop},
		{"words the text writes in lower case", "Title\nOur Verdict\n" + lede + " Our verdict is clear.\nDesign\n" + lede + "\n", 2, RoleHeading, ruleHeadingShort},
		{"long line without its full stop", p + "Emergency workers survey the damage from a boat on Friday morning\n" + lede + "\n", 3, RoleParagraph, ruleLongUnpunctuated},
		{"ten words make a heading still", p + "Rock salt on icy streets can cause mayhem below them\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		{"long line in Japanese", p + "2020年の東京オリンピック・パラリンピックの開催などを見据え、フリーWi-Fiの設置が促進され\n" + lede + "\n", 3, RoleParagraph, ruleParagraph}, // over 15 words, a CJK character counting half: no candidate (cjkHeadingRule)
		{"figures", p + "4.3333333333333333\n" + lede + "\n", 3, RoleParagraph, ruleFigures},
		{"section number", p + "I.\n" + lede + "\nII.\n" + lede + "\n", 5, RoleHeading, ruleHeadingNumeral},
		{"table row parted by a tab", p + "Surface area\t1,893 km2\n" + lede + "\n", 3, RoleParagraph, ruleTableRow},
		{"caption with its photographer", p + "Glass cloche terrariums (Lucy Akins)\n" + lede + "\n", 3, RoleParagraph, ruleNamedCaption},
		{"heading with a word in brackets", p + "More (remote) mentorship\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		{"footnote's backlink", p + "^ Persona, Mozilla\n" + lede + "\n", 3, RoleParagraph, ruleParagraph},
		{"emoji before a heading", p + "🏛️ City Hall\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		{"wiki picture's caption", p + "History[edit]\n" + lede + "\nSeaMonkey logo\n" + lede + "\nReferences[edit]\n" + lede + "\n", 5, RoleParagraph, ruleWithoutEditLink},
		{"wiki heading", p + "History[edit]\n" + lede + "\nSeaMonkey logo\n" + lede + "\nReferences[edit]\n" + lede + "\n", 3, RoleHeading, ruleEditLink},
		{"German live post", p + "15:12 Uhr\nFlughafenverband: Schaden von 250 Millionen Euro\n" + lede + "\n", 4, RoleHeading, ruleLivePost},
		{"code under a call", p + "SELECT avg(n)\nFROM unnest(array[2, 3, 5]) AS n;\n" + lede + "\n", 3, RoleParagraph, ruleCodeLine},
		{"heading over a film with its running time", p + "Pour dépasser le tabac\nVape Wave (documentaire, 1h28, Planète+)\n" + lede + "\n", 3, RoleHeading, ruleHeadingShort},
		{"film under its heading", p + "Pour dépasser le tabac\nVape Wave (documentaire, 1h28, Planète+)\n" + lede + "\n", 4, RoleParagraph, ruleShortRun},
		{"score line makes no pair", p + "Full time\nIreland (20) 27\n" + lede + "\n", 3, RoleParagraph, ruleShortRun},
		{"photographer's rights", p + "© Chloe Martin\n" + lede + "\n", 3, RoleParagraph, ruleParagraph},
		{"credit label in Turkish", p + "Fotoğraf: AA\n" + lede + "\n", 3, RoleCredit, ruleCreditLabel},
		{"credit label in Portuguese", p + "Fotografia: Nuno Ferreira Santos\n" + lede + "\n", 3, RoleCredit, ruleCreditLabel},
		{"numbered pick under the last one's publisher", p + "1. The Salt House, by Min-ji Park\n" + lede + "\nFig Tree, £18.99, out 11 September\n2. Low Water, by Owen Price\n" + lede + "\nSeren, £12.99, out 18 September\n3. Accounts Payable, by Gemma Hart\n" + lede + "\n", 6, RoleHeading, ruleHeadingNumbered},
		{"numbers that skip make no series", p + "1. The Salt House, by Min-ji Park\n" + lede + "\nFig Tree, £18.99, out 11 September\n3. Low Water, by Owen Price\n" + lede + "\nSeren, £12.99, out 18 September\n4. Accounts Payable, by Gemma Hart\n" + lede + "\n", 6, RoleListItem, ruleListNumber},
		{"author's box under the prose", p + "Conclusion\n" + lede + "\nJulien Marchand\nJournaliste maison et jardin\nNos derniers tests\nTest du Dyson V15s Detect Submarine\nTest de la Weber Lumin Compact\n", 5, RoleParagraph, ruleAfterProse},
		{"section after a comment button at the top", "Title\nCommenti (37)\n" + lede + "\nIngredienti\n" + lede + "\n", 4, RoleHeading, ruleHeadingShort},
		{"name under the comments", p + "Why it matters\n" + lede + "\n12 comments\nSophie\n" + lede + "\n", 6, RoleParagraph, ruleCommenter},
		{"heading over a contact", p + "Why it matters\n" + lede + "\nMedia Contact\nJordan Ellis\npress@example.com\n", 5, RoleHeading, ruleHeadingShort},
	}
	for _, tt := range tests {
		role, rule := lineDecision(t, tt.input, tt.line)
		if role != tt.role || rule != tt.rule {
			t.Errorf("%s: line %d is %s/%s, want %s/%s", tt.name, tt.line, role, rule, tt.role, tt.rule)
		}
	}
}
