package image

import (
	"bytes"
	"errors"
	"image"
	"image/jpeg"

	"github.com/offprint/offprint/internal/jpegrows"
)

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
	s := newScaler(b.Dx(), b.Dy(), w, h)
	if s.empty() {
		return s.dst
	}
	at := pixelReader(src)
	row := make([]float64, 4*b.Dx())
	for sy := range b.Dy() {
		for sx := range b.Dx() {
			row[4*sx], row[4*sx+1], row[4*sx+2], row[4*sx+3] = at(b.Min.X+sx, b.Min.Y+sy)
		}
		s.add(row)
	}
	return s.dst
}

// scaler reduces an image fed to it one source row at a time (area
// averaging, see Downscale), so a decoder that reads rows need never hold
// the source.
type scaler struct {
	sw, sh, w, h int
	xs, ys       [][]share
	row, acc     []float64 // the current source row binned horizontally; the two output rows it may fall in
	area         float64
	sy, cur      int // the next source row; the output row acc[0:4w] belongs to
	dst          *image.RGBA
}

// newScaler returns a scaler from sw×sh to w×h pixels (each at most the
// source's).
func newScaler(sw, sh, w, h int) *scaler {
	w, h = min(w, sw), min(h, sh)
	s := &scaler{sw: sw, sh: sh, w: w, h: h, dst: image.NewRGBA(image.Rect(0, 0, w, h))}
	if s.empty() {
		return s
	}
	s.xs, s.ys = spans(sw, w), spans(sh, h)
	s.row = make([]float64, 4*w)
	s.acc = make([]float64, 4*w*2)
	s.area = float64(sw) * float64(sh) / (float64(w) * float64(h))
	return s
}

func (s *scaler) empty() bool { return s.sw <= 0 || s.sh <= 0 || s.w <= 0 || s.h <= 0 }

// add takes the next source row: 4 values a pixel, 16-bit
// alpha-premultiplied red, green, blue and alpha.
func (s *scaler) add(src []float64) {
	if s.empty() || s.sy >= s.sh {
		return
	}
	w, row, acc := s.w, s.row, s.acc
	clear(row)
	for sx := range s.sw {
		r, g, bl, a := src[4*sx], src[4*sx+1], src[4*sx+2], src[4*sx+3]
		for _, sh := range s.xs[sx] {
			o := 4 * sh.to
			row[o] += sh.w * r
			row[o+1] += sh.w * g
			row[o+2] += sh.w * bl
			row[o+3] += sh.w * a
		}
	}
	sy := s.sy
	for _, sh := range s.ys[sy] {
		k := (sh.to - s.cur) * 4 * w
		for i, v := range row {
			acc[k+i] += sh.w * v
		}
	}
	if sy == s.sh-1 || s.ys[sy+1][0].to > s.cur {
		writeRow(s.dst, s.cur, acc[:4*w], s.area)
		copy(acc, acc[4*w:])
		clear(acc[4*w:])
		s.cur++
	}
	s.sy++
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

// DecodeReduced decodes an image (PNG, JPEG, GIF, WebP, BMP, TIFF) once
// and returns it reduced by area averaging to w×h pixels (at most its
// own size). A PNG or a JPEG is reduced as its rows are read, so its
// full-size pixels are never held: a 64-megapixel PNG costs the result
// and two of its rows, or, interlaced, the result, 32 bytes of sums an
// output pixel and two rows of a pass (its result may differ by 1 level
// per channel from that of the same PNG not interlaced, see sums); a
// sequential JPEG costs the result and one row of MCUs (8 or 16 rows), a
// progressive one also its coefficients (2 bytes a sample, read whole
// before any row exists), and the result is Downscale's of image/jpeg's
// image. Other images are decoded whole, then reduced, and the decoded
// image is dropped at once. The caller checks the pixel count first
// (DecodeConfig).
func DecodeReduced(data []byte, w, h int) (*image.RGBA, error) {
	if bytes.HasPrefix(data, []byte(pngSignature)) {
		return reducePNG(data, w, h)
	}
	if bytes.HasPrefix(data, []byte("\xff\xd8")) {
		m, err := reduceJPEG(data, w, h)
		if !errors.Is(err, jpegrows.ErrWhole) {
			return m, err
		}
	}
	m, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return Downscale(m, w, h), nil
}

// reduceJPEG reads a JPEG a row of MCUs at a time into a scaler; one that
// cannot be (jpegrows.ErrWhole, rare) is decoded whole by the caller.
func reduceJPEG(data []byte, w, h int) (*image.RGBA, error) {
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	s := newScaler(cfg.Width, cfg.Height, w, h)
	row := make([]float64, 4*cfg.Width)
	err = jpegrows.Decode(bytes.NewReader(data), func(strip image.Image) error {
		b := strip.Bounds()
		if b.Dx() != cfg.Width {
			return errors.New("jpeg: rows wider than the image")
		}
		at := pixelReader(strip)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := range b.Dx() {
				row[4*x], row[4*x+1], row[4*x+2], row[4*x+3] = at(x, y)
			}
			s.add(row)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s.dst, nil
}

// CheckJPEG decodes a JPEG to see that it can be, a row of MCUs at a
// time, without holding its pixels: it returns the error
// image/jpeg.Decode would, or nil.
func CheckJPEG(data []byte) error {
	err := jpegrows.Decode(bytes.NewReader(data), func(image.Image) error { return nil })
	if errors.Is(err, jpegrows.ErrWhole) {
		_, err = jpeg.Decode(bytes.NewReader(data))
	}
	return err
}
