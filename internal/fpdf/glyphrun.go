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
	t := f.glyph
	cont := !span && t.continues(f)
	if cont {
		t.tz = t.tzOn(f.page)
		tj := t.st.open && t.res == g.res && t.size == size && t.tz == hscale && t.baseY == (f.h-y)*f.k
		if tj {
			// reopen the TJ array: drop its "] TJ"; a string of glyphs
			// its last one goes on is reopened too
			at := t.tjAt
			if t.st.hex && !g.adjustsFirst(glyphs, size, x*f.k, hscale/100, f.k, t.st) {
				at--
			}
			f.pages[f.page].Truncate(at)
		} else {
			f.pages[f.page].Truncate(t.etAt) // reopen the text object: drop its ET
			t.st.open = false
		}
	}
	b := t.buf[:0]
	if !cont {
		b = t.appendTz(b, f.page, hscale) // before the BT, as a line of its own
		if span {
			b = append(b, spanActualText(actual)...)
			b = append(b, '\n')
		}
		b = append(b, "BT "...)
		t.st, t.res = textState{}, ""
	} else {
		b = t.appendTz(b, f.page, hscale)
	}
	if t.res != g.res || t.size != size {
		b = append(b, '/')
		b = append(b, g.res...)
		b = append(b, ' ')
		b = appendNum(b, size)
		b = append(b, " Tf\n"...)
		t.res, t.size = g.res, size
	}
	t.baseY = (f.h - y) * f.k
	start, joins := len(b), cont && t.st.open && f.pages[f.page].Len() < t.tjAt
	b = g.appendRun(b, size, x*f.k, t.baseY, glyphs, f.k, hscale/100, &t.st)
	if joins {
		b = append(b[:start], b[start+1:]...) // its '<': the glyphs go on in the string
	}
	tjLen := 0
	if t.st.open {
		b = append(b, "] TJ\n"...)
		tjLen = len("] TJ\n")
	}
	b = append(b, "ET"...)
	if span {
		b = append(b, "\nEMC"...)
	}
	t.buf = b
	f.out(string(b))
	t.text = nil
	if !span && f.state == 2 {
		// the next run continues this text object if nothing else is
		// written in between
		t.text = f.pages[f.page]
		t.textEnd = t.text.Len()
		t.etAt = t.textEnd - len("ET\n")
		t.tjAt = t.etAt - tjLen
	}
}

// continues reports whether the text object the last run closed is the
// last thing in the page's content, so that the next run can go on in it:
// one BT…ET for the words of a paragraph's lines, the font set once and
// each run placed by a Td from the one before.
func (t *glyphFonts) continues(f *Fpdf) bool {
	return t.text != nil && f.state == 2 && f.pages[f.page] == t.text && t.text.Len() == t.textEnd
}

// adjustsFirst reports whether a run continuing the TJ array of s starts
// with an adjustment (or a move): appendRun's test for its first glyph.
func (g *glyphFont) adjustsFirst(glyphs []GlyphPos, size, x, th, k float64, s textState) bool {
	if gl := glyphs[0]; gl.XOffset != 0 || gl.YOffset != 0 {
		return true
	}
	at := (s.endX - x) * 1000 / size / th
	return math.Abs(math.Round(at*10)/10) >= 0.5
}

// tzOn returns the horizontal scaling in force on page (-1: unknown).
func (t *glyphFonts) tzOn(page int) float64 {
	if t.tzPage != page {
		t.tzPage, t.tz = page, 100
	}
	return t.tz
}

// appendTz appends the Tz operator when the horizontal scaling on the page
// is not pct (Tz is text state: valid inside a text object and kept after
// it).
func (t *glyphFonts) appendTz(b []byte, page int, pct float64) []byte {
	t.tz = t.tzOn(page)
	if pct != t.tz {
		b = appendNum(b, pct)
		b = append(b, " Tz\n"...)
		t.tz = pct
	}
	return b
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

// textState is where a text object stands between runs.
type textState struct {
	lineX, lineY float64 // origin of the text line: the sum of the Td moves so far, points
	open         bool    // a TJ array is open: the last run ended in it
	endX         float64 // then, the text position after its last glyph, points
	hex          bool    // and whether the array ends in a string of glyphs
}

// appendRun appends the text-positioning and showing operators of a run
// whose pen starts at (x, y) in points; k converts user units to points
// and th is the horizontal scaling (1 is none). s is the state of the
// text object: each Td moves from its line origin by a delta rounded as
// written, so that the rounding does not add up from run to run; when
// s.open, the run goes on in the TJ array the last one left open (same
// font, size, scaling and baseline), placed by an adjustment. The array
// is left open (s.open) when the run ends in it: the caller closes it.
func (g *glyphFont) appendRun(b []byte, size, x, y float64, glyphs []GlyphPos, k, th float64, s *textState) []byte {
	toEm := 1000 / size // points → thousandths of an em
	pen := 0.0          // wanted pen, thousandths of an em from x
	at := math.NaN()    // where the text position is, same unit; NaN: not in a TJ
	var tdX, tdAt float64
	if s.open {
		at = (s.endX - x) * toEm / th
		tdX, tdAt = s.endX, at
	}
	hex := false
	for _, gl := range glyphs {
		adv := gl.Advance * k * toEm
		offset := gl.XOffset != 0 || gl.YOffset != 0
		if offset || math.IsNaN(at) {
			if s.open {
				b = append(b, "] TJ\n"...)
			}
			// Td moves in unscaled text space: the horizontal scaling
			// applies to glyph advances and TJ adjustments only
			px, py := x+th*(pen+gl.XOffset*k*toEm)/toEm, y+gl.YOffset*k
			dx, dy := round3(px-s.lineX), round3(py-s.lineY)
			b = appendNum(b, dx)
			b = append(b, ' ')
			b = appendNum(b, dy)
			b = append(b, " Td ["...)
			s.lineX, s.lineY, s.open, at, hex = s.lineX+dx, s.lineY+dy, true, pen, false
			tdX, tdAt = s.lineX, at
		} else if d := math.Round((at-pen)*10) / 10; math.Abs(d) >= 0.5 {
			// half a thousandth of an em is below what shows; the
			// error left does not add up: at tracks it
			b = appendNum(b, d)
			at -= d
			hex = false
		}
		if hex {
			b = appendHex4(b[:len(b)-1], gl.ID) // one string for the glyphs between adjustments
			b = append(b, '>')
		} else {
			b = appendGID(b, gl.ID)
			hex = true
		}
		at += g.width(gl.ID)
		pen += adv
		if offset {
			b = append(b, "] TJ\n"...)
			s.open, at = false, math.NaN()
		}
	}
	if s.open {
		s.endX, s.hex = tdX+th*(at-tdAt)/toEm, hex
	}
	return b
}

// appendHex4 appends a glyph ID as four hex digits.
func appendHex4(b []byte, id uint16) []byte {
	const hex = "0123456789ABCDEF"
	return append(b, hex[id>>12], hex[id>>8&15], hex[id>>4&15], hex[id&15])
}

// round3 rounds to the three decimals appendNum writes.
func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

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
