package pdf_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/internal/testtool"
	"github.com/offprint/offprint/layout"
)

// systemFace reads a font of Debian's fonts-noto-core or fonts-noto-cjk,
// skipping the test (failing it in CI) when the package is missing.
func systemFace(t *testing.T, path string, index int, name string) *fonts.Face {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%v: install fonts-noto-core and fonts-noto-cjk (see .ci/run)", err)
		}
		t.Skip(err)
	}
	return &fonts.Face{Name: name, Data: data, Index: index}
}

// TestGlyphRunsScripts draws Greek, Cyrillic, Devanagari, Chinese,
// Japanese and Korean from the embedded Noto Serif and Debian's Noto
// fonts (CJK: OpenType/CFF in a collection) and checks that every font is
// an embedded, tagged subset of the right type, that the text comes back
// and that the CJK subset is small.
func TestGlyphRunsScripts(t *testing.T) {
	testtool.Integration(t)
	const cjk = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
	sc := systemFace(t, cjk, 2, "NotoSerifCJKsc-Regular")
	jp := systemFace(t, cjk, 0, "NotoSerifCJKjp-Regular")
	kr := systemFace(t, cjk, 1, "NotoSerifCJKkr-Regular")
	deva := systemFace(t, "/usr/share/fonts/truetype/noto/NotoSerifDevanagari-Regular.ttf", 0, "NotoSerifDevanagari-Regular")
	serif := fonts.MustGet(fonts.Regular)
	samples := []struct {
		face *fonts.Face
		text string
	}{
		{serif, "Ελληνικά γράμματα"},
		{serif, "Русский текст"},
		{deva, "हिन्दी भाषा"},
		{sc, "中文排版的测试，汉字之间可以断行。"},
		{sc, "我们在纸上印刷文章，读者可以安静地阅读。"},
		{jp, "日本語の組版、ひらがなとカタカナ。"},
		{kr, "한국어 조판 시험입니다"},
	}
	var lines []layout.TextRun
	for i, s := range samples {
		lines = append(lines, shapeRun(t, s.face, s.text, 14*layout.Pt, 40*layout.Pt, layout.Length(60+24*i)*layout.Pt))
	}
	path, data := glyphPage(t, lines)
	if p := os.Getenv("GLYPH_KEEP"); p != "" {
		os.WriteFile(p, data, 0o644)
	}
	testtool.QPDFCheck(t, path)
	testtool.FontsEmbedded(t, path)
	if len(data) > 200_000 {
		t.Errorf("the page is %d bytes: the fonts are not subset", len(data))
	}
	tagged := regexp.MustCompile(`^[A-Z]{6}\+\S+\s+CID (TrueType|Type 0C)\s+Identity-H\s+yes yes yes`)
	list := strings.Split(strings.TrimSpace(testtool.Run(t, "pdffonts", path)), "\n")[2:]
	if len(list) != 5 {
		t.Errorf("pdffonts lists %d fonts, want 5", len(list))
	}
	for _, l := range list {
		if !tagged.MatchString(l) {
			t.Errorf("pdffonts: %s", l)
		}
		if strings.Contains(l, "CJK") != strings.Contains(l, "CID Type 0C") {
			t.Errorf("pdffonts: wrong type: %s", l)
		}
	}
	text := testtool.PDFText(t, path)
	for _, s := range samples {
		if !strings.Contains(text, s.text) {
			t.Errorf("pdftotext lacks %q:\n%s", s.text, text)
		}
	}
	// mutool's structured text ignores /ActualText: the Devanagari run,
	// whose vowel sign is drawn before its consonant, needs one
	checkPositions(t, path, slices.Delete(lines, 2, 3))
}
