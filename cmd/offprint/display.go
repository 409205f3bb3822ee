package main

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// shown returns a file name or URL as offprint prints it: as it is when
// every character is printable, else Go-quoted, so that a newline or a
// terminal escape code in a name cannot forge or garble a message.
func shown(name string) string {
	if utf8.ValidString(name) && strings.IndexFunc(name, func(r rune) bool { return !strconv.IsPrint(r) }) < 0 {
		return name
	}
	return strconv.Quote(name)
}

// oneLine escapes the control characters and invalid bytes of a message
// (which may hold names), so that it prints as one harmless line.
func oneLine(msg string) string {
	bad := func(r rune) bool { return unicode.IsControl(r) || r == utf8.RuneError }
	if utf8.ValidString(msg) && strings.IndexFunc(msg, bad) < 0 {
		return msg
	}
	var b strings.Builder
	for i, r := range msg {
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(msg[i:]); size == 1 {
				b.WriteString(`\x` + strconv.FormatUint(uint64(msg[i]), 16))
				continue
			}
			b.WriteRune(r)
		case unicode.IsControl(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
