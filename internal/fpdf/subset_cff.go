package fpdf

// offprint patch: subsetting CFF (OpenType/CFF) fonts for glyph-ID text,
// written as a bare CFF font program (FontFile3 /CIDFontType0C). Glyph IDs
// stay the CIDs of the content stream (see subsetCFF).

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

var errCFF = errors.New("malformed CFF table")

// cffIndex is a parsed INDEX: its items, slices of the table.
type cffIndex [][]byte

// readIndex reads the INDEX at off and returns it and the offset after it.
func readIndex(b []byte, off int) (cffIndex, int, error) {
	if off < 0 || off+2 > len(b) {
		return nil, 0, errCFF
	}
	count := int(be16(b, off))
	if count == 0 {
		return cffIndex{}, off + 2, nil
	}
	if off+3 > len(b) {
		return nil, 0, errCFF
	}
	size := int(b[off+2])
	if size < 1 || size > 4 {
		return nil, 0, errCFF
	}
	offs := off + 3
	data := offs + (count+1)*size - 1 // offsets count from 1
	if offs+(count+1)*size > len(b) {
		return nil, 0, errCFF
	}
	read := func(i int) int {
		v := 0
		for _, c := range b[offs+i*size : offs+(i+1)*size] {
			v = v<<8 | int(c)
		}
		return data + v
	}
	items := make(cffIndex, count)
	start := read(0)
	for i := range count {
		end := read(i + 1)
		if start > end || end > len(b) {
			return nil, 0, errCFF
		}
		items[i] = b[start:end:end]
		start = end
	}
	return items, start, nil
}

// appendIndex appends an INDEX of items to out.
func appendIndex(out []byte, items cffIndex) []byte {
	out = binary.BigEndian.AppendUint16(out, uint16(len(items)))
	if len(items) == 0 {
		return out
	}
	total := 1
	for _, it := range items {
		total += len(it)
	}
	size := 1
	for total >= 1<<(8*size) {
		size++
	}
	out = append(out, byte(size))
	off := 1
	put := func(v int) {
		for i := size - 1; i >= 0; i-- {
			out = append(out, byte(v>>(8*i)))
		}
	}
	put(off)
	for _, it := range items {
		off += len(it)
		put(off)
	}
	for _, it := range items {
		out = append(out, it...)
	}
	return out
}

// dictEntry is one operator of a DICT with its operands, raw and decoded.
type dictEntry struct {
	op   int // 0–21, or 1200+n for the two-byte operators 12 n
	raw  []byte
	args []float64
}

// readDict parses a DICT.
func readDict(b []byte) ([]dictEntry, error) {
	var out []dictEntry
	var args []float64
	start := 0
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c <= 21:
			op := int(c)
			i++
			if c == 12 {
				if i >= len(b) {
					return nil, errCFF
				}
				op = 1200 + int(b[i])
				i++
			}
			out = append(out, dictEntry{op: op, raw: b[start:i], args: args})
			args, start = nil, i
		case c == 28 && i+3 <= len(b):
			args = append(args, float64(int16(be16(b, i+1))))
			i += 3
		case c == 29 && i+5 <= len(b):
			args = append(args, float64(int32(be32(b, i+1))))
			i += 5
		case c == 30:
			i++
			for i < len(b) && b[i]&0x0f != 0x0f && b[i]>>4 != 0x0f {
				i++
			}
			i++
			args = append(args, 0) // reals are copied raw, never read
		case c >= 32 && c <= 246:
			args = append(args, float64(int(c)-139))
			i++
		case c >= 247 && c <= 250 && i+2 <= len(b):
			args = append(args, float64((int(c)-247)*256+int(b[i+1])+108))
			i += 2
		case c >= 251 && c <= 254 && i+2 <= len(b):
			args = append(args, float64(-(int(c)-251)*256-int(b[i+1])-108))
			i += 2
		default:
			return nil, errCFF
		}
	}
	return out, nil
}

// get returns the operands of op, nil when absent.
func dictGet(d []dictEntry, op int) []float64 {
	for _, e := range d {
		if e.op == op {
			return e.args
		}
	}
	return nil
}

// appendDict writes a DICT, replacing the operands of the operators in
// set by 5-byte integers (so that sizes do not depend on the values) and
// leaving out the operators in drop.
func appendDict(out []byte, d []dictEntry, set map[int][]int, drop map[int]bool) []byte {
	for _, e := range d {
		if drop[e.op] {
			continue
		}
		vals, ok := set[e.op]
		if !ok {
			out = append(out, e.raw...)
			continue
		}
		for _, v := range vals {
			out = append(out, 29)
			out = binary.BigEndian.AppendUint32(out, uint32(int32(v)))
		}
		if e.op >= 1200 {
			out = append(out, 12, byte(e.op-1200))
		} else {
			out = append(out, byte(e.op))
		}
	}
	return out
}

