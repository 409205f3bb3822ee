package image

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"runtime"
	"testing"
)

// rawPNG encodes rows of samples (already packed at depth) as a PNG of
// colorType, each row under filter y%5 (image/png's encoder never writes
// gray with alpha, a transparent key, depths under 8 but for palettes,
// or interlaced images). With interlace 1 the same pixels are written as
// Adam7's seven passes, each filtered as an image of its own.
func rawPNG(t testing.TB, w, h, depth, colorType int, interlace byte, rows [][]byte, plte, trns []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	out.WriteString(pngSignature)
	chunk := func(typ string, body []byte) {
		binary.Write(&out, binary.BigEndian, uint32(len(body)))
		out.WriteString(typ)
		out.Write(body)
		binary.Write(&out, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(typ), body...)))
	}
	ihdr := binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(nil, uint32(w)), uint32(h))
	chunk("IHDR", append(ihdr, byte(depth), byte(colorType), 0, 0, interlace))
	if plte != nil {
		chunk("PLTE", plte)
	}
	if trns != nil {
		chunk("tRNS", trns)
	}
	channels := map[int]int{0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colorType]
	bits := depth * channels
	passes := [][][]byte{rows}
	if interlace == 1 {
		passes = adam7Passes(w, h, bits, rows)
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	for _, pass := range passes {
		if len(pass) == 0 || len(pass[0]) == 0 {
			continue
		}
		prev := make([]byte, len(pass[0]))
		for y, row := range pass {
			f := byte(y % 5)
			zw.Write([]byte{f})
			zw.Write(filterRow(f, row, prev, max(1, bits/8)))
			prev = row
		}
	}
	zw.Close()
	half := z.Len() / 2 // pixel data split over two IDAT chunks
	chunk("IDAT", z.Bytes()[:half])
	chunk("IDAT", z.Bytes()[half:])
	chunk("IEND", nil)
	return out.Bytes()
}

// adam7Passes splits packed rows of pixels bits wide into the rows of
// Adam7's seven passes (an empty pass has none).
func adam7Passes(w, h, bits int, rows [][]byte) [][][]byte {
	var passes [][][]byte
	for _, p := range adam7 {
		var pass [][]byte
		pw := (w - p.x0 + p.dx - 1) / p.dx
		for y := p.y0; y < h && pw > 0; y += p.dy {
			row := make([]byte, (pw*bits+7)/8)
			for i, x := 0, p.x0; x < w; i, x = i+1, x+p.dx {
				for b := range bits { // copy the pixel's bits, most significant first
					bit := rows[y][(x*bits+b)/8] >> (7 - (x*bits+b)%8) & 1
					row[(i*bits+b)/8] |= bit << (7 - (i*bits+b)%8)
				}
			}
			pass = append(pass, row)
		}
		passes = append(passes, pass)
	}
	return passes
}

// filterRow applies PNG filter f to row (the inverse of unfilter).
func filterRow(f byte, row, prev []byte, bpp int) []byte {
	out := make([]byte, len(row))
	for i := range row {
		var a, c int
		if i >= bpp {
			a, c = int(row[i-bpp]), int(prev[i-bpp])
		}
		b := int(prev[i])
		switch f {
		case 0:
			out[i] = row[i]
		case 1:
			out[i] = row[i] - uint8(a)
		case 2:
			out[i] = row[i] - uint8(b)
		case 3:
			out[i] = row[i] - uint8((a+b)/2)
		case 4:
			out[i] = row[i] - paeth(a, b, c)
		}
	}
	return out
}

func randomRows(r *rand.Rand, h, n int) [][]byte {
	rows := make([][]byte, h)
	for y := range rows {
		rows[y] = make([]byte, n)
		for i := range rows[y] {
			rows[y][i] = byte(r.IntN(256))
		}
	}
	return rows
}

