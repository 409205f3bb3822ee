package fpdf

// offprint patch: outline titles in UTF-16 whatever font is selected.

import (
	"strings"
	"unicode/utf16"
)

// BookmarkUTF8 is Bookmark for a UTF-8 title, written as UTF-16BE with a
// byte order mark (characters outside the Basic Multilingual Plane as
// surrogate pairs, a run of invalid UTF-8 as one U+FFFD) whether or not a UTF-8 font
// is selected: a document drawn with GlyphRun selects none.
func (f *Fpdf) BookmarkUTF8(title string, level int, y float64) {
	if y == -1 {
		y = f.y
	}
	u := utf16.Encode([]rune(strings.ToValidUTF8(title, "\uFFFD")))
	b := make([]byte, 2, 2+2*len(u))
	b[0], b[1] = 0xFE, 0xFF
	for _, c := range u {
		b = append(b, byte(c>>8), byte(c))
	}
	f.outlines = append(f.outlines, outlineType{text: string(b), level: level, y: y, p: f.PageNo(), prev: -1, last: -1, next: -1, first: -1})
}
