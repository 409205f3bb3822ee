package fpdf

// offprint patch: the text of the glyphs of a cluster (glyphfont.go).

import "slices"

// splitClusters gives the later glyphs of a cluster their own characters
// where that keeps the text in order: a shaper puts a cluster's text on
// its first glyph, so "q" with a combining acute drawn as two glyphs comes
// as "q\u0301" and "". When each later glyph is, by the font's cmap, the
// next of the cluster's last characters (q, then U+0301), they are split
// so that the ToUnicode map gives each glyph its own; otherwise (a vowel
// sign drawn before its consonant) the cluster stays whole and the run
// gets an ActualText. glyphs is not modified; the result may share it.
func (g *glyphFont) splitClusters(glyphs []GlyphPos) []GlyphPos {
	out := glyphs
	for i := 0; i < len(glyphs); {
		j := i + 1
		for j < len(glyphs) && glyphs[j].Text == "" {
			j++
		}
		if glyphs[i].Text != "" && j > i+1 {
			if texts, ok := g.split(glyphs[i:j]); ok {
				if &out[0] == &glyphs[0] {
					out = slices.Clone(glyphs)
				}
				for k, t := range texts {
					out[i+k].Text = t
				}
			}
		}
		i = j
	}
	return out
}

// split returns one text per glyph of a cluster, the later glyphs taking
// the cluster's last characters in order; false when they do not match.
func (g *glyphFont) split(cluster []GlyphPos) ([]string, bool) {
	runes := []rune(cluster[0].Text)
	end := len(runes)
	texts := make([]string, len(cluster))
	for k := len(cluster) - 1; k > 0; k-- {
		if end <= 1 || !slices.Contains(g.runesOf(cluster[k].ID), runes[end-1]) {
			return nil, false
		}
		end--
		texts[k] = string(runes[end])
	}
	texts[0] = string(runes[:end])
	return texts, true
}

// runesOf returns the characters the font's cmap maps to a glyph.
func (g *glyphFont) runesOf(id uint16) []rune {
	if g.reverse == nil {
		g.reverse = reverseCmap(g.font.tables["cmap"])
	}
	return g.reverse[id]
}

// reverseCmap reads the Unicode subtable of a cmap (format 12, else 4)
// into glyph → characters.
func reverseCmap(cmap []byte) map[uint16][]rune {
	rev := map[uint16][]rune{}
	if len(cmap) < 4 {
		return rev
	}
	best, bestFormat := -1, 0
	for i := range int(be16(cmap, 2)) {
		r := 4 + 8*i
		if r+8 > len(cmap) {
			break
		}
		platform, enc, off := be16(cmap, r), be16(cmap, r+2), int(be32(cmap, r+4))
		if !(platform == 0 || platform == 3 && (enc == 1 || enc == 10)) || off+2 > len(cmap) {
			continue
		}
		if f := int(be16(cmap, off)); (f == 12 || f == 4) && f > bestFormat {
			best, bestFormat = off, f
		}
	}
	add := func(r rune, g uint32) {
		if g != 0 && g <= 0xffff {
			rev[uint16(g)] = append(rev[uint16(g)], r)
		}
	}
	switch {
	case bestFormat == 12 && best+16 <= len(cmap):
		n := int(be32(cmap, best+12))
		for i := range n {
			p := best + 16 + 12*i
			if p+12 > len(cmap) {
				break
			}
			start, end, gid := be32(cmap, p), be32(cmap, p+4), be32(cmap, p+8)
			for c := start; c <= end && c <= 0x10ffff; c++ {
				add(rune(c), gid+c-start)
			}
		}
	case bestFormat == 4 && best+14 <= len(cmap):
		seg := int(be16(cmap, best+6)) / 2
		ends, starts := best+14, best+16+2*seg
		deltas, ranges := starts+2*seg, starts+4*seg
		if ranges+2*seg > len(cmap) {
			break
		}
		for s := range seg {
			end, start := int(be16(cmap, ends+2*s)), int(be16(cmap, starts+2*s))
			delta, ro := be16(cmap, deltas+2*s), int(be16(cmap, ranges+2*s))
			for c := start; c <= end && c != 0xffff; c++ {
				gid := uint16(c) + delta
				if ro != 0 {
					p := ranges + 2*s + ro + 2*(c-start)
					if p+2 > len(cmap) {
						continue
					}
					if gid = be16(cmap, p); gid != 0 {
						gid += delta
					}
				}
				add(rune(c), uint32(gid))
			}
		}
	}
	return rev
}
