package fpdf

// offprint patch: a small reader of SFNT (TrueType and OpenType) fonts for
// glyph-ID text (see glyphfont.go): the table directory of a font or of one
// font of a collection, and the metrics a PDF font descriptor needs.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
)

// sfnt is one parsed font: its tables (slices of the file) and metrics.
type sfnt struct {
	tables     map[string][]byte
	cff        bool // outlines in a CFF table, not glyf
	numGlyphs  int
	unitsPerEm int
	advances   []uint16 // per glyph, design units
	name       string   // PostScript name, PDF-name-safe
	ascent     int      // design units
	descent    int      // design units, negative below the baseline
	capHeight  int
	bbox       [4]int16
	italic     float64 // italic angle, degrees
	weight     int     // OS/2 usWeightClass
	fixedPitch bool
}

var errFont = errors.New("not a usable TrueType/OpenType font")

// parseSFNT reads font number index of data (a font or a collection).
func parseSFNT(data []byte, index int) (*sfnt, error) {
	if len(data) < 12 {
		return nil, errFont
	}
	off := 0
	if string(data[:4]) == "ttcf" {
		n := int(be32(data, 8))
		if index < 0 || index >= n || 12+4*index+4 > len(data) {
			return nil, fmt.Errorf("font %d of a collection of %d", index, n)
		}
		off = int(be32(data, 12+4*index))
	} else if index != 0 {
		return nil, fmt.Errorf("font %d of a single font", index)
	}
	if off+12 > len(data) {
		return nil, errFont
	}
	numTables := int(be16(data, off+4))
	if off+12+16*numTables > len(data) {
		return nil, errFont
	}
	s := &sfnt{tables: map[string][]byte{}}
	for i := range numTables {
		rec := off + 12 + 16*i
		tag := string(data[rec : rec+4])
		start, length := int(be32(data, rec+8)), int(be32(data, rec+12))
		if start < 0 || length < 0 || start+length > len(data) || start+length < start {
			return nil, fmt.Errorf("table %q out of bounds", tag)
		}
		s.tables[tag] = data[start : start+length : start+length]
	}
	if err := s.readMetrics(); err != nil {
		return nil, err
	}
	return s, nil
}

func be16(b []byte, i int) uint16 { return binary.BigEndian.Uint16(b[i:]) }
func be32(b []byte, i int) uint32 { return binary.BigEndian.Uint32(b[i:]) }

// readMetrics fills the metrics from head, hhea, maxp, hmtx, OS/2, post
// and name.
func (s *sfnt) readMetrics() error {
	head, hhea, maxp, hmtx := s.tables["head"], s.tables["hhea"], s.tables["maxp"], s.tables["hmtx"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return errors.New("missing head, hhea or maxp table")
	}
	_, s.cff = s.tables["CFF "]
	if !s.cff && (s.tables["glyf"] == nil || s.tables["loca"] == nil) {
		return errors.New("no glyf/loca or CFF outlines")
	}
	s.unitsPerEm = int(be16(head, 18))
	if s.unitsPerEm == 0 {
		return errors.New("unitsPerEm is 0")
	}
	for i := range s.bbox {
		s.bbox[i] = int16(be16(head, 36+2*i))
	}
	s.numGlyphs = int(be16(maxp, 4))
	nhm := int(be16(hhea, 34))
	if nhm == 0 || nhm > s.numGlyphs || len(hmtx) < 4*nhm {
		return errors.New("bad hmtx")
	}
	s.advances = make([]uint16, s.numGlyphs)
	for g := range s.advances {
		s.advances[g] = be16(hmtx, 4*min(g, nhm-1))
	}
	s.ascent, s.descent = int(int16(be16(hhea, 4))), int(int16(be16(hhea, 6)))
	s.capHeight = s.ascent
	s.weight = 400
	if os2 := s.tables["OS/2"]; len(os2) >= 78 {
		s.weight = int(be16(os2, 4))
		s.ascent, s.descent = int(int16(be16(os2, 68))), int(int16(be16(os2, 70)))
		if be16(os2, 0) >= 2 && len(os2) >= 90 {
			s.capHeight = int(int16(be16(os2, 88)))
		}
	}
	if post := s.tables["post"]; len(post) >= 16 {
		s.italic = float64(int32(be32(post, 4))) / 65536
		s.fixedPitch = be32(post, 12) != 0
	}
	s.name = pdfName(postScriptName(s.tables["name"]))
	if s.name == "" {
		s.name = "Font"
	}
	return nil
}

// postScriptName returns name ID 6 of a name table, "" when missing.
func postScriptName(name []byte) string {
	if len(name) < 6 {
		return ""
	}
	count, strOff := int(be16(name, 2)), int(be16(name, 4))
	mac := ""
	for i := range count {
		r := 6 + 12*i
		if r+12 > len(name) {
			break
		}
		platform, enc, id := be16(name, r), be16(name, r+2), be16(name, r+6)
		length, off := int(be16(name, r+8)), strOff+int(be16(name, r+10))
		if id != 6 || off+length > len(name) {
			continue
		}
		b := name[off : off+length]
		switch {
		case platform == 3 && (enc == 1 || enc == 0) || platform == 0:
			u := make([]uint16, len(b)/2)
			for j := range u {
				u[j] = be16(b, 2*j)
			}
			return string(utf16.Decode(u))
		case platform == 1 && mac == "":
			mac = string(b)
		}
	}
	return mac
}

// pdfName keeps the characters of s that a PDF name and a font name allow
// without escapes.
func pdfName(s string) string {
	return strings.Map(func(r rune) rune {
		if r <= ' ' || r >= 0x7f || strings.ContainsRune("()<>[]{}/%#", r) {
			return -1
		}
		return r
	}, s)
}
