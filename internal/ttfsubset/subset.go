// Package ttfsubset cuts a TrueType (glyf outline) font down to the glyphs
// of a set of characters, as a standalone font file a reading system can
// load through @font-face: the glyphs are renumbered (.notdef first, then
// the used glyphs and the components of composite ones, in their original
// order), and glyf, loca, hmtx, cmap, maxp, hhea, head and post are
// rebuilt. The naming, metric and hinting tables (name, OS/2, cvt, fpgm,
// prep, gasp) are kept as they are; the OpenType layout tables (GSUB,
// GPOS, GDEF) and the other tables that refer to glyph numbers are left
// out: the pair kerning of GPOS becomes a legacy kern table, and
// ligatures and other substitutions are lost.
package ttfsubset

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"

	"golang.org/x/image/font/sfnt"
)

// kept are the tables copied unchanged into the subset.
var kept = []string{"OS/2", "cvt ", "fpgm", "gasp", "name", "prep"}

// font is the table directory of a TrueType font.
type font struct {
	tables      map[string][]byte
	numGlyphs   int
	numHMetrics int
	longLoca    bool
}

func parse(data []byte) (*font, error) {
	if len(data) < 12 {
		return nil, errors.New("not a font: too short")
	}
	if v := be32(data, 0); v != 0x00010000 && v != 0x74727565 {
		return nil, fmt.Errorf("not a TrueType font (version %#x)", v)
	}
	n := int(be16(data, 4))
	if len(data) < 12+16*n {
		return nil, errors.New("truncated table directory")
	}
	f := &font{tables: map[string][]byte{}}
	for i := range n {
		rec := data[12+16*i:]
		off, length := int(be32(rec, 8)), int(be32(rec, 12))
		if off < 0 || length < 0 || off+length > len(data) {
			return nil, fmt.Errorf("table %q lies outside the file", rec[:4])
		}
		f.tables[string(rec[:4])] = data[off : off+length]
	}
	for _, t := range []string{"head", "hhea", "hmtx", "maxp", "loca", "glyf", "cmap", "post"} {
		if f.tables[t] == nil {
			return nil, fmt.Errorf("no %s table (only TrueType outlines are supported)", t)
		}
	}
	if len(f.tables["head"]) < 54 || len(f.tables["hhea"]) < 36 || len(f.tables["maxp"]) < 6 || len(f.tables["post"]) < 32 {
		return nil, errors.New("truncated head, hhea, maxp or post table")
	}
	f.numGlyphs = int(be16(f.tables["maxp"], 4))
	f.numHMetrics = int(be16(f.tables["hhea"], 34))
	f.longLoca = be16(f.tables["head"], 50) == 1
	if f.numHMetrics < 1 || f.numHMetrics > f.numGlyphs || len(f.tables["hmtx"]) < 4*f.numHMetrics+2*(f.numGlyphs-f.numHMetrics) {
		return nil, errors.New("bad hmtx table")
	}
	return f, nil
}

// glyph returns the outline data of glyph g.
func (f *font) glyph(g int) ([]byte, error) {
	loca, glyf := f.tables["loca"], f.tables["glyf"]
	var a, b int
	if f.longLoca {
		if 4*g+8 > len(loca) {
			return nil, errors.New("bad loca table")
		}
		a, b = int(be32(loca, 4*g)), int(be32(loca, 4*g+4))
	} else {
		if 2*g+4 > len(loca) {
			return nil, errors.New("bad loca table")
		}
		a, b = 2*int(be16(loca, 2*g)), 2*int(be16(loca, 2*g+2))
	}
	if a > b || b > len(glyf) {
		return nil, errors.New("bad loca table")
	}
	return glyf[a:b], nil
}

// Composite glyph flags.
const (
	argsAreWords   = 0x0001
	haveScale      = 0x0008
	moreComponents = 0x0020
	haveXYScale    = 0x0040
	haveTwoByTwo   = 0x0080
)

// components calls fn with the offset of each component's glyph index in
// the data of a composite glyph; it does nothing for a simple glyph.
func components(g []byte, fn func(at int)) error {
	if len(g) < 10 || int16(be16(g, 0)) >= 0 {
		return nil
	}
	for i := 10; ; {
		if i+4 > len(g) {
			return errors.New("truncated composite glyph")
		}
		flags := be16(g, i)
		fn(i + 2)
		i += 4
		if flags&argsAreWords != 0 {
			i += 4
		} else {
			i += 2
		}
		switch {
		case flags&haveScale != 0:
			i += 2
		case flags&haveXYScale != 0:
			i += 4
		case flags&haveTwoByTwo != 0:
			i += 8
		}
		if flags&moreComponents == 0 {
			return nil
		}
	}
}

