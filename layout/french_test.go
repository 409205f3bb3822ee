package layout

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

func TestFrenchLanguage(t *testing.T) {
	for tag, want := range map[string]bool{"fr": true, "fr-CA": true, "FR_be": true, "en": false, "": false, "fro": false} {
		if got := frenchLanguage(tag); got != want {
			t.Errorf("frenchLanguage(%q) = %v", tag, got)
		}
	}
}

// TestFrenchSpacing sets French text at many widths: no line starts with
// » ; : ! ? nor ends with «, and the spaces inside guillemets are narrow.
func TestFrenchSpacing(t *testing.T) {
	text := "« Le dimanche, on voit arriver des gens qui n’avaient jamais franchi notre porte », raconte Hélène Garnier ; elle ajoute : « Pourquoi pas ? » Et encore ! Les lecteurs ? Nombreux : très nombreux."
	ts := testTypesetter(t)
	ts.language("fr")
	for _, align := range []Align{AlignLeft, AlignJustify} {
		for w := 60 * Pt; w <= 300*Pt; w += 3 * Pt {
			st := textStyle{face: fonts.Regular, size: 10 * Pt, align: align}
			lines := ts.breakText(content.T(text), st, w)
			for i, ln := range lines {
				if len(ln.texts) == 0 {
					continue
				}
				first, _ := utf8.DecodeRuneInString(ln.texts[0].Text)
				if strings.ContainsRune("»;:!?", first) {
					t.Errorf("%s width %v line %d starts with %q", align, w, i, ln.texts[0].Text)
				}
				if last := ln.texts[len(ln.texts)-1].Text; strings.HasSuffix(last, "«") {
					t.Errorf("%s width %v line %d ends with %q", align, w, i, last)
				}
			}
		}
	}
	// structurally: no legal break next to the marks
	all := ts.itemize(content.T(text), textStyle{face: fonts.Regular, size: 10 * Pt, align: AlignLeft}, 300*Pt)
	if bad := breaksAtMarks(all); bad != "" {
		t.Error(bad)
	}
	items := ts.itemize(content.T("« Oui »"), textStyle{face: fonts.Regular, size: 10 * Pt, align: AlignJustify}, 300*Pt)
	narrow := ts.width("\u202f", fonts.Regular, 10*Pt)
	space := ts.width(" ", fonts.Regular, 10*Pt)
	if narrow <= 0 || narrow >= space {
		t.Fatalf("narrow no-break space %v, word space %v", narrow, space)
	}
	n := 0
	for i, it := range items {
		if it.kind == glueItem && it.stretch < fil && i > 0 && items[i-1].kind == penaltyItem && items[i-1].penalty >= infPenalty {
			n++
			if it.width != narrow || it.stretch != 0 || it.shrink != 0 {
				t.Errorf("guillemet space %+v, want a fixed %v", it, narrow)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d no-break spaces in « Oui », want 2", n)
	}
}

// TestEnglishSpacingUnchanged: outside French the same marks get
// ordinary, breakable spaces.
func TestEnglishSpacingUnchanged(t *testing.T) {
	ts := testTypesetter(t)
	items := ts.itemize(content.T("« Oui » ; non"), textStyle{face: fonts.Regular, size: 10 * Pt, align: AlignJustify}, 300*Pt)
	if breaksAtMarks(items) == "" {
		t.Error("English text has no break next to its guillemets")
	}
	for i, it := range items {
		if it.kind == penaltyItem && it.penalty >= infPenalty && i+1 < len(items) && items[i+1].kind == glueItem && items[i+1].stretch < fil {
			t.Errorf("item %d: a no-break space in English", i)
		}
	}
}

// breaksAtMarks returns a description of the first legal break of items
// before » ; : ! ? or after «, or "".
func breaksAtMarks(items []item) string {
	for i := range items {
		if !isLegalBreak(items, i) {
			continue
		}
		var before, after string
		for j := i - 1; j >= 0 && before == ""; j-- {
			if items[j].frag != nil {
				before = items[j].frag.text
			}
		}
		for j := i + 1; j < len(items) && after == ""; j++ {
			if items[j].kind == boxItem && items[j].frag != nil {
				after = items[j].frag.text
			}
		}
		r, _ := utf8.DecodeRuneInString(after)
		if strings.ContainsRune("»;:!?", r) || strings.HasSuffix(before, "«") {
			return "a legal break between " + before + " and " + after
		}
	}
	return ""
}
