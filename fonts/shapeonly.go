package fonts

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"

	otfont "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
)

// parseForShaping parses a TrueType file for go-text, without its
// outlines when shaping does not need them.
func parseForShaping(data []byte) (*otfont.Face, error) {
	res, err := newShapeOnly(data)
	if err != nil {
		return nil, err
	}
	f, err := otfont.ParseTTF(res)
	if err != nil || !needsOutlines(f.Font) {
		return f, err
	}
	return otfont.ParseTTF(bytes.NewReader(data))
}

// needsOutlines reports whether HarfBuzz may read glyph extents when it
// shapes horizontal text the font draws (see the comment above).
func needsOutlines(f *otfont.Font) bool {
	if len(f.GPOS.Lookups) == 0 {
		return true
	}
	hebr := ot.MustNewTag("hebr")
	for _, s := range f.GPOS.Scripts {
		if s.Tag == hebr {
			return false
		}
	}
	for _, r := range hebrewRanges {
		for c := r[0]; c <= r[1]; c++ {
			if _, ok := f.NominalGlyph(c); ok {
				return true
			}
		}
	}
	return false
}

// hebrewRanges are the blocks of Hebrew script: Hebrew and the Hebrew
// presentation forms.
var hebrewRanges = [...][2]rune{{0x0591, 0x05F4}, {0xFB1D, 0xFB4F}}

// This file lets go-text read an embedded face for shaping without its
// outlines. go-text's font.NewFont parses every glyph of the 'glyf' table
// (about two thirds of the cost of loading Noto Serif, and most of the
// memory it keeps), but shaping horizontal text with a font that has a
// GPOS table never reads an outline: glyph extents serve only HarfBuzz's
// fallback mark positioning (fonts without GPOS) and vertical origins,
// and contour-point anchors are not implemented by go-text. The PDF and
// EPUB writers embed Face.Data, the unchanged file, not what go-text read.
// Two cases need the outlines, and parseForShaping keeps them there: a
// font without GPOS lookups (Go Mono: HarfBuzz positions marks from glyph
// extents), and a font that draws Hebrew letters without a 'hebr' GPOS
// script (HarfBuzz's Hebrew shaper then ignores GPOS). What remains
// unequal is Hebrew text in a face that cannot draw it: the offsets of
// the marks over its missing-glyph boxes. TestShapeOnlySame checks that
// every embedded face shapes the same either way.

// outlineTables are the tables hidden from go-text: the outlines, and
// 'post', whose glyph names (a string per glyph) and underline metrics
// offprint never asks go-text for (nor does shaping).
var outlineTables = [...]string{"glyf", "loca", "post"}

// shapeOnly serves a TrueType file (not a collection) to go-text's loader
// with the directory entries of outlineTables blanked, so that the loader
// does not find them. Everything else reads through to data.
type shapeOnly struct {
	dir  []byte // header and table directory, patched
	data []byte // the whole file
	pos  int64
}

// newShapeOnly returns data as a shapeOnly resource.
func newShapeOnly(data []byte) (*shapeOnly, error) {
	const header, entry = 12, 16
	if len(data) < header {
		return nil, errors.New("font file too short")
	}
	n := header + entry*int(binary.BigEndian.Uint16(data[4:6]))
	if len(data) < n {
		return nil, errors.New("font table directory truncated")
	}
	dir := append([]byte(nil), data[:n]...)
	for i := header; i < n; i += entry {
		for _, t := range outlineTables {
			if string(dir[i:i+4]) == t {
				copy(dir[i:i+4], "\x00\x00\x00\x00") // a duplicate tag: the loader keeps the first
			}
		}
	}
	return &shapeOnly{dir: dir, data: data}, nil
}

// ReadAt reads from the patched directory, then the file.
func (s *shapeOnly) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("fonts: negative offset")
	}
	if off >= int64(len(s.data)) {
		return 0, io.EOF
	}
	n := copy(p, s.data[off:])
	if off < int64(len(s.dir)) {
		copy(p[:n], s.dir[off:])
	}
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// Read reads at the current position.
func (s *shapeOnly) Read(p []byte) (int, error) {
	n, err := s.ReadAt(p, s.pos)
	s.pos += int64(n)
	return n, err
}

// Seek moves the position.
func (s *shapeOnly) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case io.SeekCurrent:
		offset += s.pos
	case io.SeekEnd:
		offset += int64(len(s.data))
	}
	if offset < 0 {
		return 0, errors.New("fonts: negative position")
	}
	s.pos = offset
	return offset, nil
}
