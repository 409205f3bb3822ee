package layout_test

import (
	"strings"
	"testing"

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
