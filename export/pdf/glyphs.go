package pdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/internal/fpdf"
	"github.com/offprint/offprint/layout"
)

// glyphRun draws a shaped run: its glyphs by ID in its Font, with the
// text extraction gives back in the font's ToUnicode map or, for a word
// the line breaker hyphenated, in /ActualText spans: the whole word on the
// first part (layout's TextRun.ActualText), nothing on the second, so
// that the added hyphen is not text and the word comes back whole.
func (d *drawer) glyphRun(t layout.TextRun) {
	key, ok := d.glyphFont(t.Font)
	if !ok {
		return
	}
	gs := d.glyphBuf[:0]
	for _, g := range t.Glyphs {
		gs = append(gs, fpdf.GlyphPos{ID: g.ID, Advance: g.Advance.Points(),
			XOffset: g.XOffset.Points(), YOffset: g.YOffset.Points(), Text: g.Text})
	}
	d.glyphBuf = gs
	size, x, y, hs := t.Size.Points(), t.X.Points(), t.Y.Points(), hscale(int(t.Expand))
	switch {
	case t.ActualText != "":
		d.spanAlone(func() { d.pdf.GlyphRunActualText(key, size, x, y, gs, hs, t.ActualText) })
		d.rest, d.restRuns = continuation(t.ActualText, t.Text), restRuns
	case d.rest != "" && strings.TrimSuffix(t.Text, " ") == d.rest:
		// the second part of a word the line breaker hyphenated: its
		// letters are already in the first part's ActualText (a word
		// space drawn after them stays text)
		d.spanAlone(func() { d.pdf.GlyphRunActualText(key, size, x, y, gs, hs, t.Text[len(d.rest):]) })
		d.rest = ""
	case d.rest != "" && isMiddle(t.Text, d.rest):
		// the middle of a word broken over three lines
		d.spanAlone(func() { d.pdf.GlyphRunActualText(key, size, x, y, gs, hs, "") })
		d.rest, d.restRuns = d.rest[len(t.Text)-1:], restRuns
	default:
		if d.tag != nil && d.pdf.GlyphRunNeedsActualText(key, gs) {
			d.spanAlone(func() { d.pdf.GlyphRun(key, size, x, y, gs, hs) })
		} else {
			d.pdf.GlyphRun(key, size, x, y, gs, hs)
		}
		if d.restRuns--; d.restRuns <= 0 {
			d.rest = ""
		}
	}
}

// spanAlone draws a run wrapped in an /ActualText span in marked content
// of its own: poppler's structure-text reader (pdfinfo -struct-text) ends
// a marked-content sequence at the first EMC inside it, so the span must
// be the last thing in it. The sequence open for the run's element is
// closed, a new one opened for the run and closed after it.
func (d *drawer) spanAlone(draw func()) {
	tg := d.tag
	if tg == nil || tg.open == noMC || tg.open == layout.Artifact || len(tg.seq) == 0 {
		draw()
		return
	}
	node, key := tg.open, tg.seq[len(tg.seq)-1].key
	tg.end()
	tg.begin(node, key, "")
	draw()
	tg.end()
}

// isMiddle reports whether text, ending with an inserted hyphen, is the
// next part of rest, the letters still to come of a hyphenated word.
func isMiddle(text, rest string) bool {
	part, ok := strings.CutSuffix(text, "-")
	return ok && part != "" && len(part) < len(rest) && strings.HasPrefix(rest, part)
}

// restRuns bounds the runs drawn between the two parts of a hyphenated
// word: the second part follows at once, or after the notes, folio and
// running head when the word is broken across pages.
const restRuns = 400

// continuation returns what of a hyphenated word its first part lacks,
// the text of the run that draws its second part: "tation," for the
// ActualText "implementation," of a run drawing "implemen-" (layout's
// wholeWords). "" when text is not a start of actual.
func continuation(actual, text string) string {
	if rest, ok := strings.CutPrefix(actual, text); ok {
		return rest // broken after a hyphen of the word ("well-known")
	}
	if rest, ok := strings.CutPrefix(actual, strings.TrimRight(text, "-\u2010")); ok {
		return rest
	}
	return ""
}

// glyphFont returns the fpdf key of a face, registering it on first use;
// false when the face cannot be embedded (reported once).
func (d *drawer) glyphFont(face *fonts.Face) (string, bool) {
	if key, ok := d.glyphKeys[face]; ok {
		return key, key != ""
	}
	key := face.Name
	if key == "" || d.glyphNames[key] {
		key = face.Name + "#" + strconv.Itoa(len(d.glyphKeys)+1)
	}
	if err := d.pdf.RegisterGlyphFont(key, face.Data, face.Index); err != nil {
		d.warn(fmt.Sprintf("font %s: %v; its text is not printed", face.Name, err))
		key = ""
	}
	d.glyphKeys[face] = key
	d.glyphNames[key] = true
	return key, key != ""
}

// hscale is the horizontal scaling, in percent, of a run's Expand.
func hscale(expand int) float64 { return 100 + float64(expand)/1e4 }

// unshaped returns a run with glyphs from its face's cmap, one a
// character, at the face's advances: no kerning, no ligatures. Layout
// shapes every run it makes; this serves results made by other means.
func unshaped(t layout.TextRun) layout.TextRun {
	f := t.Font
	if f == nil {
		f = fonts.MustGet(t.Face)
	}
	em := float64(f.UnitsPerEm)
	t.Font, t.Glyphs = f, nil
	for _, r := range t.Text {
		gid, _ := f.Font().NominalGlyph(r) // .notdef when missing
		adv, _ := f.Advance(r)
		t.Glyphs = append(t.Glyphs, layout.Glyph{ID: uint16(gid), Advance: layout.FromPoints(float64(adv) / em * t.Size.Points()), Text: string(r)})
	}
	return t
}
