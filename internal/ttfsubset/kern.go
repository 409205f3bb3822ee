package ttfsubset

import (
	"errors"
	"sort"
)

// maxKernPairs is what a format 0 kern subtable can hold (its length is
// 16 bits).
const maxKernPairs = (0xFFFF - 14 - 4) / 6

// kernTable returns a legacy kern table (version 0, one horizontal format
// 0 subtable) holding the pair kerning that the GPOS 'kern' feature gives
// the pairs of kept glyphs (pair adjustment lookups, formats 1 and 2, and
// their extension form), in the new glyph numbers; nil when there is none
// or GPOS cannot be read. The subset drops GPOS, whose coverage and class
// tables name the old glyph numbers; reading systems (HarfBuzz, Chromium,
// Adobe's RMSDK) kern with this table instead.
func kernTable(gpos []byte, old []int) []byte {
	lookups, err := kernLookups(gpos)
	if err != nil || len(lookups) == 0 {
		return nil
	}
	kern := map[[2]int]int{}
	for i, a := range old {
		for j, b := range old {
			for _, subs := range lookups {
				for _, sub := range subs { // the first subtable that applies
					if v, ok := sub.adjust(a, b); ok {
						kern[[2]int{i, j}] += v
						break
					}
				}
			}
		}
	}
	type pair struct{ l, r, v int }
	var pairs []pair
	for k, v := range kern {
		if v != 0 && v >= -32768 && v <= 32767 {
			pairs = append(pairs, pair{k[0], k[1], v})
		}
	}
	if len(pairs) == 0 {
		return nil
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].l != pairs[j].l {
			return pairs[i].l < pairs[j].l
		}
		return pairs[i].r < pairs[j].r
	})
	if len(pairs) > maxKernPairs {
		pairs = pairs[:maxKernPairs]
	}
	n := len(pairs)
	out := make([]byte, 4+14+6*n)
	put16(out, 2, 1)      // one subtable
	put16(out, 6, 14+6*n) // its length
	put16(out, 8, 0x0001) // horizontal, format 0
	put16(out, 10, n)
	p := 1
	for p*2 <= n {
		p *= 2
	}
	put16(out, 12, 6*p)
	put16(out, 14, log2(p))
	put16(out, 16, 6*(n-p))
	for i, pr := range pairs {
		put16(out, 18+6*i, pr.l)
		put16(out, 20+6*i, pr.r)
		put16(out, 22+6*i, pr.v&0xFFFF)
	}
	return out
}

// pairSubtable is one pair adjustment subtable of GPOS.
type pairSubtable struct {
	data []byte // the subtable, from its posFormat
}

var errGPOS = errors.New("bad GPOS table")

// kernLookups returns, in lookup order, the pair adjustment subtables of
// each lookup that the 'kern' feature of the Latin script names (as a
// shaper applies them to Latin text; the legacy table has no scripts).
func kernLookups(gpos []byte) ([][]pairSubtable, error) {
	if len(gpos) < 10 {
		return nil, errGPOS
	}
	features, lookupList := int(be16(gpos, 6)), int(be16(gpos, 8))
	if features+2 > len(gpos) || lookupList+2 > len(gpos) {
		return nil, errGPOS
	}
	want := map[int]bool{}
	nf := int(be16(gpos, features))
	for _, i := range latinFeatures(gpos) {
		rec := features + 2 + 6*i
		if i >= nf || rec+6 > len(gpos) {
			return nil, errGPOS
		}
		if string(gpos[rec:rec+4]) != "kern" {
			continue
		}
		f := features + int(be16(gpos, rec+4))
		if f+4 > len(gpos) {
			return nil, errGPOS
		}
		for k := range int(be16(gpos, f+2)) {
			if f+6+2*k > len(gpos) {
				return nil, errGPOS
			}
			want[int(be16(gpos, f+4+2*k))] = true
		}
	}
	indexes := make([]int, 0, len(want))
	for i := range want {
		indexes = append(indexes, i)
	}
	sort.Ints(indexes)
	nl := int(be16(gpos, lookupList))
	var lookups [][]pairSubtable
	for _, li := range indexes {
		if li >= nl || lookupList+4+2*li > len(gpos) {
			return nil, errGPOS
		}
		l := lookupList + int(be16(gpos, lookupList+2+2*li))
		if l+6 > len(gpos) {
			return nil, errGPOS
		}
		typ, n := be16(gpos, l), int(be16(gpos, l+4))
		var subs []pairSubtable
		for k := range n {
			if l+8+2*k > len(gpos) {
				return nil, errGPOS
			}
			s := l + int(be16(gpos, l+6+2*k))
			if s+8 > len(gpos) {
				return nil, errGPOS
			}
			st := typ
			if typ == 9 { // extension: the real subtable is further on
				st = be16(gpos, s+2)
				s += int(be32(gpos, s+4))
			}
			if st == 2 && s+10 <= len(gpos) {
				subs = append(subs, pairSubtable{data: gpos[s:]})
			}
		}
		if len(subs) > 0 {
			lookups = append(lookups, subs)
		}
	}
	return lookups, nil
}

