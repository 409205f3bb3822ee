package plaintext

import (
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
)

func TestHeadingRule(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"What we know about ISIS and its affiliates now", ruleHeadingShort},
		{"How to understand the ISIS threat now", ruleHeadingShort},
		{"Enter: ISIS-K.", ruleHeadingTitle},
		{"The Road Ahead.", ruleHeadingTitle},
		{"What happens next?", ruleHeadingQuestion},
		{"2024 in review", ruleHeadingShort},
		{"II.", ruleHeadingNumeral},
		{"3", ruleHeadingNumeral},
		{"I.", ruleHeadingNumeral},
		{"But, again, given the group’s global focus, their conflict doesn’t stop with the Taliban.", ""},
		{"Take the latest attack in Russia, which was pulled off in Moscow amid a war:", ""},
		{"That changed.", ""},
		{"It didn’t.", ""},
		{"Wait...", ""},
		{"lowercase start of a line", ""},
		{"Here is the thing, though,", ""},
		{"Prices rose. Then they fell", ""},
		{"Why does a question with far too many words in it count as a heading at all?", ""},
		{strings.Repeat("Word ", 16), ""},
	}
	for _, tt := range tests {
		if got := headingRule(tt.line); got != tt.want {
			t.Errorf("headingRule(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestHeadingContext(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string // roles of lines 2..n
	}{
		{"followed by text", "T\nIntro paragraph, long enough.\nA section\nBody text here.\n",
			[]string{RoleParagraph, RoleHeading, RoleParagraph}},
		{"last line", "T\nIntro paragraph, long enough.\nNo text after this\n",
			[]string{RoleParagraph, RoleParagraph}},
		{"short run", "T\nIntro paragraph, long enough.\nApples\nPears\nPlums\nBody text here.\n",
			[]string{RoleParagraph, RoleParagraph, RoleParagraph, RoleParagraph, RoleParagraph}},
		{"before list", "T\nIntro paragraph, long enough.\nWhat you need\n- flour\n- water\nBody text.\n",
			[]string{RoleParagraph, RoleHeading, RoleListItem, RoleListItem, RoleParagraph}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := roles(t, tt.input)[1:]; strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("roles %q, want %q", got, tt.want)
			}
		})
	}
}

// roles returns the role of every decision of input.
func roles(t *testing.T, input string) []string {
	t.Helper()
	var out []string
	for _, d := range mustExplain(t, input) {
		out = append(out, d.Role)
	}
	return out
}

