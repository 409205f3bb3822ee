package image

import (
	"image"
	"image/color"
	"testing"
)

func TestDownscale(t *testing.T) {
	// A 6×4 source: left half black, right half white, one red row.
	src := image.NewNRGBA(image.Rect(10, 20, 16, 24))
	for y := 20; y < 24; y++ {
		for x := 10; x < 16; x++ {
			c := color.NRGBA{0, 0, 0, 255}
			if x >= 13 {
				c = color.NRGBA{255, 255, 255, 255}
			}
			if y == 23 {
				c = color.NRGBA{255, 0, 0, 255}
			}
			src.SetNRGBA(x, y, c)
		}
	}
	tests := []struct {
		w, h int
		at   map[[2]int]color.RGBA
	}{
		{2, 2, map[[2]int]color.RGBA{{0, 0}: {0, 0, 0, 255}, {1, 0}: {255, 255, 255, 255}, {0, 1}: {128, 0, 0, 255}, {1, 1}: {255, 128, 128, 255}}},
		{1, 1, map[[2]int]color.RGBA{{0, 0}: {159, 96, 96, 255}}}, // 9 black, 9 white and 6 red pixels of 24
		{4, 4, map[[2]int]color.RGBA{{1, 0}: {0, 0, 0, 255}, {2, 0}: {255, 255, 255, 255}, {3, 3}: {255, 0, 0, 255}}},
		{3, 4, map[[2]int]color.RGBA{{1, 0}: {128, 128, 128, 255}}}, // a column split between black and white
		{9, 9, map[[2]int]color.RGBA{{5, 3}: {255, 0, 0, 255}}},     // larger than the source: the source's size
	}
	for _, tt := range tests {
		got := Downscale(src, tt.w, tt.h)
		if b := got.Bounds(); b.Dx() != min(tt.w, 6) || b.Dy() != min(tt.h, 4) {
			t.Errorf("%dx%d: bounds %v", tt.w, tt.h, b)
		}
		for p, want := range tt.at {
			if c := got.RGBAAt(p[0], p[1]); diff(c, want) > 1 {
				t.Errorf("%dx%d: pixel %v = %v, want %v", tt.w, tt.h, p, c, want)
			}
		}
	}
}

func diff(a, b color.RGBA) int {
	d := 0
	for _, v := range [][2]uint8{{a.R, b.R}, {a.G, b.G}, {a.B, b.B}, {a.A, b.A}} {
		d = max(d, int(v[0])-int(v[1]), int(v[1])-int(v[0]))
	}
	return d
}

func BenchmarkDownscale(b *testing.B) {
	src := image.NewYCbCr(image.Rect(0, 0, 4000, 3000), image.YCbCrSubsampleRatio420)
	for b.Loop() {
		Downscale(src, 1600, 1200)
	}
}