// adjust returns the change of the first glyph's advance that the
// subtable gives the pair (a, b), and whether it applies to the pair.
func (s pairSubtable) adjust(a, b int) (int, bool) {
	d := s.data
	cov, ok := coverage(d, int(be16(d, 2)), a)
	if !ok {
		return 0, false
	}
	vf1, vf2 := be16(d, 4), be16(d, 6)
	size1, size2 := valueSize(vf1), valueSize(vf2)
	switch be16(d, 0) {
	case 1:
		if 10+2*cov+2 > len(d) {
			return 0, false
		}
		set := int(be16(d, 10+2*cov))
		if set+2 > len(d) {
			return 0, false
		}
		n, rec := int(be16(d, set)), 2+size1+size2
		for i := range n {
			at := set + 2 + rec*i
			if at+rec > len(d) {
				return 0, false
			}
			if int(be16(d, at)) == b {
				return xAdvance(d, at+2, vf1), true
			}
		}
		return 0, false
	case 2:
		if len(d) < 16 {
			return 0, false
		}
		c1 := classOf(d, int(be16(d, 8)), a)
		c2 := classOf(d, int(be16(d, 10)), b)
		n1, n2 := int(be16(d, 12)), int(be16(d, 14))
		if c1 >= n1 || c2 >= n2 {
			return 0, false
		}
		at := 16 + (c1*n2+c2)*(size1+size2)
		if at+size1 > len(d) {
			return 0, false
		}
		return xAdvance(d, at, vf1), true
	}
	return 0, false
}

// valueSize is the size of a value record of format vf.
func valueSize(vf uint16) int {
	n := 0
	for v := vf & 0xFF; v != 0; v &= v - 1 {
		n++
	}
	return 2 * n
}

// xAdvance reads the XAdvance of the value record at at, 0 when the
// format has none.
func xAdvance(d []byte, at int, vf uint16) int {
	if vf&0x0004 == 0 {
		return 0
	}
	at += valueSize(vf & 0x0003)
	if at+2 > len(d) {
		return 0
	}
	return int(int16(be16(d, at)))
}

// coverage returns the coverage index of glyph g in the coverage table at
// off of d.
func coverage(d []byte, off, g int) (int, bool) {
	if off+4 > len(d) {
		return 0, false
	}
	n := int(be16(d, off+2))
	switch be16(d, off) {
	case 1:
		lo, hi := 0, n
		for lo < hi {
			m := (lo + hi) / 2
			if off+6+2*m > len(d) {
				return 0, false
			}
			switch v := int(be16(d, off+4+2*m)); {
			case v == g:
				return m, true
			case v < g:
				lo = m + 1
			default:
				hi = m
			}
		}
	case 2:
		for i := range n {
			r := off + 4 + 6*i
			if r+6 > len(d) {
				return 0, false
			}
			start, end := int(be16(d, r)), int(be16(d, r+2))
			if g >= start && g <= end {
				return int(be16(d, r+4)) + g - start, true
			}
		}
	}
	return 0, false
}

// classOf returns the class of glyph g in the class definition at off of
// d (0 when it is not listed).
func classOf(d []byte, off, g int) int {
	if off+6 > len(d) {
		return 0
	}
	switch be16(d, off) {
	case 1:
		start, n := int(be16(d, off+2)), int(be16(d, off+4))
		if i := g - start; i >= 0 && i < n && off+8+2*i <= len(d) {
			return int(be16(d, off+6+2*i))
		}
	case 2:
		n := int(be16(d, off+2))
		for i := range n {
			r := off + 4 + 6*i
			if r+6 > len(d) {
				return 0
			}
			if start, end := int(be16(d, r)), int(be16(d, r+2)); g >= start && g <= end {
				return int(be16(d, r+4))
			}
		}
	}
	return 0
}

// latinFeatures returns the feature indexes of the default language
// system of the script 'latn' (else 'DFLT', else the first script).
func latinFeatures(gpos []byte) []int {
	scripts := int(be16(gpos, 4))
	if scripts+2 > len(gpos) {
		return nil
	}
	n := int(be16(gpos, scripts))
	pick := -1
	for i := range n {
		rec := scripts + 2 + 6*i
		if rec+6 > len(gpos) {
			return nil
		}
		switch tag := string(gpos[rec : rec+4]); {
		case tag == "latn":
			pick = i
		case tag == "DFLT" && pick < 0, pick < 0 && i == n-1:
			pick = i
		}
		if pick == i && string(gpos[rec:rec+4]) == "latn" {
			break
		}
	}
	if pick < 0 {
		return nil
	}
	script := scripts + int(be16(gpos, scripts+2+6*pick+4))
	if script+2 > len(gpos) {
		return nil
	}
	ls := script + int(be16(gpos, script))
	if ls == script || ls+6 > len(gpos) {
		return nil
	}
	var out []int
	for k := range int(be16(gpos, ls+4)) {
		if ls+8+2*k > len(gpos) {
			return nil
		}
		out = append(out, int(be16(gpos, ls+6+2*k)))
	}
	return out
}
