package epub

import (
	"bytes"
	"image"
	"image/png"
	"testing"
)

// TestEncodeGray4 decodes what encodeGray4 wrote with image/png: every
// pixel is the nearest of 16 grey levels to the original, odd widths and
// repeated rows included.
func TestEncodeGray4(t *testing.T) {
	for _, w := range []int{1, 2, 7, 64} {
		img := image.NewGray(image.Rect(0, 0, w, 9))
		for y := range 9 {
			for x := range w {
				if y != 3 && y != 4 { // rows 3 and 4 repeat row 2 (filter Up)
					img.Pix[y*img.Stride+x] = uint8(x*37 + y*11)
				} else {
					img.Pix[y*img.Stride+x] = img.Pix[2*img.Stride+x]
				}
			}
		}
		data, err := encodeGray4(img.Rect.Dx(), grayRows(img))
		if err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("width %d: %v", w, err)
		}
		for y := range 9 {
			for x := range w {
				v := img.GrayAt(x, y).Y
				want := uint8((int(v) + 8) / 17 * 17)
				r, _, _, _ := got.At(x, y).RGBA()
				if uint8(r>>8) != want {
					t.Fatalf("width %d: pixel (%d,%d) = %d, want %d (from %d)", w, x, y, r>>8, want, v)
				}
			}
		}
	}
}

// TestEncodeGray4Runs decodes covers with runs of repeated rows of many
// lengths and widths (back-references split at deflate's 258 bytes, runs
// of one row and of hundreds) and checks every pixel.
func TestEncodeGray4Runs(t *testing.T) {
	for _, w := range []int{3, 5, 6, 515, 517, 519, 1200} {
		for _, run := range []int{1, 2, 3, 129, 300} {
			h := run + 4
			img := image.NewGray(image.Rect(0, 0, w, h))
			for y := range h {
				for x := range w {
					v := uint8(x*29 + y*7)
					if y > 1 && y <= run+1 {
						v = uint8(x*29 + 7) // rows 2 .. run+1 repeat row 1
					}
					img.Pix[y*img.Stride+x] = v
				}
			}
			data, err := encodeGray4(img.Rect.Dx(), grayRows(img))
			if err != nil {
				t.Fatal(err)
			}
			got, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("width %d, run %d: %v", w, run, err)
			}
			for y := range h {
				for x := range w {
					want := uint8((int(img.GrayAt(x, y).Y) + 8) / 17 * 17)
					if r, _, _, _ := got.At(x, y).RGBA(); uint8(r>>8) != want {
						t.Fatalf("width %d, run %d: pixel (%d,%d) = %d, want %d", w, run, x, y, r>>8, want)
					}
				}
			}
		}
	}
}

// grayRows returns the rows of img's pixels.
func grayRows(img *image.Gray) [][]byte {
	rows := make([][]byte, img.Rect.Dy())
	for y := range rows {
		rows[y] = img.Pix[y*img.Stride : y*img.Stride+img.Rect.Dx()]
	}
	return rows
}
