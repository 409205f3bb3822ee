package image

import (
	"bytes"
	"image/png"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDecode feeds arbitrary bytes to the sniffer and decoders: no panic,
// and what comes out is something the writers accept.
func FuzzDecode(f *testing.F) {
	for _, format := range []string{"png", "jpeg", "gif"} {
		f.Add(encoded(f, format, 3, 2))
	}
	if webp, err := os.ReadFile("testdata/gopher.webp"); err == nil {
		f.Add(webp)
	}
	f.Add([]byte(svg))
	f.Add([]byte("<svg onload=x>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<20 {
			return
		}
		img, err := Decode(data, 1<<20)
		if err != nil {
			return
		}
		switch img.MediaType {
		case "image/svg+xml":
		case "image/jpeg", "image/png", "image/gif":
			if img.Width <= 0 || img.Height <= 0 || int64(img.Width)*int64(img.Height) > 1<<20 {
				t.Fatalf("size %dx%d", img.Width, img.Height)
			}
		default:
			t.Fatalf("media type %q", img.MediaType)
		}
	})
}

// FuzzDataURI checks that data: URIs never panic the decoder.
func FuzzDataURI(f *testing.F) {
	f.Add("data:image/png;base64,iVBORw0KGgo=")
	f.Add("data:,%zz")
	f.Add("data:image/svg+xml,%3Csvg%3E%3C/svg%3E")
	f.Fuzz(func(t *testing.T, ref string) {
		if len(ref) > 1<<16 {
			return
		}
		if !strings.HasPrefix(ref, "data:") {
			ref = "data:" + ref
		}
		_, _ = Load(ref, LoadOptions{MaxBytes: 1 << 16})
	})
}

// FuzzSplitCredit checks that any caption splits without a panic into a
// caption and a credit that both come from the input.
func FuzzSplitCredit(f *testing.F) {
	f.Add("Flowers at the hall. Sefa Karacan/Anadolu via Getty Images")
	f.Add("A man waves (Photo: Jane Doe/Reuters)")
	f.Add("People gather. John F. Kennedy/AP")
	f.Add("A long wait… Jane Doe/AP")
	f.Fuzz(func(t *testing.T, s string) {
		caption, credit := SplitCredit(s)
		if !strings.Contains(s, caption) || !strings.Contains(s, credit) {
			t.Fatalf("SplitCredit(%q) = %q, %q: not parts of the input", s, caption, credit)
		}
		if utf8.ValidString(s) && (!utf8.ValidString(caption) || !utf8.ValidString(credit)) {
			t.Fatalf("SplitCredit(%q) = %q, %q: a rune cut", s, caption, credit)
		}
	})
}

// FuzzDecodeReduced feeds arbitrary bytes to the PNG reader that reduces
// rows as it reads them: no panic, and when image/png decodes the same
// bytes, the same pixels as Downscale of its image.
func FuzzDecodeReduced(f *testing.F) {
	f.Add(encoded(f, "png", 5, 3))
	f.Add(encoded(f, "png", 1, 7))
	f.Fuzz(checkReduced)
}

// FuzzDecodeReducedInterlaced is FuzzDecodeReduced started from
// interlaced PNGs (reduced pass by pass: at most 1 level per channel
// from Downscale of image/png's image).
func FuzzDecodeReducedInterlaced(f *testing.F) {
	r := rand.New(rand.NewPCG(9, 10))
	for _, size := range [][2]int{{5, 3}, {1, 7}, {9, 9}} {
		for _, c := range pngCases(r) {
			f.Add(rawPNG(f, size[0], size[1], c.depth, c.ct, 1, c.rows(r, size[0], size[1]), c.plte, c.trns))
		}
	}
	f.Fuzz(checkReduced)
}

// checkReduced checks DecodeReduced against image/png on data.
func checkReduced(t *testing.T, data []byte) {
	cfg, err := png.DecodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width*cfg.Height > 1<<16 {
		return
	}
	got, err := DecodeReduced(data, 3, 2)
	m, werr := png.Decode(bytes.NewReader(data))
	if err != nil || werr != nil {
		return
	}
	want := Downscale(m, 3, 2)
	interlaced := len(data) > 28 && data[28] == 1
	for i := range want.Pix {
		d := int(got.Pix[i]) - int(want.Pix[i])
		if d != 0 && (!interlaced || d < -1 || d > 1) {
			t.Fatalf("pixels %v, image/png's %v", got.Pix, want.Pix)
		}
	}
}
