package layout

import (
	"testing"
	"unicode/utf8"

	"github.com/offprint/offprint/fonts"
)

func TestShapeArabic(t *testing.T) {
	tests := []struct {
		name, in string
		want     []rune
	}{
		{"latin unchanged", "abc 12", []rune("abc 12")},
		{"dual-joining: initial, medial, final", "بيت", []rune{0xFE91, 0xFEF4, 0xFE96}},
		{"isolated letter", "ب", []rune{0xFE8F}},
		{"right-joining breaks the join after it", "دار", []rune{0xFEA9, 0xFE8D, 0xFEAD}},
		{"word", "مكتبة", []rune{0xFEE3, 0xFEDC, 0xFE98, 0xFE92, 0xFE94}},
		{"lam-alef isolated", "لا", []rune{0xFEFB}},
		{"lam-alef final", "سلام", []rune{0xFEB3, 0xFEFC, 0xFEE1}},
		{"lam-alef with hamza below after alef", "الإسلام", []rune{0xFE8D, 0xFEF9, 0xFEB3, 0xFEFC, 0xFEE1}},
		{"lam-alef madda", "الآن", []rune{0xFE8D, 0xFEF5, 0xFEE5}},
		{"harakat are transparent", "بَيت", []rune{0xFE91, 0x064E, 0xFEF4, 0xFE96}},
		{"shadda and fatha", "مدّة", []rune{0xFEE3, 0xFEAA, 0x0651, 0xFE93}},
		{"tatweel joins", "بـ", []rune{0xFE91, 0x0640}},
		{"tatweel both sides", "ـبـ", []rune{0x0640, 0xFE92, 0x0640}},
		{"space separates words", "بب بب", []rune{0xFE91, 0xFE90, ' ', 0xFE91, 0xFE90}},
		{"Latin letter does not join", "بaب", []rune{0xFE8F, 'a', 0xFE8F}},
		{"hamza joins neither side", "بءب", []rune{0xFE8F, 0xFE80, 0xFE8F}},
		{"Persian peh and gaf", "پگ", []rune{0xFB58, 0xFB93}},
		{"Arabic comma and digits unchanged", "١٢، ب", []rune{0x0661, 0x0662, 0x060C, ' ', 0xFE8F}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []rune(shapeArabic(tt.in))
			if string(got) != string(tt.want) {
				t.Errorf("shapeArabic(%q) = %U, want %U", tt.in, got, tt.want)
			}
		})
	}
}

// TestArabicFormsInFont checks that the faces draw every presentation
// form the shaper can produce.
func TestArabicFormsInFont(t *testing.T) {
	for _, s := range []fonts.Style{fonts.Arabic, fonts.ArabicBold} {
		f := fonts.MustGet(s)
		for base, forms := range arabicLetters {
			for _, r := range forms {
				if r != 0 && !f.Has(r) {
					t.Errorf("%v lacks U+%04X, a form of U+%04X", s, r, base)
				}
			}
		}
		for _, r := range lamAlef {
			if !f.Has(r) || !f.Has(r+1) {
				t.Errorf("%v lacks the lam-alef ligature U+%04X", s, r)
			}
		}
	}
}

func FuzzShapeArabic(f *testing.F) {
	for _, s := range []string{"مكتبة الإسكندرية", "سلام", "بَيت ـبـ", "abc لا"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1000 || !utf8.ValidString(s) {
			return
		}
		out := shapeArabic(s)
		n, m := utf8.RuneCountInString(s), utf8.RuneCountInString(out)
		if m > n || m < n/2 {
			t.Fatalf("shapeArabic(%q) = %q: %d runes from %d", s, out, m, n)
		}
		if hasArabic(out) && !hasArabic(s) {
			t.Fatalf("shapeArabic(%q) = %q invented letters", s, out)
		}
		for _, r := range out {
			if r >= 0x0621 && r <= 0x064A && r != tatweel && arabicLetters[r] != (arabicForms{}) {
				t.Fatalf("shapeArabic(%q) = %q left %q unshaped", s, out, r)
			}
		}
	})
}

func BenchmarkShapeArabic(b *testing.B) {
	s := "افتتحت مكتبة الإسكندرية يوم الأحد قاعة جديدة مخصصة لعرض المخطوطات النادرة"
	for b.Loop() {
		_ = shapeArabic(s)
	}
}
