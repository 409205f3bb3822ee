package layout

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Length is a distance on the page in fixed point: 1/65536 of a PostScript
// point (TeX's "scaled point"). All of layout computes in Length so that
// results, and the text dumps of golden tests, never depend on float
// formatting or rounding order.
type Length int64

// Units of Length.
const (
	SP Length = 1       // one scaled point, the resolution
	Pt Length = 1 << 16 // one PostScript point (1/72 in)
	In Length = 72 * Pt // one inch
	Mm Length = 185771  // one millimetre, rounded (72/25.4 pt)
	Cm Length = 1857713 // one centimetre, rounded
)

// Points returns l in PostScript points.
func (l Length) Points() float64 { return float64(l) / float64(Pt) }

// FromPoints converts points to a Length, rounding to the nearest unit.
func FromPoints(p float64) Length { return Length(math.Round(p * float64(Pt))) }

// String formats l in points with at most three decimals and no trailing
// zeros ("12pt", "595.276pt", "-0.5pt"). It uses only integer arithmetic,
// so it is the same on every platform.
func (l Length) String() string {
	neg := l < 0
	if neg {
		l = -l
	}
	milli := (int64(l)*1000 + int64(Pt)/2) / int64(Pt)
	s := strconv.FormatInt(milli/1000, 10)
	if frac := milli % 1000; frac != 0 {
		s += strings.TrimRight(fmt.Sprintf(".%03d", frac), "0")
	}
	if neg && milli != 0 {
		s = "-" + s
	}
	return s + "pt"
}

// Scale returns l multiplied by num/den, rounded towards zero.
func (l Length) Scale(num, den int64) Length {
	if den == 0 {
		return 0
	}
	return Length(int64(l) * num / den)
}

var units = []struct {
	name string
	size float64 // in points
}{
	{"pt", 1}, {"mm", 72 / 25.4}, {"cm", 72 / 2.54}, {"in", 72}, {"pc", 12}, {"px", 0.75},
}

// ParseLength parses a length with a unit: "20mm", "0.75in", "54pt", "2cm",
// "1pc" (pica) or "96px" (CSS pixels, 0.75pt). A bare number is in points.
// Negative lengths are refused.
func ParseLength(s string) (Length, error) {
	v, err := parseUnit(strings.TrimSpace(s), "")
	if err != nil {
		return 0, fmt.Errorf("length %q: %w", s, err)
	}
	return v, nil
}

// parseUnit parses a number followed by an optional unit; def is the unit
// assumed when none is given ("" means points).
func parseUnit(s, def string) (Length, error) {
	num := strings.TrimRightFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' })
	unit := strings.ToLower(strings.TrimSpace(s[len(num):]))
	if unit == "" {
		unit = def
	}
	if unit == "" {
		unit = "pt"
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, fmt.Errorf("not a number (use e.g. 20mm, 0.75in, 54pt)")
	}
	if f < 0 {
		return 0, fmt.Errorf("must not be negative")
	}
	for _, u := range units {
		if u.name == unit {
			p := f * u.size
			if p > 14400 { // PDF's largest page side is 200 in
				return 0, fmt.Errorf("too large (at most 200in)")
			}
			return FromPoints(p), nil
		}
	}
	return 0, fmt.Errorf("unknown unit %q (use mm, cm, in, pt, pc or px)", unit)
}

// Paper sizes by name, width × height in millimetres (6x9 is the US trade
// paperback, ereader fits a 6-inch e-ink screen at about its real size).
var papers = map[string][2]float64{
	"a3":      {297, 420},
	"a4":      {210, 297},
	"a5":      {148, 210},
	"a6":      {105, 148},
	"b5":      {176, 250},
	"letter":  {215.9, 279.4},
	"legal":   {215.9, 355.6},
	"6x9":     {152.4, 228.6},
	"ereader": {90, 120},
}

// PaperNames lists the named paper sizes ParsePaper accepts.
func PaperNames() []string {
	return []string{"a3", "a4", "a5", "a6", "b5", "letter", "legal", "6x9", "ereader"}
}

// ParsePaper parses a paper size: a name (a4, letter, a5, b5, 6x9, ereader,
// …, see PaperNames) or WxH with a unit on either number or at the end
// ("148x210mm", "6x9in", "595x842pt", "5.5inx8.5in"). A bare WxH is in
// millimetres. Sides must be between 1 in and 200 in.
func ParsePaper(s string) (w, h Length, err error) {
	key := strings.ToLower(strings.TrimSpace(s))
	if p, ok := papers[key]; ok {
		return FromPoints(p[0] * 72 / 25.4), FromPoints(p[1] * 72 / 25.4), nil
	}
	a, b, ok := strings.Cut(key, "x")
	if !ok {
		return 0, 0, fmt.Errorf("paper %q: unknown (use %s, or WxH such as 148x210mm)", s, strings.Join(PaperNames(), ", "))
	}
	unit := strings.TrimLeftFunc(b, func(r rune) bool { return r >= '0' && r <= '9' || r == '.' || r == ' ' })
	def := unit
	if def == "" {
		def = "mm"
	}
	if w, err = parseUnit(strings.TrimSpace(a), def); err == nil {
		h, err = parseUnit(strings.TrimSpace(b), def)
	}
	if err != nil {
		return 0, 0, fmt.Errorf("paper %q: %w", s, err)
	}
	if w < In || h < In {
		return 0, 0, fmt.Errorf("paper %q: too small (each side at least 1in)", s)
	}
	return w, h, nil
}
