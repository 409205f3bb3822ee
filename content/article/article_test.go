package article

import (
	"slices"
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-26", "2024-03-26 00:00"},
		{"2023-05-14T00:30:00+02:00", "2023-05-14 00:30"},
		{"2024-03-26 10:15", "2024-03-26 10:15"},
		{"2017-03-13 19:18:46.402+00:00", "2017-03-13 19:18"},
		{"Thursday, 14 March 2024", "2024-03-14 00:00"},
		{"Mon, Oct 14, 2024", "2024-10-14 00:00"},
		{"Jan. 5, 2024.", "2024-01-05 00:00"},
		{"March  26,  2024", "2024-03-26 00:00"},
		{"2 January, 2006", "2006-01-02 00:00"},
		{"2024", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := ParseDate(tt.in); ok {
			got = d.Format("2006-01-02 15:04")
		}
		if got != tt.want {
			t.Errorf("ParseDate(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitNames(t *testing.T) {
	tests := map[string][]string{
		"Ada Lovelace":                     {"Ada Lovelace"},
		"Ada Lovelace and Charles Babbage": {"Ada Lovelace", "Charles Babbage"},
		"A, B and C":                       {"A", "B", "C"},
		"A & B; C":                         {"A", "B", "C"},
		" , ":                              nil,
	}
	for in, want := range tests {
		if got := SplitNames(in); !slices.Equal(got, want) {
			t.Errorf("SplitNames(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestIsName(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want bool
	}{
		{"Sefa Karacan", 5, true},
		{"Ursula von der Leyen", 5, true},
		{"Ada", 5, false},
		{"the Associated Press", 5, false},
		{"Alexandre Dumas de la Pailleterie Jr", 5, false},
		{"Alexandre Dumas de la Pailleterie Jr", 6, true},
		{"Getty Images", 5, true},
	}
	for _, tt := range tests {
		if got := IsName(tt.in, tt.max); got != tt.want {
			t.Errorf("IsName(%q, %d) = %v; want %v", tt.in, tt.max, got, tt.want)
		}
	}
	if WordCount(" a  b\tc ") != 3 || !IsParticle("van") || IsParticle("Van") {
		t.Error("WordCount or IsParticle")
	}
}

func TestParseDatePrinted(t *testing.T) {
	tests := []struct{ in, want string }{
		{"12. März 2024", "2024-03-12"},
		{"Updated March 25, 2024 3:40 p.m. ET", "2024-03-25"},
		{"3 août 2024", "2024-08-03"},
		{"10.01.2024", "2024-01-10"},
		{"February 30, 2024", ""},
		{"The vote on March 25, 2024", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := ParseDate(tt.in); ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("ParseDate(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestParsePartialDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-26", "2024-03-26"},
		{"2024-03", "2024-03-01"},
		{" 2024 ", "2024-01-01"},
		{"March 2024", ""},
		{"soon", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := ParsePartialDate(tt.in); ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("ParsePartialDate(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestWordCountIsFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a b ", "a\u00a0b\u2003c", "\xff \xfe", "one\ntwo\t three  ", "日本語 テキスト"} {
		if got, want := WordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("WordCount(%q) = %d, want %d", s, got, want)
		}
	}
}
