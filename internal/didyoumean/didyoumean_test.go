package didyoumean

import "testing"

func TestHint(t *testing.T) {
	known := []string{"paper", "title", "authors"}
	for in, want := range map[string]string{"pape": ` (did you mean "paper"?)`, "Titel": ` (did you mean "title"?)`, "colour": ""} {
		if got := Hint(in, known); got != want {
			t.Errorf("Hint(%q) = %q; want %q", in, got, want)
		}
	}
}
