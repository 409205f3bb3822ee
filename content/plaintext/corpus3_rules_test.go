package plaintext

import (
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
)

func TestBylineJobTitle(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string // roles of the content lines after the title
	}{
		{"staff writer under byline", "Title\nBy Jane Doe\nStaff Writer\nMarch 19, 2024\nBody text of the story.\n",
			[]string{RoleByline, RoleBoilerplate, RoleDate, RoleParagraph}},
		{"desk title", "Title\nBy Jane Doe\nSenior Sports Reporter\nBody text of the story.\n",
			[]string{RoleByline, RoleBoilerplate, RoleParagraph}},
		{"no byline above: body", "Title\nStaff Writer\nBody text of the story.\nMore text.\n",
			[]string{RoleHeading, RoleParagraph, RoleParagraph}}, // not dropped
		{"sentence is not a title", "Title\nBy Jane Doe\nShe is a writer.\nBody text of the story.\n",
			[]string{RoleByline, RoleParagraph, RoleParagraph}},
		{"lower-case words", "Title\nBy Jane Doe\nthe best writer\nBody text of the story.\n",
			[]string{RoleByline, RoleParagraph, RoleParagraph}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := roles(t, tt.input)[1:]
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("roles %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNameInTextBrackets(t *testing.T) {
	tests := []struct {
		label, text, want string
	}{
		{"reuters", "TAIPEI, March 8 (Reuters) - Shares rose.", "Reuters"},
		{"dailyledger", "Read “The Daily Ledger” every day.", "The Daily Ledger"},
		{"dailyledger", "A (daily) ledger is kept.", ""},
		{"vox", "Vox", ""}, // labels under four letters are not searched
	}
	for _, tt := range tests {
		if got := nameInText(tt.label, []string{tt.text}); got != tt.want {
			t.Errorf("nameInText(%q, %q) = %q, want %q", tt.label, tt.text, got, tt.want)
		}
	}
}

func TestColonListEnds(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string // roles of the content lines after the title
	}{
		{"colon line ends the list",
			"Title\nIntro paragraph of the piece.\nPros:\nGreat camera\nLong battery\nCons:\nSlow charging\nNo jack\nThe end of it all.\n",
			[]string{"paragraph", "paragraph", "list-item", "list-item", "paragraph", "list-item", "list-item", "paragraph"}},
		{"blank line ends a tight list",
			"Title\nIntro paragraph of the piece.\n\nPros:\nGreat camera\nLong battery\n\nVerdict\n\nBuy it if you can afford it, we say.\n",
			[]string{"paragraph", "paragraph", "list-item", "list-item", "heading", "paragraph"}},
		{"spaced list keeps going",
			"Title\nIntro paragraph of the piece.\n\nYou need:\n\nGreat camera\n\nLong battery\n\nA tripod\n\nBuy it if you can afford it, we say.\n",
			[]string{"paragraph", "paragraph", "list-item", "list-item", "list-item", "paragraph"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range roles(t, tt.input)[1:] {
				if r != RoleBlank {
					got = append(got, r)
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("roles %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBoilerplateMore(t *testing.T) {
	for _, s := range []string{"Heard on Morning Edition", "As heard on All Things Considered", "Jump to Recipe",
		"Print Recipe", "Our Standards: The Thomson Reuters Trust Principles.", "Page 3 of 8", "page 12", "- 4 -", "— 4 —"} {
		if !isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = false", s)
		}
	}
	for _, s := range []string{"Heard on the radio last week, the song stuck.", "heard on tape",
		"Jump to recipes later in the book", "Our standards are high.", "3", "Page 3 of the report is blank.", "Page Six", "-30-"} {
		if isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = true", s)
		}
	}
}

func TestTranscriptSpeaker(t *testing.T) {
	transcript := "Title\nAn opening paragraph of the story.\nSTEVE INSKEEP, HOST: What changed?\nNGUYEN: Mostly the trust, Steve.\nINSKEEP: Why now?\nNGUYEN: Thank you.\n"
	got := roles(t, transcript)
	if got[2] != RoleParagraph || got[4] != RoleParagraph {
		t.Errorf("transcript roles %q: short questions must stay paragraphs", got)
	}
	ds, err := Explain(strings.NewReader(transcript), Options{})
	if err != nil || ds[4].Rule != ruleSpeaker {
		t.Errorf("rule %v, %v; want %s", ds[4].Rule, err, ruleSpeaker)
	}
	// A label alone on its line, in a transcript, is bold whole.
	doc, err := Read(strings.NewReader(transcript+"NGUYEN:\nThe last word, said on its own line.\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := content.DumpString(doc); !strings.Contains(got, `paragraph strong["NGUYEN:"]`+"\n") {
		t.Errorf("label alone not bold:\n%s", got)
	}
	// One label alone is no transcript, and a dateline is not a speaker.
	single := "Title\nAn opening paragraph of the story.\nNOTE: Why now?\nA closing paragraph of the story.\n"
	if ds, _ := Explain(strings.NewReader(single), Options{}); ds[2].Rule == ruleSpeaker {
		t.Errorf("single label: rule %s", ds[2].Rule)
	}
	mixed := "Title\nAn opening paragraph of the story.\nThe Mayor: a profile of a city?\nUS Politics: what next for the party?\nA closing paragraph.\n"
	for _, d := range mustExplain(t, mixed) {
		if d.Rule == ruleSpeaker {
			t.Errorf("line %q: rule %s (label not in capitals)", d.Text, d.Rule)
		}
	}
}

func TestHyphenSplitLines(t *testing.T) {
	// Hard-wrapped text: blank lines between paragraphs, lines of one width.
	const para = "The first paragraph of a report that was copied out of a\nPDF file with its line breaks kept and its words cut in two.\n\n"
	tests := []struct {
		name, text, want string
	}{
		{"soft hyphen goes", "Carbon buried in marine sedi-\nments each year is lost quickly when they are cleared.",
			"Carbon buried in marine sediments each year is lost quickly when they are cleared."},
		{"short line still joins", "The Inter-\nnational market for carbon credits is young and growing.",
			"The International market for carbon credits is young and growing."},
		{"compound written elsewhere keeps it", "These so-called projects are small. Few of the so-\ncalled blue carbon projects have issued any credits yet.",
			"These so-called projects are small. Few of the so-called blue carbon projects have issued any credits yet."},
		{"capital after hyphen: no split", "The treaty was signed by the Franco-\nGerman commission of experts after a long debate here.",
			"The treaty was signed by the Franco-German commission of experts after a long debate here."},
		{"dash after a space is no hyphen", "Prices rose quickly in the spring and summer -\nwhich nobody had expected at all, least of all the banks.",
			"Prices rose quickly in the spring and summer - which nobody had expected at all, least of all the banks."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, err := readLines(strings.NewReader(para+tt.text+"\n\n"+para), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range unwrap(lines) {
				got = append(got, l.text)
			}
			if len(got) < 3 || got[2] != tt.want {
				t.Errorf("unwrap: %q\nwant line 3 %q", got, tt.want)
			}
		})
	}
}

func TestPrintNote(t *testing.T) {
	for _, s := range []string{"A version of this article appears in print on March 5, 2024, Section A, Page 1.",
		"This story appeared in the print edition.", "A version of this article appears in the April 2024 issue.",
		"This feature appeared in the Spring 2024 issue of High Country."} {
		if printNoteItems(line{text: s}) == nil {
			t.Errorf("printNoteItems(%q) = nil", s)
		}
	}
	for _, s := range []string{"This story appeared in the news last week, and nobody noticed.",
		"A version of this law appears in the constitution of 1848.", "The issue appeared in print."} {
		if printNoteItems(line{text: s}) != nil {
			t.Errorf("printNoteItems(%q) is a print note", s)
		}
	}
}

func TestDropCap(t *testing.T) {
	tests := []struct {
		name, input, want string // want: the first body paragraph's text
	}{
		{"first paragraph", "Title\nT he river came back faster than anyone expected.\nMore text.\n", "The river came back faster than anyone expected."},
		{"after a heading", "Title\nAn opening paragraph of the story.\nWhat we know\nW hen the dam fell, fish came.\nMore text.\n", "When the dam fell, fish came."},
		{"one-letter word", "Title\nA river came back faster than anyone expected.\nMore text.\n", "A river came back faster than anyone expected."},
		{"not an opening paragraph", "Title\nAn opening paragraph of the story.\nT he second one is left alone.\nMore text.\n", "T he second one is left alone."},
		{"after an opening quote", "Title\n“W e thought it would come back,” he said.\nMore text.\n", "“We thought it would come back,” he said."},
		{"capital after the letter", "Title\nX Factor winners came back.\nMore text.\n", "X Factor winners came back."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(tt.input), Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range doc.Blocks {
				if p, ok := b.(*content.Paragraph); ok && strings.Contains(content.PlainText(p.Inlines), lastField(tt.want)) {
					if got := content.PlainText(p.Inlines); got != tt.want {
						t.Errorf("paragraph %q, want %q", got, tt.want)
					}
					return
				}
			}
			t.Errorf("no paragraph like %q", tt.want)
		})
	}
}

func lastField(s string) string {
	f := strings.Fields(s)
	return f[len(f)-1]
}

func TestHeadingAboveBlock(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string // roles of the content lines after the title
	}{
		{"heading over a block, heading under it",
			"Title\n\nAn opening paragraph of the story.\n\nIngredients\n\n1 cup orzo\n2 cups broth\nSalt to taste\n\nMethod\n\n1. Boil the broth.\n2. Add the orzo.\n",
			[]string{"paragraph", "heading", "paragraph", "paragraph", "paragraph", "heading", "list-item", "list-item"}},
		{"block line under a sentence is no heading",
			"Title\n\nAn opening paragraph of the story.\n\nKey points\n\nBrent is down 0.5%.\nOPEC meets next week\n\nAnalysts said the market was calm.\n\nA closing paragraph.\n",
			[]string{"paragraph", "heading", "paragraph", "paragraph", "paragraph", "paragraph"}},
		{"one line per paragraph keeps its headings",
			"Title\nAn opening paragraph of the story.\nWhat we know\nAnalysts said the market was calm.\nA closing paragraph.\n",
			[]string{"paragraph", "heading", "paragraph", "paragraph"}},
		{"spaced short lines stay a run",
			"Title\n\nAn opening paragraph of the story.\n\nIngredients\n\nFlour\n\nSugar\n\nEggs\n\nThen mix it all together, we say.\n",
			[]string{"paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph"}},
		{"one line per paragraph stays a run",
			"Title\nAn opening paragraph of the story.\nIngredients\n1 cup orzo\n2 cups broth\nThen mix it all together, we say.\n",
			[]string{"paragraph", "paragraph", "paragraph", "paragraph", "paragraph"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range roles(t, tt.input)[1:] {
				if r != RoleBlank {
					got = append(got, r)
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("roles %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTitledNamesUnderTitle(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string
	}{
		{"doctors", "Title\nDr. Helen Okoye and Prof. Martin Sauer\nAbstract\nCoastal wetlands store carbon.\n", []string{RoleByline, RoleHeading, RoleParagraph}},
		// Not bylines (the line itself is then read as body text).
		{"one untitled name", "Title\nDr. Helen Okoye and Martin Sauer\nCoastal wetlands store carbon, and more.\nMore of it.\n", []string{RoleHeading, RoleParagraph, RoleParagraph}},
		{"plain names under title stay body", "Title\nHelen Okoye and Martin Sauer\nCoastal wetlands store carbon, and more.\nMore of it.\n", []string{RoleHeading, RoleParagraph, RoleParagraph}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := roles(t, tt.input)[1:]
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("roles %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWireCredits(t *testing.T) {
	for _, s := range []string{"Reporting by Yimou Lee and Sarah Wu; Additional reporting by Faith Hung; Editing by Jacqueline Wong",
		"Reporting by Dana Whitfield; editing by Sam Ortiz", "Writing by Ann Lee; Editing by Tom Roe."} {
		if !isWireCredits(s) {
			t.Errorf("isWireCredits(%q) = false", s)
		}
	}
	for _, s := range []string{"Reporting by Yimou Lee", "Reporting by the team; it took years",
		"Editing by hand; slow work"} {
		if isWireCredits(s) {
			t.Errorf("isWireCredits(%q) = true", s)
		}
	}
	if _, ok := parseByline("Reporting by Alex Lawler in London; Editing by David Goodman"); ok {
		t.Error("a wire credit line parsed as a byline")
	}
	if b, ok := parseByline("By Reuters Staff"); !ok || len(b.names) != 1 || b.names[0] != "Reuters" {
		t.Errorf("By Reuters Staff: %v, %v", b.names, ok)
	}
	got := roles(t, "Title\nAn opening paragraph of the story.\nReporting by Dana Whitfield; editing by Sam Ortiz\nA closing paragraph.\n")
	if got[2] != RoleParagraph {
		t.Errorf("credit line: roles %q", got)
	}
}

func TestOutletUnderByline(t *testing.T) {
	got := roles(t, "Title\nBy Jane Doe\nThe Millbrook Courier\nUpdated March 20, 2024\nBody text of the story.\n")
	if got[2] != RoleBoilerplate || got[3] != RoleDate {
		t.Errorf("outlet line: roles %q", got)
	}
	got = roles(t, "Title\nBy Jane Doe\nThe Long Road Home\nBody text of the story.\nMore text.\n")
	if got[2] == RoleBoilerplate {
		t.Errorf("a heading is no outlet: roles %q", got)
	}
}

func TestDateByName(t *testing.T) {
	tests := []struct {
		line string
		ok   bool
	}{
		{"February 10, 2024 by Maria Lopez", true},
		{"Posted on February 4, 2024 by Jane Doe", true},
		{"March 3, 2024 by the river", false},
		{"Crushed in 2024 by Jane Doe", false},
	}
	for _, tt := range tests {
		if _, ok := parsePostedByline(tt.line); ok != tt.ok {
			t.Errorf("parsePostedByline(%q) ok = %v, want %v", tt.line, ok, tt.ok)
		}
	}
}

func TestKicker(t *testing.T) {
	tests := []roleCase{
		{"label above headline", "OBITUARY\nJorge Alvarez, union organizer, dies at 88\nBy Lena Park\nBody text of the story.\n",
			[]string{RoleBoilerplate, RoleTitle, RoleByline, RoleParagraph}},
		{"capitals headline with byline under it", "MARKETS RALLY\nBy Lena Park\nBody text of the story, and more.\n",
			[]string{RoleTitle, RoleByline, RoleParagraph}},
		// Below, the first line stays the title (the second is then read as body).
		{"mixed-case first line is the headline", "Opinion\nWhy the council should say no to the garage\nBody text of the story.\n",
			[]string{RoleTitle, RoleHeading, RoleParagraph}},
		{"too many words", "THE NEW CITY HALL\nWhy the council should say no to the garage\nBody text of the story.\n",
			[]string{RoleTitle, RoleHeading, RoleParagraph}},
	}
	checkRoles(t, tests)
}

func TestEditorsNoteAboveHeadline(t *testing.T) {
	tests := []roleCase{
		{"note then headline", "Editor's note: This story was updated to correct a name.\nStudents rebuild a greenhouse\nBy Ann Lee\nBody text of the story.\n",
			[]string{RoleParagraph, RoleTitle, RoleByline, RoleParagraph}},
		{"correction", "Correction: An earlier version misspelled a name.\nStudents rebuild a greenhouse\nBody text of the story, and more.\n",
			[]string{RoleParagraph, RoleTitle, RoleParagraph}},
		{"headline with a label", "Update: Talks collapse in Geneva\nBy Ann Lee\nBody text of the story.\n",
			[]string{RoleTitle, RoleByline, RoleParagraph}},
	}
	checkRoles(t, tests)
}

func TestCaptionLabel(t *testing.T) {
	tests := []struct{ line, caption string }{
		{"Photo: Students carry glass panes. (Ann Lee/The Courier)", "Students carry glass panes."},
		{"Pictured: The mayor at the opening. (AP Photo/Jane Doe)", "The mayor at the opening."},
		{"Photography classes filled up fast. (AP Photo/Jane Doe)", "Photography classes filled up fast."},
	}
	for _, tt := range tests {
		cs, ok := splitCredit(tt.line, false)
		if !ok || cs.caption != tt.caption {
			t.Errorf("splitCredit(%q) caption %q, %v; want %q", tt.line, cs.caption, ok, tt.caption)
		}
	}
}

func TestNamedSpeakers(t *testing.T) {
	pod := "Title\nAn opening paragraph of the story.\nTerry Gross: Welcome back to the show.\nAnn Lee: Thanks for having me.\nTerry Gross: Why now?\nAnn Lee: Because the river came back.\n"
	ds := mustExplain(t, pod)
	for _, k := range []int{2, 3, 4, 5} {
		if ds[k].Rule != ruleSpeaker {
			t.Errorf("line %q: rule %s, want %s", ds[k].Text, ds[k].Rule, ruleSpeaker)
		}
	}
	// Labels seen once are no speakers.
	review := "Title\nAn opening paragraph of the story.\nPros: Great camera.\nCons: Slow charging.\nVerdict: Is it worth it?\nA closing paragraph.\n"
	for _, d := range mustExplain(t, review) {
		if d.Rule == ruleSpeaker {
			t.Errorf("line %q: rule %s", d.Text, d.Rule)
		}
	}
}
