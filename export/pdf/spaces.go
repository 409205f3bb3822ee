package pdf

import (
	"strings"

	"github.com/offprint/offprint/layout"
)

// Words are drawn as runs placed apart, without the space characters
// between them: extraction that infers spaces from the gaps (pdftotext,
// mutool) gives them back, but a reader of the structure tree's text
// (poppler's -struct-text, some assistive software) would get the words
// run together. spaced gives a shaped word followed by a word space — a
// gap before the next run on its baseline, or the line's break
// (TextRun.SpaceAfter) — the font's space glyph at its end, with no
// advance: it prints nothing and extracts as a space, inside the word's
// marked content and text object.
func spaced(texts []layout.TextRun, i int) layout.TextRun {
	t := texts[i]
	if t.Font == nil || len(t.Glyphs) == 0 || t.ActualText != "" || strings.HasSuffix(t.Text, " ") || !wordSpaceAfter(texts, i) {
		return t
	}
	gid, ok := t.Font.Font().NominalGlyph(' ')
	if !ok || gid > 0xFFFF {
		return t
	}
	t.Glyphs = append(t.Glyphs[:len(t.Glyphs):len(t.Glyphs)], layout.Glyph{ID: uint16(gid), Text: " "})
	t.Text += " "
	return t
}

// wordSpaceAfter reports whether a word space follows texts[i].
func wordSpaceAfter(texts []layout.TextRun, i int) bool {
	t := texts[i]
	if t.SpaceAfter {
		return true
	}
	if i+1 >= len(texts) {
		return false
	}
	next := texts[i+1]
	if next.Y != t.Y || (next.Node == layout.Artifact) != (t.Node == layout.Artifact) {
		return false
	}
	var w layout.Length
	for _, g := range t.Glyphs {
		w += g.Advance
	}
	end := t.X.Points() + w.Points()*hscale(int(t.Expand))/100
	return next.X.Points()-end >= t.Size.Points()/8 // not glued (a change of face, a note call)
}
