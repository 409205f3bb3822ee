package image

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"image/color"
	"io"
)

// errInterlaced sends an interlaced PNG to the standard decoder: its
// passes cannot be reduced a row at a time.
var errInterlaced = errors.New("interlaced PNG")

// pngSignature opens every PNG file.
const pngSignature = "\x89PNG\r\n\x1a\n"

// pngHeader is what IHDR, PLTE and tRNS say about the pixels.
type pngHeader struct {
	width, height int
	depth         int // bits per sample: 1, 2, 4, 8 or 16
	colorType     int // 0 gray, 2 RGB, 3 palette, 4 gray+alpha, 6 RGBA
	palette       [256][4]float64
	trns          []byte // tRNS chunk: the transparent key (gray, RGB) or palette alphas
}

// reducePNG decodes a non-interlaced PNG a row at a time into s (made
// for the image's size by newScaler(w, h)): besides the result it holds
// two rows of the file. The pixels are those image/png decodes, so the
// result is what Downscale makes of png.Decode's image.
func reducePNG(data []byte, scale func(w, h int) *scaler) (*scaler, error) {
	if !bytes.HasPrefix(data, []byte(pngSignature)) {
		return nil, errors.New("not a PNG file")
	}
	chunks := &pngChunks{data: data[len(pngSignature):]}
	var hd pngHeader
	if err := chunks.header(&hd); err != nil {
		return nil, err
	}
	s := scale(hd.width, hd.height)
	zr, err := zlib.NewReader(chunks)
	if err != nil {
		return nil, fmt.Errorf("png: %w", err)
	}
	channels := map[int]int{0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[hd.colorType]
	bits := hd.depth * channels
	bpp := max(1, bits/8) // bytes a filter looks back
	rowLen := (bits*hd.width + 7) / 8
	cur, prev := make([]byte, 1+rowLen), make([]byte, 1+rowLen)
	out := make([]float64, 4*hd.width)
	for range hd.height {
		if _, err := io.ReadFull(zr, cur); err != nil {
			return nil, fmt.Errorf("png: pixel data: %w", err)
		}
		if err := unfilter(cur[0], cur[1:], prev[1:], bpp); err != nil {
			return nil, err
		}
		hd.convert(cur[1:], out)
		s.add(out)
		cur, prev = prev, cur
	}
	if chunks.err != nil {
		return nil, chunks.err
	}
	return s, nil
}

// pngChunks walks a PNG's chunks; as an io.Reader it gives the data of
// the IDAT chunks in sequence.
type pngChunks struct {
	data []byte
	idat []byte // what is left of the current IDAT chunk
	err  error
}

// next returns the next chunk, its CRC checked.
func (c *pngChunks) next() (typ string, body []byte, err error) {
	if len(c.data) < 12 {
		return "", nil, errors.New("png: truncated chunk")
	}
	n := binary.BigEndian.Uint32(c.data)
	if n > 1<<31 || uint64(len(c.data)) < 12+uint64(n) {
		return "", nil, errors.New("png: truncated chunk")
	}
	typ, body = string(c.data[4:8]), c.data[8:8+n]
	if crc32.ChecksumIEEE(c.data[4:8+n]) != binary.BigEndian.Uint32(c.data[8+n:]) {
		return "", nil, errors.New("png: invalid checksum")
	}
	c.data = c.data[12+n:]
	return typ, body, nil
}

// header reads the chunks up to the first IDAT.
func (c *pngChunks) header(hd *pngHeader) error {
	seen := false
	for {
		typ, body, err := c.next()
		if err != nil {
			return err
		}
		switch typ {
		case "IHDR":
			if err := hd.parseIHDR(body); err != nil {
				return err
			}
			seen = true
		case "PLTE":
			for i := range 256 {
				hd.palette[i] = [4]float64{0, 0, 0, 0xffff}
			}
			for i := 0; i < len(body)/3 && i < 256; i++ {
				r, g, b, a := color.RGBA{body[3*i], body[3*i+1], body[3*i+2], 0xff}.RGBA()
				hd.palette[i] = [4]float64{float64(r), float64(g), float64(b), float64(a)}
			}
		case "tRNS":
			hd.trns = body
			if hd.colorType == 3 {
				for i := 0; i < len(body) && i < 256; i++ {
					p := hd.palette[i]
					r, g, b, a := color.NRGBA{uint8(p[0] / 0x101), uint8(p[1] / 0x101), uint8(p[2] / 0x101), body[i]}.RGBA()
					hd.palette[i] = [4]float64{float64(r), float64(g), float64(b), float64(a)}
				}
			}
		case "IDAT":
			if !seen {
				return errors.New("png: no IHDR before the pixels")
			}
			c.idat = body
			return nil
		case "IEND":
			return errors.New("png: no pixel data")
		}
	}
}

func (hd *pngHeader) parseIHDR(b []byte) error {
	if len(b) != 13 {
		return errors.New("png: bad IHDR")
	}
	w, h := binary.BigEndian.Uint32(b), binary.BigEndian.Uint32(b[4:])
	if w == 0 || h == 0 || w > 1<<30 || h > 1<<30 {
		return errors.New("png: bad size")
	}
	if int64(w)*int64(h) > DefaultMaxPixels {
		return fmt.Errorf("%w: %dx%d pixels", ErrTooLarge, w, h)
	}
	hd.width, hd.height, hd.depth, hd.colorType = int(w), int(h), int(b[8]), int(b[9])
	if b[12] != 0 {
		return errInterlaced
	}
	ok := map[int][]int{0: {1, 2, 4, 8, 16}, 2: {8, 16}, 3: {1, 2, 4, 8}, 4: {8, 16}, 6: {8, 16}}[hd.colorType]
	for _, d := range ok {
		if d == hd.depth {
			return nil
		}
	}
	return fmt.Errorf("png: bit depth %d with color type %d", hd.depth, hd.colorType)
}

// Read gives the pixel data: the IDAT chunks one after the other.
func (c *pngChunks) Read(p []byte) (int, error) {
	for len(c.idat) == 0 {
		typ, body, err := c.next()
		if err != nil {
			c.err = err
			return 0, err
		}
		if typ != "IDAT" {
			return 0, io.EOF // pixel data ends at the first other chunk
		}
		c.idat = body
	}
	n := copy(p, c.idat)
	c.idat = c.idat[n:]
	return n, nil
}

// unfilter undoes a row's PNG filter in place; prev is the row above
// (zeros for the first).
func unfilter(filter byte, cur, prev []byte, bpp int) error {
	switch filter {
	case 0:
	case 1:
		for i := bpp; i < len(cur); i++ {
			cur[i] += cur[i-bpp]
		}
	case 2:
		for i, p := range prev {
			cur[i] += p
		}
	case 3:
		for i := range bpp {
			cur[i] += prev[i] / 2
		}
		for i := bpp; i < len(cur); i++ {
			cur[i] += uint8((int(cur[i-bpp]) + int(prev[i])) / 2)
		}
	case 4:
		for i := range cur {
			var a, c int
			if i >= bpp {
				a, c = int(cur[i-bpp]), int(prev[i-bpp])
			}
			cur[i] += paeth(a, int(prev[i]), c)
		}
	default:
		return errors.New("png: bad filter type")
	}
	return nil
}

func paeth(a, b, c int) uint8 {
	pa, pb, pc := abs(b-c), abs(a-c), abs(a+b-2*c)
	switch {
	case pa <= pb && pa <= pc:
		return uint8(a)
	case pb <= pc:
		return uint8(b)
	}
	return uint8(c)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// convert turns an unfiltered row into 16-bit alpha-premultiplied RGBA,
// the values image/png's image gives for each pixel.
func (hd *pngHeader) convert(row []byte, out []float64) {
	w := hd.width
	switch {
	case hd.colorType == 0 && hd.depth < 8:
		mul := map[int]uint8{1: 0xff, 2: 0x55, 4: 0x11}[hd.depth]
		key, keyed := hd.grayKey(mul)
		per := 8 / hd.depth
		for x := range w {
			y := (row[x/per] >> (8 - hd.depth*(x%per+1)) & (1<<hd.depth - 1)) * mul
			put(out, x, grayKeyed(y, key, keyed))
		}
	case hd.colorType == 0 && hd.depth == 8:
		key, keyed := hd.grayKey(1)
		for x := range w {
			put(out, x, grayKeyed(row[x], key, keyed))
		}
	case hd.colorType == 0:
		keyed := len(hd.trns) >= 2
		key := uint16(0)
		if keyed {
			key = binary.BigEndian.Uint16(hd.trns)
		}
		for x := range w {
			y := binary.BigEndian.Uint16(row[2*x:])
			if keyed {
				a := uint16(0xffff)
				if y == key {
					a = 0
				}
				put(out, x, color.NRGBA64{y, y, y, a})
			} else {
				put(out, x, color.Gray16{y})
			}
		}
	case hd.colorType == 2 && hd.depth == 8:
		keyed := len(hd.trns) >= 6
		for x := range w {
			r, g, b := row[3*x], row[3*x+1], row[3*x+2]
			if keyed {
				a := uint8(0xff)
				if r == hd.trns[1] && g == hd.trns[3] && b == hd.trns[5] {
					a = 0
				}
				put(out, x, color.NRGBA{r, g, b, a})
			} else {
				put(out, x, color.RGBA{r, g, b, 0xff})
			}
		}
	case hd.colorType == 2:
		keyed := len(hd.trns) >= 6
		for x := range w {
			r, g, b := binary.BigEndian.Uint16(row[6*x:]), binary.BigEndian.Uint16(row[6*x+2:]), binary.BigEndian.Uint16(row[6*x+4:])
			if keyed {
				a := uint16(0xffff)
				if r == binary.BigEndian.Uint16(hd.trns) && g == binary.BigEndian.Uint16(hd.trns[2:]) && b == binary.BigEndian.Uint16(hd.trns[4:]) {
					a = 0
				}
				put(out, x, color.NRGBA64{r, g, b, a})
			} else {
				put(out, x, color.RGBA64{r, g, b, 0xffff})
			}
		}
	case hd.colorType == 3:
		per := 8 / hd.depth
		for x := range w {
			i := row[x/per] >> (8 - hd.depth*(x%per+1)) & (1<<hd.depth - 1)
			p := hd.palette[i]
			out[4*x], out[4*x+1], out[4*x+2], out[4*x+3] = p[0], p[1], p[2], p[3]
		}
	case hd.colorType == 4 && hd.depth == 8:
		for x := range w {
			y := row[2*x]
			put(out, x, color.NRGBA{y, y, y, row[2*x+1]})
		}
	case hd.colorType == 4:
		for x := range w {
			y := binary.BigEndian.Uint16(row[4*x:])
			put(out, x, color.NRGBA64{y, y, y, binary.BigEndian.Uint16(row[4*x+2:])})
		}
	case hd.colorType == 6 && hd.depth == 8:
		for x := range w {
			put(out, x, color.NRGBA{row[4*x], row[4*x+1], row[4*x+2], row[4*x+3]})
		}
	default: // RGBA, 16 bits
		for x := range w {
			p := row[8*x:]
			put(out, x, color.NRGBA64{binary.BigEndian.Uint16(p), binary.BigEndian.Uint16(p[2:]), binary.BigEndian.Uint16(p[4:]), binary.BigEndian.Uint16(p[6:])})
		}
	}
}

// grayKey returns the transparent gray of an 8-bit or shallower gray
// image, scaled by mul as image/png scales it.
func (hd *pngHeader) grayKey(mul uint8) (uint8, bool) {
	if len(hd.trns) < 2 {
		return 0, false
	}
	return hd.trns[1] * mul, true
}

// grayKeyed is a gray pixel, transparent when keyed and y is the key
// (an opaque NRGBA has the values of color.Gray).
func grayKeyed(y, key uint8, keyed bool) color.NRGBA {
	if keyed && y == key {
		return color.NRGBA{y, y, y, 0}
	}
	return color.NRGBA{y, y, y, 0xff}
}

// put stores the 16-bit alpha-premultiplied values of c as pixel x.
func put[C interface{ RGBA() (r, g, b, a uint32) }](out []float64, x int, c C) {
	r, g, b, a := c.RGBA()
	out[4*x], out[4*x+1], out[4*x+2], out[4*x+3] = float64(r), float64(g), float64(b), float64(a)
}
