package fpdf

// offprint patch: the content-stream operators of a glyph run
// (glyphfont.go), appended to a buffer reused from run to run.

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

func (f *Fpdf) glyphRun(key string, size, x, y float64, glyphs []GlyphPos, hscale float64, actual string, span bool) {
	if f.err != nil || len(glyphs) == 0 {
		return
	}
	var g *glyphFont
	if f.glyph != nil {
		g = f.glyph.byKey[key]
	}
	if g == nil {
		f.err = fmt.Errorf("glyph run in unregistered font %q", key)
		return
	}
	glyphs = g.splitClusters(glyphs)
	if !span && g.needsActualText(glyphs) {
		var sb strings.Builder
		for _, gl := range glyphs {
			sb.WriteString(gl.Text)
		}
		actual, span = sb.String(), true
	}
	g.record(glyphs)
	f.SetHorizontalScaling(hscale)
	b := f.glyph.buf[:0]
	if span {
		b = append(b, spanActualText(actual)...)
		b = append(b, '\n')
	}
	b = append(b, "BT /"...)
	b = append(b, g.res...)
	b = append(b, ' ')
	b = appendNum(b, size)
	b = append(b, " Tf\n"...)
	b = g.appendRun(b, size, x*f.k, (f.h-y)*f.k, glyphs, f.k, hscale/100)
	b = append(b, "ET"...)
	if span {
		b = append(b, "\nEMC"...)
	}
	f.glyph.buf = b
	f.out(string(b))
}

// GlyphRunNeedsActualText reports whether GlyphRun would wrap these
// glyphs of the font registered under key in an /ActualText span.
func (f *Fpdf) GlyphRunNeedsActualText(key string, glyphs []GlyphPos) bool {
	if f.glyph == nil || f.glyph.byKey[key] == nil {
		return false
	}
	g := f.glyph.byKey[key]
	return g.needsActualText(g.splitClusters(glyphs))
}

// needsActualText reports whether the ToUnicode map cannot give the
// run's text back: a glyph stands for another text than where it was
// first drawn, or for none (a cluster's later glyph, which extractors
// would show as U+FFFD).
func (g *glyphFont) needsActualText(glyphs []GlyphPos) bool {
	for _, gl := range glyphs {
		if gl.Text == "" {
			return true
		}
		if t := g.textOf(gl.ID); t != "" && t != gl.Text {
			return true
		}
	}
	return false
}

// record notes the glyphs as used, and the text of those seen first.
func (g *glyphFont) record(glyphs []GlyphPos) {
	for _, gl := range glyphs {
		id := int(gl.ID)
		if id >= len(g.used) {
			continue // not in the font: drawn as nothing
		}
		if !g.used[id] {
			g.used[id] = true
			g.nUsed++
		}
		if g.text[id] == "" {
			g.text[id] = gl.Text
		}
	}
}

// textOf returns the text recorded for a glyph, "" when none.
func (g *glyphFont) textOf(id uint16) string {
	if int(id) < len(g.text) {
		return g.text[id]
	}
	return ""
}

// width is a glyph's advance in the font, in thousandths of an em rounded
// to three decimals: the value of /W and of the TJ arithmetic.
func (g *glyphFont) width(id uint16) float64 {
	if int(id) >= len(g.font.advances) {
		return 0
	}
	return math.Round(float64(g.font.advances[id])*1e6/float64(g.font.unitsPerEm)) / 1000
}

// appendRun appends the text-positioning and showing operators of a run
// whose pen starts at (x, y) in points; k converts user units to points
// and th is the horizontal scaling (1 is none).
func (g *glyphFont) appendRun(b []byte, size, x, y float64, glyphs []GlyphPos, k, th float64) []byte {
	toEm := 1000 / size      // points → thousandths of an em
	var lineX, lineY float64 // origin of the text line (Td), points
	pen := 0.0               // wanted pen, thousandths of an em from x
	at := math.NaN()         // where the text position is, same unit; NaN: not in a TJ
	open := false
	for _, gl := range glyphs {
		adv := gl.Advance * k * toEm
		offset := gl.XOffset != 0 || gl.YOffset != 0
		if offset || math.IsNaN(at) {
			if open {
				b = append(b, "] TJ\n"...)
			}
			// Td moves in unscaled text space: the horizontal scaling
			// applies to glyph advances and TJ adjustments only
			px, py := x+th*(pen+gl.XOffset*k*toEm)/toEm, y+gl.YOffset*k
			b = appendNum(b, px-lineX)
			b = append(b, ' ')
			b = appendNum(b, py-lineY)
			b = append(b, " Td ["...)
			lineX, lineY, open, at = px, py, true, pen
		} else if d := math.Round((at-pen)*10) / 10; math.Abs(d) >= 0.5 {
			// half a thousandth of an em is below what shows; the
			// error left does not add up: at tracks it
			b = appendNum(b, d)
			at -= d
		}
		b = appendGID(b, gl.ID)
		at += g.width(gl.ID)
		pen += adv
		if offset {
			b = append(b, "] TJ\n"...)
			open, at = false, math.NaN()
		}
	}
	if open {
		b = append(b, "] TJ\n"...)
	}
	return b
}

// appendGID appends a glyph ID as a two-byte hex string.
func appendGID(b []byte, id uint16) []byte {
	const hex = "0123456789ABCDEF"
	return append(b, '<', hex[id>>12], hex[id>>8&15], hex[id>>4&15], hex[id&15], '>')
}

// writeGID writes a glyph ID as a two-byte hex string.
func writeGID(sb *strings.Builder, id uint16) {
	var a [6]byte
	sb.Write(appendGID(a[:0], id))
}

// appendNum appends a number for a content stream: at most three
// decimals, no trailing zeros.
func appendNum(b []byte, v float64) []byte {
	v = math.Round(v*1000) / 1000
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.AppendInt(b, int64(v), 10)
	}
	return strconv.AppendFloat(b, v, 'f', -1, 64)
}

// fmtNum is appendNum as a string.
func fmtNum(v float64) string { return string(appendNum(nil, v)) }
