package layout

import (
	"testing"

	"offprint/content"
)

func TestSpaceFactor(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{"word", 1000},
		{"end.", 3000},
		{"end?”", 3000},
		{"(aside.)", 3000},
		{"J.", 1000},
		{"U.S.", 1000},
		{"list:", 2000},
		{"clause;", 1500},
		{"comma,", 1250},
		{"“quoted,”", 1250},
		{"", 1000},
		{"’", 1000},
	}
	for _, tt := range tests {
		if got := spaceFactor(tt.word); got != tt.want {
			t.Errorf("spaceFactor(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

// TestSentenceSpaceStretchesMore checks that the glue after a sentence
// stretches more and shrinks less than the glue between words.
func TestSentenceSpaceStretchesMore(t *testing.T) {
	ts := testTypesetter(t)
	items := ts.itemize(content.T("One two. Three"), ts.body(), 300*Pt)
	var glue []item
	for _, it := range items {
		if it.kind == glueItem && it.stretch < fil {
			glue = append(glue, it)
		}
	}
	if len(glue) != 2 {
		t.Fatalf("%d glue items, want 2", len(glue))
	}
	word, sentence := glue[0], glue[1]
	if sentence.width != word.width || sentence.stretch != 3*word.stretch || sentence.shrink >= word.shrink {
		t.Errorf("word glue %+v, sentence glue %+v", word, sentence)
	}
}
