package plaintext

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/offprint/offprint/content/textenc"
	"github.com/offprint/offprint/internal/golden"
)

// FuzzRead checks that Read never panics, fails only with the documented
// errors, agrees with Explain, and loses no text.
func FuzzRead(f *testing.F) {
	if data, err := os.ReadFile(examplePath); err == nil {
		f.Add(string(data))
	}
	for _, in := range golden.Parts(f, "testdata/*.txtar", "input.txt") {
		f.Add(in)
	}
	f.Add("Title\n\n- a\n- b\n1. c\n> quote\n“Quoted line that repeats.”\n— Someone\nBy Jane Doe\n")
	f.Add("Titel\nVon Anna Schmidt\nPhotographs by Ann Lee\nUpdated 14 May 2024\nQ: Warum?\nA: Darum, sagt „sie“.\n„Darum, sagt sie.“\nRead 12 Comments\nQuelle: example.de\n")
	f.Add("Title\nPosted on February 4, 2024 by Jane Doe\nBody.\nJane Doe is a baker.\n")
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 1<<16 {
			t.Skip()
		}
		doc, err := Read(strings.NewReader(in), Options{})
		ds, err2 := Explain(strings.NewReader(in), Options{})
		if (err == nil) != (err2 == nil) {
			t.Fatalf("Read error %v, Explain error %v", err, err2)
		}
		if err != nil {
			text := in // what the input reads as once a UTF-16 byte order mark is decoded ("\xfe\xff" alone is empty)
			if dec, _, derr := textenc.FromBOM([]byte(in)); derr == nil {
				text = string(dec)
			}
			visible := strings.TrimFunc(strings.TrimPrefix(text, "\uFEFF"), func(r rune) bool {
				return strings.ContainsRune(" \t\n\r\v\f\u0085\u00a0\u2028\u2029\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", r)
			})
			switch {
			case errors.Is(err, ErrEmpty) && visible == "":
			case errors.Is(err, ErrBinary) && strings.ContainsFunc(in, func(r rune) bool { return r < 0x20 || r == 0x7f }):
			case !utf8.ValidString(in) && strings.Contains(err.Error(), "invalid UTF-8"):
			case !utf8.ValidString(in) && errors.Is(err, textenc.ErrEncoding): // UTF-32, odd-length UTF-16
			default:
				t.Fatalf("unexpected error %v for %q", err, in)
			}
			return
		}
		if doc == nil {
			t.Fatal("nil document without error")
		}
		checkNothingLost(t, ds, doc)
	})
}
