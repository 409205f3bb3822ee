package jpegrows

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// picture is a test picture: smooth gradients with a sharp edge and some
// noise, so that every quality keeps AC coefficients.
func picture(w, h int, gray bool) image.Image {
	var seed uint32 = uint32(w*31 + h)
	noise := func() uint8 {
		seed = seed*1664525 + 1013904223
		return uint8(seed >> 27)
	}
	if gray {
		m := image.NewGray(image.Rect(0, 0, w, h))
		for y := range h {
			for x := range w {
				m.SetGray(x, y, color.Gray{uint8(x*7+y*3) ^ noise()})
			}
		}
		return m
	}
	m := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.NRGBA{uint8(x * 255 / max(1, w-1)), uint8(y * 255 / max(1, h-1)), noise() * 8, 255}
			if x > w/2 {
				c.B = 255 - c.B
			}
			m.SetNRGBA(x, y, c)
		}
	}
	return m
}

func encode(t testing.TB, m image.Image, quality int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, m, &jpeg.Options{Quality: quality}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// withAdobe inserts an APP14 Adobe segment with the given colour
// transform after the SOI marker (0 makes a three-component JPEG RGB).
func withAdobe(data []byte, transform byte) []byte {
	seg := []byte("\xff\xee\x00\x0eAdobe\x00\x64\x00\x00\x00\x00")
	seg = append(seg, transform)
	return append(append(append([]byte{}, data[:2]...), seg...), data[2:]...)
}

// check decodes data row by row and compares every strip with
// image/jpeg's image: same type, same pixels, rows in order, and an
// error exactly when image/jpeg gives one. Strips handed out before
// ErrWhole are not compared: the caller drops them. It reports whether
// data was decoded row by row.
func check(t *testing.T, data []byte) bool {
	t.Helper()
	whole, werr := jpeg.Decode(bytes.NewReader(data))
	next, mismatch := 0, ""
	err := Decode(bytes.NewReader(data), func(strip image.Image) error {
		if werr == nil && mismatch == "" {
			mismatch = compareStrip(strip, whole, next)
			next = strip.Bounds().Max.Y
		}
		return nil
	})
	switch {
	case errors.Is(err, ErrWhole):
		return false
	case mismatch != "":
		t.Fatal(mismatch)
	case err != nil && werr == nil:
		t.Fatalf("error %v, image/jpeg decodes it", err)
	case err == nil && werr != nil:
		t.Fatalf("no error, image/jpeg's %v", werr)
	case err == nil && next != whole.Bounds().Dy():
		t.Fatalf("rows up to %d of %d", next, whole.Bounds().Dy())
	}
	return err == nil
}

// compareStrip says how strip, which should follow row next, differs
// from the same rows of whole, or "" when it does not.
func compareStrip(strip, whole image.Image, next int) string {
	if fmt.Sprintf("%T", strip) != fmt.Sprintf("%T", whole) {
		return fmt.Sprintf("strip is %T, image/jpeg's image %T", strip, whole)
	}
	b := strip.Bounds()
	if b.Min.Y != next || b.Min.X != 0 || b.Dx() != whole.Bounds().Dx() || b.Dy() <= 0 || b.Dy() > 16 || b.Max.Y > whole.Bounds().Max.Y {
		return fmt.Sprintf("strip %v after row %d of %v", b, next, whole.Bounds())
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if got, want := color.RGBA64Model.Convert(strip.At(x, y)), color.RGBA64Model.Convert(whole.At(x, y)); got != want {
				return fmt.Sprintf("pixel (%d,%d) = %v, image/jpeg's %v", x, y, got, want)
			}
		}
	}
	return ""
}

// TestDecodeEncoded checks image/jpeg's own JPEGs (4:2:0 and gray) of
// many sizes and qualities, as they are and marked RGB.
func TestDecodeEncoded(t *testing.T) {
	sizes := [][2]int{{1, 1}, {1, 17}, {17, 1}, {7, 9}, {8, 8}, {15, 16}, {16, 16}, {17, 17}, {31, 33}, {64, 48}, {100, 37}, {129, 3}}
	for _, size := range sizes {
		for _, gray := range []bool{false, true} {
			for _, q := range []int{1, 25, 50, 75, 90, 100} {
				data := encode(t, picture(size[0], size[1], gray), q)
				if !check(t, data) {
					t.Errorf("%v gray=%v q=%d: not decoded row by row", size, gray, q)
				}
				if !gray && !check(t, withAdobe(data, 0)) {
					t.Errorf("%v RGB q=%d: not decoded row by row", size, q)
				}
			}
		}
	}
}

