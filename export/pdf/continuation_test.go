package pdf

import "testing"

func TestContinuation(t *testing.T) {
	tests := []struct{ actual, text, want string }{
		{"implementation", "implemen-", "tation"},
		{"implementation", "implemen\u2010", "tation"},
		{"the implementation", "the implemen-", "tation"},
		{"well-known", "well-", "known"},
		{"word", "other-", ""},
		{"word", "word", ""},
	}
	for _, tt := range tests {
		if got := continuation(tt.actual, tt.text); got != tt.want {
			t.Errorf("continuation(%q, %q) = %q, want %q", tt.actual, tt.text, got, tt.want)
		}
	}
}

func TestIsMiddle(t *testing.T) {
	tests := []struct {
		text, rest string
		want       bool
	}{
		{"ula-", "ulation", true},
		{"tion", "tion", false}, // the last part
		{"ula", "ulation", false},
		{"ulation-", "ulation", false},
		{"-", "ulation", false},
	}
	for _, tt := range tests {
		if got := isMiddle(tt.text, tt.rest); got != tt.want {
			t.Errorf("isMiddle(%q, %q) = %v", tt.text, tt.rest, got)
		}
	}
}
