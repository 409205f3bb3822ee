package fonts

import (
	"bytes"
	"encoding/binary"

	"github.com/go-text/typesetting/font/opentype"
)

// Decor are a face's metrics for decorated and shifted text, in design
// units, from its OS/2 table: the strikeout stroke, and the size and
// baseline shift the designer gives superscripts and subscripts. A field
// is 0 when the face does not give it (no OS/2 table, or a value that is
// not plausible: a size outside a quarter to one em, a shift beyond one
// em, a stroke thicker than a fifth of an em).
type Decor struct {
	StrikePos   int // height of the strikeout stroke's top above the baseline
	StrikeThick int // thickness of the strikeout stroke
	SuperSize   int // type size of superscripts (the em of the scaled text)
	SuperRise   int // how far superscripts' baseline is raised
	SubSize     int // type size of subscripts
	SubDrop     int // how far subscripts' baseline is lowered
}

// Decor returns the face's strikeout, superscript and subscript metrics
// (read once).
func (f *Face) Decor() Decor {
	f.decorOnce.Do(func() { f.decor = readDecor(f.Data, f.Index, f.UnitsPerEm) })
	return f.decor
}

// os2Tag names the OS/2 table.
var os2Tag = opentype.MustNewTag("OS/2")

// readDecor reads the metrics from font index of data; upem bounds them.
func readDecor(data []byte, index, upem int) Decor {
	lds, err := opentype.NewLoaders(bytes.NewReader(data))
	if err != nil || index < 0 || index >= len(lds) {
		return Decor{}
	}
	t, err := lds[index].RawTable(os2Tag)
	if err != nil || len(t) < 30 {
		return Decor{}
	}
	at := func(off int) int { return int(int16(binary.BigEndian.Uint16(t[off:]))) }
	size := func(v int) int { return keep(v, upem/4, upem) }
	shift := func(v int) int { return keep(v, 1, upem) }
	return Decor{
		SubSize:     size(at(12)),
		SubDrop:     shift(at(16)),
		SuperSize:   size(at(20)),
		SuperRise:   shift(at(24)),
		StrikeThick: keep(at(26), 1, upem/5),
		StrikePos:   keep(at(28), 1, upem),
	}
}

// keep returns v when lo ≤ v ≤ hi, else 0.
func keep(v, lo, hi int) int {
	if v < lo || v > hi {
		return 0
	}
	return v
}
