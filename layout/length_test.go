package layout

import "testing"

func TestLengthString(t *testing.T) {
	tests := []struct {
		in   Length
		want string
	}{
		{0, "0pt"},
		{Pt, "1pt"},
		{Pt / 2, "0.5pt"},
		{-Pt / 2, "-0.5pt"},
		{FromPoints(595.2756), "595.276pt"},
		{SP, "0pt"},
		{12*Pt + Pt/8, "12.125pt"},
	}
	for _, tt := range tests {
		if got := tt.in.String(); got != tt.want {
			t.Errorf("Length(%d).String() = %q, want %q", int64(tt.in), got, tt.want)
		}
	}
}

func TestParseLength(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" means an error
	}{
		{"54pt", "54pt"},
		{"0.75in", "54pt"},
		{"25.4mm", "72pt"},
		{"2.54cm", "72pt"},
		{"1pc", "12pt"},
		{"96px", "72pt"},
		{" 10 ", "10pt"},
		{"10 mm", "28.346pt"},
		{"-3mm", ""},
		{"mm", ""},
		{"3furlongs", ""},
		{"NaNpt", ""},
		{"1e9in", ""},
	}
	for _, tt := range tests {
		got, err := ParseLength(tt.in)
		switch {
		case tt.want == "" && err == nil:
			t.Errorf("ParseLength(%q) = %v, want an error", tt.in, got)
		case tt.want != "" && err != nil:
			t.Errorf("ParseLength(%q): %v", tt.in, err)
		case tt.want != "" && got.String() != tt.want:
			t.Errorf("ParseLength(%q) = %v, want %s", tt.in, got, tt.want)
		}
	}
}

func TestParsePaper(t *testing.T) {
	tests := []struct {
		in   string
		w, h string // "" means an error
	}{
		{"a4", "595.276pt", "841.89pt"},
		{"A4", "595.276pt", "841.89pt"},
		{"letter", "612pt", "792pt"},
		{"a5", "419.528pt", "595.276pt"},
		{"b5", "498.898pt", "708.661pt"},
		{"6x9", "432pt", "648pt"},
		{"ereader", "255.118pt", "340.157pt"},
		{"148x210mm", "419.528pt", "595.276pt"},
		{"148x210", "419.528pt", "595.276pt"},
		{"6x9in", "432pt", "648pt"},
		{"595x842pt", "595pt", "842pt"},
		{"5.5inx8.5in", "396pt", "612pt"},
		{"tabloid", "", ""},
		{"10x10mm", "", ""},
		{"axbmm", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		w, h, err := ParsePaper(tt.in)
		switch {
		case tt.w == "" && err == nil:
			t.Errorf("ParsePaper(%q) = %v×%v, want an error", tt.in, w, h)
		case tt.w != "" && err != nil:
			t.Errorf("ParsePaper(%q): %v", tt.in, err)
		case tt.w != "" && (w.String() != tt.w || h.String() != tt.h):
			t.Errorf("ParsePaper(%q) = %v×%v, want %s×%s", tt.in, w, h, tt.w, tt.h)
		}
	}
}

func TestStyleResolve(t *testing.T) {
	bad := []Style{
		{Align: "center"},
		{PageNumbers: "roman"},
		{FontSize: 100 * Pt},
		{Margin: 100 * Mm},
	}
	for _, s := range bad {
		if _, err := s.resolve(); err == nil {
			t.Errorf("resolve(%+v): want an error", s)
		}
	}
	g, err := Style{}.resolve()
	if err != nil {
		t.Fatal(err)
	}
	if g.PaperWidth.String() != "595.276pt" || g.FontSize != 11*Pt || g.Align != AlignJustify {
		t.Errorf("zero Style resolves to %v wide, %v type, %q", g.PaperWidth, g.FontSize, g.Align)
	}
	d, _ := Style{Duplex: true}.resolve()
	if d.left(1) == d.left(2) {
		t.Errorf("duplex margins are not mirrored: left(1) = left(2) = %v", d.left(1))
	}
}

// FuzzParsePaper checks that paper and length parsing never panic and
// that accepted sizes are within PDF's limits and round-trip through
// String.
func FuzzParsePaper(f *testing.F) {
	for _, s := range []string{"a4", "letter", "ereader", "148x210mm", "6x9in", "595x842pt", "5.5inx8.5in", "1e3x1e3", "x", "-1x-1mm"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 64 {
			return
		}
		if w, h, err := ParsePaper(s); err == nil {
			if w < In || h < In || w > 200*In+Pt || h > 200*In+Pt {
				t.Errorf("ParsePaper(%q) = %v×%v, outside 1in..200in", s, w, h)
			}
			if back, err := ParseLength(w.String()); err != nil || abs64(int64(back-w)) > int64(Pt)/1000+1 {
				t.Errorf("%v does not round-trip: %v, %v", w, back, err)
			}
		}
		if l, err := ParseLength(s); err == nil && l < 0 {
			t.Errorf("ParseLength(%q) = %v, negative", s, l)
		}
	})
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
