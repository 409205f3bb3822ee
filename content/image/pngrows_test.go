package image

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
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
// gray with alpha, a transparent key or depths under 8 but for palettes).
func rawPNG(t *testing.T, w, h, depth, colorType int, interlace byte, rows [][]byte, plte, trns []byte) []byte {
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
	bpp := max(1, depth*channels/8)
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	prev := make([]byte, len(rows[0]))
	for y, row := range rows {
		f := byte(y % 5)
		zw.Write([]byte{f})
		zw.Write(filterRow(f, row, prev, bpp))
		prev = row
	}
	zw.Close()
	half := z.Len() / 2 // pixel data split over two IDAT chunks
	chunk("IDAT", z.Bytes()[:half])
	chunk("IDAT", z.Bytes()[half:])
	chunk("IEND", nil)
	return out.Bytes()
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
	type tc struct {
		name         string
		depth, ct    int
		plte, trns   []byte
		bitsPerPixel int
	}
	plte := make([]byte, 3*200)
	for i := range plte {
		plte[i] = byte(r.IntN(256))
	}
	var cases []tc
	for _, d := range []int{1, 2, 4, 8, 16} {
		cases = append(cases, tc{"gray", d, 0, nil, nil, d}, tc{"gray keyed", d, 0, nil, []byte{0, 1}, d})
	}
	for _, d := range []int{1, 2, 4, 8} {
		pl := plte[:3*min(200, 1<<d)]
		cases = append(cases, tc{"palette", d, 3, pl, nil, d}, tc{"palette alpha", d, 3, pl, []byte{0, 128}, d})
	}
	for _, d := range []int{8, 16} {
		cases = append(cases,
			tc{"rgb", d, 2, nil, nil, 3 * d}, tc{"rgb keyed", d, 2, nil, []byte{0, 9, 0, 9, 0, 9}, 3 * d},
			tc{"gray alpha", d, 4, nil, nil, 2 * d}, tc{"rgba", d, 6, nil, nil, 4 * d})
	}
	for _, c := range cases {
		rows := randomRows(r, h, (c.bitsPerPixel*w+7)/8)
		if c.trns != nil && c.ct != 3 { // make some pixels match the key
			for y := range rows {
				copy(rows[y], []byte{0, 9, 0, 9, 0, 9}[:min(len(rows[y]), (c.bitsPerPixel+7)/8)])
				if c.ct == 0 && c.depth <= 8 {
					rows[y][0] = 0xff
				}
			}
		}
		data := rawPNG(t, w, h, c.depth, c.ct, 0, rows, c.plte, c.trns)
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
	_, err := reducePNG(rawPNG(t, 8, 8, 8, 2, 1, rows, nil, nil), func(w, h int) *scaler { return newScaler(w, h, 4, 4) })
	if !errors.Is(err, errInterlaced) {
		t.Errorf("interlaced: %v", err)
	}
}

// TestDecodeReducedBounded: issue 14 (images decoded once, downsampled as
// they are read). Reducing a 4-megapixel PNG allocates a small part of
// its decoded size (16 MB as RGBA), where decoding it whole allocates
// all of it.
func TestDecodeReducedBounded(t *testing.T) {
	m := image.NewNRGBA(image.Rect(0, 0, 2000, 2000))
	for i := range m.Pix {
		m.Pix[i] = uint8(i % 251)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		t.Fatal(err)
	}
	m = nil
	allocated := func(f func()) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	var err error
	streamed := allocated(func() { _, err = DecodeReduced(buf.Bytes(), 300, 300) })
	if err != nil {
		t.Fatal(err)
	}
	whole := allocated(func() { _, err = png.Decode(bytes.NewReader(buf.Bytes())) })
	if streamed > 2<<20 || whole < 15<<20 {
		t.Errorf("reducing allocated %d bytes, decoding whole %d", streamed, whole)
	}
}

// BenchmarkDecodeReduced reduces a 4000×3000 photo-sized PNG to the
// EPUB's 1600 pixels (B/op is the memory it costs).
func BenchmarkDecodeReduced(b *testing.B) {
	m := image.NewRGBA(image.Rect(0, 0, 4000, 3000))
	for i := range m.Pix {
		m.Pix[i] = uint8(i*13/7) | 3
	}
	var buf bytes.Buffer
	png.Encode(&buf, m)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeReduced(buf.Bytes(), 1600, 1200); err != nil {
			b.Fatal(err)
		}
	}
}
