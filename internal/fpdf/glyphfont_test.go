package fpdf

import (
	"bytes"
	"math"
	"os"
	"regexp"
	"strings"
	"testing"

	xsfnt "golang.org/x/image/font/sfnt"

	"github.com/offprint/offprint/fonts"
)

func notoSerif(t *testing.T) *sfnt {
	t.Helper()
	s, err := parseSFNT(fonts.MustGet(fonts.Regular).Data, 0)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSubsetTag(t *testing.T) {
	a := subsetTag("NotoSerif-Regular", []uint16{3, 4, 70})
	if !regexp.MustCompile(`^[A-Z]{6}$`).MatchString(a) {
		t.Errorf("tag %q", a)
	}
	if b := subsetTag("NotoSerif-Regular", []uint16{3, 4, 70}); b != a {
		t.Errorf("same glyphs, tags %q and %q", a, b)
	}
	if b := subsetTag("NotoSerif-Regular", []uint16{3, 4, 71}); b == a {
		t.Errorf("other glyphs, same tag %q", a)
	}
}

func TestToUnicodeLigature(t *testing.T) {
	text := map[uint16]string{0x1b0: "ffi", 3: " ", 0x41: "q\u0301"}
	cm := toUnicodeCMap(func(id uint16) string { return text[id] }, []uint16{3, 0x41, 0x1b0, 0x500})
	for _, want := range []string{"3 beginbfchar", "<0003> <0020>", "<0041> <00710301>", "<01B0> <006600660069>"} {
		if !strings.Contains(cm, want) {
			t.Errorf("CMap lacks %q:\n%s", want, cm)
		}
	}
}

// TestWriteRun checks the operators of a run: kerning as TJ adjustments,
// a mark placed by Td, the pen carried past it.
func TestWriteRun(t *testing.T) {
	g := &glyphFont{font: notoSerif(t)}
	w := func(id uint16) float64 { return g.width(id) / 100 } // at 10 pt
	glyphs := []GlyphPos{
		{ID: 57, Advance: w(57) - 0.6, Text: "V"},
		{ID: 68, Advance: w(68), Text: "a"},
		{ID: 900, Advance: 0, XOffset: -2, YOffset: 1},
		{ID: 68, Advance: w(68), Text: "a"},
	}
	var st textState
	got := string(g.appendRun(nil, 10, 100, 500, glyphs, 1, 1, &st))
	want := "100 500 Td [<0039>60<0044>] TJ\n" +
		fmtNum(w(57)-0.6+w(68)-2) + " 1 Td [<0384>] TJ\n" +
		"2 -1 Td [<0044>"
	if got != want || !st.open {
		t.Errorf("got\n%s\nwant\n%s (open %v)", got, want, st.open)
	}
	// the next run on the line goes on in the array: its glyphs in one
	// string, placed by an adjustment from where the last one ended
	end, lineX := st.endX, st.lineX
	got = string(g.appendRun(nil, 10, end+3, 500, glyphs[:2], 1, 1, &st))
	want = "-300<0039>60<0044>"
	if got != want || st.lineX != lineX || math.Abs(st.endX-(end+3+w(68)+w(57)-0.6)) > 1e-3 {
		t.Errorf("continued: got %q want %q; state %+v", got, want, st)
	}
}

func TestSplitClusters(t *testing.T) {
	s := notoSerif(t)
	g := &glyphFont{font: s}
	rev := reverseCmap(s.tables["cmap"])
	gid := func(r rune) uint16 {
		for id, rs := range rev {
			for _, x := range rs {
				if x == r {
					return id
				}
			}
		}
		t.Fatalf("no glyph for %U", r)
		return 0
	}
	in := []GlyphPos{{ID: gid('q'), Text: "q\u0301"}, {ID: gid('\u0301')}, {ID: gid('x'), Text: "x"}}
	out := g.splitClusters(in)
	if out[0].Text != "q" || out[1].Text != "\u0301" || out[2].Text != "x" || in[0].Text != "q\u0301" {
		t.Errorf("split %+v (in %+v)", out, in)
	}
	// the mark before its base: the order would be wrong, keep it whole
	in = []GlyphPos{{ID: gid('\u0301'), Text: "q\u0301"}, {ID: gid('q')}}
	if out := g.splitClusters(in); out[0].Text != "q\u0301" || out[1].Text != "" {
		t.Errorf("split %+v", out)
	}
}

// TestSubsetTTF subsets Noto Serif and reads the result back with
// x/image's parser: the glyphs kept are drawn as before, the others empty.
func TestSubsetTTF(t *testing.T) {
	s := notoSerif(t)
	used := map[uint16]bool{3: true, 68: true, 0x1b0: true}
	out, err := subsetTTF(s, used)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) > 60_000 {
		t.Errorf("subset of 3 glyphs is %d bytes", len(out))
	}
	orig, err := xsfnt.Parse(fonts.MustGet(fonts.Regular).Data)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := xsfnt.Parse(out)
	if err != nil {
		t.Fatalf("the subset does not parse: %v", err)
	}
	if n := sub.NumGlyphs(); n != 0x1b1 {
		t.Errorf("%d glyphs, want %d", n, 0x1b1)
	}
	var buf xsfnt.Buffer
	for _, id := range []uint16{68, 0x1b0, 69} {
		a, errA := orig.LoadGlyph(&buf, xsfnt.GlyphIndex(id), 1000, nil)
		a = append(xsfnt.Segments(nil), a...)
		b, errB := sub.LoadGlyph(&buf, xsfnt.GlyphIndex(id), 1000, nil)
		if errA != nil || errB != nil {
			t.Fatal(errA, errB)
		}
		if used[id] != (len(b) > 0) || used[id] && len(a) != len(b) {
			t.Errorf("glyph %d: %d segments, was %d", id, len(b), len(a))
		}
	}
	again, _ := subsetTTF(s, used)
	if !bytes.Equal(out, again) {
		t.Error("two subsets differ")
	}
}

