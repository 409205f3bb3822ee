package ttfsubset_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/go-text/typesetting/di"
	otfont "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"

	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/internal/testtool"
	"github.com/offprint/offprint/internal/ttfsubset"
)

// kernSample has pairs that Noto Serif kerns (AV, To, Wa, LT, “A, r.) and
// pairs it does not.
const kernSample = "AVATAR Today Type Wave LTD “Away,” r. oo ff"

// TestSubsetKerning shapes every pair of the sample's letters with
// go-text/typesetting's HarfBuzz port in the full font, which kerns with
// GPOS, and in the subset, which has a kern table instead: the advances
// agree. (The port does not kern the curly quotes of the full font, which
// HarfBuzz does: TestSubsetKerningHarfBuzz checks those with hb-shape.)
func TestSubsetKerning(t *testing.T) {
	for _, style := range []fonts.Style{fonts.Regular, fonts.BoldItalic} {
		orig := fonts.MustGet(style).Data
		sub, err := ttfsubset.Subset(orig, []rune(kernSample))
		if err != nil {
			t.Fatal(err)
		}
		of, sf := goTextFace(t, orig), goTextFace(t, sub)
		var runes []rune
		seen := map[rune]bool{}
		for _, r := range kernSample {
			if unicode.IsLetter(r) && !seen[r] {
				seen[r] = true
				runes = append(runes, r)
			}
		}
		kerned := 0
		for _, a := range runes {
			for _, b := range runes {
				pair := []rune{a, b}
				want, got := shapedAdvance(of, pair), shapedAdvance(sf, pair)
				if want != got {
					t.Errorf("style %v: %q is %d units wide in the font, %d in the subset", style, string(pair), want, got)
				}
				if want != shapedAdvance(of, pair[:1])+shapedAdvance(of, pair[1:]) {
					kerned++
				}
			}
		}
		if kerned < 5 {
			t.Errorf("style %v: only %d kerned pairs in the sample", style, kerned)
		}
	}
}

func goTextFace(t *testing.T, data []byte) *otfont.Face {
	t.Helper()
	f, err := otfont.ParseTTF(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// shapedAdvance is the advance of text shaped at 1000 units, without
// ligatures (the subset has none).
func shapedAdvance(face *otfont.Face, text []rune) int {
	var hb shaping.HarfbuzzShaper
	out := hb.Shape(shaping.Input{
		Text: text, RunEnd: len(text), Direction: di.DirectionLTR, Face: face,
		Size: fixed.I(1000), Script: language.Latin, Language: language.NewLanguage("en"),
		FontFeatures: []shaping.FontFeature{{Tag: ot.MustNewTag("liga"), Value: 0}, {Tag: ot.MustNewTag("kern"), Value: 1}},
	})
	return out.Advance.Round()
}

// TestSubsetKerningHarfBuzz shapes the sample's word pairs with HarfBuzz
// itself (hb-shape) in the full font and in the subset: same glyph
// advances, quotes and punctuation included.
func TestSubsetKerningHarfBuzz(t *testing.T) {
	testtool.Integration(t)
	hb := testtool.Require(t, "hb-shape")
	dir := t.TempDir()
	for _, style := range []fonts.Style{fonts.Regular, fonts.Italic, fonts.Bold, fonts.BoldItalic} {
		orig := fonts.MustGet(style).Data
		sub, err := ttfsubset.Subset(orig, []rune(kernSample))
		if err != nil {
			t.Fatal(err)
		}
		of, sf := filepath.Join(dir, "full.ttf"), filepath.Join(dir, "subset.ttf")
		if err := os.WriteFile(of, orig, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(sf, sub, 0o644); err != nil {
			t.Fatal(err)
		}
		advances := func(file string) string {
			out, err := exec.Command(hb, "--features=-liga", "--no-glyph-names", "--no-clusters", file, kernSample).Output()
			if err != nil {
				t.Fatalf("hb-shape: %v", err)
			}
			return string(out)
		}
		// Glyph numbers differ, and HarfBuzz splits a kern table's value
		// between the advance of one glyph and the offset of the next:
		// compare where each glyph is drawn.
		positions := func(s string) []int {
			var xs []int
			pen := 0
			for _, g := range strings.Split(strings.Trim(strings.TrimSpace(s), "[]"), "|") {
				head, adv, _ := strings.Cut(g, "+")
				dx := 0
				if _, off, ok := strings.Cut(head, "@"); ok {
					x, _, _ := strings.Cut(off, ",")
					dx, _ = strconv.Atoi(x)
				}
				a, _ := strconv.Atoi(adv)
				xs = append(xs, pen+dx)
				pen += a
			}
			return xs
		}
		full, cut := advances(of), advances(sf)
		pf, pc := positions(full), positions(cut)
		if len(pf) < len([]rune(kernSample))-2 || pf[len(pf)-1] == 0 {
			t.Fatalf("hb-shape gave no positions: %s", full)
		}
		if fmt.Sprint(pf) != fmt.Sprint(pc) {
			t.Errorf("style %v: advances differ\nfull:   %s\nsubset: %s", style, full, cut)
		}
	}
}
