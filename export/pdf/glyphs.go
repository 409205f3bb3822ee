package pdf

import (
	"fmt"
	"strconv"

	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/internal/fpdf"
	"github.com/offprint/offprint/layout"
)

// glyphRun draws a shaped run: its glyphs by ID in its Font, with the
// text extraction gives back in the font's ToUnicode map or, for a word
// the line breaker hyphenated, in an /ActualText span.
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
	d.pdf.GlyphRun(key, t.Size.Points(), t.X.Points(), t.Y.Points(), gs, hscale(t.Expand), t.ActualText)
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
