package image

import "image"

// sums reduces an image whose pixels come in any order (an interlaced
// PNG's passes) by area averaging, as scaler does, but with exact
// integer arithmetic: a source pixel's share of an output pixel is
// kx/w · ky/h for integers kx ≤ w and ky ≤ h, so each output pixel keeps
// the sum of kx·ky·value over the source pixels it covers, and its value
// is that sum over 257·sw·sh (the shares of its source pixels add up to
// sw·sh), rounded. The sums are 4 uint64 an output pixel (a 16-bit value
// times sw·sh fits in 42 bits under DefaultMaxPixels). The result may
// differ from scaler's, which adds float64 shares row by row, by 1 level
// where that one rounds the other way.
type sums struct {
	sw, sh, w, h int
	xs, ys       []cover
	acc          []uint64 // 4 an output pixel, row by row
}

// cover is where a source pixel falls: a share k/m of it in output pixel
// to, the rest (if k < m) in output pixel to+1, for m output pixels.
type cover struct {
	to int32
	k  uint32
}

// newSums returns sums from sw×sh to w×h pixels (each reduced to the
// source's if larger).
func newSums(sw, sh, w, h int) *sums {
	w, h = min(w, sw), min(h, sh)
	s := &sums{sw: sw, sh: sh, w: max(w, 0), h: max(h, 0)}
	if sw <= 0 || sh <= 0 || w <= 0 || h <= 0 {
		return s
	}
	s.xs, s.ys = intSpans(sw, w), intSpans(sh, h)
	s.acc = make([]uint64, 4*w*h)
	return s
}

// intSpans maps each of n source pixels to the output pixels (of m ≤ n)
// it covers. Source pixel i covers [i·m, (i+1)·m) in units of 1/n of an
// output pixel, so its share of the first output pixel it meets is a
// whole number of m-ths.
func intSpans(n, m int) []cover {
	out := make([]cover, n)
	for i := range n {
		lo := uint64(i) * uint64(m)
		first := lo / uint64(n)
		k := uint64(m)
		if end := (first + 1) * uint64(n); end < lo+uint64(m) {
			k = end - lo
		}
		out[i] = cover{int32(first), uint32(k)}
	}
	return out
}

// add takes the pixels of source row y at x0, x0+dx, x0+2·dx…: 4 values
// a pixel, 16-bit alpha-premultiplied red, green, blue and alpha (whole
// numbers).
func (s *sums) add(y, x0, dx int, px []float64) {
	if s.acc == nil || y < 0 || y >= s.sh {
		return
	}
	sy := s.ys[y]
	s.addTo(int(sy.to), uint64(sy.k), x0, dx, px)
	if int(sy.k) < s.h {
		s.addTo(int(sy.to)+1, uint64(s.h)-uint64(sy.k), x0, dx, px)
	}
}

// addTo adds the pixels, weighted ky, to output row oy.
func (s *sums) addTo(oy int, ky uint64, x0, dx int, px []float64) {
	row := s.acc[4*s.w*oy : 4*s.w*(oy+1)]
	w := uint64(s.w)
	for i, x := 0, x0; 4*i+3 < len(px) && x < s.sw; i, x = i+1, x+dx {
		r, g, b, a := uint64(px[4*i]), uint64(px[4*i+1]), uint64(px[4*i+2]), uint64(px[4*i+3])
		sx := s.xs[x]
		k, o := ky*uint64(sx.k), 4*int(sx.to)
		row[o] += k * r
		row[o+1] += k * g
		row[o+2] += k * b
		row[o+3] += k * a
		if uint64(sx.k) < w {
			k, o = ky*(w-uint64(sx.k)), o+4
			row[o] += k * r
			row[o+1] += k * g
			row[o+2] += k * b
			row[o+3] += k * a
		}
	}
}

// image returns the reduced image: each sum over 257·sw·sh, rounded.
func (s *sums) image() *image.RGBA {
	dst := image.NewRGBA(image.Rect(0, 0, s.w, s.h))
	if s.acc == nil {
		return dst
	}
	d := 257 * uint64(s.sw) * uint64(s.sh)
	for i, v := range s.acc {
		dst.Pix[i] = uint8(min(255, (2*v+d)/(2*d))) // v/d rounded half up
	}
	return dst
}
