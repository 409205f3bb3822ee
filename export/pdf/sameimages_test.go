package pdf_test

import (
	"bytes"
	"image"
	"image/png"
	"regexp"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/pdf"
)

// solidPNG is a 40×30 PNG of one grey.
func solidPNG(tb testing.TB, grey uint8) *content.Image {
	tb.Helper()
	img := image.NewGray(image.Rect(0, 0, 40, 30))
	for i := range img.Pix {
		img.Pix[i] = grey
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		tb.Fatal(err)
	}
	return &content.Image{Data: buf.Bytes(), MediaType: "image/png", Width: 40, Height: 30, Alt: "grey"}
}

// TestSameWidthImagesReproducible: images of the same width must come out in
// a fixed order (fpdf v0.12.0 wrote them in map order; see
// internal/fpdf/README.md).
func TestSameWidthImagesReproducible(t *testing.T) {
	doc := &content.Document{Meta: content.Meta{Title: "Greys", Language: "en"}}
	for _, g := range []uint8{0x20, 0x60, 0xa0, 0xe0} {
		doc.Blocks = append(doc.Blocks, &content.Figure{Image: solidPNG(t, g), Caption: content.T("A grey.")})
	}
	var first []byte
	for i := range 8 {
		var buf bytes.Buffer
		if err := pdf.Write(&buf, doc, pdf.Options{Style: style(t, "a4")}); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = buf.Bytes()
		} else if !bytes.Equal(first, buf.Bytes()) {
			t.Fatalf("write %d differs from the first", i+1)
		}
	}
}

// TestOneImageTwiceListedOnce: one picture in two figures (two loads of
// the same file) is one entry of the page's XObject dictionary, not a
// duplicated key (see internal/fpdf/README.md).
func TestOneImageTwiceListedOnce(t *testing.T) {
	a, b := solidPNG(t, 0x40), solidPNG(t, 0x40)
	doc := &content.Document{Meta: content.Meta{Title: "Twice", Language: "en"}, Blocks: []content.Block{
		&content.Figure{Image: a, Caption: content.T("Once.")},
		&content.Figure{Image: b, Caption: content.T("Twice.")},
	}}
	var buf bytes.Buffer
	if err := pdf.Write(&buf, doc, pdf.Options{Style: style(t, "a4")}); err != nil {
		t.Fatal(err)
	}
	dict := regexp.MustCompile(`/XObject <<\s*((?:/I\w+ \d+ 0 R\s*)*)>>`).FindSubmatch(buf.Bytes())
	if dict == nil {
		t.Fatal("no XObject dictionary")
	}
	names := regexp.MustCompile(`/I\w+`).FindAll(dict[1], -1)
	seen := map[string]bool{}
	for _, n := range names {
		if seen[string(n)] {
			t.Fatalf("%s listed twice in %s", n, dict[0])
		}
		seen[string(n)] = true
	}
}
