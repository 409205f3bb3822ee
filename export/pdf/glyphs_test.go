package pdf_test

import (
	"bytes"
	"html"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"

	"github.com/offprint/offprint/export/pdf"
	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/internal/testtool"
	"github.com/offprint/offprint/layout"
)

// shapeEm is the size runs are shaped at: advances come back in
// thousandths of an em, in 26.6 fixed point.
const shapeEm = 1000

// shapeRun shapes text in face with HarfBuzz (kern and liga on, the
// defaults) and returns it as a run at size whose pen starts at (x, y),
// following the layout contract: each cluster's text on its first glyph.
func shapeRun(tb testing.TB, face *fonts.Face, text string, size, x, y layout.Length) layout.TextRun {
	tb.Helper()
	var ft *font.Face
	var err error
	if face.Index == 0 && !bytes.HasPrefix(face.Data, []byte("ttcf")) {
		ft, err = font.ParseTTF(bytes.NewReader(face.Data))
	} else {
		var fs []*font.Face
		fs, err = font.ParseTTC(bytes.NewReader(face.Data))
		if err == nil {
			ft = fs[face.Index]
		}
	}
	if err != nil {
		tb.Fatal(err)
	}
	runes := []rune(text)
	script := language.LookupScript(runes[0])
	out := (&shaping.HarfbuzzShaper{}).Shape(shaping.Input{Text: runes, RunEnd: len(runes), Direction: di.DirectionLTR,
		Face: ft, Size: fixed.I(shapeEm), Script: script, Language: language.NewLanguage("en")})
	em := func(v fixed.Int26_6) layout.Length { return size.Scale(int64(v), 64*shapeEm) }
	run := layout.TextRun{X: x, Y: y, Size: size, Text: text, Font: face}
	prev := -1
	for _, g := range out.Glyphs {
		gl := layout.Glyph{ID: uint16(g.GlyphID), Advance: em(g.Advance), XOffset: em(g.XOffset), YOffset: em(g.YOffset)}
		if g.TextIndex() != prev {
			gl.Text = string(runes[g.TextIndex() : g.TextIndex()+g.RunesCount()])
			prev = g.TextIndex()
		}
		run.Glyphs = append(run.Glyphs, gl)
	}
	return run
}

