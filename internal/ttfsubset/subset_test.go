package ttfsubset_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/internal/testtool"
	"github.com/offprint/offprint/internal/ttfsubset"
)

const sample = "Hello, wörld — “quotes” fi ﬁ Ǻ ő 1–2 € Ωμέγα Жизнь"

// TestSubset cuts each Noto Serif face to a sample and checks that the
// subset is much smaller, maps exactly the sample's characters, and draws
// them with the original's advances and outlines.
func TestSubset(t *testing.T) {
	for _, style := range []fonts.Style{fonts.Regular, fonts.Italic, fonts.Bold, fonts.BoldItalic} {
		orig := fonts.MustGet(style).Data
		sub, err := ttfsubset.Subset(orig, []rune(sample+"\U0001F600"))
		if err != nil {
			t.Fatal(err)
		}
		if len(sub)*10 > len(orig) {
			t.Errorf("style %v: subset is %d bytes of %d", style, len(sub), len(orig))
		}
		of, sf := parse(t, orig), parse(t, sub)
		for _, r := range sample + "xQ" {
			og, _ := of.GlyphIndex(new(sfnt.Buffer), r)
			sg, _ := sf.GlyphIndex(new(sfnt.Buffer), r)
			inSample := bytes.ContainsRune([]byte(sample), r)
			switch {
			case !inSample && sg != 0:
				t.Errorf("%q is mapped but not in the sample", r)
			case inSample && og != 0 && sg == 0:
				t.Errorf("%q is lost", r)
			case inSample && og != 0:
				compareGlyph(t, of, sf, og, sg, r)
			}
		}
		if sf.NumGlyphs() >= of.NumGlyphs()/10 {
			t.Errorf("%d glyphs kept of %d", sf.NumGlyphs(), of.NumGlyphs())
		}
		draw(t, sub)
	}
}

func parse(t *testing.T, data []byte) *sfnt.Font {
	t.Helper()
	f, err := sfnt.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func compareGlyph(t *testing.T, of, sf *sfnt.Font, og, sg sfnt.GlyphIndex, r rune) {
	t.Helper()
	ppem := fixed.I(1000)
	oa, err1 := of.GlyphAdvance(new(sfnt.Buffer), og, ppem, font.HintingNone)
	sa, err2 := sf.GlyphAdvance(new(sfnt.Buffer), sg, ppem, font.HintingNone)
	if err1 != nil || err2 != nil || oa != sa {
		t.Errorf("%q: advance %v (%v), subset %v (%v)", r, oa, err1, sa, err2)
	}
	oseg, err1 := of.LoadGlyph(new(sfnt.Buffer), og, ppem, nil)
	sseg, err2 := sf.LoadGlyph(new(sfnt.Buffer), sg, ppem, nil)
	if err1 != nil || err2 != nil || len(oseg) != len(sseg) {
		t.Errorf("%q: outline of %d segments (%v), subset %d (%v)", r, len(oseg), err1, len(sseg), err2)
		return
	}
	for i := range oseg {
		if oseg[i] != sseg[i] {
			t.Errorf("%q: segment %d differs", r, i)
			return
		}
	}
}

// draw renders the sample with the subset, as the cover code does.
func draw(t *testing.T, data []byte) {
	t.Helper()
	f, err := opentype.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: 20, DPI: 72})
	if err != nil {
		t.Fatal(err)
	}
	if w := font.MeasureString(face, sample); w <= 0 {
		t.Errorf("sample measures %v", w)
	}
}

// TestSubsetFreeType loads a subset with FreeType (fontconfig's fc-scan):
// the font parses and its character set is the sample's.
func TestSubsetFreeType(t *testing.T) {
	testtool.Integration(t)
	fcScan := testtool.Require(t, "fc-scan")
	sub, err := ttfsubset.Subset(fonts.MustGet(fonts.Regular).Data, []rune("abc"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "subset.ttf")
	if err := os.WriteFile(file, sub, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(fcScan, "--format", "%{family[0]}|%{charset}", file).CombinedOutput()
	if err != nil || string(out) != "Noto Serif|61-63" {
		t.Errorf("fc-scan: %v: %q, want \"Noto Serif|61-63\"", err, out)
	}
}

func TestSubsetErrors(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("OTTO1234567890"), bytes.Repeat([]byte{0, 1, 0, 0}, 10)} {
		if _, err := ttfsubset.Subset(data, []rune("a")); err == nil {
			t.Errorf("Subset(%q) succeeded", data)
		}
	}
}

// FuzzSubset feeds damaged fonts to the subsetter: it returns an error or
// a font, never panics.
func FuzzSubset(f *testing.F) {
	small, err := ttfsubset.Subset(fonts.MustGet(fonts.Regular).Data, []rune("Hé, ﬁ!"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small, 100, byte(0))
	f.Add(small, 300, byte(7))
	f.Fuzz(func(t *testing.T, data []byte, at int, v byte) {
		if len(data) > 0 {
			data = bytes.Clone(data)
			data[(at%len(data)+len(data))%len(data)] ^= v
		}
		_, _ = ttfsubset.Subset(data, []rune("Hé, ﬁ!"))
	})
}
