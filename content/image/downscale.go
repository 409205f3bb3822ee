package image

import "image"

// Downscale returns src reduced to w×h pixels by area averaging: every
// output pixel is the mean of the source area it covers (a source pixel
// on a boundary is shared by weight). It is meant for reductions (w and h
// at most the source's size) and reads the source one row at a time, so
// besides the output it holds only two rows of sums: a 64-megapixel photo
// costs its decoded size and the result, nothing more (a Catmull-Rom
// scaler holds a float64 buffer of w × source height × 4 channels). A
// size larger than the source's is reduced to the source's.
func Downscale(src image.Image, w, h int) *image.RGBA {
	b := src.Bounds()
	sw, sh := b.Dx(), b.Dy()
	w, h = min(w, sw), min(h, sh)
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	if sw <= 0 || sh <= 0 || w <= 0 || h <= 0 {
		return dst
	}
	xs, ys := spans(sw, w), spans(sh, h)
	at := pixelReader(src)
	row := make([]float64, 4*w)   // the current source row, binned horizontally
	acc := make([]float64, 4*w*2) // the two output rows it may fall in
	area := float64(sw) * float64(sh) / (float64(w) * float64(h))
	cur := 0 // output row acc[0:4w] belongs to
	for sy := 0; sy < sh; sy++ {
		clear(row)
		for sx := 0; sx < sw; sx++ {
			r, g, bl, a := at(b.Min.X+sx, b.Min.Y+sy)
			for _, s := range xs[sx] {
				o := 4 * s.to
				row[o] += s.w * r
				row[o+1] += s.w * g
				row[o+2] += s.w * bl
				row[o+3] += s.w * a
			}
		}
		for _, s := range ys[sy] {
			k := (s.to - cur) * 4 * w
			for i, v := range row {
				acc[k+i] += s.w * v
			}
		}
		if sy == sh-1 || ys[sy+1][0].to > cur {
			writeRow(dst, cur, acc[:4*w], area)
			copy(acc, acc[4*w:])
			clear(acc[4*w:])
			cur++
		}
	}
	return dst
}

// share is a part w of a source pixel that falls in output pixel to.
type share struct {
	to int
	w  float64
}

// spans maps each of n source pixels to the (one or two) of m output
// pixels it covers, with the share of it in each (m ≤ n).
func spans(n, m int) [][]share {
	out := make([][]share, n)
	for i := range n {
		// source pixel i covers [i, i+1) · m/n in output coordinates
		lo, hi := float64(i)*float64(m)/float64(n), float64(i+1)*float64(m)/float64(n)
		first := min(int(lo), m-1)
		if end := float64(first + 1); hi > end && first+1 < m {
			out[i] = []share{{first, (end - lo) / (hi - lo)}, {first + 1, (hi - end) / (hi - lo)}}
			continue
		}
		out[i] = []share{{first, 1}}
	}
	return out
}

// writeRow stores one output row of sums, divided by the source area of
// an output pixel.
func writeRow(dst *image.RGBA, y int, sums []float64, area float64) {
	p := dst.Pix[y*dst.Stride:]
	for i, v := range sums {
		p[i] = uint8(min(255, max(0, v/area/257+0.5)))
	}
}

// pixelReader returns a function reading one pixel of img as 16-bit
// alpha-premultiplied channels, without allocating per pixel.
func pixelReader(img image.Image) func(x, y int) (r, g, b, a float64) {
	if im, ok := img.(image.RGBA64Image); ok {
		return func(x, y int) (float64, float64, float64, float64) {
			c := im.RGBA64At(x, y)
			return float64(c.R), float64(c.G), float64(c.B), float64(c.A)
		}
	}
	return func(x, y int) (float64, float64, float64, float64) {
		r, g, b, a := img.At(x, y).RGBA()
		return float64(r), float64(g), float64(b), float64(a)
	}
}
