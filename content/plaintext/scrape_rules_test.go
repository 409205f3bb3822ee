package plaintext

import (
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
)

// lineDecision returns the role and rule of the first decision on input
// line n.
func lineDecision(t *testing.T, input string, n int) (string, string) {
	t.Helper()
	for _, d := range mustExplain(t, input) {
		if d.Line == n {
			return d.Role, d.Rule
		}
	}
	return "", ""
}

// lineCase is one line of an input under test and the role and rule it
// should get.
type lineCase struct {
	name, input string
	line        int // 1-based
	role, rule  string
}

// checkLines checks each case's line decision, one subtest a case.
func checkLines(t *testing.T, tests []lineCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			role, rule := lineDecision(t, tt.input, tt.line)
			if role != tt.role || rule != tt.rule {
				t.Errorf("line %d is %s/%s, want %s/%s", tt.line, role, rule, tt.role, tt.rule)
			}
		})
	}
}

func TestFrontBioSubject(t *testing.T) {
	const head = "Headline of the story\nA dek that sums the story up in a sentence.\n"
	tests := []struct {
		name, input string
		line        int
		role        string
	}{
		{"lede about the subject", head + "April 18, 2024\nGerald Whitcombe has repaired typewriters on Fenwick Street since 1972.\nWhitcombe said he would miss it.\n", 4, RoleParagraph},
		{"lede under a byline", head + "By Jenny Castellanos\nGerald Whitcombe is a reporter's favourite subject, a writer said.\nMore text follows here.\n", 4, RoleParagraph},
		{"byline author's bio", head + "By Jenny Castellanos\nJenny Castellanos is a reporter for the paper.\nThe story starts here.\n", 4, RoleAuthorBio},
		{"unbylined bio", head + "April 18, 2024\nJenny Castellanos covers city hall as a reporter.\nThe story starts here.\n", 4, RoleAuthorBio},
		{"name-only byline's bio", head + "Jenny Castellanos\nApril 18, 2024\nJenny Castellanos is a keen gardener and a nurse.\nThe story starts here.\n", 5, RoleAuthorBio},
		{"subject under a name-only byline", head + "Jenny Castellanos\nApril 18, 2024\nGerald Whitcombe is a writer of long letters to the council.\nThe story starts here.\n", 5, RoleParagraph},
		{"typewriters are no writers", head + "April 18, 2024\nGerald Whitcombe has repaired typewriters since 1972.\nThe shop closes.\n", 4, RoleParagraph},
	}
	for _, tt := range tests {
		if role, _ := lineDecision(t, tt.input, tt.line); role != tt.role {
			t.Errorf("%s: line %d is %q, want %q", tt.name, tt.line, role, tt.role)
		}
	}
}

func TestNameBylineByWord(t *testing.T) {
	tests := []struct{ line, names string }{
		{"di Giulia Ferraresi", "Giulia Ferraresi"},
		{"von Katharina Müller", "Katharina Müller"},
		{"por Ana María García", "Ana María García"},
		{"de Jan Jansen", "Jan Jansen"},
		{"door Piet de Groot en Anna Smit", ""}, // "en" is not an English "and"
		{"Giulia Ferraresi", "Giulia Ferraresi"},
		// Not stripped: a particle that opens a name.
		{"de la Fuente", "de la Fuente"},
		{"di solito", ""},
		{"by the sea", ""},
	}
	for _, tt := range tests {
		names, _ := nameOnlyByline(tt.line)
		if got := strings.Join(names, "; "); got != tt.names {
			t.Errorf("nameOnlyByline(%q) = %q, want %q", tt.line, got, tt.names)
		}
	}
}

func TestLocalizedDates(t *testing.T) {
	tests := []struct{ line, date, rule string }{
		{"25 settembre 2024", "2024-09-25", ruleDateLine},
		{"12 mar 2024", "2024-03-12", ruleDateLine},
		{"12 de marzo de 2024", "2024-03-12", ruleDateLine},
		{"3 août 2024", "2024-08-03", ruleDateLine},
		{"1er mars 2024", "2024-03-01", ruleDateLine},
		{"12. März 2024", "2024-03-12", ruleDateLine},
		{"5 de maio de 2024", "2024-05-05", ruleDateLine},
		{"14 mei 2024", "2024-05-14", ruleDateLine},
		{"Madrid - 12 mar 2024 - 13:45 CET", "2024-03-12", ruleDatePlace},
		{"Berlin, 12. März 2024", "2024-03-12", ruleDatePlace},
		{"New York, March 4, 2024", "2024-03-04", ruleDatePlace},
		// Not date lines.
		{"Madrid - a city of 3 million in 2024", "", ""},
		{"The mayor said 12 mar 2024 would be the day", "", ""},
		{"Di Giulia Rossi, 3 marzo 2024", "", ""},
		{"Un problema que viene de lejos", "", ""},
		{"30 set 2024 was a Monday, wasn't it", "", ""},
	}
	for _, tt := range tests {
		var date, rule string
		if items := dateOrBylineItems(line{num: 1, text: tt.line}); items != nil && items[0].Role == RoleDate {
			date, rule = items[0].date.Format("2006-01-02"), items[0].Rule
		}
		if date != tt.date || rule != tt.rule {
			t.Errorf("dateOrBylineItems(%q) = %q %q, want %q %q", tt.line, date, rule, tt.date, tt.rule)
		}
	}
}

