package image

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"io"
)

// pngSignature opens every PNG file.
const pngSignature = "\x89PNG\r\n\x1a\n"

// pngHeader is what IHDR, PLTE and tRNS say about the pixels.
type pngHeader struct {
	width, height int
	depth         int // bits per sample: 1, 2, 4, 8 or 16
	colorType     int // 0 gray, 2 RGB, 3 palette, 4 gray+alpha, 6 RGBA
	palette       [256][4]float64
	trns          []byte // tRNS chunk: the transparent key (gray, RGB) or palette alphas
	interlaced    bool   // Adam7: seven passes, each a sub-image of its own rows
}

// reducePNG decodes a PNG and returns it reduced by area averaging to
// w×h pixels (at most its own size), without holding its full-size
// pixels. A non-interlaced PNG is read a row at a time into a scaler, so
// the result is what Downscale makes of png.Decode's image. An
// interlaced one is read pass by pass, each pixel added to exact integer
// sums of the output pixels it falls in (see sums), so the result is the
// exact area average, rounded: at most 1 level per channel from
// Downscale's floating-point one.
func reducePNG(data []byte, w, h int) (*image.RGBA, error) {
	if !bytes.HasPrefix(data, []byte(pngSignature)) {
		return nil, errors.New("not a PNG file")
	}
	chunks := &pngChunks{data: data[len(pngSignature):]}
	var hd pngHeader
	if err := chunks.header(&hd); err != nil {
		return nil, err
	}
	zr, err := zlib.NewReader(chunks)
	if err != nil {
		return nil, fmt.Errorf("png: %w", err)
	}
	rows := newPNGRows(zr, &hd)
	var dst *image.RGBA
	if hd.interlaced {
		dst, err = hd.reducePasses(rows, w, h)
	} else {
		dst, err = hd.reduceRows(rows, w, h)
	}
	if err != nil {
		return nil, err
	}
	if chunks.err != nil {
		return nil, chunks.err
	}
	return dst, nil
}

// reduceRows reads a non-interlaced image into a scaler: besides the
// result it holds two rows of the file and the scaler's two rows of sums.
func (hd *pngHeader) reduceRows(rows *pngRows, w, h int) (*image.RGBA, error) {
	s := newScaler(hd.width, hd.height, w, h)
	out := make([]float64, 4*hd.width)
	rows.pass(hd.width)
	for range hd.height {
		row, err := rows.next()
		if err != nil {
			return nil, err
		}
		hd.convert(row, out, hd.width)
		s.add(out)
	}
	return s.dst, nil
}

// adam7 lists an interlaced PNG's passes: pass p holds the pixels at
// (x0 + i·dx, y0 + j·dy), its rows filtered as an image of their own.
var adam7 = [7]struct{ x0, y0, dx, dy int }{
	{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2},
}

// reducePasses reads an Adam7-interlaced image pass by pass into sums:
// besides the result it holds the sums (32 bytes an output pixel) and
// two rows of the current pass.
func (hd *pngHeader) reducePasses(rows *pngRows, w, h int) (*image.RGBA, error) {
	s := newSums(hd.width, hd.height, w, h)
	out := make([]float64, 4*hd.width) // the last pass is as wide as the image
	for _, p := range adam7 {
		pw, ph := (hd.width-p.x0+p.dx-1)/p.dx, (hd.height-p.y0+p.dy-1)/p.dy
		if pw <= 0 || ph <= 0 {
			continue // an empty pass has no bytes, not even filter types
		}
		rows.pass(pw)
		for j := range ph {
			row, err := rows.next()
			if err != nil {
				return nil, err
			}
			hd.convert(row, out[:4*pw], pw)
			s.add(p.y0+j*p.dy, p.x0, p.dx, out[:4*pw])
		}
	}
	return s.image(), nil
}

// pngRows reads a PNG's unfiltered rows (of one pass, if interlaced)
// through two buffers.
type pngRows struct {
	zr        io.Reader
	bits, bpp int // bits a pixel; bytes a filter looks back
	cur, prev []byte
}

func newPNGRows(zr io.Reader, hd *pngHeader) *pngRows {
	channels := map[int]int{0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[hd.colorType]
	bits := hd.depth * channels
	n := 1 + (bits*hd.width+7)/8
	return &pngRows{zr: zr, bits: bits, bpp: max(1, bits/8), cur: make([]byte, n), prev: make([]byte, n)}
}

// pass starts an image (or an interlaced pass) of rows width pixels
// wide: the row above the first is zeros.
func (r *pngRows) pass(width int) {
	n := 1 + (r.bits*width+7)/8
	r.cur, r.prev = r.cur[:n], r.prev[:n]
	clear(r.prev)
}

// next returns the next row, unfiltered (valid until the call after).
func (r *pngRows) next() ([]byte, error) {
	if _, err := io.ReadFull(r.zr, r.cur); err != nil {
		return nil, fmt.Errorf("png: pixel data: %w", err)
	}
	if err := unfilter(r.cur[0], r.cur[1:], r.prev[1:], r.bpp); err != nil {
		return nil, err
	}
	r.cur, r.prev = r.prev, r.cur
	return r.prev[1:], nil
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
	if b[12] > 1 {
		return errors.New("png: bad interlace method")
	}
	hd.interlaced = b[12] == 1
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

// convert turns an unfiltered row of w pixels into 16-bit
// alpha-premultiplied RGBA, the values image/png's image gives for each
// pixel.
func (hd *pngHeader) convert(row []byte, out []float64, w int) {
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