// Subset returns a font holding the glyphs of the characters of runes that
// the font has (and .notdef), mapped from those characters only. The
// characters the font lacks are ignored.
func Subset(data []byte, runes []rune) ([]byte, error) {
	f, err := parse(data)
	if err != nil {
		return nil, err
	}
	cmap, err := glyphIndexes(data, runes)
	if err != nil {
		return nil, err
	}
	old, err := f.closure(cmap)
	if err != nil {
		return nil, err
	}
	renumber := make(map[int]int, len(old))
	for i, g := range old {
		renumber[g] = i
	}
	glyf, loca, err := f.glyphs(old, renumber)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{"glyf": glyf, "loca": loca, "hmtx": f.hmtx(old)}
	for _, t := range kept {
		if d := f.tables[t]; d != nil {
			out[t] = d
		}
	}
	if k := kernTable(f.tables["GPOS"], old); k != nil {
		out["kern"] = k
	}
	out["cmap"] = buildCmap(cmap, renumber)
	out["maxp"] = put16(clone(f.tables["maxp"]), 4, len(old))
	out["hhea"] = put16(clone(f.tables["hhea"]), 34, len(old))
	out["head"] = put16(clone(f.tables["head"]), 50, 1) // long loca offsets
	post := clone(f.tables["post"][:32])
	binary.BigEndian.PutUint32(post, 0x00030000) // no glyph names
	out["post"] = post
	return writeFont(out), nil
}

// glyphIndexes maps each rune the font has to its glyph.
func glyphIndexes(data []byte, runes []rune) (map[rune]int, error) {
	sf, err := sfnt.Parse(data)
	if err != nil {
		return nil, err
	}
	var buf sfnt.Buffer
	m := map[rune]int{}
	for _, r := range runes {
		g, err := sf.GlyphIndex(&buf, r)
		if err == nil && g != 0 {
			m[r] = int(g)
		}
	}
	return m, nil
}

