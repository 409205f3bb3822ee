package textenc

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16 with a byte order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	var out []byte
	for _, u := range append([]uint16{0xfeff}, utf16.Encode([]rune(s))...) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestFromBOM(t *testing.T) {
	const text = "Café 😀 naïve\r\nline two"
	tests := []struct {
		name, in, want, from, err string
	}{
		{"UTF-16LE", string(utf16Bytes(text, false)), text, "UTF-16LE", ""},
		{"UTF-16BE", string(utf16Bytes(text, true)), text, "UTF-16BE", ""},
		{"UTF-8 untouched", "\ufeff" + text, "\ufeff" + text, "", ""},
		{"Latin-1 untouched", "Caf\xe9", "Caf\xe9", "", ""},
		{"UTF-32LE", "\xff\xfe\x00\x00A\x00\x00\x00", "", "", "UTF-32"},
		{"UTF-32BE", "\x00\x00\xfe\xff\x00\x00\x00A", "", "", "UTF-32"},
		{"odd UTF-16", "\xff\xfeA\x00B", "", "", "odd number"},
		{"unpaired surrogate", "\xff\xfe\x00\xd8A\x00", "\ufffdA", "UTF-16LE", ""},
	}
	for _, tt := range tests {
		got, from, err := FromBOM([]byte(tt.in))
		switch {
		case tt.err != "":
			if err == nil || !strings.Contains(err.Error(), tt.err) || !errors.Is(err, ErrEncoding) {
				t.Errorf("%s: error %v, want one with %q", tt.name, err, tt.err)
			}
		case err != nil || string(got) != tt.want || from != tt.from:
			t.Errorf("%s: %q, %q, %v; want %q, %q", tt.name, got, from, err, tt.want, tt.from)
		}
	}
}

func TestGuess(t *testing.T) {
	noBOM := utf16Bytes("Hello, world. This is text.", false)[2:]
	tests := []struct{ in, want string }{
		{"plain UTF-8 é", ""},
		{"Caf\xe9 cr\xe8me br\xfbl\xe9e", "Windows-1252 or ISO-8859-1 (Latin-1)"},
		{string(noBOM), "UTF-16LE without a byte order mark"},
		{"\x82\xb1\x82\xea\x82\xcd\x93\xfa\x96\x7b\x8c\xea", "a legacy 8-bit or multi-byte encoding"}, // Shift_JIS
		{"\xff\xfe\x00\x00", "UTF-32"},
	}
	for _, tt := range tests {
		if got := Guess([]byte(tt.in)); got != tt.want {
			t.Errorf("Guess(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUTF8Error(t *testing.T) {
	tests := []struct {
		data string
		want string // "" for no error
	}{
		{"fine é", ""},
		{"\xff", "line 1, byte 1"},
		{"ab\xe9", "line 1, byte 3"},
		{"a\nbé\n\xc3(", "line 3, byte 1"},
	}
	for _, tt := range tests {
		err := UTF8Error([]byte(tt.data))
		if (err == nil) != (tt.want == "") || (err != nil && !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("UTF8Error(%q) = %v, want %q", tt.data, err, tt.want)
		}
	}
}
