package sources

import (
	"reflect"
	"testing"
)

// TestRulesPrecision covers the wrong-person notes a precision pass on
// unseen texts found, and the cases next to them that must still work: a
// pronoun whose only named antecedent is the object of a sentence whose
// subject is an unnamed person ("a man walking his dog", "a passer-by",
// "the teenager").
func TestRulesPrecision(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Negatives: the pronoun is the unnamed person, not the named one.
		{"a man found NAME, he said", "A man walking his dog found Mark Stone lying in the road. “I thought he was dead, there was blood everywhere,” he said.", nil},
		{"a passer-by helped NAME", "A passer-by called an ambulance for Helen Gray after she collapsed. “She was not breathing when I got to her,” he said.", nil},
		{"the teenager was rescued by NAME", "The teenager was rescued by coastguard Paul Finn on Tuesday. “I honestly thought I was going to die out there,” she said.", nil},
		{"a tourist photographed NAME", "A tourist photographed Anna Weiss on the bridge. “She looked completely calm, almost happy,” she said.", nil},

		// Negatives: a relative shares the surname.
		{"Mrs SURNAME after his widow", "Bob Smith, 52, died in the crash on Friday. His widow paid tribute to him on Sunday.\n“He was my rock and the best father our children could have had,” Mrs Smith said.", nil},
		{"Mr SURNAME after her father, FIRST", "The victim, Sophie Turner, 19, was a student. Her father, Mark, said she had been planning to travel.\n“She had her whole life ahead of her, and now it has been taken away,” Mr Turner said.", nil},
		{"SURNAME after his brother, FIRST", "Climber Hugo Lenz was found alive after three days, rescuers said. His brother, Felix, had raised the alarm.\n“I knew he was alive. I just knew it,” Lenz said.", nil},
		{"SURNAME after NAME’s wife", "Fans gathered outside the home of Dale Hunt. Hunt’s wife thanked them.\n“He would have loved to see all of you here today,” Mrs Hunt said.", nil},

		// Negatives: someone else's words, recalled.
		{"recalled NOUN telling", "Ana Pires runs the farm her grandmother built.\n“Never sell the land, whatever they offer you,” Pires recalled her grandmother telling her.", nil},
		{"recalled NAME saying", "Ana Pires met Joan Reyes in 1990.\n“Never sell the land, whatever they offer you,” Pires recalled Reyes saying.", nil},

		{"NAME, quoting someone, said", "Pastor Tom Briggs, quoting the late civil rights leader, said: “Darkness cannot drive out darkness; only light can do that.”", nil},

		{"writer's aside naming someone else", "Ingrid Solheim keeps the light. I asked her about Tom Berg. “He never liked the sea, not once,” she said.", nil},

		{"pronoun sentence naming someone else", "Ingrid Solheim keeps the light. She told me about Tom Berg. “He never liked the sea, not once,” she said.", nil},
		{"he said NAME was wrong", "Piotr Nowak runs the bank. He said Adam Kowalski was wrong.\n“The numbers do not lie, whatever anyone says,” he said.", nil},

		{"given name of a relative", "Tom Rowe, the harbourmaster, showed visitors around the port. Sarah Lane brought her son, Tom, 6.\n“I like the big boats best, the red ones,” Tom said.", nil},
		{"given name of a relative without commas", "Tom Rowe, the harbourmaster, showed visitors around. Among them were Sarah Lane and her son Tom.\n“I like the big boats best, the red ones,” Tom said.", nil},

		{"he shouted, according to NAME", "Sam Jones was in the bar that night.\n“Everyone get down on the floor right now,” he shouted, according to Jones.", nil},

		{"recalled NAME as saying", "Jo Hart met Tim Ross in 1990.\n“Never sell the land, whatever they offer you,” Hart recalled Ross as saying.", nil},
		{"repeating what NAME had told", "Jo Hart met Tim Ross in 1990.\n“Never sell the land, whatever they offer you,” Hart said, repeating what Ross had told her.", nil},
		{"said NAME had told", "Jo Hart met Tim Ross in 1990.\n“Never sell the land, whatever they offer you,” Hart said Ross had told her.", nil},

		{"quotation as the subject of a clause", "Ella Ward owns the shop.\n“We are not going anywhere, ever” was painted across the shutters overnight, Ward said.", nil},

		{"said NAME had promised", "Ella Ward met Tom Bell in May.\nWard said Bell had promised “a new roof for every house on this estate by Christmas”.", nil},
		{"said it had been dismissed as", "Ella Ward leads the campaign.\nWard said the plan had been dismissed as “a fantasy dreamed up by people who never leave London”.", nil},

		{"only name is an object", "“We were second best all afternoon,” said Tom Hill.\nHill’s side face Leeds next. Leeds beat them 3-0 in March under manager Sam Ford.\n“We owe them one, and the players know it,” he said.",
			[]string{"Tom Hill."}},
		{"only name follows a verb", "Bad weather delayed the rescue of climber Hugo Lenz. “It was the longest night of my life, I thought I would die,” she said.", nil},

		{"surname that heads a company's name", "Henry Ford founded the Ford Motor Company in 1903.\n“We remain committed to electric vehicles in every market,” Ford said in a statement.", nil},

		{"surname of a family", "The flood took the workshop of the Okoro brothers.\nEmeka Okoro, 44, is the elder.\n“The insurers offered us less than a third of what it was worth,” Okoro said.", nil},

		{"named as NAME", "Police have named the dead man as Tom Lee.\n“He was a lovely lad who would do anything for anyone,” she said.", nil},
		{"his gives the gender", "Tom Lee, who died in his sleep on Sunday, was 34.\n“He was a lovely lad who would do anything for anyone,” she said.", nil},

		{"given name after a role noun", "Tom Rowe runs the youth club. Sarah Lane came with her classmate, Tom, 15.\n“It is the only place in town where we can just hang out,” Tom said.", nil},

		{"him makes a later he unclear", "“The fire is out, and the river is safe,” said Fire Chief Robert Nakamura.\nMayor Denise Calloway, standing next to him, nodded.\n“We will publish every water test online,” he added.",
			[]string{"Robert Nakamura, Fire Chief."}},
		{"him after the only name", "Mayor Denise Calloway stood next to him at the podium.\n“We will publish every water test online, starting tonight,” he said.", nil},

		// Positives: the writer's question about the same person.
		{"I asked her, she said", "Ingrid Solheim, 67, keeps the light. I asked her why she still climbs the steps.\n“Because if I stop, I don’t think I’ll start again,” she said.",
			[]string{"Ingrid Solheim."}},

		{"Ms SURNAME for a man", "Tom Adams, who lost his job in May, runs the inn.\n“We have never had a summer as busy as this one,” Ms. Adams said.", nil},

		// Positives: a relative mid-sentence, or named in full.
		{"her husband mid-sentence", "Mary Jones, who moved to Leeds with her husband in 1990, runs the shop.\n“We have never had a year like this one,” Jones said.",
			[]string{"Mary Jones."}},
		{"relative with a full name", "Dale Hunt died on Friday. His wife, Carol Hunt, thanked fans.\n“He would have loved to see all of you here today,” Carol Hunt said.",
			[]string{"Carol Hunt."}},

		// Positives: a predicate noun describes the person already named.
		{"NAME is a man of few words", "Tom Hale is a man of few words. “I just do my job and go home,” he said.",
			[]string{"Tom Hale."}},
		{"as a teenager NAME", "As a teenager, Rosa Vidal sold fish at the market. “It taught me how to talk to anyone,” she said.",
			[]string{"Rosa Vidal."}},
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

// TestPrecisionAttributions checks who each quotation goes to (not only
// the notes): a reply in the same sentence is not the first speaker's, and
// a verb before a role is not part of it.
func TestPrecisionAttributions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // speaker: role, per attributed quotation
	}{
		{"told NAME, who replied", "Rosa Klein met trade envoy Marc Dubois in Geneva. “We made real progress today,” Klein told Dubois, who replied: “Progress, yes, but no agreement yet.”",
			[]string{"Rosa Klein: "}},
		{"continuation after told OUTLET", "“We are running out of milk,” Sara Haddad told Al Jazeera. “Some mothers walk for two days to reach us.”",
			[]string{"Sara Haddad: ", "Sara Haddad: "}},
		{"verb before a role", "Paul Weber fired manager Ian Cross on Monday.\n“I gave this club everything I had for three years,” Cross said.",
			[]string{"Ian Cross: manager"}},
		{"sports role at sentence start", "Quarterback Jake Mills threw three touchdowns. “Jake was unbelievable tonight, he carried us,” said teammate Chris Dale. Mills shrugged off the praise.\n“It’s a team game. The line gave me all day to throw,” he said.",
			[]string{"Chris Dale: teammate", "Jake Mills: quarterback"}},
		{"participial appositive is no role", "Tom Briggs, speaking at the vigil, said: “We will not let hatred win in this town, not ever.”",
			[]string{"Tom Briggs: "}},
		{"role with -of- and a surname that is a title", "Mother-of-three Kerry Dean said she could not afford the rise. “We are already choosing between heating and eating,” she said.",
			[]string{"Kerry Dean: mother-of-three"}},
		{"title after a place is no name", "“We will appeal this ruling as soon as the court allows,” the District Judge said.", nil},
		{"title with of before a name", "Chief Inspector of Prisons Helen Marwick said the findings were among the worst she had seen. “I have been doing this job for 20 years,” she said.",
			[]string{"Helen Marwick: Chief Inspector of Prisons"}},
		{"reflexive after the subject", "Education Secretary Martin Shaw denied the account. Shaw himself told the BBC: “I have the greatest respect for teachers.”",
			[]string{"Martin Shaw: Education Secretary"}},
		{"Dean as a given name", "Clarke’s football coach, Dean Hollis, said: “He had a real chance of going all the way.”",
			[]string{"Dean Hollis: Clarke’s football coach"}},
		{"Dean as a title", "Dean Martha Minow said: “The school will review every admission made this year.”",
			[]string{"Martha Minow: Dean"}},
		{"Asked …, NAME said:", "Asked by reporters whether he would resign, Environment Secretary Tom Price said: “I have no intention of going anywhere.”",
			[]string{"Tom Price: Environment Secretary"}},
		{"participle role kept", "Retired teacher Joan Platt said: “I taught here for forty years and never saw anything like it.”",
			[]string{"Joan Platt: retired teacher"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range Find(docFromLines(tt.text)) {
				got = append(got, a.Speaker+": "+a.Role)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("attributions\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestToldHow checks how a statement was obtained: "told NAME" is an
// interview only when NAME is not a person the article named, and an
// outlet ends where its noun phrase does.
func TestToldHow(t *testing.T) {
	tests := []struct{ name, text, how string }{
		{"told a person", "Rosa Klein met trade envoy Marc Dubois in Geneva. “We made real progress today,” Klein told Dubois.", ""},
		{"told an outlet", "“We made real progress today,” Rosa Klein told Reuters.", "interview with Reuters"},
		{"told an adjective outlet", "“We made real progress today,” Rosa Klein told Russian state media.", "interview with Russian state media"},
		{"wrote on X at the end of a sentence", "Anna Zielinska welcomed it. “Poland has been saying this for ten years,” she wrote on X. “Welcome to the club.”", "writing on X"},
		{"told an outlet that", "Rosa Klein told Vox that the talks had made “real progress on every single point today”.", "interview with Vox"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			atts := Find(docFromLines(tt.text))
			if len(atts) == 0 || atts[0].How != tt.how {
				t.Errorf("got %+v, want a first attribution with how %q", atts, tt.how)
			}
		})
	}
}