func TestScrapeBoilerplate(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"FOR IMMEDIATE RELEASE", true},
		{"EMBARGOED UNTIL 00:01 BST, 4 June 2024", true},
		{"Press release", true},
		{"Live", true},
		{"Show key events only", true},
		{"Regístrate gratis para seguir leyendo", true},
		{"Si tienes cuenta en EL PAÍS, puedes utilizarla para identificarte", true},
		{"Suscríbete", true},
		{"Se adhiere a los criterios de The Trust Project", true},
		{"BBC News, Somerset", true},
		{"Sky News, Westminster", true},
		{"Channel 4 News, Glasgow", true},
		{"Good News, Everyone", false},
		{"Bad News, Bears", false},
		// Article text.
		{"Live music returned to the square on Friday.", false},
		{"The press release said nothing about the layoffs.", false},
		{"Good News, Everyone: the bridge reopens", false},
		{"Fox News, the network said, declined to comment.", false},
		{"Key events of the week were the vote and the strike.", false},
	}
	for _, tt := range tests {
		if got := isBoilerplate(tt.line); got != tt.want {
			t.Errorf("isBoilerplate(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestEndMatter(t *testing.T) {
	const body = "Title of the release\nFirst paragraph of the text, long enough.\nSecond paragraph of the text.\nThird paragraph of the text.\nFourth paragraph of the text.\n"
	tests := []struct {
		name, input string
		line        int
		role, rule  string
	}{
		{"end mark", body + "###\nMedia contact:\nJo Whitfield\n", 6, RoleBoilerplate, ruleEndMark},
		{"after end mark", body + "###\nMedia contact:\nJo Whitfield\n", 8, RoleBoilerplate, ruleEndMark},
		{"-30-", body + "-30-\nAbout Us\n", 7, RoleBoilerplate, ruleEndMark},
		{"about section", body + "About the Reef Foundation\nThe foundation funds research.\n###\nMedia contact:\n", 6, RoleBoilerplate, ruleEndMark},
		{"story before about", body + "About the Reef Foundation\nThe foundation funds research.\n###\nMedia contact:\n", 5, RoleParagraph, ruleParagraph},
		{"about a number", body + "About 200 people came\n###\nMedia contact:\n", 6, RoleParagraph, ruleParagraph},
		{"source kept", body + "###\nMedia contact:\nSource: example.org\n", 8, RoleSource, ruleSourceLabel},
		{"related header", body + "More on this story\nFloods: In pictures\nRelated Topics\nWeather\n", 9, RoleBoilerplate, ruleRelated},
		{"archivado en", body + "Archivado En\nVivienda\nAlquiler\n", 8, RoleBoilerplate, ruleRelated},
		// Not the end: a scene break with the story going on, a long
		// paragraph after a "Topics" line.
		{"scene break", body + "###\n" + strings.Repeat("More of the story goes on here, and on.\n", 16), 6, RoleRule, ruleSceneBreak},
		{"topics then prose", body + "Topics\n" + strings.Repeat("x", 200) + "\nEnd.\n", 6, RoleHeading, ruleHeadingShort},
	}
	for _, tt := range tests {
		role, rule := lineDecision(t, tt.input, tt.line)
		if role != tt.role || rule != tt.rule {
			t.Errorf("%s: line %d is %s/%s, want %s/%s", tt.name, tt.line, role, rule, tt.role, tt.rule)
		}
	}
}

func TestDekAboveDateline(t *testing.T) {
	doc := mustRead(t, "A headline\nA standfirst that sums it up\nPARIS, 3 mars 2024 — Le texte commence.\nLa suite du texte.\n")
	if doc.Meta.Subtitle != "A standfirst that sums it up" || doc.Meta.Date.Format("2006-01-02") != "2024-03-03" {
		t.Errorf("subtitle %q date %v", doc.Meta.Subtitle, doc.Meta.Date)
	}
	// Without a dateline under it, the second line is body text.
	if doc := mustRead(t, "A headline\nA first paragraph of the story\nThe second paragraph.\n"); doc.Meta.Subtitle != "" {
		t.Errorf("subtitle %q without a dateline", doc.Meta.Subtitle)
	}
}

func TestImageLabelPairs(t *testing.T) {
	const head = "A headline\nFirst paragraph of the story, long enough to be text.\n"
	const tail = "Another paragraph follows the picture.\nAnd one more to end.\n"
	tests := []struct {
		name, input, figures string // figures: "caption|credit" joined by "; "
	}{
		{"source first", head + "Image source, Getty Images\nImage caption, Pumps were brought in\n" + tail, "Pumps were brought in|Getty Images"},
		{"caption first", head + "Image caption, Pumps were brought in\nImage source, PA Media\n" + tail, "Pumps were brought in|PA Media"},
		{"blank between", head + "Image source, BBC\n\nImage caption, The road is closed\n" + tail, "The road is closed|BBC"},
		{"two pairs", head + "Image source, BBC\nImage caption, One\nMiddle paragraph.\nImage caption, Two\nImage source, EPA\n" + tail, "One|BBC; Two|EPA"},
		{"caption alone", head + "Image caption, A lone caption\n" + tail, "A lone caption|"},
		{"older labels", head + "Image copyright EPA\nImage caption Eva-Marie Persson said the decision had been taken\n" + tail, "Eva-Marie Persson said the decision had been taken|EPA"},
		{"glued video caption", head + "Media captionWho is Julian Assange?\n" + tail, "Who is Julian Assange?|"},
		{"video caption", head + "Media caption Julian Assange being dragged from the embassy\n" + tail, "Julian Assange being dragged from the embassy|"},
		{"glued figure", head + "Image copyright2019 Reuters\n" + tail, "|2019 Reuters"},
		// Not labels: ordinary sentences.
		{"prose", head + "Image sources vary, the editor said.\n" + tail, ""},
		{"no value", head + "Image caption,\n" + tail, ""},
		{"word going on", head + "Image copyrights are held by the agencies that took them.\n" + tail, ""},
		{"media prose", head + "Media captions help readers who cannot hear the video.\n" + tail, ""},
	}
	for _, tt := range tests {
		doc := mustRead(t, tt.input)
		var figs []string
		for _, b := range doc.Blocks {
			if f, ok := b.(*content.Figure); ok {
				figs = append(figs, content.PlainText(f.Caption)+"|"+content.PlainText(f.Credit))
			}
		}
		if got := strings.Join(figs, "; "); got != tt.figures {
			t.Errorf("%s: figures %q, want %q", tt.name, got, tt.figures)
		}
	}
}

func TestLivePosts(t *testing.T) {
	const head = "Live: results as they come in\nFirst paragraph of the blog, long enough.\n"
	tests := []struct {
		name, input, blocks string // blocks: kind and text, joined by "; "
	}{
		{"titled post", head + "10:42 GMT\nTurnout appears low\nTurnout was 28%.\n", "p First paragraph of the blog, long enough.; h3 10:42 GMT — Turnout appears low; p Turnout was 28%."},
		{"untitled post", head + "2.15pm\nThe count resumed after a recount was called in two wards.\n", "p First paragraph of the blog, long enough.; p *2.15pm* The count resumed after a recount was called in two wards."},
		{"title at the end", head + "09:40 BST\nGood morning\n", "p First paragraph of the blog, long enough.; p *09:40 BST* Good morning"},
		{"time alone", head + "Some text.\n10:42\n", "p First paragraph of the blog, long enough.; p Some text.; p 10:42"},
		// Not times: a decimal number, a sentence with a time.
		{"sentence", head + "At 10:42 GMT the polls closed\nCounting began at once.\n", "p First paragraph of the blog, long enough.; h2 At 10:42 GMT the polls closed; p Counting began at once."},
	}
	for _, tt := range tests {
		doc := mustRead(t, tt.input)
		var got []string
		for _, b := range doc.Blocks {
			switch b := b.(type) {
			case *content.Heading:
				got = append(got, "h"+string(rune('0'+b.Level))+" "+content.PlainText(b.Inlines))
			case *content.Paragraph:
				s := content.PlainText(b.Inlines)
				if len(b.Inlines) > 0 {
					if st, ok := b.Inlines[0].(*content.Strong); ok {
						s = "*" + content.PlainText(st.Inlines) + "*" + s[len(content.PlainText(st.Inlines)):]
					}
				}
				got = append(got, "p "+s)
			}
		}
		if g := strings.Join(got, "; "); g != tt.blocks {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, g, tt.blocks)
		}
	}
}

func TestTimestampLine(t *testing.T) {
	for s, want := range map[string]bool{
		"10:42 GMT": true, "10:42": true, "2.15pm": true, "9am": true, "14.05 CET": true, "11:05 a.m. ET": true,
		"3.14": false, "2024": false, "10:42 GMT Turnout": false, "At 10:42": false, "10 GMT": false,
	} {
		if got := timestampRE.MatchString(s); got != want {
			t.Errorf("timestampRE(%q) = %v, want %v", s, got, want)
		}
	}
}
