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

func TestCutPostedBy(t *testing.T) {
	tests := []struct {
		s, date, names string
		ok             bool
	}{
		{"Posted on February 4, 2024 by Jane Doe", "Posted on February 4, 2024", "Jane Doe", true},
		{"Published March 3, 2024, by Jane Doe and John Roe", "Published March 3, 2024", "Jane Doe and John Roe", true},
		{"February 10, 2024 by Maria Lopez", "February 10, 2024", "Maria Lopez", true},
		{"By Jane Doe", "", "", false},
		{"A story", "", "", false},
	}
	for _, tt := range tests {
		date, names, ok := CutPostedBy(tt.s)
		if date != tt.date || names != tt.names || ok != tt.ok {
			t.Errorf("CutPostedBy(%q) = %q, %q, %v, want %q, %q, %v", tt.s, date, names, ok, tt.date, tt.names, tt.ok)
		}
	}
}

func TestCutCapitalBy(t *testing.T) {
	tests := []struct {
		s, rest string
		ok      bool
	}{
		{"Von Katharina Müller", "Katharina Müller", true},
		{"PAR Élodie Beauséjour et Jean Dupont", "Élodie Beauséjour et Jean Dupont", true},
		{"Door Sanne de Vries", "Sanne de Vries", true},
		{"Un texte de Frédéric Zalac", "Frédéric Zalac", true},
		{"un texte de Frédéric Zalac", "un texte de Frédéric Zalac", false},
		{"von Katharina Müller", "von Katharina Müller", false},
		{"By Jane Doe", "By Jane Doe", false},
		{"Vonnegut wrote it", "Vonnegut wrote it", false},
	}
	for _, tt := range tests {
		rest, ok := CutCapitalBy(tt.s)
		if rest != tt.rest || ok != tt.ok {
			t.Errorf("CutCapitalBy(%q) = %q, %v, want %q, %v", tt.s, rest, ok, tt.rest, tt.ok)
		}
	}
}