// TestSubsetCFF subsets Noto Serif CJK (CID-keyed CFF in a collection,
// Debian's fonts-noto-cjk; skipped without it, failed in CI) and reads
// it back.
func TestSubsetCFF(t *testing.T) {
	data, err := os.ReadFile("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%v: install fonts-noto-cjk (see .ci/run)", err)
		}
		t.Skip(err)
	}
	s, err := parseSFNT(data, 2)
	if err != nil {
		t.Fatal(err)
	}
	if !s.cff || s.name != "NotoSerifCJKsc-Regular" {
		t.Fatalf("font %q, cff %v", s.name, s.cff)
	}
	used := map[uint16]bool{}
	for _, g := range []uint16{100, 2000, 5000, 9000, 15000, 20000, 30000, 40000, 50000, 60000} {
		used[g] = true
	}
	out, err := subsetCFF(s.tables["CFF "], used)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) > 200_000 {
		t.Errorf("subset of 10 glyphs is %d bytes", len(out))
	}
	orig, _ := parseCFF(s.tables["CFF "])
	sub, err := parseCFF(out)
	if err != nil {
		t.Fatalf("the subset does not parse: %v", err)
	}
	if len(sub.glyphs) != 11 || len(sub.fonts) != len(orig.fonts) {
		t.Fatalf("%d glyphs, %d font DICTs", len(sub.glyphs), len(sub.fonts))
	}
	for i, g := range []int{100, 2000, 5000, 9000, 15000, 20000, 30000, 40000, 50000, 60000} {
		if !bytes.Equal(sub.glyphs[i+1], orig.glyphs[g]) || sub.fdSelect[i+1] != orig.fdSelect[g] {
			t.Errorf("glyph %d differs", g)
		}
		// every subroutine it calls is kept
		fd := orig.fdSelect[g]
		w := csWalker{gsubrs: sub.gsubrs, lsubrs: sub.fonts[fd].subrs, usedG: make([]bool, len(sub.gsubrs)), usedL: make([]bool, len(sub.fonts[fd].subrs))}
		if !w.run(sub.glyphs[i+1], 0) || !w.done {
			t.Errorf("glyph %d: its subroutines are not all kept", g)
		}
	}
	cs, _ := charsetBytes(out, int(dictGet(sub.top, opCharset)[0]), 11)
	if len(cs) != 21 || be16(cs, 1) != 100 || be16(cs, 19) != 60000 {
		t.Errorf("charset % x", cs)
	}
}