// DICT operators used here.
const (
	opCharset     = 15
	opEncoding    = 16
	opCharStrings = 17
	opPrivate     = 18
	opSubrs       = 19
	opROS         = 1230
	opFDArray     = 1236
	opFDSelect    = 1237
)

// cffFont is a parsed CFF font.
type cffFont struct {
	cff      []byte
	name     []byte // the Name INDEX, raw
	top      []dictEntry
	strings  []byte // the String INDEX, raw
	gsubrs   cffIndex
	glyphs   cffIndex
	cid      bool
	fdSelect []byte       // glyph → font DICT (CID-keyed)
	fonts    []cffPrivate // font DICTs of a CID-keyed font, or the one Private
	charset  []byte       // raw charset of a name-keyed font (to its end)
}

// cffPrivate is a font DICT (CID-keyed) with its Private DICT and local
// subroutines.
type cffPrivate struct {
	font    []dictEntry // nil for a name-keyed font
	private []dictEntry
	subrs   cffIndex
}

// parseCFF reads a CFF table holding one font.
func parseCFF(b []byte) (*cffFont, error) {
	if len(b) < 4 {
		return nil, errCFF
	}
	f := &cffFont{cff: b}
	off := int(b[2])
	_, end, err := readIndex(b, off)
	if err != nil {
		return nil, err
	}
	f.name = b[off:end]
	tops, next, err := readIndex(b, end)
	if err != nil || len(tops) != 1 {
		return nil, errCFF
	}
	if f.top, err = readDict(tops[0]); err != nil {
		return nil, err
	}
	_, end, err = readIndex(b, next)
	if err != nil {
		return nil, err
	}
	f.strings = b[next:end]
	if f.gsubrs, _, err = readIndex(b, end); err != nil {
		return nil, err
	}
	cs := dictGet(f.top, opCharStrings)
	if len(cs) != 1 {
		return nil, errors.New("CFF without CharStrings")
	}
	if f.glyphs, _, err = readIndex(b, int(cs[0])); err != nil {
		return nil, err
	}
	if len(f.glyphs) == 0 {
		return nil, errors.New("CFF without glyphs")
	}
	f.cid = dictGet(f.top, opROS) != nil
	if f.cid {
		return f, f.parseCID()
	}
	p, err := f.readPrivate(dictGet(f.top, opPrivate))
	if err != nil {
		return nil, err
	}
	f.fonts = []cffPrivate{p}
	if c := dictGet(f.top, opCharset); len(c) == 1 && c[0] > 2 {
		if f.charset, err = charsetBytes(b, int(c[0]), len(f.glyphs)); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// charsetBytes returns the charset at off of a font of n glyphs.
func charsetBytes(b []byte, off, n int) ([]byte, error) {
	if off < 0 || off >= len(b) {
		return nil, errCFF
	}
	p := off + 1
	switch b[off] {
	case 0:
		p += 2 * (n - 1)
	case 1, 2:
		for covered := 1; covered < n; {
			if p+3 > len(b) {
				return nil, errCFF
			}
			left := int(b[p+2])
			p += 3
			if b[off] == 2 {
				if p+1 > len(b) {
					return nil, errCFF
				}
				left = int(be16(b, p-1))
				p++
			}
			covered += left + 1
		}
	default:
		return nil, errCFF
	}
	if p > len(b) {
		return nil, errCFF
	}
	return b[off:p], nil
}

// parseCID reads the FDArray and FDSelect of a CID-keyed font.
func (f *cffFont) parseCID() error {
	fa, fs := dictGet(f.top, opFDArray), dictGet(f.top, opFDSelect)
	if len(fa) != 1 || len(fs) != 1 {
		return errors.New("CID-keyed CFF without FDArray or FDSelect")
	}
	dicts, _, err := readIndex(f.cff, int(fa[0]))
	if err != nil {
		return err
	}
	for _, raw := range dicts {
		d, err := readDict(raw)
		if err != nil {
			return err
		}
		p, err := f.readPrivate(dictGet(d, opPrivate))
		if err != nil {
			return err
		}
		p.font = d
		f.fonts = append(f.fonts, p)
	}
	if len(f.fonts) == 0 {
		return errors.New("CID-keyed CFF with an empty FDArray")
	}
	n := len(f.glyphs)
	f.fdSelect = make([]byte, n)
	b, off := f.cff, int(fs[0])
	if off < 0 || off >= len(b) {
		return errCFF
	}
	switch b[off] {
	case 0:
		if off+1+n > len(b) {
			return errCFF
		}
		copy(f.fdSelect, b[off+1:])
	case 3:
		if off+3 > len(b) {
			return errCFF
		}
		nr := int(be16(b, off+1))
		if off+3+3*nr+2 > len(b) {
			return errCFF
		}
		for r := range nr {
			p := off + 3 + 3*r
			first, fd, last := int(be16(b, p)), b[p+2], int(be16(b, p+3))
			for g := first; g < last && g < n; g++ {
				f.fdSelect[g] = fd
			}
		}
	default:
		return fmt.Errorf("FDSelect format %d", b[off])
	}
	for _, fd := range f.fdSelect {
		if int(fd) >= len(f.fonts) {
			return errCFF
		}
	}
	return nil
}

// readPrivate reads a Private DICT given its (size, offset) and its
// local subroutines.
func (f *cffFont) readPrivate(so []float64) (cffPrivate, error) {
	if len(so) != 2 {
		return cffPrivate{}, errors.New("CFF font without a Private DICT")
	}
	size, off := int(so[0]), int(so[1])
	if off < 0 || size < 0 || off+size > len(f.cff) {
		return cffPrivate{}, errCFF
	}
	d, err := readDict(f.cff[off : off+size])
	if err != nil {
		return cffPrivate{}, err
	}
	p := cffPrivate{private: d}
	if s := dictGet(d, opSubrs); len(s) == 1 {
		if p.subrs, _, err = readIndex(f.cff, off+int(s[0])); err != nil {
			return cffPrivate{}, err
		}
	}
	return p, nil
}

// fdOf returns the font DICT index of a glyph.
func (f *cffFont) fdOf(g int) int {
	if f.cid {
		return int(f.fdSelect[g])
	}
	return 0
}

// subsetCFF returns a CFF font program with only the glyphs of used. A
// CID-keyed font keeps only those glyphs, with a charset that maps each
// to its original glyph ID as its CID; a name-keyed font keeps glyph IDs
// (PDF readers take CIDs as glyph indices for it) and empties the glyphs
// not used. Subroutines no glyph kept calls are emptied: their numbers
// stay, the bias with them.
func subsetCFF(table []byte, used map[uint16]bool) ([]byte, error) {
	f, err := parseCFF(table)
	if err != nil {
		return nil, err
	}
	gids := []int{0} // the glyphs kept, by original ID
	last := 0
	for g := range used {
		if g != 0 && int(g) < len(f.glyphs) {
			gids = append(gids, int(g))
			last = max(last, int(g))
		}
	}
	slices.Sort(gids)
	if !f.cid {
		gids = make([]int, last+1)
		for g := range gids {
			gids[g] = g
		}
	}
	glyphs := make(cffIndex, len(gids))
	gsubrs := make([]bool, len(f.gsubrs))
	lsubrs := make([][]bool, len(f.fonts))
	for i, p := range f.fonts {
		lsubrs[i] = make([]bool, len(p.subrs))
	}
	all := false // a charstring computes subroutine numbers: keep them all
	for i, g := range gids {
		if g != 0 && !used[uint16(g)] {
			glyphs[i] = []byte{14} // endchar
			continue
		}
		glyphs[i] = f.glyphs[g]
		fd := f.fdOf(g)
		w := csWalker{gsubrs: f.gsubrs, lsubrs: f.fonts[fd].subrs, usedG: gsubrs, usedL: lsubrs[fd]}
		if !w.run(f.glyphs[g], 0) {
			all = true
		}
	}
	keep := func(subrs cffIndex, used []bool) cffIndex {
		if all {
			return subrs
		}
		n := 0
		for i, u := range used {
			if u {
				n = i + 1
			}
		}
		// as many as keeps the bias
		switch {
		case len(subrs) >= 33900:
			n = max(n, 33900)
		case len(subrs) >= 1240:
			n = max(n, 1240)
		}
		out := make(cffIndex, n)
		for i := range out {
			if used[i] {
				out[i] = subrs[i]
			}
		}
		return out
	}
	return f.write(gids, glyphs, keep(f.gsubrs, gsubrs), func(fd int) cffIndex { return keep(f.fonts[fd].subrs, lsubrs[fd]) }), nil
}

// write assembles the subset font: header, Name, Top DICT, String and
// Global Subr INDEXes, charset, FDSelect, CharStrings, FDArray, then each
// Private DICT followed by its local subroutines.
func (f *cffFont) write(gids []int, glyphs, gsubrs cffIndex, lsubrs func(int) cffIndex) []byte {
	var charset, fdSelect []byte
	if f.cid {
		charset = []byte{0} // each glyph's CID is its original ID
		fds := make([]byte, len(gids))
		for i, g := range gids {
			if i > 0 {
				charset = binary.BigEndian.AppendUint16(charset, uint16(g))
			}
			fds[i] = f.fdSelect[g]
		}
		fdSelect = appendFDSelect(nil, fds)
	} else if f.charset != nil {
		charset = f.charset
	}
	charStrings := appendIndex(nil, glyphs)
	// the font DICTs and Private DICTs, with placeholder offsets first:
	// every offset is written in 5 bytes, so sizes do not change
	privates := make([][]byte, len(f.fonts))
	subrs := make([][]byte, len(f.fonts))
	for i, p := range f.fonts {
		set := map[int][]int{}
		if dictGet(p.private, opSubrs) != nil {
			set[opSubrs] = []int{0}
		}
		size := len(appendDict(nil, p.private, set, nil))
		set[opSubrs] = []int{size}
		if dictGet(p.private, opSubrs) == nil {
			delete(set, opSubrs)
		}
		privates[i] = appendDict(nil, p.private, set, nil)
		if dictGet(p.private, opSubrs) != nil {
			subrs[i] = appendIndex(nil, lsubrs(i))
		}
	}
	fontDicts := func(privOff int) ([]byte, []int) {
		var items cffIndex
		var offs []int
		for i, p := range f.fonts {
			offs = append(offs, privOff)
			if f.cid {
				items = append(items, appendDict(nil, p.font, map[int][]int{opPrivate: {len(privates[i]), privOff}}, nil))
			}
			privOff += len(privates[i]) + len(subrs[i])
		}
		if !f.cid {
			return nil, offs
		}
		return appendIndex(nil, items), offs
	}
	topDict := func(charsetOff, fdSelectOff, charStringsOff, fdArrayOff, privOff int) []byte {
		set := map[int][]int{opCharStrings: {charStringsOff}}
		drop := map[int]bool{opEncoding: true}
		if charset != nil {
			set[opCharset] = []int{charsetOff}
		}
		if f.cid {
			set[opFDSelect] = []int{fdSelectOff}
			set[opFDArray] = []int{fdArrayOff}
		} else {
			set[opPrivate] = []int{len(privates[0]), privOff}
		}
		return appendIndex(nil, cffIndex{appendDict(nil, f.top, set, drop)})
	}
	head := 4 + len(f.name) + len(topDict(0, 0, 0, 0, 0)) + len(f.strings) + len(appendIndex(nil, gsubrs))
	charsetOff := head
	fdSelectOff := charsetOff + len(charset)
	charStringsOff := fdSelectOff + len(fdSelect)
	fdArrayOff := charStringsOff + len(charStrings)
	fa, _ := fontDicts(0)
	privOff := fdArrayOff + len(fa)
	fa, offs := fontDicts(privOff)

	out := []byte{1, 0, 4, 4}
	out = append(out, f.name...)
	out = append(out, topDict(charsetOff, fdSelectOff, charStringsOff, fdArrayOff, offs[0])...)
	out = append(out, f.strings...)
	out = appendIndex(out, gsubrs)
	out = append(out, charset...)
	out = append(out, fdSelect...)
	out = append(out, charStrings...)
	out = append(out, fa...)
	for i := range f.fonts {
		out = append(out, privates[i]...)
		out = append(out, subrs[i]...)
	}
	return out
}

// appendFDSelect writes a format 3 FDSelect for the glyphs' font DICTs.
func appendFDSelect(out []byte, fds []byte) []byte {
	var ranges []int
	for g := range fds {
		if g == 0 || fds[g] != fds[g-1] {
			ranges = append(ranges, g)
		}
	}
	out = append(out, 3)
	out = binary.BigEndian.AppendUint16(out, uint16(len(ranges)))
	for _, g := range ranges {
		out = binary.BigEndian.AppendUint16(out, uint16(g))
		out = append(out, fds[g])
	}
	return binary.BigEndian.AppendUint16(out, uint16(len(fds)))
}
