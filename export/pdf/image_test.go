package pdf_test

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/pdf"
	"github.com/offprint/offprint/internal/testtool"
)

// TestImages embeds JPEG, 16-bit PNG and truncated PNG pictures: the good
// ones are drawn, the broken one is reported and its caption printed.
func TestImages(t *testing.T) {
	deep := image.NewNRGBA64(image.Rect(0, 0, 20, 10))
	for x := range 20 {
		deep.Set(x, 3, color.NRGBA64{R: 0xffff, A: 0x8000})
	}
	var deepPNG, jpg bytes.Buffer
	if err := png.Encode(&deepPNG, deep); err != nil {
		t.Fatal(err)
	}
	if err := jpeg.Encode(&jpg, deep, nil); err != nil {
		t.Fatal(err)
	}
	good := pngImage(t)
	broken := &content.Image{Data: good.Data[:len(good.Data)/2], MediaType: "image/png", Source: "broken.png"}
	doc := &content.Document{Meta: content.Meta{Title: "Pictures"}, Blocks: []content.Block{
		&content.Figure{Image: &content.Image{Data: deepPNG.Bytes(), MediaType: "image/png"}, Caption: content.T("Deep.")},
		&content.Figure{Image: &content.Image{Data: jpg.Bytes(), MediaType: "image/jpeg"}, Caption: content.T("Photo.")},
		&content.Figure{Image: broken, Caption: content.T("Broken.")},
		&content.Figure{Image: good, Caption: content.T("Good again.")},
	}}
	var warnings []string
	path, data := write(t, doc, pdf.Options{Modified: date, Warn: func(s string) { warnings = append(warnings, s) }})
	if len(warnings) != 1 || !strings.Contains(warnings[0], "broken.png") {
		t.Errorf("warnings: %q", warnings)
	}
	if n := bytes.Count(data, []byte("/Subtype /Image")); n != 3 {
		t.Errorf("%d images embedded, want 3", n)
	}
	testtool.QPDFCheck(t, path)
	text := testtool.PDFText(t, path)
	for _, c := range []string{"Deep.", "Photo.", "Broken.", "Good again."} {
		if !strings.Contains(text, c) {
			t.Errorf("caption %q missing", c)
		}
	}
}
