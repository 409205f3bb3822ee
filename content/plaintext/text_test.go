package plaintext

import "testing"

// TestQuoteMarks checks that the quote marks of English, French, German
// and Polish open and close a line alike: a heading in German quotes is
// capitalised and ends where its words end.
func TestQuoteMarks(t *testing.T) {
	tests := []struct {
		s           string
		capitalized bool
		last        rune
	}{
		{"“Forestis”, Brixen", true, 'n'},
		{"„Forestis“, Brixen", true, 'n'},
		{"»Forestis«, Brixen", true, 'n'},
		{"«Forestis», Brixen", true, 'n'},
		{"‚Forestis‘", true, 's'},
		{"„Es darf sich nicht die ganze Herde infizieren“", true, 'n'},
		{"„Wielka Brytania - ważny przyjaciel i partner UE”", true, 'E'},
		{"„kommst du?“", false, '?'},
		{"— Forestis", false, 's'},
	}
	for _, tt := range tests {
		if got := isCapitalized(tt.s); got != tt.capitalized {
			t.Errorf("isCapitalized(%q) = %v, want %v", tt.s, got, tt.capitalized)
		}
		if got := lastRune(tt.s); got != tt.last {
			t.Errorf("lastRune(%q) = %q, want %q", tt.s, got, tt.last)
		}
	}
}