// closure returns the glyphs to keep, in their original order: .notdef,
// the glyphs of cmap and the components of composite glyphs.
func (f *font) closure(cmap map[rune]int) ([]int, error) {
	keep := map[int]bool{0: true}
	var todo []int
	for _, g := range cmap {
		todo = append(todo, g)
	}
	for len(todo) > 0 {
		g := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if g >= f.numGlyphs {
			return nil, fmt.Errorf("glyph %d out of range", g)
		}
		if keep[g] && g != 0 {
			continue
		}
		keep[g] = true
		data, err := f.glyph(g)
		if err != nil {
			return nil, err
		}
		err = components(data, func(at int) {
			if c := int(be16(data, at)); !keep[c] {
				todo = append(todo, c)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	out := make([]int, 0, len(keep))
	for g := range keep {
		out = append(out, g)
	}
	sort.Ints(out)
	return out, nil
}

// glyphs returns the new glyf table (each glyph padded to 4 bytes, its
// components renumbered) and its long loca.
func (f *font) glyphs(old []int, renumber map[int]int) (glyf, loca []byte, err error) {
	loca = make([]byte, 4*(len(old)+1))
	for i, g := range old {
		binary.BigEndian.PutUint32(loca[4*i:], uint32(len(glyf)))
		data, err := f.glyph(g)
		if err != nil {
			return nil, nil, err
		}
		at := len(glyf)
		glyf = append(glyf, data...)
		err = components(data, func(off int) {
			put16(glyf, at+off, renumber[int(be16(data, off))])
		})
		if err != nil {
			return nil, nil, err
		}
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	binary.BigEndian.PutUint32(loca[4*len(old):], uint32(len(glyf)))
	return glyf, loca, nil
}

// hmtx returns the metrics of the kept glyphs, all as long metrics.
func (f *font) hmtx(old []int) []byte {
	src := f.tables["hmtx"]
	out := make([]byte, 4*len(old))
	for i, g := range old {
		var adv, lsb uint16
		if g < f.numHMetrics {
			adv, lsb = be16(src, 4*g), be16(src, 4*g+2)
		} else {
			adv = be16(src, 4*(f.numHMetrics-1))
			lsb = be16(src, 4*f.numHMetrics+2*(g-f.numHMetrics))
		}
		binary.BigEndian.PutUint16(out[4*i:], adv)
		binary.BigEndian.PutUint16(out[4*i+2:], lsb)
	}
	return out
}

// buildCmap writes a cmap with a format 4 subtable for the Basic
// Multilingual Plane (platforms 0/3 and 3/1) and, when a character lies
// beyond it, a format 12 subtable for all (platforms 0/4 and 3/10).
func buildCmap(cmap map[rune]int, renumber map[int]int) []byte {
	runes := make([]rune, 0, len(cmap))
	astral := false
	for r := range cmap {
		runes = append(runes, r)
		astral = astral || r > 0xFFFF
	}
	slices.Sort(runes)
	f4 := format4(runes, cmap, renumber)
	var f12 []byte
	if astral {
		f12 = format12(runes, cmap, renumber)
	}
	type rec struct{ platform, encoding int }
	recs := []rec{{0, 3}, {3, 1}}
	if astral {
		recs = []rec{{0, 3}, {0, 4}, {3, 1}, {3, 10}}
	}
	head := 4 + 8*len(recs)
	out := make([]byte, head)
	put16(out, 2, len(recs))
	for i, r := range recs {
		off := head
		if r.encoding == 4 || r.encoding == 10 {
			off += len(f4)
		}
		put16(out, 4+8*i, r.platform)
		put16(out, 6+8*i, r.encoding)
		binary.BigEndian.PutUint32(out[8+8*i:], uint32(off))
	}
	out = append(out, f4...)
	return append(out, f12...)
}

// format4 writes the BMP characters as segments of consecutive characters
// with consecutive glyphs (one idDelta each), closed by the 0xFFFF segment.
func format4(runes []rune, cmap map[rune]int, renumber map[int]int) []byte {
	type seg struct{ start, end, delta int }
	var segs []seg
	for _, r := range runes {
		if r >= 0xFFFF {
			break
		}
		g := renumber[cmap[r]]
		if n := len(segs); n > 0 && segs[n-1].end == int(r)-1 && segs[n-1].delta == g-int(r) {
			segs[n-1].end = int(r)
			continue
		}
		segs = append(segs, seg{int(r), int(r), g - int(r)})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	out := make([]byte, 14+8*n+2)
	put16(out, 0, 4)
	put16(out, 2, len(out))
	put16(out, 6, 2*n)
	p := 1
	for p*2 <= n {
		p *= 2
	}
	put16(out, 8, 2*p)
	put16(out, 10, log2(p))
	put16(out, 12, 2*n-2*p)
	for i, s := range segs {
		put16(out, 14+2*i, s.end)
		put16(out, 16+2*n+2*i, s.start)
		put16(out, 16+4*n+2*i, s.delta&0xFFFF)
		// idRangeOffset stays 0: glyph = char + delta
	}
	return out
}

// format12 writes every character as groups of consecutive characters
// with consecutive glyphs.
func format12(runes []rune, cmap map[rune]int, renumber map[int]int) []byte {
	type group struct{ start, end, glyph int }
	var groups []group
	for _, r := range runes {
		g := renumber[cmap[r]]
		if n := len(groups); n > 0 && groups[n-1].end == int(r)-1 && groups[n-1].glyph+int(r)-groups[n-1].start == g {
			groups[n-1].end = int(r)
			continue
		}
		groups = append(groups, group{int(r), int(r), g})
	}
	out := make([]byte, 16+12*len(groups))
	put16(out, 0, 12)
	binary.BigEndian.PutUint32(out[4:], uint32(len(out)))
	binary.BigEndian.PutUint32(out[12:], uint32(len(groups)))
	for i, g := range groups {
		binary.BigEndian.PutUint32(out[16+12*i:], uint32(g.start))
		binary.BigEndian.PutUint32(out[20+12*i:], uint32(g.end))
		binary.BigEndian.PutUint32(out[24+12*i:], uint32(g.glyph))
	}
	return out
}

// writeFont assembles the tables into a font file, tables sorted by tag
// and 4-byte aligned, with their checksums and head's checkSumAdjustment.
func writeFont(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	p := 1
	for p*2 <= n {
		p *= 2
	}
	out := make([]byte, 12+16*n)
	binary.BigEndian.PutUint32(out, 0x00010000)
	put16(out, 4, n)
	put16(out, 6, 16*p)
	put16(out, 8, log2(p))
	put16(out, 10, 16*n-16*p)
	headAt := 0
	for i, t := range tags {
		data := tables[t]
		if t == "head" {
			data = clone(data)
			binary.BigEndian.PutUint32(data[8:], 0)
			headAt = len(out)
		}
		rec := out[12+16*i:]
		copy(rec, t)
		binary.BigEndian.PutUint32(rec[4:], checksum(data))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(data)))
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}

func log2(n int) int {
	l := 0
	for n > 1 {
		n /= 2
		l++
	}
	return l
}

func be16(b []byte, i int) uint16 { return binary.BigEndian.Uint16(b[i:]) }
func be32(b []byte, i int) uint32 { return binary.BigEndian.Uint32(b[i:]) }

func put16(b []byte, i, v int) []byte {
	binary.BigEndian.PutUint16(b[i:], uint16(v))
	return b
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }
