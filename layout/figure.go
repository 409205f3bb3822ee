package layout

import (
	"bytes"
	"fmt"
	"image"
	_ "image/gif" // register decoders for DecodeConfig
	_ "image/jpeg"
	_ "image/png"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

// figure sets a picture scaled to the frame (and to at most 60% of the
// text height), kept with its caption; the caption and credit follow in
// smaller type. A figure without a usable image prints its caption only.
// A figure with no text to stand for its picture (figureAlt) opens no
// Figure: the picture is a decorative artifact.
func (ts *typesetter) figure(fig *content.Figure, f *frame) {
	alt := figureAlt(fig)
	if alt != "" {
		ts.tree.nodes[ts.tree.cur].Alt = alt
	}
	ts.vspace(ts.g.Leading / 2)
	if im := fig.Image; im != nil {
		if w, h, ok := ts.imageSize(im); ok {
			ts.picture(im, w, h, f, len(fig.Caption) > 0 || len(fig.Credit) > 0)
			ts.flow[len(ts.flow)-1].d.images[0].Decorative = alt == ""
		}
	}
	ts.caption(fig, f)
	ts.vspace(ts.g.Leading / 2)
}

// imageSize returns the pixel size of a drawable image, or false (with a
// warning) when the PDF cannot draw it.
func (ts *typesetter) imageSize(im *content.Image) (w, h int, ok bool) {
	name := im.Source
	if name == "" {
		name = im.MediaType
	}
	switch im.MediaType {
	case "image/jpeg", "image/png", "image/gif":
	case "image/svg+xml":
		ts.warn(fmt.Sprintf("image %s: SVG cannot be drawn in the PDF; printed its caption only", name))
		return 0, 0, false
	default:
		ts.warn(fmt.Sprintf("image %s: unsupported type %q; printed its caption only", name, im.MediaType))
		return 0, 0, false
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(im.Data))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		ts.warn(fmt.Sprintf("image %s: cannot be decoded; printed its caption only", name))
		return 0, 0, false
	}
	return cfg.Width, cfg.Height, true
}

// picture appends the image element, centred and scaled to fit.
func (ts *typesetter) picture(im *content.Image, pw, ph int, f *frame, captioned bool) {
	maxH := ts.g.textHeight * 3 / 5
	w := f.width
	h := Length(int64(w) * int64(ph) / int64(pw))
	if h > maxH {
		h = maxH
		w = Length(int64(h) * int64(pw) / int64(ph))
	}
	// never enlarge a small picture beyond 2 px per point (~144 dpi)
	if natural := Length(pw) * Pt / 2; w > natural && natural > 0 {
		h = Length(int64(h) * int64(natural) / int64(w))
		w = natural
	}
	gap := ts.g.Leading / 3
	e := element{height: h + gap}
	e.d.images = []ImageBox{{X: f.x + (f.width-w)/2, Y: 0, W: w, H: h, Image: im}}
	if captioned {
		e.keep = keepFigure
	}
	ts.flow = append(ts.flow, e)
}

// caption sets a figure's caption followed by its credit in italics.
func (ts *typesetter) caption(fig *content.Figure, f *frame) {
	ins := append([]content.Inline(nil), fig.Caption...)
	if credit := content.TrimInlines(fig.Credit); len(credit) > 0 {
		if len(ins) > 0 {
			ins = append(ins, &content.Text{Text: " "})
		}
		ins = append(ins, &content.Emph{Inlines: credit})
	}
	if len(ins) == 0 {
		return
	}
	size := ts.g.FontSize.Scale(17, 20)
	st := textStyle{face: fonts.Regular, size: size, align: ts.g.Align}
	ts.tag("Caption", ts.text(ins, st, f.x, f.width, size.Scale(13, 10), true))
}
