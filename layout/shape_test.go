package layout_test

import (
	"math"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/layout"
)

// layOut lays out one paragraph of inlines with the embedded faces only.
func layOut(t *testing.T, inlines []content.Inline) *layout.Result {
	t.Helper()
	doc := &content.Document{Blocks: []content.Block{&content.Paragraph{Inlines: inlines}}}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	st := layout.DefaultStyle()
	st.NoSystemFonts = true
	res, err := layout.Layout(doc, st)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// runsByText indexes the text runs of a result by their text.
func runsByText(res *layout.Result) map[string]layout.TextRun {
	out := map[string]layout.TextRun{}
	for _, pg := range res.Pages {
		for _, r := range pg.Texts {
			out[r.Text] = r
		}
	}
	return out
}

// TestKerning measures kerned pairs from the glyph positions of the laid
// out runs: the distance from the first glyph to the second, in ems,
// must be the font's advance plus its kerning (GPOS pair adjustment), as
// HarfBuzz 6.0.0's hb-shape gives for Noto Serif Regular (and as Typst
// and xelatex set them), within 0.01 em — not the bare advance.
func TestKerning(t *testing.T) {
	tests := []struct {
		pair           string
		kerned, nokern float64 // ems: hb-shape with and without kern
	}{
		{"Va", 0.615, 0.675},
		{"Vo", 0.615, 0.675},
		{"Ta", 0.583, 0.614},
		{"We", 0.987, 1.050},
		{"AV", 0.625, 0.672},
	}
	var in []content.Inline
	for _, tt := range tests {
		in = append(in, &content.Text{Text: tt.pair + " "})
	}
	runs := runsByText(layOut(t, in))
	for _, tt := range tests {
		r, ok := runs[tt.pair]
		if !ok || len(r.Glyphs) != 2 {
			t.Errorf("%s: no run of two glyphs (%+v)", tt.pair, r)
			continue
		}
		em := float64(r.Glyphs[0].Advance) / float64(r.Size)
		if math.Abs(em-tt.kerned) > 0.01 {
			t.Errorf("%s: first glyph advances %.3f em, want %.3f (unkerned %.3f)", tt.pair, em, tt.kerned, tt.nokern)
		}
	}
}

// TestLigatures checks that fi, fl, ff and ffi are set as one glyph each
// (the font's ligature, not the glyph of f) in Regular and Italic, and
// that the glyph carries the letters it stands for.
func TestLigatures(t *testing.T) {
	words := []string{"fi", "fl", "ff", "ffi"}
	for _, style := range []fonts.Style{fonts.Regular, fonts.Italic} {
		var in []content.Inline
		for _, w := range words {
			var piece content.Inline = &content.Text{Text: w}
			if style == fonts.Italic {
				piece = &content.Emph{Inlines: []content.Inline{piece}}
			}
			in = append(in, piece, &content.Text{Text: " "})
		}
		runs := runsByText(layOut(t, in))
		f := fonts.MustGet(style)
		fID, _ := f.Font().NominalGlyph('f')
		for _, w := range words {
			r, ok := runs[w]
			switch {
			case !ok:
				t.Errorf("%v %q: no run", style, w)
			case r.Face != style || len(r.Glyphs) != 1:
				t.Errorf("%v %q: %d glyphs in %v, want one ligature", style, w, len(r.Glyphs), r.Face)
			case r.Glyphs[0].ID == uint16(fID):
				t.Errorf("%v %q: drawn with the glyph of f", style, w)
			case r.Glyphs[0].Text != w:
				t.Errorf("%v %q: the ligature's text is %q", style, w, r.Glyphs[0].Text)
			}
		}
	}
}

// TestHyphenReshaped checks that a word broken at a hyphenation point is
// shaped in its two parts: the first part ends with the hyphen glyph and
// its glyphs add up to what the line breaker measured.
func TestHyphenReshaped(t *testing.T) {
	doc := &content.Document{Blocks: []content.Block{&content.Paragraph{Inlines: content.T(
		strings.Repeat("Officially the affiliated officials effectively offered difficult suffixes to the afflicted office staff again and again, reaffirming efficiency. ", 4))}}}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	st := paper(t, "a6")
	st.NoSystemFonts = true
	res, err := layout.Layout(doc, st)
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.Hyphenated == 0 {
		t.Fatal("no hyphenated line on A6")
	}
	seen := 0
	for _, pg := range res.Pages {
		for _, r := range pg.Texts {
			n := len(r.Glyphs)
			if n == 0 || r.Text[len(r.Text)-1] != '-' {
				continue
			}
			seen++
			if last := r.Glyphs[n-1]; last.Text != "-" {
				t.Errorf("%q: last glyph %+v is not the hyphen", r.Text, last)
			}
		}
	}
	if seen == 0 {
		t.Error("no run ends with its hyphen")
	}
}
