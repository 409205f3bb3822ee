package epub

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/offprint/offprint/content"
)

// figure writes a figure: the image (when it could be prepared) with its
// alt text, and a caption holding the caption and the credit.
func (p *page) figure(f *content.Figure) {
	var im *asset
	if f.Image != nil {
		im = p.a.image(f)
	}
	credit := content.TrimInlines(f.Credit)
	hasCaption := len(f.Caption) > 0 || len(credit) > 0
	if im == nil && !hasCaption {
		return
	}
	p.w("<figure>")
	if im != nil {
		p.w(`<img src="../` + imageFolder + "/" + im.name + `" alt="`)
		p.text(im.alt)
		p.w(`"/>`)
	}
	if hasCaption {
		p.w("<figcaption>")
		p.inlines(f.Caption)
		if len(credit) > 0 {
			if len(f.Caption) > 0 {
				p.w(" ")
			}
			p.w(`<span class="credit">`)
			p.inlines(credit)
			p.w("</span>")
		}
		p.w("</figcaption>")
	}
	p.w("</figure>\n")
}

// image prepares the image of f once (see prepareImage) and gives it its
// alt text: the source's, else the caption, else "Figure N". It returns
// nil, after a warning, when the image cannot go into the book.
func (a *article) image(f *content.Figure) *asset {
	if im, ok := a.images[f.Image]; ok {
		return im
	}
	b := a.book
	b.imageSeq++
	base := fmt.Sprintf("fig-%03d", b.imageSeq)
	im, err := prepareImage(f.Image.Data, base, b.maxImagePx)
	if err != nil {
		src := f.Image.Source
		if src == "" {
			src = "image " + strconv.Itoa(b.imageSeq)
		}
		a.warnOnce(fmt.Sprintf("%s: %v; the figure keeps only its caption", src, err))
		a.images[f.Image] = nil
		return nil
	}
	a.figures++
	im.alt, im.altKnown = strings.Join(strings.Fields(f.Image.Alt), " "), true
	if im.alt == "" {
		im.alt = strings.Join(strings.Fields(content.PlainText(f.Caption)), " ")
	}
	if im.alt == "" {
		im.alt, im.altKnown = "Figure "+strconv.Itoa(a.figures), false
	}
	a.images[f.Image] = im
	b.images = append(b.images, im)
	return im
}
