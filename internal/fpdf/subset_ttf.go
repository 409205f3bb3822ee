package fpdf

// offprint patch: subsetting TrueType (glyf) fonts for glyph-ID text.
// Glyph IDs are kept (CID = GID): the glyphs not used are emptied in loca,
// the font ends at the highest glyph used, and only the tables a PDF
// CIDFontType2 needs are written.

import (
	"encoding/binary"
	"errors"
	"sort"
)

// ttfTables are the tables a CIDFontType2 font program keeps (PDF 32000
// 9.9, table 126), besides the rebuilt glyf and loca.
var ttfTables = []string{"cvt ", "fpgm", "head", "hhea", "hmtx", "maxp", "prep"}

// subsetTTF returns a TrueType font holding only the glyphs of used (and
// the components of composite ones), at their original IDs.
func subsetTTF(s *sfnt, used map[uint16]bool) ([]byte, error) {
	glyf, loca := s.tables["glyf"], s.tables["loca"]
	long := be16(s.tables["head"], 50) == 1
	offsets := func(g int) (int, int, bool) {
		var a, b int
		if long {
			if 4*g+8 > len(loca) {
				return 0, 0, false
			}
			a, b = int(be32(loca, 4*g)), int(be32(loca, 4*g+4))
		} else {
			if 2*g+4 > len(loca) {
				return 0, 0, false
			}
			a, b = 2*int(be16(loca, 2*g)), 2*int(be16(loca, 2*g+2))
		}
		return a, b, a <= b && b <= len(glyf)
	}
	keep := map[int]bool{0: true}
	var todo []int
	for g := range used {
		if int(g) < s.numGlyphs {
			todo = append(todo, int(g))
		}
	}
	for len(todo) > 0 {
		g := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if keep[g] && g != 0 {
			continue
		}
		keep[g] = true
		a, b, ok := offsets(g)
		if !ok {
			return nil, errors.New("bad loca table")
		}
		for _, c := range components(glyf[a:b]) {
			if int(c) < s.numGlyphs && !keep[int(c)] {
				todo = append(todo, int(c))
			}
		}
	}
	n := 0
	for g := range keep {
		n = max(n, g+1)
	}
	var newGlyf []byte
	newLoca := make([]byte, 4*(n+1))
	for g := range n {
		binary.BigEndian.PutUint32(newLoca[4*g:], uint32(len(newGlyf)))
		if !keep[g] {
			continue
		}
		a, b, ok := offsets(g)
		if !ok {
			return nil, errors.New("bad loca table")
		}
		newGlyf = append(newGlyf, glyf[a:b]...)
		for len(newGlyf)%4 != 0 {
			newGlyf = append(newGlyf, 0)
		}
	}
	binary.BigEndian.PutUint32(newLoca[4*n:], uint32(len(newGlyf)))

	tables := map[string][]byte{"glyf": newGlyf, "loca": newLoca, "cmap": emptyCmap}
	for _, tag := range ttfTables {
		if t, ok := s.tables[tag]; ok {
			tables[tag] = append([]byte(nil), t...)
		}
	}
	if post := s.tables["post"]; len(post) >= 32 {
		// version 3: no glyph names
		post = append([]byte(nil), post[:32]...)
		binary.BigEndian.PutUint32(post, 0x00030000)
		tables["post"] = post
	}
	head := tables["head"]
	binary.BigEndian.PutUint32(head[8:], 0)  // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1) // long loca
	binary.BigEndian.PutUint16(tables["maxp"][4:], uint16(n))
	hhea := tables["hhea"]
	nhm := int(be16(hhea, 34))
	hmtx := tables["hmtx"]
	if nhm >= n {
		nhm = n
		hmtx = hmtx[:4*n]
	} else {
		// the advance-and-bearing pairs, then the bearings up to n
		end := min(4*nhm+2*(n-nhm), len(hmtx))
		hmtx = hmtx[:end]
	}
	binary.BigEndian.PutUint16(hhea[34:], uint16(nhm))
	tables["hmtx"] = hmtx
	font := writeSFNT(0x00010000, tables)
	binary.BigEndian.PutUint32(font[headOffset(font)+8:], 0xB1B0AFBA-sfntChecksum(font))
	return font, nil
}

// emptyCmap is a cmap mapping no character (a Windows Unicode format 4
// subtable with the closing segment only): the PDF draws by glyph ID, but
// some font parsers refuse a font without a cmap.
var emptyCmap = []byte{
	0, 0, 0, 1, // version, one subtable
	0, 3, 0, 1, 0, 0, 0, 12, // Windows Unicode BMP, at 12
	0, 4, 0, 24, 0, 0, // format 4, length, language
	0, 2, 0, 2, 0, 0, 0, 0, // segCountX2, searchRange, entrySelector, rangeShift
	0xff, 0xff, 0, 0, // endCode, reservedPad
	0xff, 0xff, 0, 1, 0, 0, // startCode, idDelta, idRangeOffset
}

// components returns the glyph IDs a composite glyph is made of; nil for
// a simple or empty glyph.
func components(g []byte) []uint16 {
	if len(g) < 10 || int16(be16(g, 0)) >= 0 {
		return nil
	}
	var ids []uint16
	for p := 10; p+4 <= len(g); {
		flags := be16(g, p)
		ids = append(ids, be16(g, p+2))
		p += 4
		if flags&1 != 0 { // ARG_1_AND_2_ARE_WORDS
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&0x08 != 0: // WE_HAVE_A_SCALE
			p += 2
		case flags&0x40 != 0: // WE_HAVE_AN_X_AND_Y_SCALE
			p += 4
		case flags&0x80 != 0: // WE_HAVE_A_TWO_BY_TWO
			p += 8
		}
		if flags&0x20 == 0 { // MORE_COMPONENTS
			break
		}
	}
	return ids
}

// writeSFNT writes an SFNT file of the given version with the tables in
// tag order, each 4-byte aligned and check-summed.
func writeSFNT(version uint32, tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	searchRange := 16 << entrySelector
	out := make([]byte, 12+16*n)
	binary.BigEndian.PutUint32(out, version)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(searchRange))
	binary.BigEndian.PutUint16(out[8:], uint16(entrySelector))
	binary.BigEndian.PutUint16(out[10:], uint16(16*n-searchRange))
	for i, tag := range tags {
		t := tables[tag]
		rec := out[12+16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[4:], sfntChecksum(t))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t)))
		out = append(out, t...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

// headOffset returns where the head table starts in a font writeSFNT made.
func headOffset(font []byte) int {
	n := int(be16(font, 4))
	for i := range n {
		if string(font[12+16*i:16+16*i]) == "head" {
			return int(be32(font, 12+16*i+8))
		}
	}
	return 0
}

// sfntChecksum is the SFNT table checksum: the sum of big-endian uint32s.
func sfntChecksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
