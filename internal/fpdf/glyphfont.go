package fpdf

// offprint patch: glyph-ID text. A caller that shapes text itself (with
// HarfBuzz or go-text/typesetting) registers a TrueType or OpenType font
// with RegisterGlyphFont and draws glyph runs with GlyphRun. Each font is
// written as a Type0 font with Identity-H encoding (character code = CID =
// glyph ID) over a CIDFontType2 (glyf outlines, FontFile2) or CIDFontType0
// (CFF outlines, FontFile3/CIDFontType0C) descendant, subset to the glyphs
// drawn under a tag derived from them, with a /W array from the font's
// advances and a ToUnicode CMap from the text each glyph stands for.

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
)

// GlyphPos is one glyph of a run drawn by GlyphRun. Lengths are in the
// document's user units, at the run's size, before horizontal scaling.
type GlyphPos struct {
	ID      uint16  // glyph index in the font
	Advance float64 // pen advance after the glyph (kerning included)
	XOffset float64 // rightward shift of the glyph from the pen
	YOffset float64 // upward shift of the glyph from the baseline
	// Text is what the glyph stands for in extraction: the characters of
	// the cluster it starts (all the letters of a ligature), "" for the
	// later glyphs of a cluster.
	Text string
}

// glyphFont is a font registered with RegisterGlyphFont.
type glyphFont struct {
	key     string
	res     string // resource name, e.g. "GF1"
	font    *sfnt
	used    []bool            // by glyph ID: drawn
	nUsed   int               // glyphs drawn
	text    []string          // by glyph ID: the text of its first use with one
	reverse map[uint16][]rune // glyph → characters by the font's cmap, when needed
	objN    int               // object number of the Type0 font
}

// glyphFonts is the glyph-ID text state of a document.
type glyphFonts struct {
	byKey  map[string]*glyphFont
	list   []*glyphFont // in registration order
	buf    []byte       // a run\'s operators, reused
	tzPage int          // page the horizontal scaling below is in force on
	tz     float64      // horizontal scaling in force, percent

	// the text object the last run closed, which the next one may reopen
	text    *bytes.Buffer // page content it is in; nil: none to reopen
	textEnd int           // length of that content after it
	etAt    int           // where its ET is
	tjAt    int           // where the "] TJ" before it is, when st.open
	st      textState     // where it stands
	baseY   float64       // the baseline of its last run, points
	res     string        // its font's resource name
	size    float64       // and size
}

// RegisterGlyphFont makes the font number index of data (a TrueType or
// OpenType font, or a collection) available to GlyphRun under key. data
// is not modified and must not be modified while the document is built.
// Registering a key again is a no-op.
func (f *Fpdf) RegisterGlyphFont(key string, data []byte, index int) error {
	if f.glyph == nil {
		f.glyph = &glyphFonts{byKey: map[string]*glyphFont{}}
	}
	if _, ok := f.glyph.byKey[key]; ok {
		return nil
	}
	s, err := parseSFNT(data, index)
	if err != nil {
		return fmt.Errorf("glyph font %s: %w", key, err)
	}
	g := &glyphFont{key: key, res: "GF" + strconv.Itoa(len(f.glyph.list)+1), font: s, used: make([]bool, s.numGlyphs), text: make([]string, s.numGlyphs)}
	f.glyph.byKey[key] = g
	f.glyph.list = append(f.glyph.list, g)
	if f.pdfVersion < pdfVers1_7 {
		f.pdfVersion = pdfVers1_7
	}
	return nil
}

// SetHorizontalScaling sets the text horizontal scaling (Tz, percent) for
// the text that follows on the current page; a new page starts at 100.
func (f *Fpdf) SetHorizontalScaling(pct float64) {
	if f.glyph == nil {
		f.glyph = &glyphFonts{byKey: map[string]*glyphFont{}}
	}
	g := f.glyph
	if g.tzPage != f.page {
		g.tzPage, g.tz = f.page, 100
	}
	if pct != g.tz {
		f.out(fmtNum(pct) + " Tz")
		g.tz = pct
	}
}

