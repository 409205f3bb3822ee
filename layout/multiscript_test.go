package layout_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/testdoc"
	"github.com/offprint/offprint/internal/testtool"
	"github.com/offprint/offprint/layout"
)

// TestMultiScript lays out the multi-script specimen with the machine's
// fonts: no character may be missing (it fails where Debian's
// fonts-noto-core, fonts-noto-cjk and fonts-noto-color-emoji are not
// installed), every glyph is a real one (not .notdef), emoji are
// pictures, and a Chinese paragraph breaks between ideographs.
func TestMultiScript(t *testing.T) {
	testtool.Integration(t)
	res, err := layout.Layout(testdoc.MultiScript(), paper(t, "a5"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.MissingGlyphs != 0 || len(res.Warnings) != 0 {
		t.Errorf("%d characters missing: %v", res.Stats.MissingGlyphs, res.Warnings)
	}
	if res.Stats.Overfull != 0 {
		t.Errorf("%d overfull lines", res.Stats.Overfull)
	}
	fonts := map[string]bool{}
	pictures := 0
	hanLines := map[layout.Length]bool{}
	for _, pg := range res.Pages {
		pictures += len(pg.Images)
		for _, r := range pg.Texts {
			if strings.ContainsRune(r.Text, '\uFFFD') {
				t.Errorf("U+FFFD in %q", r.Text)
			}
			for _, g := range r.Glyphs {
				if g.ID == 0 && g.Text != "" && strings.TrimSpace(g.Text) != "" && !strings.ContainsAny(g.Text, "\u200d\ufe0f") {
					t.Errorf("%q: .notdef for %q in %s", r.Text, g.Text, r.Font.Name)
				}
			}
			fonts[r.Font.Name] = true
			if strings.ContainsAny(r.Text, "我图阅览读者参观学习文字表意换行正确") {
				hanLines[r.Y] = true
			}
		}
	}
	// tea, flag, family; the smile may come from an outline font
	if pictures < 3 {
		t.Errorf("%d emoji pictures, want 3 or 4", pictures)
	}
	// the Chinese paragraph has one space: more lines need breaks
	// between ideographs
	if len(hanLines) < 2 {
		t.Errorf("the Chinese paragraph is set on %d line(s)", len(hanLines))
	}
	for _, want := range []string{"NotoSerif-Regular", "NotoNaskhArabic-Regular", "NotoSerifHebrew-Regular", "NotoSerifCJK", "NotoSerifDevanagari"} {
		found := false
		for f := range fonts {
			found = found || strings.HasPrefix(f, want)
		}
		if !found {
			t.Errorf("no run in %s (fonts %v)", want, fonts)
		}
	}
}

// TestCJKKeepsLatinWhole sets Japanese with Latin words, figures and
// units in it ("最大3000MB/s"): lines break between kana and ideographs,
// never inside "Samsung" or "3000MB/s", which a run of Japanese with a
// slash in it, taken for a URL, or emergency breaks between any two
// characters did.
func TestCJKKeepsLatinWhole(t *testing.T) {
	testtool.Integration(t)
	para := "前者のシーケンシャルリードが最大3470MB/s、シーケンシャルライトは最大3000MB/s、後者はそれぞれ最大3400MB/s、最大2800MB/sという公称値です。Samsungの製品などライバル機に比べると多少の上下はありますが64層の3D TLC NANDを採用したSSDとしてはハイエンドに属するモデルで、ドイツのLinotypeが1982年にHelveticaを発表した。"
	doc := &content.Document{Meta: content.Meta{Title: "試験", Language: "ja"}}
	for range 6 {
		doc.Blocks = append(doc.Blocks, &content.Paragraph{Inlines: content.T(para)})
	}
	res, err := layout.Layout(doc, paper(t, "a5"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string // the text of each line, in reading order
	for _, pg := range res.Pages {
		var y layout.Length
		for _, r := range pg.Texts {
			if len(lines) == 0 || r.Y != y {
				lines, y = append(lines, ""), r.Y
			}
			lines[len(lines)-1] += r.Text
		}
	}
	alnum := func(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/') }
	breaks := 0
	for i := 1; i < len(lines); i++ {
		prev, next := strings.TrimSpace(lines[i-1]), strings.TrimSpace(lines[i])
		if prev == "" || next == "" || !strings.ContainsFunc(prev, isHan) {
			continue
		}
		breaks++
		last, _ := utf8.DecodeLastRuneInString(prev)
		first, _ := utf8.DecodeRuneInString(next)
		if alnum(last) && alnum(first) {
			t.Errorf("a Latin word broken: %q | %q", prev, next)
		}
	}
	if breaks < 5 {
		t.Errorf("the Japanese paragraphs break %d times", breaks)
	}
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
