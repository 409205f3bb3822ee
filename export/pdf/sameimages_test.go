package pdf_test

import (
	"bytes"
	"image"
	"image/png"
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
