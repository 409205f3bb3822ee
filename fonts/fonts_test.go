package fonts

import (
	"strings"
	"testing"
)

func TestFacesLoad(t *testing.T) {
	for _, s := range Styles {
		f, err := Get(s)
		if err != nil {
			t.Fatalf("%v: %v", s, err)
		}
		if f.UnitsPerEm <= 0 || f.Ascent <= 0 || f.Descent <= 0 {
			t.Errorf("%v: bad metrics upem=%d asc=%d desc=%d", s, f.UnitsPerEm, f.Ascent, f.Descent)
		}
	}
}

func TestCoverage(t *testing.T) {
	tests := []struct {
		style Style
		text  string
		want  bool
	}{
		{Regular, "Hello, world", true},
		{Regular, "“Curly” — dashes… ’", true},
		{Regular, "Ελληνικά", true},
		{Regular, "Кириллица", true},
		{Italic, "Кириллица", true},
		{Regular, "漢", false},
		{Regular, "😀", false},
		{Mono, "func main() {}", true},
	}
	for _, tt := range tests {
		f := MustGet(tt.style)
		got := len(f.Missing(tt.text)) == 0
		if got != tt.want {
			t.Errorf("%v covers %q = %v, want %v (missing %q)", tt.style, tt.text, got, tt.want, string(f.Missing(tt.text)))
		}
	}
}

func TestWidth(t *testing.T) {
	f := MustGet(Regular)
	w1 := f.Width("m", 10)
	if w1 <= 0 || w1 > 10 {
		t.Fatalf("width of m at 10pt = %v", w1)
	}
	if w := f.Width(strings.Repeat("m", 4), 10); w != 4*w1 {
		t.Errorf("width not additive: %v vs %v", w, 4*w1)
	}
	if f.Width("m", 20) != 2*w1 {
		t.Errorf("width not linear in size")
	}
	mono := MustGet(Mono)
	if mono.Width("i", 10) != mono.Width("W", 10) {
		t.Errorf("Go Mono is not monospaced")
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := load(Regular); err != nil {
			b.Fatal(err)
		}
	}
}

func TestFallback(t *testing.T) {
	tests := []struct {
		base Style
		r    rune
		want Style
		ok   bool
	}{
		{Regular, 'a', Regular, true},
		{Italic, 'a', Italic, true},
		{Regular, 'ب', Arabic, true},
		{Bold, 'ب', ArabicBold, true},
		{BoldItalic, 'ب', ArabicBold, true},
		{Italic, 'ب', Arabic, true},
		{Regular, '\uFEFB', Arabic, true}, // lam-alef ligature, presentation form
		{Regular, '\uFE8F', Arabic, true},
		{Regular, 'ש', Hebrew, true},
		{Bold, 'ש', HebrewBold, true},
		{Regular, '\u05B8', Hebrew, true}, // qamats
		{Mono, 'é', Mono, true},
		{Mono, '—', Mono, true},
		{Regular, '漢', Regular, false},
	}
	for _, tt := range tests {
		got, ok := Fallback(tt.base, tt.r)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Fallback(%v, %q) = %v, %v; want %v, %v", tt.base, tt.r, got, ok, tt.want, tt.ok)
		}
	}
}

func TestArabicPresentationForms(t *testing.T) {
	f := MustGet(Arabic)
	for r := rune(0xFE80); r <= 0xFEFC; r++ {
		if !f.Has(r) {
			t.Errorf("Noto Naskh Arabic lacks U+%04X", r)
		}
	}
}

// TestDecor checks the OS/2 metrics read from the embedded faces: Noto
// Serif's strikeout sits at 322/1000 em, 50 thick; superscripts are set
// at 600, raised 350; subscripts at 600, lowered 75. Go Mono has its own.
func TestDecor(t *testing.T) {
	got := MustGet(Regular).Decor()
	want := Decor{StrikePos: 322, StrikeThick: 50, SuperSize: 600, SuperRise: 350, SubSize: 600, SubDrop: 75}
	if got != want {
		t.Errorf("Regular: %+v, want %+v", got, want)
	}
	if d := MustGet(Mono).Decor(); d.StrikeThick == 0 || d.StrikePos == 0 {
		t.Errorf("Mono: %+v, want a strikeout stroke", d)
	}
	if d := readDecor([]byte("not a font"), 0, 1000); d != (Decor{}) {
		t.Errorf("not a font: %+v, want zeros", d)
	}
}
