package layout

// This file breaks paragraphs into lines with the total-fit algorithm of
//
//	Donald E. Knuth and Michael F. Plass, "Breaking Paragraphs into Lines",
//	Software—Practice and Experience 11 (1981), 1119–1184.
//
// A paragraph is a list of items: boxes (fixed width), glue (width that
// may stretch and shrink) and penalties (possible breaks with a cost).
// The algorithm finds the sequence of breaks that minimises the total
// demerits of the paragraph, keeping a list of "active" breakpoints from
// which a line may still start. Names follow the paper: adjustment ratio,
// badness, fitness class, demerits. Two additions from TeX: a pass-based
// strategy (a tight first pass, a looser second with emergency stretch, a
// final pass that accepts anything) and a hard cap on consecutive
// hyphenated lines. firstFit (firstfit.go) is the fallback when total fit
// finds nothing.

import "math"

// itemKind is the type of a Knuth–Plass item.
type itemKind uint8

const (
	boxItem itemKind = iota
	glueItem
	penaltyItem
)

// infPenalty is the paper's "infinity": a penalty of +infPenalty forbids a
// break, -infPenalty forces one.
const infPenalty = 10000

// fil is the stretchability that stands for "infinitely stretchable" glue
// (TeX's fil), large enough that finite stretch next to it is negligible.
const fil Length = 1 << 40

// item is a box, glue or penalty. Boxes carry what will be drawn.
type item struct {
	kind    itemKind
	width   Length
	stretch Length // glue; boxes of justified text (font expansion)
	shrink  Length // glue; boxes of justified text (font expansion)
	penalty int    // penalty only
	post    Length // penalty only: how much wider the next line's first box gets when the line breaks here
	flagged bool   // penalty only: a hyphenation break (draws a hyphen)
	hangL   Length // box only: how far it hangs into the left margin when it starts a line (protrude.go)
	hangR   Length // box or hyphen: how far it hangs into the right margin when a line ends with it
	frag    *frag  // box only: what the box draws, nil for empty boxes
}

// breakParams are the tunables of the line breaker. Defaults (defaultParams)
// are TeX's plain-format values unless noted.
type breakParams struct {
	Tolerance        []int  // badness limit of each pass; default 100, 200, then 1000 with EmergencyStretch; a final pass accepts any line
	LinePenalty      int    // added to every line's badness before squaring; default 10
	HyphenPenalty    int    // penalty of a break at an inserted hyphen; default 100 (twice plain TeX's 50: with font expansion a slightly looser line costs less than a hyphen)
	AdjDemerits      int    // demerits when adjacent lines differ by more than one fitness class; default 10000
	DoubleHyphen     int    // demerits for two consecutive hyphenated lines; default 10000
	FinalHyphen      int    // demerits for a hyphen on the penultimate line; default 5000
	MaxHyphenRun     int    // consecutive hyphenated lines allowed before the final pass; default 2
	EmergencyStretch Length // extra stretch per line in the last Tolerance pass and the final pass; default 1.5 em
	Runt             Length // a last line narrower than this is a runt; default 3 em
	RuntDemerits     int    // demerits for a runt (a short word alone on the last line); default 5000
	Expansion        int    // how much the glyphs of justified text may widen or narrow, in parts per million; default 20000 (2%, pdfTeX's \pdfadjustspacing with microtype's stretch=20)
}

func defaultParams(em Length) breakParams {
	return breakParams{
		Tolerance:        []int{100, 200, 1000},
		LinePenalty:      10,
		HyphenPenalty:    100,
		AdjDemerits:      10000,
		DoubleHyphen:     10000,
		FinalHyphen:      5000,
		MaxHyphenRun:     2,
		EmergencyStretch: em.Scale(3, 2),
		Runt:             3 * em,
		RuntDemerits:     5000,
		Expansion:        20000,
	}
}

// breakpoint is a feasible break found by the algorithm; the chain of
// prev pointers from the last one gives the chosen breaks.
type breakpoint struct {
	pos       int    // index of the item where the line breaks
	line      int    // number of lines up to this break
	fitness   int    // fitness class of the line ending here (0 tight … 3 very loose)
	hyphenRun int    // consecutive hyphenated lines ending here
	start     int    // index of the item the next line starts with (after discarded glue and penalties)
	totalW    Length // sums of widths, stretch, shrink after the break
	totalY    Length
	totalZ    Length
	demerits  float64
	ratio     float64 // adjustment ratio of the line ending here
	prev      *breakpoint
}

