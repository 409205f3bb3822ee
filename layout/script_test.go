package layout

import "testing"

func TestScriptForm(t *testing.T) {
	tests := []struct {
		in      string
		sub     bool
		want    string
		mapable bool
	}{
		{"2", false, "²", true},
		{"-3", false, "⁻³", true},
		{"−12", false, "⁻¹²", true},
		{"n", false, "ⁿ", true},
		{"(n+1)", false, "⁽ⁿ⁺¹⁾", true},
		{"2", true, "₂", true},
		{"10", true, "₁₀", true},
		{"st", false, "", false},
		{"a", false, "", false},
		{"n", true, "", false},
		{"2e", true, "", false},
		{"", false, "", false},
	}
	for _, tt := range tests {
		forms := superscripts
		if tt.sub {
			forms = subscripts
		}
		got, ok := scriptForm(tt.in, forms)
		if got != tt.want || ok != tt.mapable {
			t.Errorf("scriptForm(%q, sub=%v) = %q, %v; want %q, %v", tt.in, tt.sub, got, ok, tt.want, tt.mapable)
		}
	}
}