// TestDecodeFiles checks JPEGs of other encoders (testdata/README.md):
// subsamplings 4:4:4 to 4:1:0, restart markers, RGB, CMYK, gray,
// progressive. A sequential one with a scan for each component gives
// ErrWhole.
func TestDecodeFiles(t *testing.T) {
	files, err := filepath.Glob("testdata/*.jpeg")
	if err != nil || len(files) == 0 {
		t.Fatal("no test files", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		whole := strings.Contains(f, ".scans.")
		if got := check(t, data); got == whole {
			t.Errorf("%s: decoded row by row %v, want %v", f, got, !whole)
		}
	}
	cmyk, err := os.ReadFile("testdata/video-001.cmyk.jpeg")
	if err != nil {
		t.Fatal(err)
	}
	ycck := bytes.Replace(cmyk, []byte("Adobe\x00\x64\x00\x00\x00\x00\x00"), []byte("Adobe\x00\x64\x00\x00\x00\x00\x02"), 1)
	if bytes.Equal(ycck, cmyk) || !check(t, ycck) {
		t.Error("YCCK: not decoded row by row")
	}
}

// TestDecodeMarkerAfterScan checks JPEGs whose APP0 or APP14 marker after
// the scan changes the colour model of rows already handed out: they
// give ErrWhole, and image/jpeg's image is not compared with those rows.
func TestDecodeMarkerAfterScan(t *testing.T) {
	cmyk, err := os.ReadFile("testdata/video-001.cmyk.jpeg")
	if err != nil {
		t.Fatal(err)
	}
	ycc := encode(t, picture(40, 30, false), 80)
	rgb := withAdobe(ycc, 0)
	tests := []struct {
		name string
		data []byte
		seg  string
	}{
		{"YCbCr then Adobe RGB", ycc, "\xff\xee\x00\x0eAdobe\x00\x64\x00\x00\x00\x00\x00"},
		{"RGB then JFIF", rgb, "\xff\xe0\x00\x07JFIF\x00"},
		{"CMYK then YCCK", cmyk, "\xff\xee\x00\x0eAdobe\x00\x64\x00\x00\x00\x00\x02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eoi := bytes.LastIndex(tt.data, []byte("\xff\xd9"))
			if eoi < 0 {
				t.Fatal("no EOI marker")
			}
			data := append(append(append([]byte{}, tt.data[:eoi]...), tt.seg...), tt.data[eoi:]...)
			if check(t, data) {
				t.Error("decoded row by row")
			}
			if err := Decode(bytes.NewReader(data), func(image.Image) error { return nil }); !errors.Is(err, ErrWhole) {
				t.Errorf("error %v, want ErrWhole", err)
			}
		})
	}
}

// TestDecodeBad checks cut and damaged JPEGs: an error whenever
// image/jpeg gives one, never a panic, and the same pixels otherwise.
func TestDecodeBad(t *testing.T) {
	good := [][]byte{encode(t, picture(40, 30, false), 80), encode(t, picture(20, 11, true), 50)}
	for _, f := range []string{"testdata/cjpeg.2x1.33x35.rst.jpeg", "testdata/video-001.cmyk.jpeg", "testdata/cjpeg.gray.70x21.rst.jpeg", "testdata/cjpeg.2x2.33x35.progressive.jpeg"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		good = append(good, data)
	}
	for _, data := range good {
		for n := 0; n < len(data); n += 1 + n/8 {
			check(t, data[:n])
		}
		for i := 2; i < len(data); i += 1 + i/16 {
			for _, v := range []byte{0x00, 0xff, data[i] ^ 0x10} {
				bad := append([]byte{}, data...)
				bad[i] = v
				check(t, bad)
			}
		}
	}
	if err := Decode(bytes.NewReader(nil), func(image.Image) error { return nil }); err == nil {
		t.Error("no error for no bytes")
	}
	stop := errors.New("stop")
	if err := Decode(bytes.NewReader(good[0]), func(image.Image) error { return stop }); err != stop {
		t.Errorf("error %v, want emit's", err)
	}
}

// FuzzDecode checks arbitrary bytes against image/jpeg (see check).
func FuzzDecode(f *testing.F) {
	f.Add(encode(f, picture(5, 3, false), 75))
	f.Add(encode(f, picture(17, 9, true), 20))
	f.Add(withAdobe(encode(f, picture(9, 17, false), 90), 0))
	for _, name := range []string{"cjpeg.1x1.17x9.rst.jpeg", "cjpeg.4x2.17x9.rst.jpeg", "cjpeg.1x2.17x9.rst.jpeg", "cjpeg.2x2.33x35.progressive.jpeg"} {
		if data, err := os.ReadFile("testdata/" + name); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if cfg, err := jpeg.DecodeConfig(bytes.NewReader(data)); err != nil || cfg.Width*cfg.Height > 1<<16 {
			return
		}
		check(t, data)
	})
}