// glyphPage draws one A5 page of shaped lines, one run a line.
func glyphPage(tb testing.TB, lines []layout.TextRun) (string, []byte) {
	tb.Helper()
	res := &layout.Result{Pages: []layout.Page{{Number: 1, Width: 420 * layout.Pt, Height: 595 * layout.Pt, Texts: lines}}}
	var buf bytes.Buffer
	if err := pdf.Draw(&buf, res, pdf.Options{Modified: date}); err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(tb.TempDir(), "glyphs.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path, buf.Bytes()
}

// latinSpecimen is kerning pairs and ligatures in Regular and Italic.
func latinSpecimen(tb testing.TB) []layout.TextRun {
	var lines []layout.TextRun
	y := 60 * layout.Pt
	for _, st := range []fonts.Style{fonts.Regular, fonts.Italic} {
		for _, s := range []string{"Valle Vox Taliban We know AVA", "office fluffy affine flow", "naïve q\u0301 café"} {
			lines = append(lines, shapeRun(tb, fonts.MustGet(st), s, 14*layout.Pt, 40*layout.Pt, y))
			y += 24 * layout.Pt
		}
	}
	return lines
}

var subsetFont = regexp.MustCompile(`/BaseFont /[A-Z]{6}\+NotoSerif-(Regular|Italic)\b`)

// TestGlyphRunsLatin draws shaped Latin: Type0 fonts with tagged subsets,
// ligatures and kerning by glyph, the same bytes twice.
func TestGlyphRunsLatin(t *testing.T) {
	lines := latinSpecimen(t)
	for _, l := range []layout.TextRun{lines[1], lines[4]} { // Regular, Italic
		// "office fluffy affine flow": ffi, ff, ffi, fl at least
		if n, runes := len(l.Glyphs), len([]rune(l.Text)); n > runes-6 {
			t.Fatalf("%s: too few ligatures in %q: %d glyphs for %d letters", l.Font.Name, l.Text, n, runes)
		}
	}
	_, a := glyphPage(t, lines)
	_, b := glyphPage(t, latinSpecimen(t))
	if !bytes.Equal(a, b) {
		t.Error("the same glyph runs give different PDFs")
	}
	if !bytes.HasPrefix(a, []byte("%PDF-1.7")) {
		t.Errorf("header %q, want PDF 1.7", a[:8])
	}
	if n := len(subsetFont.FindAll(a, -1)); n != 4 { // Type0 and CIDFont, twice
		t.Errorf("%d tagged NotoSerif subsets named, want 4", n)
	}
	for _, want := range []string{"/Subtype /Type0", "/Encoding /Identity-H", "/Subtype /CIDFontType2", "/CIDToGIDMap /Identity", "/ToUnicode"} {
		if !bytes.Contains(a, []byte(want)) {
			t.Errorf("the PDF lacks %s", want)
		}
	}
}

// TestGlyphRunsLatinTools checks the specimen with pdffonts, qpdf,
// pdftotext and mutool: embedded CID TrueType subsets, words back whole
// (ligatures expanded), glyphs where their advances put them.
func TestGlyphRunsLatinTools(t *testing.T) {
	testtool.Integration(t)
	lines := latinSpecimen(t)
	path, _ := glyphPage(t, lines)
	if p := os.Getenv("GLYPH_KEEP"); p != "" {
		data, _ := os.ReadFile(path)
		os.WriteFile(p, data, 0o644)
	}
	testtool.QPDFCheck(t, path)
	testtool.FontsEmbedded(t, path)
	for _, l := range strings.Split(strings.TrimSpace(testtool.Run(t, "pdffonts", path)), "\n")[2:] {
		if !subsetFont.MatchString("/BaseFont /"+l) || !strings.Contains(l, "CID TrueType") || !strings.Contains(l, "Identity-H") || strings.Count(l, "yes") != 3 {
			t.Errorf("pdffonts: %s", l)
		}
	}
	text := testtool.PDFText(t, path)
	for _, l := range lines {
		if !strings.Contains(text, l.Text) {
			t.Errorf("pdftotext lacks %q:\n%s", l.Text, text)
		}
	}
	checkPositions(t, path, lines)
}

var stextChar = regexp.MustCompile(`<char [^>]*\bx="([-0-9.]+)" y="([-0-9.]+)"[^>]*\bc="([^"]*)"`)

// checkPositions reads the glyph origins back with mutool's structured
// text and checks each cluster starts where the run's advances put it,
// within 0.01 em (the tolerance for kerning).
func checkPositions(t *testing.T, path string, lines []layout.TextRun) {
	t.Helper()
	type char struct {
		x, y float64
		c    string
	}
	var chars []char
	for _, m := range stextChar.FindAllStringSubmatch(testtool.Run(t, "mutool", "draw", "-F", "stext", "-o", "-", path), -1) {
		x, _ := strconv.ParseFloat(m[1], 64)
		y, _ := strconv.ParseFloat(m[2], 64)
		chars = append(chars, char{x, y, html.UnescapeString(m[3])})
	}
	for _, l := range lines {
		var on []char
		for _, c := range chars {
			if math.Abs(c.y-l.Y.Points()) < 0.5 {
				on = append(on, c)
			}
		}
		pen := l.X.Points()
		tol := 0.01 * l.Size.Points()
		for _, g := range l.Glyphs {
			if g.Text != "" {
				if len(on) == 0 {
					t.Errorf("%q: mutool shows no character for %q", l.Text, g.Text)
					break
				}
				if want := pen + g.XOffset.Points(); math.Abs(on[0].x-want) > tol || on[0].c != string([]rune(g.Text)[0]) {
					t.Errorf("%q: %q at x=%.3f, want %q at %.3f", l.Text, on[0].c, on[0].x, g.Text, want)
				}
				on = on[min(len(on), utf8.RuneCountInString(g.Text)):]
			}
			pen += g.Advance.Points()
		}
	}
}

// TestGlyphRunsHyphenated draws a word the line breaker hyphenated, its
// first part carrying the whole word as ActualText, and a real hyphen at
// a line end: pdftotext gives the first back whole, once, in either mode.
func TestGlyphRunsHyphenated(t *testing.T) {
	testtool.Integration(t)
	f := fonts.MustGet(fonts.Regular)
	first := shapeRun(t, f, "implemen-", 14*layout.Pt, 70*layout.Pt, 60*layout.Pt)
	first.ActualText = "implementation,"
	lines := []layout.TextRun{
		shapeRun(t, f, "The ", 14*layout.Pt, 40*layout.Pt, 60*layout.Pt),
		first,
		shapeRun(t, f, "Running head", 10*layout.Pt, 40*layout.Pt, 30*layout.Pt),
		shapeRun(t, f, "tation,", 14*layout.Pt, 40*layout.Pt, 80*layout.Pt),
		shapeRun(t, f, " of a plan.", 14*layout.Pt, 85*layout.Pt, 80*layout.Pt),
	}
	path, _ := glyphPage(t, lines)
	testtool.QPDFCheck(t, path)
	for _, mode := range [][]string{nil, {"-raw"}} {
		words := strings.Fields(testtool.PDFText(t, path, mode...))
		text := strings.Join(words, " ")
		if !strings.Contains(text, "The implementation,") || !strings.Contains(text, "of a plan.") || slices.Contains(words, "tation,") || strings.Contains(text, "-") {
			t.Errorf("pdftotext %v: %q", mode, text)
		}
	}
}

// TestUnshapedRun draws a run made by hand without glyphs: it is drawn
// from the face's cmap through the same glyph-run path.
func TestUnshapedRun(t *testing.T) {
	run := layout.TextRun{X: 40 * layout.Pt, Y: 60 * layout.Pt, Face: fonts.Italic, Size: 12 * layout.Pt, Text: "Plain text"}
	path, data := glyphPage(t, []layout.TextRun{run})
	if !regexp.MustCompile(`/BaseFont /[A-Z]{6}\+NotoSerif-Italic`).Match(data) || bytes.Contains(data, []byte("utf8")) {
		t.Error("the run is not drawn with a tagged glyph font")
	}
	if os.Getenv(testtool.IntegrationEnv) == "1" {
		if text := testtool.PDFText(t, path); !strings.Contains(text, "Plain text") {
			t.Errorf("pdftotext: %q", text)
		}
	}
}
