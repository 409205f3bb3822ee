package fonts

import (
	"bytes"
	"slices"
	"testing"

	"github.com/go-text/typesetting/di"
	otfont "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// shapeSamples are texts with ligatures, kerning pairs, combining marks
// (mark positioning), superior figures and every script the embedded
// faces cover.
var shapeSamples = []struct {
	text   string
	rtl    bool
	hebrew bool
	feat   []shaping.FontFeature
}{
	{text: "office affluent AVATAR Wolf T.Y. “quoted” — 1914–1918"},
	{text: "e\u0301 a\u0308\u0301 n\u0303 q\u0323\u0307 Ǻ ǿ ṩ x\u0336 i\u0307\u0301"},
	{text: "Ἀθῆναι ἄνθρωπος ὁ λόγος; Москва́ ёлка Ї"},
	{text: "0123456789", feat: []shaping.FontFeature{{Tag: ot.MustNewTag("sups"), Value: 1}}},
	{text: "مُحَمَّد الْعَرَبِيَّة لا ﻻ ١٢٣", rtl: true},
	{text: "שָׁלוֹם בְּרֵאשִׁית הַ֭מַּיִם", rtl: true, hebrew: true},
	{text: "func main() { fmt.Println(\"héllo\") }"},
}

// TestShapeOnlySame checks that each embedded face as parseForShaping
// reads it shapes every sample exactly as the whole font does (Hebrew
// text only in a face that draws it: see shapeonly.go), and that the
// outlines are left out where that holds.
func TestShapeOnlySame(t *testing.T) {
	light := 0
	for _, s := range Styles {
		data, err := Data(s)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := otfont.ParseTTF(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		kept, err := parseForShaping(data)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := kept.NominalGlyph('a')
		if _, ok := kept.GlyphExtents(a); !ok {
			light++
		} else if !needsOutlines(kept.Font) {
			t.Errorf("%v: outlines parsed though shaping does not need them", s)
		}
		for _, sample := range shapeSamples {
			if sample.hebrew && !covers(whole, sample.text) {
				continue // see shapeonly.go
			}
			want, got := shapeGlyphs(whole, sample.text, sample.rtl, sample.feat), shapeGlyphs(kept, sample.text, sample.rtl, sample.feat)
			if !slices.Equal(got, want) {
				t.Errorf("%v %q:\n got %v\nwant %v", s, sample.text, got, want)
			}
		}
	}
	if light < 4 {
		t.Errorf("%d faces read without outlines, want at least the four Noto Serif faces", light)
	}
}

// covers reports whether f has a glyph for every letter and mark of text.
func covers(f *otfont.Face, text string) bool {
	for _, r := range text {
		if _, ok := f.NominalGlyph(r); !ok && r != ' ' {
			return false
		}
	}
	return true
}

type shapedGlyph struct {
	id                        otfont.GID
	adv, dx, dy               fixed.Int26_6
	cluster, runeCount, count int
}

func shapeGlyphs(f *otfont.Face, text string, rtl bool, feat []shaping.FontFeature) []shapedGlyph {
	runes := []rune(text)
	in := shaping.Input{
		Text: runes, RunEnd: len(runes), Direction: di.DirectionLTR, Face: f,
		Size: fixed.I(1000), Script: language.LookupScript(runes[0]), FontFeatures: feat,
	}
	if rtl {
		in.Direction = di.DirectionRTL
	}
	var hb shaping.HarfbuzzShaper
	var out []shapedGlyph
	for _, g := range hb.ShapeNoExtents(in).Glyphs {
		out = append(out, shapedGlyph{g.GlyphID, g.Advance, g.XOffset, g.YOffset, g.TextIndex(), g.RunesCount(), g.GlyphsCount()})
	}
	return out
}

func TestShapeOnlyReader(t *testing.T) {
	if _, err := newShapeOnly([]byte("true")); err == nil {
		t.Error("a short file was accepted")
	}
	if _, err := newShapeOnly([]byte("\x00\x01\x00\x00\x00\x09abcdef")); err == nil {
		t.Error("a truncated directory was accepted")
	}
}
