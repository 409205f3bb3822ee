package sources

import (
	"reflect"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
)

// noteTexts runs Annotate (notes only) on one paragraph per line and
// returns the texts of the notes it added.
func noteTexts(t *testing.T, text string) []string {
	t.Helper()
	doc := docFromLines(text)
	if _, err := Annotate(doc, Options{Mode: Notes}); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range doc.Notes {
		out = append(out, n.Text)
	}
	return out
}

func TestRules(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"name said", `“We will rebuild every house that was lost,” Maria Lopez said.`,
			[]string{"Maria Lopez."}},
		{"said name with role", `“All that points to some significant training,” said Colin Clarke, an analyst at the Soufan Center.`,
			[]string{"Colin Clarke, an analyst at the Soufan Center."}},
		{"name appositive told", `“It is much more about the fight than theology,” Daniel Byman, senior fellow at the Center for Strategic and International Studies, told Vox.`,
			[]string{"Daniel Byman, senior fellow at the Center for Strategic and International Studies; interview with Vox."}},
		{"according to, then surname", "The attack is less clear, according to Riccardo Valle, the director of research at the Khorasan Diary, which tracks militants.\n“There are several hints that could suggest involvement,” Valle told Vox.",
			[]string{"Riccardo Valle, director of research at the Khorasan Diary; interview with Vox."}},
		{"quote according to", `“The numbers will get worse before they get better,” according to Jane Foster, chief economist at Capital Economics.`,
			[]string{"Jane Foster, chief economist at Capital Economics."}},
		{"title kept as role", "Russian President Vladimir Putin acknowledged the attack.\n“We know by whose hand the crime was committed,” Putin said in a video address Monday.",
			[]string{"Vladimir Putin, Russian President; video address."}},
		{"attribution before with colon", `In a statement, Gov. Teresa Alvarado said: “We will give the firefighters everything they need.”`,
			[]string{"Teresa Alvarado, Gov.; statement."}},
		{"colon ends previous paragraph", "Chief executive Lena Park wrote to staff:\n“I take full responsibility for the decisions that led us here.”",
			[]string{"Lena Park, chief executive; writing to staff."}},
		{"title with an office", "Deputy Director of Public Prosecution Eva-Marie Persson took the decision.\nMs Persson said: \"I would like to emphasise that the injured party has submitted a credible version of events.\"",
			[]string{"Eva-Marie Persson, Deputy Director of Public Prosecution."}},
		{"proper adjective opening the sentence", `Hungarian-American investor George Soros had said, "Stock market bubbles don't grow out of thin air."`,
			[]string{"George Soros, Hungarian-American investor."}},
		{"common word opening the sentence", `Vice-president Ana Ruiz said, "We will not raise the fares this year."`,
			[]string{"Ana Ruiz, vice-president."}},
		{"reported clause", `Judge Maria Okafor wrote in a 42-page opinion that the law was “so vague that no performer could know what it forbids.”`,
			[]string{"Maria Okafor, Judge; 42-page opinion."}},
		{"wrote in a publication", `“The evidence is simply not there yet,” Ama Mensah wrote in The Atlantic.`,
			[]string{"Ama Mensah; writing in The Atlantic."}},
		{"role, name, said", `“They have had fourteen months to get this right,” the shadow housing secretary, Priya Natarajan, said.`,
			[]string{"Priya Natarajan, shadow housing secretary."}},
		{"lower-case role before name", `“We did not come to sign a surrender,” Kremlin spokesman Dmitry Peskov told reporters.`,
			[]string{"Dmitry Peskov, Kremlin spokesman; remarks to reporters."}},
		{"pronoun", "Colin Clarke, an analyst at the Soufan Center, spoke on Monday.\n“Now it is all about great power competition,” he said.",
			[]string{"Colin Clarke, an analyst at the Soufan Center."}},
		{"straight quotes", `"Nobody on this board wants to raise fares," Ms. Janet Moreno said.`,
			[]string{"Janet Moreno."}},
		{"only the first quotation", "“The first thing we need is water and power,” said Karen Whitfield.\n“The second thing is patience with all of us,” Whitfield added.",
			[]string{"Karen Whitfield."}},
		{"two speakers", "“We want more homes built properly,” Gareth Lewis said.\n“The prime minister is confident it will pass,” said Helen Carver.",
			[]string{"Gareth Lewis.", "Helen Carver."}},
		{"short quote with attribution", `“No,” said Luca Bianchi.`, []string{"Luca Bianchi."}},
		{"in a statement to", `“We respectfully disagree with the court,” Robert Quinn said in a statement to Reuters.`,
			[]string{"Robert Quinn; statement to Reuters."}},
		{"said role, name", `“My client has done nothing wrong, and we will prove it,” said Jones’s lawyer, Tom Hill.`,
			[]string{"Tom Hill."}},
		{"conjunction before subject", `But Karen Obi said: “She lied to auditors and to the county board.”`,
			[]string{"Karen Obi."}},
		{"interview with a newspaper", `“We have lost a year, essentially,” Piers Forster said in an interview with The New York Times.`,
			[]string{"Piers Forster; interview with The New York Times."}},
		{"nested single quotes", `“He told me, ‘You will never work here again,’ and then he left,” said Maria Lopez.`,
			[]string{"Maria Lopez."}},
		{"question", `“Where would we go from here?” asked Maria Santos.`, []string{"Maria Santos."}},
		{"question, then name and verb", `“Where else would we go?” Gary Marsh asked.`, []string{"Gary Marsh."}},
		{"dash signature", `“Every night for thirty years, I knew exactly what mattered.” — Ewan MacLeod, a former lighthouse keeper`,
			[]string{"Ewan MacLeod, a former lighthouse keeper."}},
		{"dash signature paragraph", "“Every night for thirty years, I knew exactly what mattered.”\n— Ewan MacLeod",
			[]string{"Ewan MacLeod."}},
		{"exclamation then new sentence", `“We won the whole thing!” Maria Santos was elated.`, nil},
		{"possessive role before name", "Her attorney, Mark Feld, spoke outside.\n“We believe the jury was misled about the accounts,” Feld said.",
			[]string{"Mark Feld, attorney."}},
		{"multi-paragraph quotation", "“We did not come to Geneva to sign a surrender,” said Andrei Vasko. “We came to find a solution.\n“And we are still ready to find one.”",
			[]string{"Andrei Vasko."}},

		// Negatives: no note.
		{"firm named after people", `“Rates will stay higher for longer than markets expect,” said Morgan Stanley.`, nil},
		{"quoting someone else", `“The state may protect children from obscenity,” Reyes Whitfield said, quoting the ruling.`, nil},
		{"unnamed role before pronoun", "The police chief said John Smith, 34, was arrested on Tuesday.\n“We are confident we have the right man in custody,” he said.", nil},
		{"reported by someone else", `“I will never forgive them for what they did,” Tom Hill said Jones told him.`, nil},
		{"described by someone else", `“A campaign of misinformation” is how Jones described it, Tom Hill said.`, nil},
		{"organisation shown by “it”", `The drug’s maker, Sage Acme, said in a statement that it was “grateful for the committee’s thoughtful review.”`, nil},
		{"organisation word", `“We are grateful for the committee’s thoughtful review,” said Sage Therapeutics.`, nil},
		{"possessive before pronoun", "The decision angered Tom Hill’s rival.\n“This is a disgrace to the whole profession,” he said.", nil},
		{"unnamed official", `“It’s too early to say what started it,” a spokesperson for Northern Valley Power said.`, nil},
		{"unnamed plural", `“We linked the group to the attack early on,” US intelligence officials said.`, nil},
		{"organisation", `“We remain committed to our customers in every market,” the company said.`, nil},
		{"organisation name", `“The outlook has weakened in every region we cover,” Goldman Sachs Group said.`, nil},
		{"quoted title", `Reyes said he had watched “War and Peace” twice.`, nil},
		{"long title", `The paper, titled “Microplastic Burden in Human Placental Tissue,” was published Tuesday, Jonas Berg said.`, nil},
		{"scare quote", `Whether the Moscow attack means ISIS is “back” is unclear, Colin Clarke said.`, nil},
		{"so-called", `The so-called “higher for longer scenario of rates” has hurt lenders, Jane Foster said.`, nil},
		{"no speaker", `“Afghanistan has been a free-for-all since the withdrawal in 2021.”`, nil},
		{"short quote mid-sentence", `Allies described the talks as “very constructive indeed,” he said.`, nil},
		{"unknown surname", `“The barriers are holding for now, but the water is rising,” Oduya said.`, nil},
		{"ambiguous surname", "Anna Kowalski and her brother Piotr Kowalski run the farm.\n“Every season you tell yourself next year it will turn,” Kowalski said.", nil},
		{"ambiguous pronoun", "Andrei Vasko and Mila Horvat shook hands before leaving.\n“There was no progress on the question that matters,” he said.", nil},
		{"modifier quote", `The bill’s “build at any cost” approach worries Gareth Lewis, who said so.`, nil},
		{"told someone", `“We are not going anywhere soon,” Smith told Jones.`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := noteTexts(t, tt.text)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("notes\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestFirstNamesAndSurnames checks that a first name resolves when the
// surname is shared.
func TestFirstNamesAndSurnames(t *testing.T) {
	text := "Anna Kowalski runs the farm with her brother, Piotr Kowalski.\n“My father used to say the land gives back what you put in,” Anna said.\n“Every season you tell yourself it will turn,” Kowalski said."
	got := noteTexts(t, text)
	want := []string{"Anna Kowalski."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestParseMode(t *testing.T) {
	for _, s := range []string{"none", "notes", "list", "both", " Both "} {
		m, err := ParseMode(s)
		if err != nil || m.String() != strings.ToLower(strings.TrimSpace(s)) {
			t.Errorf("ParseMode(%q) = %v, %v", s, m, err)
		}
	}
	if _, err := ParseMode("all"); err == nil {
		t.Error("ParseMode(all): no error")
	}
	if _, err := Annotate(&content.Document{}, Options{Mode: Mode(9)}); err == nil {
		t.Error("Annotate with an invalid mode: no error")
	}
	if _, err := Annotate(nil, Options{}); err == nil {
		t.Error("Annotate(nil): no error")
	}
}

func TestInsertAt(t *testing.T) {
	mk := func() []content.Inline {
		return []content.Inline{
			&content.Text{Text: "“Go now,” "},
			&content.Emph{Inlines: []content.Inline{&content.Text{Text: "she"}}},
			&content.Link{URL: "https://x.test", Inlines: content.T(" said")},
			&content.Code{Text: "ab"},
		}
	}
	for off := 0; off <= len(content.PlainText(mk())); off++ {
		ins := insertAt(mk(), off, &content.NoteRef{Note: 1})
		if got := content.PlainText(ins); got != content.PlainText(mk()) {
			t.Fatalf("off %d: text %q", off, got)
		}
		refs := 0
		content.WalkInlines(ins, func(in content.Inline) {
			if _, ok := in.(*content.NoteRef); ok {
				refs++
			}
		})
		if refs != 1 {
			t.Fatalf("off %d: %d refs in %s", off, refs, content.InlineString(ins))
		}
	}
	ins := insertAt(mk(), len("“Go now,”"), &content.NoteRef{Note: 1})
	if got, want := content.InlineString(ins), `"“Go now,”" ref[1] " " emph["she"] link<https://x.test>[" said"] code"ab"`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestLanguage checks that non-English documents get nothing.
func TestLanguage(t *testing.T) {
	doc := docFromLines(`“Nous savons qui a commandité ce crime odieux,” said Emmanuel Macron.`)
	if len(Find(doc)) != 1 {
		t.Fatal("English: no attribution")
	}
	doc.Meta.Language = "fr"
	if atts := Find(doc); len(atts) != 0 {
		t.Errorf("French: %v", atts)
	}
	doc.Meta.Language = "en-GB"
	if len(Find(doc)) != 1 {
		t.Error("en-GB: no attribution")
	}
}

// TestBlockQuote checks a block quotation announced by a colon.
func TestBlockQuote(t *testing.T) {
	doc := docFromLines("In a video address, Vladimir Putin said:")
	doc.Blocks = append(doc.Blocks, &content.Quote{Blocks: []content.Block{
		&content.Paragraph{Inlines: content.T("We know by whose hand the crime was committed.")},
		&content.Paragraph{Inlines: content.T("But what is of interest to us is who ordered it.")},
	}})
	atts, err := Annotate(doc, Options{Mode: Notes})
	if err != nil {
		t.Fatal(err)
	}
	if len(atts) != 1 || atts[0].Rule != "colon-before-block-quote" || len(doc.Notes) != 1 || doc.Notes[0].Text != "Vladimir Putin; video address." {
		t.Fatalf("got %v, notes %v", atts, doc.Notes)
	}
	q := doc.Blocks[1].(*content.Quote).Blocks[0].(*content.Paragraph)
	if got := content.InlineString(q.Inlines); got != `"We know by whose hand the crime was committed." ref[1]` {
		t.Errorf("quote: %s", got)
	}
	// A pull quote (no colon before it) gets nothing.
	doc = docFromLines("The Kremlin has tried to link Ukraine to the attack.")
	doc.Blocks = append(doc.Blocks, &content.Quote{Blocks: []content.Block{&content.Paragraph{Inlines: content.T("We know by whose hand the crime was committed.")}}})
	if atts := Find(doc); len(atts) != 0 {
		t.Errorf("pull quote attributed: %v", atts)
	}
}

func TestAttributionString(t *testing.T) {
	a := Attribution{Speaker: "Riccardo Valle", Role: "director of research", Org: "Khorasan Diary", How: "interview with Vox", Quote: "There are several hints", Block: 9, Rule: "quote-name-verb", Note: true}
	want := "block 9  note  Riccardo Valle (director of research, Khorasan Diary; interview with Vox)  [quote-name-verb]  “There are several hints”"
	if got := a.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