// lineBreak is one chosen break: the item index and the line's ratio.
type lineBreak struct {
	pos   int
	ratio float64
}

// breakLines returns the breaks of items (which must end with a forced
// break) for lines of the given widths (the last width repeats). It never
// fails: total fit with growing tolerance, then first fit.
func breakLines(items []item, widths []Length, p breakParams) []lineBreak {
	if len(items) == 0 {
		return nil
	}
	sums := prefixSums(items)
	for i, tol := range p.Tolerance {
		extra := Length(0)
		if i == len(p.Tolerance)-1 {
			extra = p.EmergencyStretch
		}
		if b := knuthPlass(items, sums, widths, p, float64(tol), extra, false); b != nil {
			return b
		}
	}
	if b := knuthPlass(items, sums, widths, p, math.Inf(1), p.EmergencyStretch, true); b != nil {
		return b
	}
	return firstFit(items, widths)
}

// sums are prefix sums of width, stretch and shrink: sums[i] covers items[:i].
type sums struct{ w, y, z []Length }

func prefixSums(items []item) sums {
	s := sums{make([]Length, len(items)+1), make([]Length, len(items)+1), make([]Length, len(items)+1)}
	for i, it := range items {
		s.w[i+1], s.y[i+1], s.z[i+1] = s.w[i], s.y[i], s.z[i]
		if it.kind != penaltyItem {
			s.w[i+1] += it.width
		}
		if it.kind != penaltyItem {
			s.y[i+1] += it.stretch
			s.z[i+1] += it.shrink
		}
	}
	return s
}

func widthOf(widths []Length, line int) Length {
	if line < len(widths) {
		return widths[line]
	}
	return widths[len(widths)-1]
}

// isLegalBreak reports whether items[i] is a legal breakpoint: a penalty
// below infinity, or glue right after a box.
func isLegalBreak(items []item, i int) bool {
	it := items[i]
	switch it.kind {
	case penaltyItem:
		return it.penalty < infPenalty
	case glueItem:
		return i > 0 && items[i-1].kind == boxItem
	}
	return false
}

