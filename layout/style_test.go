package layout

import "testing"

// TestMeasure checks the automatic measure: one seventh of the paper at
// each side, widened to keep lines under maxMeasureEms, and an explicit
// margin taken as given.
func TestMeasure(t *testing.T) {
	tests := []struct {
		paper  string
		size   Length
		margin Length
		maxEms float64 // the measure, in ems, is at most this
		minEms float64 // and at least this
	}{
		{"a4", 0, 0, maxMeasureEms, maxMeasureEms - 0.01},
		{"letter", 0, 0, maxMeasureEms, maxMeasureEms - 0.01},
		{"a4", 14 * Pt, 0, 5.0 / 7 * 595.276 / 14, 5.0/7*595.276/14 - 0.01}, // large type: one seventh
		{"a5", 0, 0, 30, 29.9},
		{"a4", 0, 10 * Mm, 48.97, 48.95}, // an explicit margin wins
		{"ereader", 0, 0, 22.2, 22},
	}
	for _, tt := range tests {
		w, h, err := ParsePaper(tt.paper)
		if err != nil {
			t.Fatal(err)
		}
		g, err := Style{PaperWidth: w, PaperHeight: h, FontSize: tt.size, Margin: tt.margin}.resolve()
		if err != nil {
			t.Fatal(err)
		}
		ems := g.measure.Points() / g.FontSize.Points()
		if ems > tt.maxEms+0.001 || ems < tt.minEms {
			t.Errorf("%s at %v, margin %v: measure %.2f ems, want %.2f–%.2f", tt.paper, g.FontSize, tt.margin, ems, tt.minEms, tt.maxEms)
		}
		if g.inner != g.outer || g.top < g.PaperWidth/7 && tt.margin == 0 && tt.paper != "ereader" {
			t.Errorf("%s: margins inner %v outer %v top %v", tt.paper, g.inner, g.outer, g.top)
		}
	}
}
