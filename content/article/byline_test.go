package article

import (
	"slices"
	"testing"
)

func TestCutBy(t *testing.T) {
	tests := []struct {
		in, rest string
		ok       bool
	}{
		{"By Jane Doe", "Jane Doe", true},
		{"BY JANE DOE", "JANE DOE", true},
		{"Written by: Jane Doe", "Jane Doe", true},
		{"A short story by Ann Poe", "Ann Poe", true},
		{"Interview by Sam Okoro", "Sam Okoro", true},
		{"Bylines are hard", "Bylines are hard", false},
		{"Standing by the door", "Standing by the door", false},
	}
	for _, tt := range tests {
		if rest, ok := CutBy(tt.in); rest != tt.rest || ok != tt.ok {
			t.Errorf("CutBy(%q) = %q %v; want %q %v", tt.in, rest, ok, tt.rest, tt.ok)
		}
	}
}

func TestIsWireService(t *testing.T) {
	for in, want := range map[string]bool{
		"The Associated Press": true, "Reuters.": true, " AFP ": true, "dpa": true,
		"Reuters Staff": false, "The Times": false, "": false,
	} {
		if got := IsWireService(in); got != want {
			t.Errorf("IsWireService(%q) = %v; want %v", in, got, want)
		}
	}
}

func TestIsByWord(t *testing.T) {
	for in, want := range map[string]bool{
		"By": true, "von": true, "Par": true, "POR": true, "di": true, "Door": true,
		"Bye": false, "from": false, "": false,
	} {
		if got := IsByWord(in); got != want {
			t.Errorf("IsByWord(%q) = %v; want %v", in, got, want)
		}
	}
}

func TestSplitNamesAnyLanguage(t *testing.T) {
	tests := map[string][]string{
		"Katharina Müller und Jan Roth":     {"Katharina Müller", "Jan Roth"},
		"Élodie Beauséjour et Jean Dupont,": {"Élodie Beauséjour", "Jean Dupont"},
		"Ana Gil y Luis Paz":                {"Ana Gil", "Luis Paz"},
		"Ana Gil, Eva Sol e Rui Reis":       {"Ana Gil", "Eva Sol", "Rui Reis"},
		"Anne de Vries en Piet Jansen":      {"Anne de Vries", "Piet Jansen"},
		"A & B, and C":                      {"A", "B", "C"},
	}
	for in, want := range tests {
		if got := SplitNamesAnyLanguage(in); !slices.Equal(got, want) {
			t.Errorf("SplitNamesAnyLanguage(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestIsNameWord(t *testing.T) {
	for in, want := range map[string]bool{
		"Jane": true, "O’Brien": true, "J.": true, "Smith-Jones": true, "van": true, "De": true,
		"jane": false, "Doe,": false, "R2D2": false, "and": false, "": false,
	} {
		if got := IsNameWord(in); got != want {
			t.Errorf("IsNameWord(%q) = %v; want %v", in, got, want)
		}
	}
}

func TestUnshout(t *testing.T) {
	for in, want := range map[string]string{
		"HANNA ARHIROVA":  "Hanna Arhirova",
		"SEAN O’BRIEN":    "Sean O’brien",
		"ANNE-MARIE DUPÉ": "Anne-Marie Dupé",
		"Jane DOE":        "Jane DOE",
		"1234":            "1234",
	} {
		if got := Unshout(in); got != want {
			t.Errorf("Unshout(%q) = %q; want %q", in, got, want)
		}
	}
}
