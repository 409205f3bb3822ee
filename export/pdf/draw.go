package pdf

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	_ "image/gif" // decoders for embeddable
	_ "image/jpeg"
	"strconv"

	"github.com/offprint/offprint/internal/fpdf"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/layout"
)

// drawer draws laid-out pages with fpdf.
type drawer struct {
	pdf      *fpdf.Fpdf
	images   map[*byte]string              // image data → registered name ("" when unusable)
	types    map[string]string             // registered name → fpdf image type
	warnings []string                      // problems met, reported at the end
	dests    map[string]int                // destination name → fpdf link id
	outline  map[int][]layout.OutlineEntry // page → bookmarks on it
	seen     int                           // entries of the result's outline taken into outline
	lineW    float64

	glyphKeys  map[*fonts.Face]string // shaped runs' faces → fpdf key ("" when unusable)
	glyphNames map[string]bool        // fpdf keys in use
	glyphBuf   []fpdf.GlyphPos        // reused for each run
	rest       string                 // the letters still to come of a hyphenated word (see glyphRun)
	restRuns   int                    // runs left to find them in
	tag        *tagger                // marks content for the structure tree (tag.go); nil: untagged
}

func newDrawer(pdf *fpdf.Fpdf, res *layout.Result) *drawer {
	d := &drawer{pdf: pdf, images: map[*byte]string{}, types: map[string]string{},
		dests: map[string]int{}, outline: map[int][]layout.OutlineEntry{}, lineW: -1,
		glyphKeys: map[*fonts.Face]string{}, glyphNames: map[string]bool{}}
	// Every destination of a result laid out whole gets an fpdf link id
	// up front, so that a link may point forward to a page not drawn yet
	// (a streamed layout sends such links later, see more).
	for i := range res.Pages {
		d.addDests(&res.Pages[i])
	}
	if len(res.Struct) > 0 {
		d.tag = newTagger(pdf, res.Struct)
	}
	return d
}

// warn notes a problem, reported once the document is written.
func (d *drawer) warn(msg string) { d.warnings = append(d.warnings, msg) }

// addDests gives the destinations of pg fpdf link ids.
func (d *drawer) addDests(pg *layout.Page) {
	for _, dst := range pg.Dests {
		if _, ok := d.dests[dst.Name]; !ok {
			id := d.pdf.AddLink()
			d.pdf.SetLink(id, dst.Y.Points(), pg.Number)
			d.dests[dst.Name] = id
		}
	}
}

// follow takes in what the result gained up to page pg: its
// destinations, its bookmarks and the structure nodes made so far.
func (d *drawer) follow(res *layout.Result, pg *layout.Page) {
	d.addDests(pg)
	for _, o := range res.Outline[d.seen:] {
		d.outline[o.Page] = append(d.outline[o.Page], o)
	}
	d.seen = len(res.Outline)
	d.tag.grow(res.Struct)
}

// more draws what layout added to page pg.Number after sending it: texts
// (the folios of "n / N") at the end of its content, and links.
func (d *drawer) more(pg *layout.Page) {
	if len(pg.Texts) > 0 {
		d.pdf.AppendToPage(pg.Number, func() {
			for _, t := range pg.Texts {
				d.tag.begin(int(t.Node), 0, "Pagination")
				d.text(t)
			}
			d.tag.end()
		})
	}
	if len(pg.Links) > 0 {
		d.pdf.OnPage(pg.Number, func() {
			saved := d.tag.setPage(pg.Number)
			d.links(pg.Links)
			d.tag.setPage(saved)
		})
	}
}