// TestReducePNGAsDecoded: issue 14 (images). A PNG reduced as its rows
// are read gives the pixels Downscale makes of image/png's image, for
// every color type, depth, filter and transparency.
func TestReducePNGAsDecoded(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const w, h = 37, 23
	for _, c := range pngCases(r) {
		data := rawPNG(t, w, h, c.depth, c.ct, 0, c.rows(r, w, h), c.plte, c.trns)
		m, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s %d: image/png: %v", c.name, c.depth, err)
		}
		for _, size := range [][2]int{{w, h}, {11, 7}, {1, 1}} {
			got, err := DecodeReduced(data, size[0], size[1])
			if err != nil {
				t.Fatalf("%s %d: %v", c.name, c.depth, err)
			}
			if want := Downscale(m, size[0], size[1]); !bytes.Equal(got.Pix, want.Pix) || got.Rect != want.Rect {
				t.Errorf("%s, depth %d, to %v: differs from image/png's pixels", c.name, c.depth, size)
			}
		}
	}
}

// pngCase is a kind of PNG: every color type and depth, with and
// without transparency.
type pngCase struct {
	name         string
	depth, ct    int
	plte, trns   []byte
	bitsPerPixel int
}

func pngCases(r *rand.Rand) []pngCase {
	plte := make([]byte, 3*200)
	for i := range plte {
		plte[i] = byte(r.IntN(256))
	}
	var cases []pngCase
	for _, d := range []int{1, 2, 4, 8, 16} {
		cases = append(cases, pngCase{"gray", d, 0, nil, nil, d}, pngCase{"gray keyed", d, 0, nil, []byte{0, 1}, d})
	}
	for _, d := range []int{1, 2, 4, 8} {
		pl := plte[:3*min(200, 1<<d)]
		cases = append(cases, pngCase{"palette", d, 3, pl, nil, d}, pngCase{"palette alpha", d, 3, pl, []byte{0, 128}, d})
	}
	for _, d := range []int{8, 16} {
		cases = append(cases,
			pngCase{"rgb", d, 2, nil, nil, 3 * d}, pngCase{"rgb keyed", d, 2, nil, []byte{0, 9, 0, 9, 0, 9}, 3 * d},
			pngCase{"gray alpha", d, 4, nil, nil, 2 * d}, pngCase{"rgba", d, 6, nil, nil, 4 * d})
	}
	return cases
}

// rows returns random w×h pixels of the case, packed, some of them
// matching its transparent key.
func (c pngCase) rows(r *rand.Rand, w, h int) [][]byte {
	rows := randomRows(r, h, (c.bitsPerPixel*w+7)/8)
	if c.trns != nil && c.ct != 3 {
		for y := range rows {
			copy(rows[y], []byte{0, 9, 0, 9, 0, 9}[:min(len(rows[y]), (c.bitsPerPixel+7)/8)])
			if c.ct == 0 && c.depth <= 8 {
				rows[y][0] = 0xff
			}
		}
	}
	return rows
}

// TestReduceInterlacedPNG: an Adam7-interlaced PNG of every color type,
// depth and transparency, at sizes with empty passes, reduced pass by
// pass: at most 1 level per channel from Downscale of image/png's image
// (the exact area average, rounded, against Downscale's float64 sums),
// equal at full size, and image/png decodes it as the same PNG not
// interlaced.
func TestReduceInterlacedPNG(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var pixels, off int
	for _, size := range [][2]int{{1, 1}, {3, 7}, {7, 3}, {2, 5}, {5, 5}, {8, 8}, {9, 17}, {37, 23}} {
		w, h := size[0], size[1]
		for _, c := range pngCases(r) {
			rows := c.rows(r, w, h)
			data := rawPNG(t, w, h, c.depth, c.ct, 1, rows, c.plte, c.trns)
			name := fmt.Sprintf("%s, depth %d, %dx%d", c.name, c.depth, w, h)
			m, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%s: image/png: %v", name, err)
			}
			flat, err := png.Decode(bytes.NewReader(rawPNG(t, w, h, c.depth, c.ct, 0, rows, c.plte, c.trns)))
			if err != nil || !sameImage(m, flat) {
				t.Fatalf("%s: interlaced and not, image/png decodes different pixels (%v)", name, err)
			}
			for _, to := range [][2]int{{w, h}, {(w + 1) / 2, (h + 2) / 3}, {5, 3}, {1, 1}} {
				got, err := DecodeReduced(data, to[0], to[1])
				if err != nil {
					t.Fatalf("%s to %v: %v", name, to, err)
				}
				want := Downscale(m, to[0], to[1])
				if got.Rect != want.Rect {
					t.Fatalf("%s to %v: bounds %v, want %v", name, to, got.Rect, want.Rect)
				}
				for i := range got.Pix {
					d := int(got.Pix[i]) - int(want.Pix[i])
					if d < -1 || d > 1 || (d != 0 && to == size) {
						t.Fatalf("%s to %v: byte %d is %d, Downscale's %d", name, to, i, got.Pix[i], want.Pix[i])
					}
					pixels++
					if d != 0 {
						off++
					}
				}
			}
		}
	}
	t.Logf("%d of %d channel values 1 level off Downscale's", off, pixels)
}