// knuthPlass runs one pass; final accepts every line (any ratio, and an
// overfull line when nothing else is possible). It returns nil when the
// pass finds no feasible set of breaks.
func knuthPlass(items []item, s sums, widths []Length, p breakParams, tol float64, extra Length, final bool) []lineBreak {
	active := []*breakpoint{{pos: -1}}
	var next []*breakpoint
	for i := range items {
		if !isLegalBreak(items, i) {
			continue
		}
		it := items[i]
		var cand [4 * 3]*breakpoint // best new break per fitness class and hyphen run
		var lastDeactivated *breakpoint
		next = next[:0]
		for _, a := range active {
			if i < a.start {
				// i is among the glue and penalties discarded after a's
				// break: a line from a to i would end before it starts.
				next = append(next, a)
				continue
			}
			ratio := adjustmentRatio(s, items, a, i, widthOf(widths, a.line), extra)
			if ratio < -1 || (it.kind == penaltyItem && it.penalty <= -infPenalty) {
				lastDeactivated = a // the line from a can only get longer: a is done
			} else {
				next = append(next, a)
			}
			if ratio < -1 {
				continue
			}
			bad := badness(ratio)
			if bad > tol {
				continue
			}
			considerBreak(&cand, a, items, i, ratio, bad, p, final, isRunt(s, items, a, i, p))
		}
		active, next = next, active
		if final && len(active) == 0 && candEmpty(&cand) && lastDeactivated != nil {
			// Nothing fits: break overfull here rather than lose the paragraph.
			ratio := adjustmentRatio(s, items, lastDeactivated, i, widthOf(widths, lastDeactivated.line), extra)
			considerBreak(&cand, lastDeactivated, items, i, ratio, 0, p, true, false)
		}
		for _, c := range cand {
			if c != nil {
				c.start, c.totalW, c.totalY, c.totalZ = afterBreak(s, items, i)
				active = append(active, c)
			}
		}
		if len(active) == 0 {
			return nil
		}
	}
	var best *breakpoint
	for _, a := range active {
		if a.pos == len(items)-1 && (best == nil || a.demerits < best.demerits) {
			best = a
		}
	}
	if best == nil {
		return nil
	}
	var out []lineBreak
	for b := best; b != nil && b.pos >= 0; b = b.prev {
		out = append(out, lineBreak{pos: b.pos, ratio: b.ratio})
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

func candEmpty(c *[12]*breakpoint) bool {
	for _, b := range c {
		if b != nil {
			return false
		}
	}
	return true
}

// considerBreak records a break at i after a as the best candidate of its
// class if its total demerits are the lowest so far.
func considerBreak(cand *[12]*breakpoint, a *breakpoint, items []item, i int, ratio, bad float64, p breakParams, final, runt bool) {
	it := items[i]
	flagged := it.kind == penaltyItem && it.flagged
	run := 0
	if flagged {
		run = a.hyphenRun + 1
		if run > p.MaxHyphenRun && !final {
			return
		}
		run = min(run, 2) // the candidate table keeps runs 0, 1 and 2+
	}
	d := demerits(bad, it, p)
	if flagged && a.hyphenRun >= p.MaxHyphenRun {
		d += 1e7 // only the final pass gets here: a last resort
	}
	if flagged && a.pos >= 0 && items[a.pos].kind == penaltyItem && items[a.pos].flagged {
		d += float64(p.DoubleHyphen)
	}
	if a.pos >= 0 && items[a.pos].kind == penaltyItem && items[a.pos].flagged && i == len(items)-1 {
		d += float64(p.FinalHyphen)
	}
	if runt {
		d += float64(p.RuntDemerits)
	}
	fit := fitnessClass(ratio)
	if a.pos >= 0 && abs(fit-a.fitness) > 1 {
		d += float64(p.AdjDemerits)
	}
	d += a.demerits
	k := fit*3 + run
	if c := cand[k]; c == nil || d < c.demerits {
		cand[k] = &breakpoint{pos: i, line: a.line + 1, fitness: fit, hyphenRun: run, demerits: d, ratio: ratio, prev: a}
	}
}

// isRunt reports whether the line from a to the break at i is the
// paragraph's last line, not its first, and narrower than p.Runt: a
// short word alone at the end of a paragraph.
func isRunt(s sums, items []item, a *breakpoint, i int, p breakParams) bool {
	return i == len(items)-1 && a.pos >= 0 && s.w[i]-a.totalW < p.Runt
}

// adjustmentRatio is the paper's r: how much the glue of the line from a
// to the break at i must stretch (r > 0) or shrink (r < 0) to fill width.
func adjustmentRatio(s sums, items []item, a *breakpoint, i int, width, extra Length) float64 {
	w := s.w[i] - a.totalW
	if items[i].kind == penaltyItem {
		w += items[i].width
	}
	if a.start < len(items) && items[a.start].kind == boxItem {
		w -= items[a.start].hangL // the margins take what hangs into them
	}
	w -= endHang(items, i)
	switch {
	case w < width:
		y := s.y[i] - a.totalY + extra
		if y <= 0 {
			return math.Inf(1)
		}
		return float64(width-w) / float64(y)
	case w > width:
		z := s.z[i] - a.totalZ
		if z <= 0 {
			return math.Inf(-1)
		}
		return float64(width-w) / float64(z)
	}
	return 0
}

// badness is the paper's 100|r|³, capped at 10000 (TeX's "infinitely bad").
func badness(r float64) float64 {
	b := 100 * math.Abs(r*r*r)
	if b > 10000 || math.IsNaN(b) {
		return 10000
	}
	return b
}

// demerits is the paper's formula (l + b)² ± p² for a break at item it.
func demerits(bad float64, it item, p breakParams) float64 {
	d := (float64(p.LinePenalty) + bad) * (float64(p.LinePenalty) + bad)
	if it.kind == penaltyItem {
		pen := float64(it.penalty)
		switch {
		case it.penalty >= 0:
			d += pen * pen
		case it.penalty > -infPenalty:
			d -= pen * pen
		}
	}
	return d
}

// fitnessClass: 0 tight (r < -0.5), 1 decent, 2 loose (r > 0.5), 3 very
// loose (r > 1).
func fitnessClass(r float64) int {
	switch {
	case r < -0.5:
		return 0
	case r <= 0.5:
		return 1
	case r <= 1:
		return 2
	}
	return 3
}

// afterBreak returns the sums at the start of the next line after a
// break at i: glue and penalties following the break are discarded, up to
// the next box or forced break. A penalty's post width counts in the
// next line.
func afterBreak(s sums, items []item, i int) (start int, w, y, z Length) {
	j := i
	for ; j < len(items); j++ {
		it := items[j]
		if it.kind == boxItem || (j > i && it.kind == penaltyItem && it.penalty <= -infPenalty) {
			break
		}
	}
	w = s.w[j]
	if items[i].kind == penaltyItem {
		w -= items[i].post // the next line starts with the box widened
	}
	return j, w, s.y[j], s.z[j]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