// page draws one page.
func (d *drawer) page(pg *layout.Page) {
	w, h := pg.Width.Points(), pg.Height.Points()
	d.pdf.SetPageBox("trim", 0, 0, w, h)
	d.pdf.AddPageFormat("P", fpdf.SizeType{Wd: w, Ht: h})
	for _, o := range d.outline[pg.Number] {
		d.pdf.BookmarkUTF8(o.Title, o.Level-1, o.Y.Points())
	}
	d.tag.startPage(pg.Number)
	for _, im := range pg.Images {
		d.tag.image(im, pg.Texts, h, func() { d.image(im) })
	}
	for i, r := range pg.Rules {
		if i == 0 {
			d.tag.begin(layout.Artifact, 0, "Layout")
		}
		d.rule(r)
	}
	d.tag.end()
	for i, t := range pg.Texts {
		d.tag.begin(int(t.Node), 2*i+1, "Pagination")
		d.text(spaced(pg.Texts, i))
	}
	d.tag.endPage()
	d.links(pg.Links)
	delete(d.outline, pg.Number)
}

// links adds link annotations to the current page.
func (d *drawer) links(links []layout.LinkArea) {
	for _, l := range links {
		n := d.pdf.PageLinkCount()
		x, y, lw, lh := l.X.Points(), l.Y.Points(), l.W.Points(), l.H.Points()
		switch {
		case l.URL != "":
			d.pdf.LinkString(x, y, lw, lh, l.URL)
		case l.Dest != "":
			if id, ok := d.dests[l.Dest]; ok {
				d.pdf.Link(x, y, lw, lh, id)
			}
		}
		if d.pdf.PageLinkCount() > n {
			d.tag.link(l, n)
		}
	}
}

// text draws a run from its glyphs; a run layout did not shape (a result
// made by hand) gets its glyphs from the face's cmap.
func (d *drawer) text(t layout.TextRun) {
	if len(t.Glyphs) == 0 || t.Font == nil {
		if t.Text == "" {
			return
		}
		t = unshaped(t)
	}
	d.glyphRun(t)
}

func (d *drawer) rule(r layout.RuleLine) {
	if w := r.Thickness.Points(); w != d.lineW {
		d.pdf.SetLineWidth(w)
		d.lineW = w
	}
	d.pdf.Line(r.X1.Points(), r.Y1.Points(), r.X2.Points(), r.Y2.Points())
}

// image draws a picture, registering its data once. Pictures fpdf cannot
// read are skipped with a warning (the caption is printed anyway).
func (d *drawer) image(im layout.ImageBox) {
	if im.Image == nil || len(im.Image.Data) == 0 {
		return
	}
	key := &im.Image.Data[0]
	name, ok := d.images[key]
	if !ok {
		name = d.register(im.Image, im.W.Points(), im.H.Points())
		d.images[key] = name
	}
	if name == "" {
		return
	}
	d.pdf.ImageOptions(name, im.X.Points(), im.Y.Points(), im.W.Points(), im.H.Points(), false, fpdf.ImageOptions{ImageType: d.types[name]}, 0, "")
}

// register hands an image drawn w×h points large to fpdf and returns
// its name, or "" when it cannot be embedded. The data is decoded in Go
// first: fpdf's own PNG parser trusts its input, and refuses interlaced
// PNGs (re-encoded here).
func (d *drawer) register(img *content.Image, w, h float64) string {
	data, typ, err := embeddable(img, w, h)
	if err != nil {
		d.warn(fmt.Sprintf("image %s: %v; printed its caption only", imageName(img), err))
		return ""
	}
	name := "img" + strconv.Itoa(len(d.images)+1)
	d.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: typ}, bytes.NewReader(data))
	if d.pdf.Err() {
		err := d.pdf.Error()
		d.pdf.ClearError()
		d.warn(fmt.Sprintf("image %s: %v; printed its caption only", imageName(img), err))
		return ""
	}
	d.types[name] = typ
	return name
}

func imageName(img *content.Image) string {
	if img.Source != "" {
		return img.Source
	}
	return img.MediaType
}

// toNRGBA converts an image to 8-bit non-premultiplied RGBA.
func toNRGBA(src image.Image) *image.NRGBA {
	b := src.Bounds()
	dst := image.NewNRGBA(b)
	draw.Draw(dst, b, src, b.Min, draw.Src)
	return dst
}
