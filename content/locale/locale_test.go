package locale

import (
	"testing"
	"time"
)

func TestFor(t *testing.T) {
	day := time.Date(2024, 3, 26, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang, date, byline, contents string
		ok                           bool
	}{
		{"en", "26 March 2024", "By Ada, Bo and Cy", "Contents", true},
		{"", "26 March 2024", "By Ada, Bo and Cy", "Contents", true},
		{"en_GB", "26 March 2024", "By Ada, Bo and Cy", "Contents", true},
		{"de-AT", "26. März 2024", "Von Ada, Bo und Cy", "Inhalt", true},
		{"es", "26 de marzo de 2024", "Por Ada, Bo y Cy", "Índice", true},
		{"fr", "26 mars 2024", "Par Ada, Bo et Cy", "Table des matières", true},
		{"he", "26 במרץ 2024", "Ada, Bo, Cy", "Contents", true},
		{"ja", "26 March 2024", "By Ada, Bo and Cy", "Contents", false},
	}
	for _, tt := range tests {
		w, ok := For(tt.lang)
		if ok != tt.ok || w.Date(day) != tt.date || w.Byline([]string{"Ada", "Bo", "Cy"}) != tt.byline || w.Labels().Contents != tt.contents {
			t.Errorf("For(%q) = %v: %q, %q, %q; want %v: %q, %q, %q", tt.lang, ok, w.Date(day), w.Byline([]string{"Ada", "Bo", "Cy"}), w.Labels().Contents, tt.ok, tt.date, tt.byline, tt.contents)
		}
	}
	if w, _ := For("it"); w.Byline([]string{"Ada"}) != "Di Ada" || w.Byline(nil) != "" {
		t.Errorf("one name / none: %q %q", w.Byline([]string{"Ada"}), w.Byline(nil))
	}
}
