package layout

import (
	otfont "github.com/go-text/typesetting/font"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

// This file draws the glyphs of colour bitmap fonts (Noto Color Emoji's
// CBDT) as pictures: the PDF has no way to embed such a font, and an
// emoji is better printed in colour than lost. Each glyph's PNG becomes
// an ImageBox the size of its advance, standing on the baseline with the
// font's descent below it; its Alt text is the glyph's characters.

// emojiDescent is how far a bitmap glyph reaches below the baseline, in
// ems (Noto Color Emoji's: 0.12).
const emojiDescentNum, emojiDescentDen = 12, 100

// bitmapImages returns the pictures of a shaped run of a bitmap font, x
// from the run's start and y from its baseline.
func (ts *typesetter) bitmapImages(t TextRun) []ImageBox {
	var out []ImageBox
	x := Length(0)
	face := ts.sh.face(t.Font)
	for _, g := range t.Glyphs {
		im := ts.sh.bitmap(face, g)
		if im != nil && im.Width > 0 && im.Height > 0 {
			w := g.Advance
			h := w * Length(im.Height) / Length(im.Width)
			out = append(out, ImageBox{X: x + g.XOffset, Y: t.Size.Scale(emojiDescentNum, emojiDescentDen) - h - g.YOffset, W: w, H: h, Image: im})
		}
		x += g.Advance
	}
	return out
}

// bitmap returns the picture of glyph g of face, cached per glyph, or
// nil when it has no PNG bitmap.
func (sh *shaper) bitmap(face *otfont.Face, g Glyph) *content.Image {
	k := bitmapKey{face, g.ID}
	if im, ok := sh.bitmaps[k]; ok {
		return im
	}
	var im *content.Image
	if b, ok := face.GlyphDataBitmap(otfont.GID(g.ID)); ok && b.Format == otfont.PNG {
		im = &content.Image{Data: b.Data, MediaType: "image/png", Width: b.Width, Height: b.Height, Alt: g.Text, Source: "emoji"}
	}
	sh.bitmaps[k] = im
	return im
}

type bitmapKey struct {
	face *otfont.Face
	id   uint16
}

// pictureRuns replaces the runs of bitmap fonts among texts by their
// pictures, appended to images, and by an invisible run that keeps their
// text (textOfPictures), so copy, search and pdftotext still give the
// emoji back.
func (ts *typesetter) pictureRuns(texts []TextRun, images []ImageBox) ([]TextRun, []ImageBox) {
	out := texts[:0]
	for _, t := range texts {
		if t.Font == nil || t.Font.Outlines() != "bitmap" {
			out = append(out, t)
			continue
		}
		for _, im := range ts.bitmapImages(t) {
			im.X += t.X
			im.Y += t.Y
			images = append(images, im)
		}
		if kept, ok := textOfPictures(t); ok {
			out = append(out, kept)
		}
	}
	return out, images
}

// textOfPictures turns a run of a bitmap font into one of the embedded
// face of its style in which every glyph is the space, with the bitmap
// glyph's advance and text: nothing is painted, and the PDF writer maps
// each space to the emoji it stands for (an ActualText span, since the
// space's own text differs).
func textOfPictures(t TextRun) (TextRun, bool) {
	face, err := fonts.Get(t.Face)
	if err != nil || face.Font() == nil {
		return t, false
	}
	space, ok := face.Font().NominalGlyph(' ')
	if !ok {
		return t, false
	}
	glyphs := make([]Glyph, len(t.Glyphs))
	for i, g := range t.Glyphs {
		glyphs[i] = Glyph{ID: uint16(space), Advance: g.Advance, Text: g.Text}
	}
	t.Font, t.Glyphs = face, glyphs
	return t, true
}