// sameImage reports whether a and b have the same bounds and colors.
func sameImage(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return false
			}
		}
	}
	return true
}

// TestReducePNGEncoded: PNGs image/png writes (its adaptive filters,
// palettes with alpha) reduce as they decode.
func TestReducePNGEncoded(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pal := color.Palette{color.NRGBA{1, 2, 3, 255}, color.NRGBA{200, 10, 10, 128}, color.NRGBA{0, 0, 0, 0}}
	ims := []image.Image{image.NewGray(image.Rect(0, 0, 50, 30)), image.NewNRGBA(image.Rect(0, 0, 50, 30)),
		image.NewRGBA(image.Rect(0, 0, 50, 30)), image.NewNRGBA64(image.Rect(0, 0, 50, 30)), image.NewPaletted(image.Rect(0, 0, 50, 30), pal)}
	for _, m := range ims {
		for y := range 30 {
			for x := range 50 {
				m.(interface{ Set(int, int, color.Color) }).Set(x, y, color.NRGBA{uint8(x * 5), uint8(r.IntN(256)), uint8(y * 8), uint8(128 + r.IntN(128))})
			}
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, m); err != nil {
			t.Fatal(err)
		}
		dec, _ := png.Decode(bytes.NewReader(buf.Bytes()))
		got, err := DecodeReduced(buf.Bytes(), 20, 12)
		if err != nil {
			t.Fatalf("%T: %v", m, err)
		}
		if want := Downscale(dec, 20, 12); !bytes.Equal(got.Pix, want.Pix) {
			t.Errorf("%T: differs from image/png's pixels", m)
		}
	}
}

