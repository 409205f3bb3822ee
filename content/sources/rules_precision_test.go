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
