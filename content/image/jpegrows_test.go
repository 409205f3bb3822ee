package image

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"testing"
)

// photo is a w×h picture with gradients, edges and noise.
func photo(w, h int) *image.RGBA {
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	var seed uint32 = 1
	for y := range h {
		for x := range w {
			seed = seed*1664525 + 1013904223
			v := uint8(x*255/max(1, w-1)) ^ uint8(seed>>28)
			m.SetRGBA(x, y, color.RGBA{v, uint8(y * 255 / max(1, h-1)), uint8((x / 7 * 40) ^ (y / 5 * 30)), 255})
		}
	}
	return m
}

func jpegOf(t testing.TB, m image.Image, q int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, m, &jpeg.Options{Quality: q}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestReduceJPEGAsDecoded checks that a JPEG reduced as its rows are
// read gives Downscale's result of image/jpeg's image, exactly: color and
// gray, many sizes and qualities, to several sizes; and JPEGs of other
// encoders (restart markers, 4:4:4 to 4:1:0, CMYK, progressive, and a
// scan for each component, which is decoded whole).
func TestReduceJPEGAsDecoded(t *testing.T) {
	var files [][]byte
	for _, name := range []string{"cjpeg.1x1.70x21.rst.jpeg", "cjpeg.2x1.33x35.rst.jpeg", "cjpeg.1x2.70x21.rst.jpeg", "cjpeg.4x2.70x21.rst.jpeg", "video-001.cmyk.jpeg", "video-001.rgb.jpeg", "video-001.progressive.jpeg", "video-005.gray.jpeg", "cjpeg.2x1.33x35.scans.jpeg", "cjpeg.1x1.70x21.progressive.rst.jpeg"} {
		data, err := os.ReadFile("../../internal/jpegrows/testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, data)
	}
	for _, size := range [][2]int{{1, 1}, {9, 7}, {16, 16}, {33, 17}, {120, 45}} {
		for _, q := range []int{10, 60, 95} {
			m := photo(size[0], size[1])
			files = append(files, jpegOf(t, m, q), jpegOf(t, grayOf(m), q))
		}
	}
	for i, data := range files {
		whole, err := jpeg.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		b := whole.Bounds()
		for _, to := range [][2]int{{b.Dx(), b.Dy()}, {(b.Dx() + 1) / 2, (b.Dy() + 2) / 3}, {7, 5}, {1, 1}} {
			got, err := DecodeReduced(data, to[0], to[1])
			if err != nil {
				t.Fatalf("JPEG %d to %v: %v", i, to, err)
			}
			if want := Downscale(whole, to[0], to[1]); !bytes.Equal(got.Pix, want.Pix) || got.Rect != want.Rect {
				t.Errorf("JPEG %d (%v) to %v: not Downscale's pixels", i, b, to)
			}
		}
	}
	if _, err := DecodeReduced(files[0][:len(files[0])/2], 10, 10); err == nil {
		t.Error("no error for half a JPEG")
	}
}

func grayOf(m image.Image) *image.Gray {
	g := image.NewGray(m.Bounds())
	for y := range m.Bounds().Dy() {
		for x := range m.Bounds().Dx() {
			g.Set(x, y, m.At(x, y))
		}
	}
	return g
}

// TestReduceJPEGBounded checks that reducing a 2000×2000 JPEG allocates
// the result and rows, not the 6 MB of its decoded YCbCr image.
func TestReduceJPEGBounded(t *testing.T) {
	data := jpegOf(t, photo(2000, 2000), 85)
	var err error
	streamed := allocated(func() { _, err = DecodeReduced(data, 300, 300) })
	if err != nil {
		t.Fatal(err)
	}
	whole := allocated(func() { _, err = jpeg.Decode(bytes.NewReader(data)) })
	t.Logf("reducing allocated %d bytes, decoding whole %d", streamed, whole)
	if streamed > 1<<20 || whole < 5<<20 {
		t.Errorf("reducing allocated %d bytes, decoding whole %d", streamed, whole)
	}
}

// BenchmarkDecodeReducedJPEG reduces a 4000×3000 JPEG (4:2:0) to the
// EPUB's 1600 pixels as its rows are read, and, for comparison, as it was
// reduced before: decoded whole by image/jpeg, then Downscale (B/op is
// the memory each costs).
func BenchmarkDecodeReducedJPEG(b *testing.B) {
	data := jpegOf(b, photo(4000, 3000), 85)
	b.Run("rows", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := DecodeReduced(data, 1600, 1200); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("whole", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			m, err := jpeg.Decode(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			Downscale(m, 1600, 1200)
		}
	})
}

// TestCheckJPEG checks that CheckJPEG fails exactly when image/jpeg does,
// on whole, cut and progressive JPEGs.
func TestCheckJPEG(t *testing.T) {
	prog, err := os.ReadFile("../../internal/jpegrows/testdata/video-001.progressive.jpeg")
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range [][]byte{jpegOf(t, photo(30, 20), 80), prog} {
		for _, n := range []int{len(data), len(data) - 2, len(data) / 2, 3} {
			_, werr := jpeg.Decode(bytes.NewReader(data[:n]))
			if err := CheckJPEG(data[:n]); (err == nil) != (werr == nil) {
				t.Errorf("%d of %d bytes: error %v, image/jpeg's %v", n, len(data), err, werr)
			}
		}
	}
}