// mustExplain returns the decisions of s, failing the test on an error.
func mustExplain(t *testing.T, s string) []Decision {
	t.Helper()
	ds, err := Explain(strings.NewReader(s), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// roleCase is an input with the role expected for each of its decisions.
type roleCase struct {
	name, input string
	want        []string
}

// checkRoles runs each case as a subtest, comparing the roles of its
// decisions with the roles wanted.
func checkRoles(t *testing.T, tests []roleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := roles(t, tt.input); strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("roles %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSourceLine(t *testing.T) {
	tests := []struct {
		line, publisher, url string // publisher "" and url "" mean: not a source
	}{
		{"Sourse: vox.com", "Vox", "https://vox.com"},
		{"Source: vox.com", "Vox", "https://vox.com"},
		{"Soruce: www.vox.com", "Vox", "https://www.vox.com"},
		{"SOURCE: The Guardian", "The Guardian", ""},
		{"Source: The Guardian (theguardian.com)", "The Guardian", "https://theguardian.com"},
		{"Via The Atlantic", "The Atlantic", ""},
		{"Via: https://www.nytimes.com/2024/03/25/world/x.html", "The New York Times", "https://www.nytimes.com/2024/03/25/world/x.html"},
		{"Originally published at The Conversation", "The Conversation", ""},
		{"Originaly publised at propublica.org", "Propublica", "https://propublica.org"},
		{"Read more at cnn.com", "CNN", "https://cnn.com"},
		{"From: Ars Technica", "Ars Technica", ""},
		{"https://www.bbc.co.uk/news/world-68650000", "BBC", "https://www.bbc.co.uk/news/world-68650000"},
		{"the-intercept.com", "The Intercept", "https://the-intercept.com"},
		{"news.example.co.uk", "Example", "https://news.example.co.uk"},
		{"Via https://noahpinion.substack.com/p/x", "Noahpinion", "https://noahpinion.substack.com/p/x"},
		{"Source: a person familiar with the matter said the talks had stalled.", "", ""},
		{"Sources say the deal is off.", "", ""},
		{"From the start, the plan was doomed.", "", ""},
		{"Via a spokesperson, the company declined to comment.", "", ""},
		{"None of that is to say that an attack is impossible.", "", ""},
		{"vox.com reported the story first.", "", ""},
		{"Sauce: tomato", "", ""},
	}
	for _, tt := range tests {
		src, _, ok := parseSourceLine(tt.line)
		if ok != (tt.publisher != "" || tt.url != "") || src.publisher != tt.publisher || src.url != tt.url {
			t.Errorf("parseSourceLine(%q) = %+v, %v; want %q %q", tt.line, src, ok, tt.publisher, tt.url)
		}
	}
}

func TestSplitCredit(t *testing.T) {
	tests := []struct {
		line                       string
		caption, credit, bio, name string // credit "" means: no credit
	}{
		{"People lay flowers at Crocus City Hall in Moscow on March 22. Sefa Karacan/Anadolu via Getty Images Ellen Ioanes covers breaking news at Vox. She previously worked at Business Insider.",
			"People lay flowers at Crocus City Hall in Moscow on March 22.", "Sefa Karacan/Anadolu via Getty Images",
			"Ellen Ioanes covers breaking news at Vox. She previously worked at Business Insider.", "Ellen Ioanes"},
		{"Firefighters at the scene on Sunday. (AP Photo/Efrem Lukatsky)", "Firefighters at the scene on Sunday.", "AP Photo/Efrem Lukatsky", "", ""},
		{"Protesters march in Paris. Photo: Jane Doe/Reuters", "Protesters march in Paris.", "Photo: Jane Doe/Reuters", "", ""},
		{"Mourners at the memorial Chip Somodevilla/Getty Images", "Mourners at the memorial", "Chip Somodevilla/Getty Images", "", ""},
		{"The skyline at dawn. Jane Doe for The New York Times", "The skyline at dawn.", "Jane Doe for The New York Times", "", ""},
		{"A view of the harbour. Getty Images", "A view of the harbour.", "Getty Images", "", ""},
		{"The mayor speaks. Photo by Ann Lee/AFP via Getty Images Tom Roe is a reporter at the Ledger.",
			"The mayor speaks.", "Photo by Ann Lee/AFP via Getty Images", "Tom Roe is a reporter at the Ledger.", "Tom Roe"},
		{"A farmer inspects his crop. Courtesy of the Smith family", "A farmer inspects his crop.", "Courtesy of the Smith family", "", ""},
		{"Courtesy of ÖBB", "", "Courtesy of ÖBB", "", ""},
		{"Getty Images", "", "Getty Images", "", ""},
		{"Il lago di Pergusa, quasi prosciugato (Ansa)", "Il lago di Pergusa, quasi prosciugato", "Ansa", "", ""},
		{"Una mucca in un pascolo secco (foto Reuters)", "Una mucca in un pascolo secco", "foto Reuters", "", ""},
		{"A tea ceremony in Gion. Kenji Mori for The Times", "A tea ceremony in Gion.", "Kenji Mori for The Times", "", ""},
		{"Flooded fields near York. PA Media", "Flooded fields near York.", "PA Media", "", ""},
		// Not credits.
		{"The report was compiled by analysts at Reuters.", "", "", "", ""},
		{"The strike went on (photo finish)", "", "", "", ""},
		{"Tips for Success", "", "", "", ""},
		{"Recipes for Summer", "", "", "", ""},
		{"She told the Press Association.", "", "", "", ""},
		{"Ukraine’s grid was hit again, Reuters reported.", "", "", "", ""},
		{"Officials said the attack was planned in Afghanistan and Iran.", "", "", "", ""},
		{"It has been a hard year for the New York Times.", "", "", "", ""},
		{"Russia/Ukraine Crisis", "", "", "", ""},
		{"Residents flee the city REUTERS/Gleb Garanich", "Residents flee the city", "REUTERS/Gleb Garanich", "", ""},
	}
	for _, tt := range tests {
		cs, ok := splitCredit(tt.line, true)
		if ok != (tt.credit != "") {
			t.Errorf("splitCredit(%q) found=%v (%+v), want %v", tt.line, ok, cs, tt.credit != "")
			continue
		}
		if ok && (cs.caption != tt.caption || cs.credit != tt.credit || cs.bio != tt.bio || cs.bioName != tt.name) {
			t.Errorf("splitCredit(%q)\n got %q | %q | %q (%q)\nwant %q | %q | %q (%q)", tt.line,
				cs.caption, cs.credit, cs.bio, cs.bioName, tt.caption, tt.credit, tt.bio, tt.name)
		}
	}
}

func TestFindBio(t *testing.T) {
	tests := []struct {
		line, name string // name "" means: not a bio
	}{
		{"Jane Doe is a staff writer at The Atlantic.", "Jane Doe"},
		{"Maria Gonzalez covers city hall for the Ledger.", "Maria Gonzalez"},
		{"Ana María Ruiz writes about science and climate for the paper.", "Ana María Ruiz"},
		{"Vladimir Putin is the president of Russia.", ""},
		{"The Islamic State is a reporter’s nightmare.", ""},
		{"She is a reporter at Vox.", ""},
	}
	for _, tt := range tests {
		p, name := findBio(tt.line, false)
		if (p == 0) != (tt.name != "") || name != tt.name && tt.name != "" {
			t.Errorf("findBio(%q) = %d, %q; want %q", tt.line, p, name, tt.name)
		}
	}
}

func TestByline(t *testing.T) {
	tests := []struct {
		line, names, date string // names joined by "; "; "" means: not a byline
	}{
		{"By Jane Doe", "Jane Doe", ""},
		{"By Jane Doe and John Roe", "Jane Doe; John Roe", ""},
		{"By Jane Doe, John Roe and Ann Poe", "Jane Doe; John Roe; Ann Poe", ""},
		{"By Jane Doe, John Roe, and Ann Poe", "Jane Doe; John Roe; Ann Poe", ""},
		{"By Jane Doe & John Roe", "Jane Doe; John Roe", ""},
		{"By HANNA ARHIROVA and SUSIE BLANN Associated Press", "Hanna Arhirova; Susie Blann", ""},
		{"By Jane Doe, Associated Press", "Jane Doe", ""},
		{"By Jane Doe, Staff Writer", "Jane Doe", ""},
		{"By Ludwig van Beethoven", "Ludwig van Beethoven", ""},
		{"By Tom O’Brien | Updated March 26, 2024, 9:14 a.m. ET", "Tom O’Brien", "2024-03-26"},
		{"By Ellen Ioanes Updated Mar 25, 2024, 3:40pm EDT", "Ellen Ioanes", "2024-03-25"},
		{"By Lena Fischer, April 2, 2024", "Lena Fischer", "2024-04-02"},
		{"Written by Sam Park", "Sam Park", ""},
		{"By The Associated Press", "The Associated Press", ""},
		{"By Jane Doe in Kyiv", "Jane Doe", ""},
		{"Jane Doe", "", ""},
		{"By the time the police arrived, the crowd had gone.", "", ""},
		{"By comparison, prices fell.", "", ""},
		{"By 2030 the plan will be finished", "", ""},
		{"Bystanders filmed the scene.", "", ""},
	}
	for _, tt := range tests {
		b, ok := parseByline(tt.line)
		got := strings.Join(b.names, "; ")
		date := ""
		if !b.date.IsZero() {
			date = b.date.Format("2006-01-02")
		}
		if ok != (tt.names != "") || got != tt.names || date != tt.date {
			t.Errorf("parseByline(%q) = %q %q %v; want %q %q", tt.line, got, date, ok, tt.names, tt.date)
		}
	}
}

func TestBoilerplate(t *testing.T) {
	for _, s := range []string{"Advertisement", "ADVERTISEMENT", "Share this article", "Skip to content",
		"Sign up for our daily newsletter", "Related: How the grid survived the winter", "Listen to this article · 5 min", "Updated 5 hours ago", "a day ago", "5 min read", "Follow", "Continue Reading Below",
		"MORE ON EDUCATION", "More on Brexit", "Story continues below gallery", "4 Answers", "12 replies", "2 réponses",
		"Issue No. 212", "Issue #87", "Issue 61 · Spring 2025", "From the section Premier League",
		"Also: See Black Friday coverage at CNET", "SEE MORE: Hong Kong protests: 800 students under siege in university"} {
		if !isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = false", s)
		}
	}
	for _, s := range []string{"Share prices fell sharply on Monday.", "Advertisements for the show ran for weeks.",
		"Related: the two events are connected. Police say so.", "Print media is in decline", "Continue reading below the map for the full list.",
		"More on that later.", "More in Politics »", "More on the economy and the budget", "Answers", "3 answers to the housing crisis",
		"Issue 3 is the budget.", "The issue", "From the section on housing, three points stand out",
		"Also: the council voted to keep it"} {
		if isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = true", s)
		}
	}
}

func TestTrimHeadlinePeriod(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ISIS-K has become a threat.", "ISIS-K has become a threat"},
		{"Made in the U.S.", "Made in the U.S."},
		{"Wait for it...", "Wait for it..."},
		{"It rained. Then it poured.", "It rained. Then it poured."},
		{"No period", "No period"},
	}
	for _, tt := range tests {
		if got := trimHeadlinePeriod(tt.in); got != tt.want {
			t.Errorf("trimHeadlinePeriod(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLinkify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"no links here", `"no links here"`},
		{"See https://example.org/a.", `"See " link<https://example.org/a>["https://example.org/a"] "."`},
		{"(https://en.wikipedia.org/wiki/Go_(game)) and http://x.io, too",
			`"(" link<https://en.wikipedia.org/wiki/Go_(game)>["https://en.wikipedia.org/wiki/Go_(game)"] ") and " link<http://x.io>["http://x.io"] ", too"`},
		{"https://", `"https://"`},
		{"SMS: http://www2.sagawa- exp.co.jp/whatsnew", `"SMS: http://www2.sagawa- exp.co.jp/whatsnew"`},
		{"http://-bad.example/x and http://localhost:8080/x", `"http://-bad.example/x and " link<http://localhost:8080/x>["http://localhost:8080/x"]`},
		{"at http://[::1]/x.", `"at " link<http://[::1]/x>["http://[::1]/x"] "."`},
		{"See www.example.org/page, and (www.example.net).", `"See " link<http://www.example.org/page>["www.example.org/page"] ", and (" link<http://www.example.net>["www.example.net"] ")."`},
		{"www.example.org opens it", `link<http://www.example.org>["www.example.org"] " opens it"`},
		{"mail info@www.example.org or see www. or www.x", `"mail info@www.example.org or see www. or www.x"`},
		{"at https://www.example.org/a.", `"at " link<https://www.example.org/a>["https://www.example.org/a"] "."`},
	}
	for _, tt := range tests {
		ins := linkify(tt.in)
		if got := content.InlineString(ins); got != tt.want {
			t.Errorf("linkify(%q) = %s, want %s", tt.in, got, tt.want)
		}
		if content.PlainText(ins) != tt.in {
			t.Errorf("linkify(%q) changed the text to %q", tt.in, content.PlainText(ins))
		}
	}
}

func TestZones(t *testing.T) {
	tests := []roleCase{
		{"byline above title", "By Jane Doe\nMarch 25, 2024\nThe Title\nBody text of the article.\n",
			[]string{RoleByline, RoleDate, RoleTitle, RoleParagraph}},
		{"dek needs front matter", "Title\nA first paragraph that is short.\nSecond paragraph.\n",
			[]string{RoleTitle, RoleParagraph, RoleParagraph}},
		{"dek", "Title\nA dek that sums it up.\nBy Jane Doe\nBody.\n",
			[]string{RoleTitle, RoleSubtitle, RoleByline, RoleParagraph}},
		{"name byline before date", "Title\nJane Doe\nMarch 25, 2024\nBody.\n",
			[]string{RoleTitle, RoleByline, RoleDate, RoleParagraph}},
		{"two-word heading is no byline", "Title\nEarly Life\nShe was born in 1950 in a small town.\n",
			[]string{RoleTitle, RoleHeading, RoleParagraph}},
		{"caption above credit", "Title\nA crowd at the rally\nPhoto: Jane Doe/Reuters\nBody.\n",
			[]string{RoleTitle, RoleCaption, RoleCredit, RoleParagraph}},
		{"tail", "Title\nBody.\nJane Doe is a reporter at the Ledger.\n© 2024 Ledger Media\nSource: ledger.example\n",
			[]string{RoleTitle, RoleParagraph, RoleAuthorBio, RoleRights, RoleSource}},
		{"last paragraph kept", "Title\nBody.\nThe end came quickly, as it always does.\n",
			[]string{RoleTitle, RoleParagraph, RoleParagraph}},
		{"long first line", strings.Repeat("word ", 80) + "\nMore.\n",
			[]string{RoleParagraph, RoleParagraph}},
	}
	checkRoles(t, tests)
}

func TestUnwrap(t *testing.T) {
	wrapped := "Title\n\nThe first paragraph was wrapped at a fixed width by the\nprogram that saved it, so it runs over three lines of\ntext before it ends.\n\nA second one is wrapped as well, like the first one\nwas.\n"
	// a gallery written one block per line, one blank line at its end:
	// its short lines run one under another, but none is full: nothing is
	// joined
	gallery := "Photos\nAfter a week of hard frost the ice on the lakes is thick enough to skate on, and thousands came.\n1 / 3\nANP\nSkaters on the lake early on Saturday\n2 / 3\nANP\nA stall on the ice opened at half past seven\n3 / 3\nANP\n\nThe police warn that the ice is still thin in places.\n"
	shortParas := "Title\n\nShort paragraphs of one line each.\nEach ends with a full stop.\nNone of them is wrapped.\n\nThe last one is alone.\n"
	tests := []struct {
		name, input string
		want        int // logical lines after unwrap
	}{
		{"wrapped", wrapped, 5},
		{"one paragraph per line", shortParas, 7},
		{"no blank lines", strings.ReplaceAll(wrapped, "\n\n", "\n"), 6},
		{"short lines one under another", gallery, 12},
	}
	for _, tt := range tests {
		lines, err := readLines(strings.NewReader(tt.input), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(unwrap(lines)); got != tt.want {
			t.Errorf("%s: %d lines, want %d", tt.name, got, tt.want)
		}
	}
}
