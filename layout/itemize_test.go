package layout

import (
	"testing"

	"github.com/offprint/offprint/content"
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

// TestFontExpansion checks that justified lines share their adjustment
// between glue and glyphs: every run of a line has the same expansion,
// within ±Expansion, the line still ends at the measure, ragged lines are
// never expanded and last lines never widened.
func TestFontExpansion(t *testing.T) {
	ts := testTypesetter(t)
	text := "The Islamic State — the notorious group known for building a brutal regime in Iraq and Syria — has claimed responsibility for Friday’s terror attack at a Moscow concert venue that killed at least 139 people."
	for _, width := range []Length{150 * Pt, 200 * Pt, 250 * Pt} {
		_, lines := setText(ts, text, width, AlignJustify)
		expanded := 0
		for i, ln := range lines {
			e := ln.texts[0].Expand
			for _, r := range ln.texts {
				if r.Expand != e {
					t.Errorf("width %v line %d: runs expanded by %d and %d", width, i, e, r.Expand)
				}
			}
			if int(e) < -ts.params.Expansion || int(e) > ts.params.Expansion {
				t.Errorf("width %v line %d: expansion %d beyond ±%d", width, i, e, ts.params.Expansion)
			}
			if ln.last {
				if e > 0 {
					t.Errorf("width %v: last line widened by %d", width, e)
				}
				continue
			}
			if e != 0 {
				expanded++
			}
			if d := ln.width - ln.hangR - width; d > Pt/20 || d < -Pt/20 {
				t.Errorf("width %v line %d: set %v wide", width, i, ln.width)
			}
		}
		if expanded == 0 {
			t.Errorf("width %v: no line expanded", width)
		}
		_, ragged := setText(ts, text, width, AlignLeft)
		for i, ln := range ragged {
			for _, r := range ln.texts {
				if r.Expand != 0 {
					t.Errorf("width %v ragged line %d expanded", width, i)
				}
			}
		}
	}
}