// GlyphRun draws glyphs of the font registered under key at size (points)
// with the pen starting at (x, y), on the baseline; hscale is the
// horizontal scaling in percent (100 is none). Glyphs are placed by TJ
// adjustments where their advances differ from the font's and by moving
// the text position for glyphs with offsets (marks). Extraction gives
// back the glyphs' texts through the font's ToUnicode map; when it cannot
// (a glyph standing for another text than where it was first drawn, or
// for none), the run is wrapped in a span whose /ActualText holds the
// glyphs' texts in the order given.
func (f *Fpdf) GlyphRun(key string, size, x, y float64, glyphs []GlyphPos, hscale float64) {
	f.glyphRun(key, size, x, y, glyphs, hscale, "", false)
}

// GlyphRunActualText is GlyphRun with the run wrapped in a span whose
// /ActualText is actual, which extraction gives back instead of the
// glyphs' texts; "" makes the run extract as nothing (the second part of
// a hyphenated word whose first part's ActualText holds it whole).
func (f *Fpdf) GlyphRunActualText(key string, size, x, y float64, glyphs []GlyphPos, hscale float64, actual string) {
	f.glyphRun(key, size, x, y, glyphs, hscale, actual, true)
}

// spanActualText opens a marked-content span whose /ActualText is text;
// EMC closes it.
func spanActualText(text string) string {
	if text == "" {
		return "/Span <</ActualText ()>> BDC"
	}
	var sb strings.Builder
	sb.WriteString("/Span <</ActualText ")
	writeUTF16Hex(&sb, text, true)
	sb.WriteString(">> BDC")
	return sb.String()
}

// writeUTF16Hex writes s as a hex string of UTF-16BE, with a byte order
// mark when bom is set.
func writeUTF16Hex(sb *strings.Builder, s string, bom bool) {
	const hex = "0123456789ABCDEF"
	sb.WriteByte('<')
	if bom {
		sb.WriteString("FEFF")
	}
	for _, u := range utf16.Encode([]rune(s)) {
		sb.WriteByte(hex[u>>12])
		sb.WriteByte(hex[u>>8&15])
		sb.WriteByte(hex[u>>4&15])
		sb.WriteByte(hex[u&15])
	}
	sb.WriteByte('>')
}

// usedGlyphs returns the glyphs drawn in the font, sorted.
func (g *glyphFont) usedGlyphs() []uint16 {
	ids := make([]uint16, 0, g.nUsed)
	for id, u := range g.used {
		if u {
			ids = append(ids, uint16(id))
		}
	}
	return ids
}

// subsetTag is the six capital letters that name a subset: a hash of the
// font's name and the glyphs it holds, so that equal subsets get equal
// tags and the document's bytes depend on its content only.
func subsetTag(name string, ids []uint16) string {
	h := sha256.New()
	h.Write([]byte(name))
	var b [2]byte
	for _, id := range ids {
		binary.BigEndian.PutUint16(b[:], id)
		h.Write(b[:])
	}
	sum := h.Sum(nil)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag)
}

// putGlyphFonts writes the objects of the glyph fonts used.
func (f *Fpdf) putGlyphFonts() {
	if f.glyph == nil || f.err != nil {
		return
	}
	for _, g := range f.glyph.list {
		if g.nUsed == 0 {
			continue
		}
		if err := f.putGlyphFont(g); err != nil {
			f.err = fmt.Errorf("glyph font %s: %w", g.key, err)
			return
		}
	}
}

// putGlyphFontResources writes the /Font resource entries of the glyph
// fonts used.
func (f *Fpdf) putGlyphFontResources() {
	if f.glyph == nil {
		return
	}
	for _, g := range f.glyph.list {
		if g.objN > 0 {
			f.outf("/%s %d 0 R", g.res, g.objN)
		}
	}
}

