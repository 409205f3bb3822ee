package epub

import (
	"strings"
	"unicode/utf8"
)

// escapeTo appends s to sb escaped for XML text and attribute values, with
// numeric character references (epubcheck's usage report flags named
// ones, &amp; included).
// Characters XML 1.0 forbids (C0 controls other than tab, newline and
// carriage return, U+FFFE, U+FFFF, invalid UTF-8) are dropped, so any input
// gives well-formed XHTML.
func escapeTo(sb *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if (r == utf8.RuneError && size == 1) || r == 0xFFFE || r == 0xFFFF {
				sb.WriteString(s[last:i])
				last = i + size
			}
			i += size
			continue
		}
		var rep string
		switch {
		case c == '&':
			rep = "&#38;"
		case c == '<':
			rep = "&#60;"
		case c == '>':
			rep = "&#62;"
		case c == '"':
			rep = "&#34;"
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
			rep = ""
		default:
			i++
			continue
		}
		sb.WriteString(s[last:i])
		sb.WriteString(rep)
		i++
		last = i
	}
	sb.WriteString(s[last:])
}

// escape returns s escaped for XML (see escapeTo).
func escape(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	escapeTo(&sb, s)
	return sb.String()
}

// isNCName reports whether s can be an XML id: a letter or underscore,
// then letters, digits, '-', '_' or '.', all ASCII (ids stay portable).
func isNCName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
		if i == 0 && !letter {
			return false
		}
		if !letter && !(c >= '0' && c <= '9') && c != '-' && c != '.' {
			return false
		}
	}
	return true
}
