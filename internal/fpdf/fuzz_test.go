package fpdf

import (
	"os"
	"testing"

	"github.com/offprint/offprint/fonts"
)

// fuzzUsed is the glyph set the fuzz targets subset to.
var fuzzUsed = map[uint16]bool{1: true, 3: true, 36: true, 68: true, 900: true}

// FuzzSFNT feeds font files to the SFNT reader, the TrueType subsetter
// and the cmap reader: a font given with --font or found on the machine
// may be damaged, and must give an error, never a panic.
func FuzzSFNT(f *testing.F) {
	f.Add(fonts.MustGet(fonts.Regular).Data)
	f.Add([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := parseSFNT(data, 0)
		if err != nil {
			return
		}
		reverseCmap(s.tables["cmap"])
		if s.cff {
			subsetCFF(s.tables["CFF "], fuzzUsed)
		} else {
			subsetTTF(s, fuzzUsed)
		}
	})
}

// FuzzCFF feeds CFF tables to the CFF subsetter and its charstring walker.
func FuzzCFF(f *testing.F) {
	if data, err := os.ReadFile("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"); err == nil {
		if s, err := parseSFNT(data, 2); err == nil {
			if seed, err := subsetCFF(s.tables["CFF "], map[uint16]bool{1: true, 3: true, 900: true, 20000: true}); err == nil {
				f.Add(seed)
			}
		}
	}
	f.Add([]byte{1, 0, 4, 1, 0, 0, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		subsetCFF(data, fuzzUsed)
	})
}