// putGlyphFont writes one font: program, ToUnicode, descriptor, CIDFont
// and Type0 font, each referring to objects already written.
func (f *Fpdf) putGlyphFont(g *glyphFont) error {
	s := g.font
	ids := g.usedGlyphs()
	used := make(map[uint16]bool, len(ids))
	for _, id := range ids {
		used[id] = true
	}
	var program []byte
	var err error
	if s.cff {
		program, err = subsetCFF(s.tables["CFF "], used)
	} else {
		program, err = subsetTTF(s, used)
	}
	if err != nil {
		return err
	}
	name := subsetTag(s.name, ids) + "+" + s.name

	mem := xmem.compress(program)
	f.newobj()
	fileN := f.n
	if s.cff {
		f.outf("<</Length %d /Filter /FlateDecode /Subtype /CIDFontType0C>>", len(mem.bytes()))
	} else {
		f.outf("<</Length %d /Filter /FlateDecode /Length1 %d>>", len(mem.bytes()), len(program))
	}
	f.putstream(mem.bytes())
	mem.release()
	f.out("endobj")

	cmap := toUnicodeCMap(g.textOf, ids)
	mem = xmem.compress([]byte(cmap))
	f.newobj()
	uniN := f.n
	f.outf("<</Length %d /Filter /FlateDecode>>", len(mem.bytes()))
	f.putstream(mem.bytes())
	mem.release()
	f.out("endobj")

	f.newobj()
	descN := f.n
	f.out(g.descriptor(name, fileN))
	f.out("endobj")

	f.newobj()
	cidN := f.n
	sub := "CIDFontType2"
	if s.cff {
		sub = "CIDFontType0"
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "<</Type /Font /Subtype /%s /BaseFont /%s\n", sub, name)
	sb.WriteString("/CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>\n")
	fmt.Fprintf(&sb, "/FontDescriptor %d 0 R /DW 0\n/W ", descN)
	g.writeWidths(&sb, ids)
	if !s.cff {
		sb.WriteString("\n/CIDToGIDMap /Identity")
	}
	sb.WriteString(">>")
	f.out(sb.String())
	f.out("endobj")

	f.newobj()
	g.objN = f.n
	f.outf("<</Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H\n/DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>", name, cidN, uniN)
	f.out("endobj")
	return nil
}

// descriptor returns the FontDescriptor dictionary of the font.
func (g *glyphFont) descriptor(name string, fileN int) string {
	s := g.font
	em := func(v int) int { return int(math.Round(float64(v) * 1000 / float64(s.unitsPerEm))) }
	flags := 4 // symbolic: glyphs outside the standard Latin set
	if s.fixedPitch {
		flags |= 1
	}
	if s.italic != 0 {
		flags |= 64
	}
	stemV := 10 + 220*(max(s.weight, 50)-50)/900
	file := "FontFile2"
	if s.cff {
		file = "FontFile3"
	}
	return fmt.Sprintf("<</Type /FontDescriptor /FontName /%s /Flags %d\n/FontBBox [%d %d %d %d] /ItalicAngle %s\n/Ascent %d /Descent %d /CapHeight %d /StemV %d /%s %d 0 R>>",
		name, flags, em(int(s.bbox[0])), em(int(s.bbox[1])), em(int(s.bbox[2])), em(int(s.bbox[3])), fmtNum(s.italic),
		em(s.ascent), em(s.descent), em(s.capHeight), stemV, file, fileN)
}

// writeWidths writes the /W array of the glyphs used: runs of consecutive
// IDs as c [w1 w2 …].
func (g *glyphFont) writeWidths(sb *strings.Builder, ids []uint16) {
	sb.WriteString("[")
	for i := 0; i < len(ids); {
		j := i + 1
		for j < len(ids) && ids[j] == ids[j-1]+1 {
			j++
		}
		fmt.Fprintf(sb, "%d [", ids[i])
		for k := i; k < j; k++ {
			if k > i {
				sb.WriteByte(' ')
			}
			sb.WriteString(fmtNum(g.width(ids[k])))
		}
		sb.WriteString("]")
		if j < len(ids) {
			sb.WriteByte(' ')
		}
		i = j
	}
	sb.WriteString("]")
}

// toUnicodeCMap returns the ToUnicode CMap mapping each glyph to the text
// it was first drawn for; glyphs with no text are left out.
func toUnicodeCMap(text func(uint16) string, ids []uint16) string {
	var sb strings.Builder
	sb.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	var entries []uint16
	for _, id := range ids {
		if text(id) != "" {
			entries = append(entries, id)
		}
	}
	for len(entries) > 0 {
		n := min(len(entries), 100)
		fmt.Fprintf(&sb, "%d beginbfchar\n", n)
		for _, id := range entries[:n] {
			writeGID(&sb, id)
			sb.WriteByte(' ')
			writeUTF16Hex(&sb, text(id), false)
			sb.WriteByte('\n')
		}
		sb.WriteString("endbfchar\n")
		entries = entries[n:]
	}
	sb.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return sb.String()
}
