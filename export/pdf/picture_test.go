package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"

	"github.com/offprint/offprint/content"
)

// TestEmbeddablePrintResolution: issue 14 (images downsampled as they are
// read). A picture finer than 450 pixels an inch at its printed size is
// embedded at 300, decoded once and re-encoded in its kind; a coarser one
// passes unchanged.
func TestEmbeddablePrintResolution(t *testing.T) {
	m := image.NewNRGBA(image.Rect(0, 0, 1200, 900))
	for y := range 900 {
		for x := range 1200 {
			m.Set(x, y, color.NRGBA{uint8(x), uint8(y), 90, uint8(128 + x%128)})
		}
	}
	var pngData, jpgData bytes.Buffer
	if err := png.Encode(&pngData, m); err != nil {
		t.Fatal(err)
	}
	if err := jpeg.Encode(&jpgData, m, nil); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name     string
		data     []byte
		wPt, hPt float64
		wantType string
		wantW    int // 0: the data passes unchanged
		wantH    int
	}{
		{"png at 864 ppi", pngData.Bytes(), 100, 75, "PNG", 417, 313},
		{"jpeg at 864 ppi", jpgData.Bytes(), 100, 75, "JPG", 417, 313},
		{"png at 432 ppi", pngData.Bytes(), 200, 150, "PNG", 0, 0},
		{"jpeg at 216 ppi", jpgData.Bytes(), 400, 300, "JPG", 0, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data, typ, err := embeddable(&content.Image{Data: tt.data}, tt.wPt, tt.hPt)
			if err != nil {
				t.Fatal(err)
			}
			if typ != tt.wantType {
				t.Errorf("type %s, want %s", typ, tt.wantType)
			}
			if tt.wantW == 0 {
				if !bytes.Equal(data, tt.data) {
					t.Error("re-encoded a picture coarse enough to print as it is")
				}
				return
			}
			cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Width != tt.wantW || cfg.Height != tt.wantH {
				t.Errorf("embedded %dx%d pixels, want %dx%d", cfg.Width, cfg.Height, tt.wantW, tt.wantH)
			}
		})
	}
}
