package pdf

import (
	"bytes"
	"strconv"

	"codeberg.org/go-pdf/fpdf"

	"offprint/fonts"
	"offprint/layout"
)

// drawer draws laid-out pages with fpdf.
type drawer struct {
	pdf     *fpdf.Fpdf
	res     *layout.Result
	fonts   map[fonts.Style]bool          // faces registered with fpdf
	images  map[*byte]string              // image data → registered name
	dests   map[string]int                // destination name → fpdf link id
	outline map[int][]layout.OutlineEntry // page → bookmarks on it
	face    fonts.Style
	size    float64
	hasFont bool
	lineW   float64
}

func newDrawer(pdf *fpdf.Fpdf, res *layout.Result) *drawer {
	d := &drawer{pdf: pdf, res: res, fonts: map[fonts.Style]bool{}, images: map[*byte]string{},
		dests: map[string]int{}, outline: map[int][]layout.OutlineEntry{}, lineW: -1}
	// Every destination gets an fpdf link id up front, so that a link
	// may point forward to a page not drawn yet.
	for _, pg := range res.Pages {
		for _, dst := range pg.Dests {
			if _, ok := d.dests[dst.Name]; !ok {
				id := pdf.AddLink()
				pdf.SetLink(id, dst.Y.Points(), pg.Number)
				d.dests[dst.Name] = id
			}
		}
	}
	for _, o := range res.Outline {
		d.outline[o.Page] = append(d.outline[o.Page], o)
	}
	return d
}

// family is the fpdf family and style name of a face.
func family(s fonts.Style) (string, string) {
	switch s {
	case fonts.Italic:
		return "NotoSerif", "I"
	case fonts.Bold:
		return "NotoSerif", "B"
	case fonts.BoldItalic:
		return "NotoSerif", "BI"
	case fonts.Mono:
		return "GoMono", ""
	}
	return "NotoSerif", ""
}

// page draws one page.
func (d *drawer) page(pg *layout.Page) {
	w, h := pg.Width.Points(), pg.Height.Points()
	d.pdf.SetPageBox("trim", 0, 0, w, h)
	d.pdf.AddPageFormat("P", fpdf.SizeType{Wd: w, Ht: h})
	for _, o := range d.outline[pg.Number] {
		d.pdf.Bookmark(o.Title, o.Level-1, o.Y.Points())
	}
	for _, im := range pg.Images {
		d.image(im)
	}
	for _, r := range pg.Rules {
		d.rule(r)
	}
	for _, t := range pg.Texts {
		d.text(t)
	}
	for _, l := range pg.Links {
		x, y, lw, lh := l.X.Points(), l.Y.Points(), l.W.Points(), l.H.Points()
		switch {
		case l.URL != "":
			d.pdf.LinkString(x, y, lw, lh, l.URL)
		case l.Dest != "":
			if id, ok := d.dests[l.Dest]; ok {
				d.pdf.Link(x, y, lw, lh, id)
			}
		}
	}
}

// text draws a run; the face is registered on first use, so the PDF
// embeds only the faces it uses, each subset to the runes drawn.
func (d *drawer) text(t layout.TextRun) {
	if !d.fonts[t.Face] {
		fam, st := family(t.Face)
		// fpdf's subsetter writes into the font bytes it is given (an
		// append on a sub-slice of the hmtx table in getMetrics), which
		// would corrupt the shared embedded font and make the next PDF
		// differ: give it a private copy.
		data := append([]byte(nil), fonts.MustGet(t.Face).Data...)
		d.pdf.AddUTF8FontFromBytes(fam, st, data)
		d.fonts[t.Face] = true
	}
	size := t.Size.Points()
	if !d.hasFont || d.face != t.Face || d.size != size {
		fam, st := family(t.Face)
		d.pdf.SetFont(fam, st, size)
		d.face, d.size, d.hasFont = t.Face, size, true
	}
	d.pdf.Text(t.X.Points(), t.Y.Points(), t.Text)
}

func (d *drawer) rule(r layout.RuleLine) {
	if w := r.Thickness.Points(); w != d.lineW {
		d.pdf.SetLineWidth(w)
		d.lineW = w
	}
	d.pdf.Line(r.X1.Points(), r.Y1.Points(), r.X2.Points(), r.Y2.Points())
}

// image draws a picture, registering its data once.
func (d *drawer) image(im layout.ImageBox) {
	if im.Image == nil || len(im.Image.Data) == 0 {
		return
	}
	key := &im.Image.Data[0]
	name, ok := d.images[key]
	typ := imageType(im.Image.MediaType)
	if !ok {
		name = "img" + strconv.Itoa(len(d.images)+1)
		d.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: typ}, bytes.NewReader(im.Image.Data))
		d.images[key] = name
	}
	d.pdf.ImageOptions(name, im.X.Points(), im.Y.Points(), im.W.Points(), im.H.Points(), false, fpdf.ImageOptions{ImageType: typ}, 0, "")
}

func imageType(mt string) string {
	switch mt {
	case "image/png":
		return "PNG"
	case "image/gif":
		return "GIF"
	}
	return "JPG"
}