// TestReducePNGBad: damaged PNGs are errors, never panics; an
// interlaced one goes through image/png.
func TestReducePNGBad(t *testing.T) {
	rows := randomRows(rand.New(rand.NewPCG(5, 6)), 8, 3*8)
	good := rawPNG(t, 8, 8, 8, 2, 0, rows, nil, nil)
	if _, err := DecodeReduced(good, 4, 4); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"truncated":    good[:len(good)-30],
		"bad checksum": append(bytes.Clone(good[:40]), append([]byte{good[40] ^ 1}, good[41:]...)...),
		"no pixels":    good[:33],
	} {
		if _, err := DecodeReduced(data, 4, 4); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	interlaced := rawPNG(t, 8, 8, 8, 2, 1, rows, nil, nil)
	for name, data := range map[string][]byte{
		"interlaced, truncated":  interlaced[:len(interlaced)-30],
		"interlace method 2":     withIHDRByte(interlaced, 12, 2),
		"interlaced, bad filter": rawPNGBadFilter(t, rows),
		"interlaced, depth 3":    withIHDRByte(interlaced, 8, 3),
	} {
		if _, err := DecodeReduced(data, 4, 4); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// withIHDRByte returns a copy of a PNG with byte i of its IHDR's body set
// to v (and the chunk's checksum mended).
func withIHDRByte(data []byte, i int, v byte) []byte {
	out := bytes.Clone(data)
	body := out[len(pngSignature)+8 : len(pngSignature)+8+13]
	body[i] = v
	binary.BigEndian.PutUint32(out[len(pngSignature)+8+13:], crc32.ChecksumIEEE(out[len(pngSignature)+4:len(pngSignature)+8+13]))
	return out
}

// rawPNGBadFilter is an 8×8 interlaced RGB PNG whose third pass's first
// row has filter type 5.
func rawPNGBadFilter(t testing.TB, rows [][]byte) []byte {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	for n, pass := range adam7Passes(8, 8, 24, rows) {
		for y, row := range pass {
			f := byte(0)
			if n == 2 && y == 0 {
				f = 5
			}
			zw.Write(append([]byte{f}, row...))
		}
	}
	zw.Close()
	good := rawPNG(t, 8, 8, 8, 2, 1, rows, nil, nil)
	head := good[:len(pngSignature)+25]
	var out bytes.Buffer
	out.Write(head)
	binary.Write(&out, binary.BigEndian, uint32(z.Len()))
	out.WriteString("IDAT")
	out.Write(z.Bytes())
	binary.Write(&out, binary.BigEndian, crc32.ChecksumIEEE(append([]byte("IDAT"), z.Bytes()...)))
	out.Write([]byte{0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xae, 0x42, 0x60, 0x82})
	if _, err := png.Decode(bytes.NewReader(out.Bytes())); err == nil {
		t.Fatal("image/png decodes a bad filter type")
	}
	return out.Bytes()
}

// TestDecodeReducedBounded: issue 14 (images decoded once, downsampled as
// they are read). Reducing a 4-megapixel PNG allocates a small part of
// its decoded size (16 MB as RGBA), where decoding it whole allocates
// all of it; interlaced, it allocates the result, the sums (32 bytes an
// output pixel: 2.9 MB) and rows.
func TestDecodeReducedBounded(t *testing.T) {
	m := image.NewNRGBA(image.Rect(0, 0, 2000, 2000))
	for i := range m.Pix {
		m.Pix[i] = uint8(i % 251)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		t.Fatal(err)
	}
	rows := make([][]byte, 2000)
	for y := range rows {
		rows[y] = m.Pix[y*m.Stride : (y+1)*m.Stride]
	}
	interlaced := rawPNG(t, 2000, 2000, 8, 6, 1, rows, nil, nil)
	m, rows = nil, nil
	for _, tt := range []struct {
		name  string
		data  []byte
		bound uint64
	}{
		{"not interlaced", buf.Bytes(), 2 << 20},
		{"interlaced", interlaced, 4 << 20},
	} {
		var err error
		streamed := allocated(func() { _, err = DecodeReduced(tt.data, 300, 300) })
		if err != nil {
			t.Fatal(err)
		}
		whole := allocated(func() { _, err = png.Decode(bytes.NewReader(tt.data)) })
		t.Logf("%s: reducing allocated %d bytes, decoding whole %d", tt.name, streamed, whole)
		if streamed > tt.bound || whole < 15<<20 {
			t.Errorf("%s: reducing allocated %d bytes, decoding whole %d", tt.name, streamed, whole)
		}
	}
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// BenchmarkDecodeReduced reduces a 4000×3000 photo-sized PNG, plain and
// interlaced, to the EPUB's 1600 pixels (B/op is the memory it costs).
func BenchmarkDecodeReduced(b *testing.B) {
	m := image.NewRGBA(image.Rect(0, 0, 4000, 3000))
	for i := range m.Pix {
		m.Pix[i] = uint8(i*13/7) | 3
	}
	var buf bytes.Buffer
	png.Encode(&buf, m)
	rows := make([][]byte, 3000)
	for y := range rows {
		rows[y] = m.Pix[y*m.Stride : (y+1)*m.Stride]
	}
	for _, bm := range []struct {
		name string
		data []byte
	}{
		{"png", buf.Bytes()},
		{"png-interlaced", rawPNG(b, 4000, 3000, 8, 6, 1, rows, nil, nil)},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := DecodeReduced(bm.data, 1600, 1200); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
