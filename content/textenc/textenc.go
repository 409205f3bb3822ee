// Package textenc turns the bytes of a text input into UTF-8 where that is
// certain (UTF-16 with a byte order mark) and names the encoding of other
// text that is not UTF-8, for error messages.
package textenc

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// Byte order marks.
var (
	bomUTF8    = []byte{0xef, 0xbb, 0xbf}
	bomUTF16LE = []byte{0xff, 0xfe}
	bomUTF16BE = []byte{0xfe, 0xff}
	bomUTF32LE = []byte{0xff, 0xfe, 0, 0}
	bomUTF32BE = []byte{0, 0, 0xfe, 0xff}
)

// ErrEncoding matches (errors.Is) every error of this package: text in an
// encoding offprint does not read.
var ErrEncoding = errors.New("unsupported text encoding")

// encodingError is a message that matches ErrEncoding.
type encodingError string

func (e encodingError) Error() string        { return string(e) }
func (e encodingError) Is(target error) bool { return target == ErrEncoding }

func errorf(format string, args ...any) error { return encodingError(fmt.Sprintf(format, args...)) }

// FromBOM converts text that starts with a UTF-16 byte order mark (little
// or big endian) to UTF-8 without the mark and returns the name of the
// encoding it came from ("UTF-16LE", "UTF-16BE"). Other input comes back
// as it is with an empty name. UTF-32 fails, named; so does UTF-16 with
// an odd number of bytes. Unpaired surrogates become U+FFFD.
func FromBOM(src []byte) (out []byte, from string, err error) {
	switch {
	case bytes.HasPrefix(src, bomUTF32LE), bytes.HasPrefix(src, bomUTF32BE):
		return nil, "", errorf("UTF-32 text: convert it to UTF-8 first")
	case bytes.HasPrefix(src, bomUTF16LE):
		out, err = decodeUTF16(src[2:], false)
		return out, "UTF-16LE", err
	case bytes.HasPrefix(src, bomUTF16BE):
		out, err = decodeUTF16(src[2:], true)
		return out, "UTF-16BE", err
	}
	return src, "", nil
}

func decodeUTF16(src []byte, bigEndian bool) ([]byte, error) {
	if len(src)%2 != 0 {
		return nil, errorf("UTF-16 text with an odd number of bytes (truncated?)")
	}
	units := make([]uint16, len(src)/2)
	for i := range units {
		a, b := uint16(src[2*i]), uint16(src[2*i+1])
		if bigEndian {
			units[i] = a<<8 | b
		} else {
			units[i] = b<<8 | a
		}
	}
	out := make([]byte, 0, len(src)+len(src)/2)
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}

// Guess names the encoding src seems to be in when it is not UTF-8:
// "UTF-32", "UTF-16LE without a byte order mark", "Windows-1252 or
// ISO-8859-1 (Latin-1)", or "a legacy 8-bit or multi-byte encoding".
// It returns "" for valid UTF-8.
func Guess(src []byte) string {
	switch {
	case bytes.HasPrefix(src, bomUTF32LE), bytes.HasPrefix(src, bomUTF32BE):
		return "UTF-32"
	case bytes.HasPrefix(src, bomUTF16LE):
		return "UTF-16LE"
	case bytes.HasPrefix(src, bomUTF16BE):
		return "UTF-16BE"
	}
	head := src[:min(len(src), 4096)]
	switch {
	case utf16Like(head, 1):
		return "UTF-16LE without a byte order mark"
	case utf16Like(head, 0):
		return "UTF-16BE without a byte order mark"
	case utf8.Valid(src):
		return ""
	case !bytes.HasPrefix(src, bomUTF8) && latin1(src):
		return "Windows-1252 or ISO-8859-1 (Latin-1)"
	}
	return "a legacy 8-bit or multi-byte encoding"
}

// utf16Like reports whether b looks like mostly ASCII text in UTF-16
// without a byte order mark: NULs at nearly every position of one parity
// (1: odd, little endian) and printable characters at the other.
func utf16Like(b []byte, parity int) bool {
	if len(b) < 16 {
		return false
	}
	nul, text, n := 0, 0, 0
	for i := 0; i+1 < len(b); i += 2 {
		hi, lo := b[i+parity], b[i+1-parity]
		n++
		if hi == 0 {
			nul++
		}
		if lo >= 0x20 || lo == '\n' || lo == '\r' || lo == '\t' {
			text++
		}
	}
	return nul*10 >= n*7 && text*10 >= n*9
}

// latin1 reports whether the bytes above ASCII in b look like single-byte
// Western text: no byte Windows-1252 leaves undefined, and most are
// isolated between ASCII bytes (multi-byte encodings come in runs).
func latin1(b []byte) bool {
	high, runs := 0, 0
	for i, c := range b {
		if c < 0x80 {
			continue
		}
		switch c {
		case 0x81, 0x8d, 0x8f, 0x90, 0x9d:
			return false
		}
		high++
		if i > 0 && b[i-1] >= 0x80 {
			runs++
		}
	}
	return high > 0 && runs*2 <= high
}

// UTF8Error describes where src stops being UTF-8 and what encoding it
// looks like, for messages: "invalid UTF-8 at line 3, byte 7 (it looks
// like Windows-1252 or ISO-8859-1 (Latin-1)): convert the file to UTF-8
// first". It returns nil for valid UTF-8.
func UTF8Error(src []byte) error {
	if utf8.Valid(src) {
		return nil
	}
	line, col := invalidAt(src)
	return errorf("invalid UTF-8 at line %d, byte %d (it looks like %s): convert the file to UTF-8 first", line, col, Guess(src))
}

// invalidAt returns the 1-based line and byte column of the first byte
// that is not valid UTF-8.
func invalidAt(data []byte) (line, col int) {
	line, col = 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 0
		}
		col += size
		data = data[size:]
	}
	return line, col
}
