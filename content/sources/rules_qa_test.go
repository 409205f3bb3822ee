package sources

import (
	"reflect"
	"testing"
)

// TestRulesQA covers the cases a second QA pass on unseen articles found:
// roles capitalised by the sentence, titles between a role and a name,
// possessive roles, "told me", "according to" before a quotation, "said
// it was" after a named person, and organisation names with "of".
func TestRulesQA(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"given name that is an organisation word", `Council leader Bill Harvey said: "Our priority is making sure people are safe and warm."`,
			[]string{"Bill Harvey, council leader."}},
		{"role noun glued to a name", "Co-leader Carla Denyer, who is standing in Bristol Central, said the party had knocked on “more doors than ever before”.",
			[]string{"Carla Denyer, co-leader."}},
		{"Prof between role and name", "Elections expert Prof John Curtice said low turnout hurt the government. \"People who are unhappy with the government often stay at home,\" he told the BBC.",
			[]string{"John Curtice, elections expert; interview with the BBC."}},
		{"Professor between role and name", "Co-author Professor Madeleine van Oppen said the next step was a longer test.\n“We need to know the algae stay in the coral,” she said.",
			[]string{"Madeleine van Oppen, co-author."}},
		{"organisation after the name", "Co-author Professor Madeleine van Oppen of the University of Melbourne said the next step was a longer test.\n“We need to know the algae stay in the coral,” she said.",
			[]string{"Madeleine van Oppen, co-author, University of Melbourne."}},
		{"organisation after a plain name", "“The models agree on the direction,” said Jane Foster of the Brookings Institution.",
			[]string{"Jane Foster, Brookings Institution."}},
		{"place after a name is no organisation", "“The models agree on the direction,” said Jane Foster of Dallas.",
			[]string{"Jane Foster."}},
		{"proper noun keeps its capital", "The whistle went and Riverside had won.\nRiverside manager Sofia Lindqvist said: “He has been knocking on the door for weeks.”",
			[]string{"Sofia Lindqvist, Riverside manager."}},
		{"proper noun that is also a common word", "The council went to Labour despite labour shortages.\nLabour leader Keir Starmer said: “This is a fantastic result for working people.”",
			[]string{"Keir Starmer, Labour leader."}},
		{"acronym keeps its capitals", "US envoy Karin Lund said: “Nobody should expect a deal this week.”",
			[]string{"Karin Lund, US envoy."}},
		{"possessive role keeps its owner", `"We saw demand where others saw decline," the company's long-distance director, Kurt Bauer, told me when we met.`,
			[]string{"Kurt Bauer, the company's long-distance director."}},
		{"pronoun told me colon", "His daughter, Lisa Harper, who runs a café, said the shop had become a tourist attraction. She told me: “Kids come in who’ve never seen one.”",
			[]string{"Lisa Harper."}},
		{"according to surname before quote", "The heritage officer, Tomás Reyes, said the council had looked at it. According to Reyes, “the signage alone is of real historical interest”, but nothing is decided.",
			[]string{"Tomás Reyes, heritage officer."}},
		{"said it was after a named role", "Party chair Anneliese Dodds said it was “a fantastic result for working people”.",
			[]string{"Anneliese Dodds, party chair."}},
		{"organisation name with of", "Dr Adrian Boyle, president of the Royal College of Emergency Medicine, said the situation was bad.\n\"These are not just numbers. Behind each one is a person on a trolley,\" he said.",
			[]string{"Adrian Boyle, president of the Royal College of Emergency Medicine."}},

		// Negatives.
		{"organisation said it was", "Deutsche Bahn said it was “a loss-making relic of the past”.", nil},
		{"according to an organisation", "According to the council, “the signage alone is of real historical interest”.", nil},
		{"told me, pronoun unclear", "Lisa Harper and Tom Brice ran the shop. She told me: “Kids come in who’ve never seen one.”", nil},
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

// TestFrontMatterNames checks that a full name given only in the
// standfirst lets the body's surname get a note, and that a title-case
// headline registers nobody.
func TestFrontMatterNames(t *testing.T) {
	tests := []struct {
		name, title, subtitle, body string
		want                        []string
	}{
		{"standfirst", "The last typewriter shop is closing", "After 52 years, Gerald Whitcombe is handing back the keys.",
			"Whitcombe said: “People think it’s a sad story. It isn’t.”", []string{"Gerald Whitcombe."}},
		{"title-case headline", "Typewriter Shop Owner Gerald Whitcombe Retires", "",
			"Whitcombe said: “People think it’s a sad story. It isn’t.”", nil},
		{"nothing in front", "", "", "Whitcombe said: “People think it’s a sad story. It isn’t.”", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docFromLines(tt.body)
			doc.Meta.Title, doc.Meta.Subtitle = tt.title, tt.subtitle
			if _, err := Annotate(doc, Options{Mode: Notes}); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, n := range doc.Notes {
				got = append(got, n.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("notes %q, want %q", got, tt.want)
			}
		})
	}
}
