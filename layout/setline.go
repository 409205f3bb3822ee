package layout

import "math"

// This file turns chosen breaks into set lines: positioned text runs with
// their glue stretched or shrunk by the line's adjustment ratio.

// lineBox is one set line; x is relative to the line's left end, y to its
// baseline.
type lineBox struct {
	texts  []TextRun
	links  []linkRef
	calls  []int   // note numbers called on the line, in order
	backs  []int   // note numbers whose note starts on this line (note bodies)
	ratio  float64 // adjustment ratio (0 for a last line at natural width)
	hyphen bool    // ends with an inserted hyphen
	width  Length  // set width
	over   Length  // how much wider than the measure (0 when it fits)
	last   bool    // the paragraph's last line
}

// linkRef is a link area before pagination: an external URL, or a note
// call / note number whose target depends on the page.
type linkRef struct {
	LinkArea
	call int // links to note call on the same page
	back int // links back to the call of note back on the same page
}

// setLines sets the lines of items broken at breaks, each widths[i] wide.
func (ts *typesetter) setLines(items []item, breaks []lineBreak, widths []Length) []lineBox {
	lines := make([]lineBox, 0, len(breaks))
	start := 0
	for n, b := range breaks {
		width := widthOf(widths, n)
		ln := ts.setLine(items, start, b.pos, width)
		ln.last = n == len(breaks)-1
		lines = append(lines, ln)
		start = b.pos + 1
		for start < len(items) && items[start].kind != boxItem && !(items[start].kind == penaltyItem && items[start].penalty <= -infPenalty) {
			start++
		}
	}
	return lines
}

// setLine sets items[start:end] (end is the break) into width.
func (ts *typesetter) setLine(items []item, start, end int, width Length) lineBox {
	var w, y, z Length
	for i := start; i < end; i++ {
		it := items[i]
		if it.kind == penaltyItem {
			continue
		}
		w += it.width
		if it.kind == glueItem {
			y += it.stretch
			z += it.shrink
		}
	}
	brk := items[end]
	if brk.kind == penaltyItem {
		w += brk.width
	}
	ratio := 0.0
	switch {
	case w < width && y > 0:
		ratio = float64(width-w) / float64(y)
	case w > width && z > 0:
		ratio = math.Max(-1, float64(width-w)/float64(z))
	}
	ln := lineBox{ratio: ratio}
	if y >= fil {
		ln.ratio = 0 // a last line: natural spacing
	}
	var x Length
	glued := false       // glue since the last run: start a new run
	var cum, done Length // stretch or shrink so far, and what it added
	for i := start; i < end; i++ {
		it := items[i]
		switch it.kind {
		case glueItem:
			// cumulative rounding: the extra space adds up to exactly
			// what the line needs
			var add Length
			cum, add = glueExtra(it, ratio, cum)
			x += it.width + add - done
			done = add
			glued = true
		case boxItem:
			if it.frag != nil {
				ln.add(it.frag, x, it.width, glued)
				glued = false
			}
			x += it.width
		}
	}
	if brk.kind == penaltyItem && brk.frag != nil {
		ln.add(brk.frag, x, brk.width, false)
		x += brk.width
		ln.hyphen = brk.flagged
	}
	ln.width = x
	if x > width {
		ln.over = x - width
	}
	return ln
}

// glueExtra returns the running total of stretch (or shrink) including
// glue it, and the rounded extra space of all glue so far.
func glueExtra(it item, ratio float64, cum Length) (Length, Length) {
	switch {
	case ratio > 0 && it.stretch < fil:
		cum += it.stretch
	case ratio < 0:
		cum += it.shrink
	default:
		return cum, Length(math.Round(ratio * float64(cum)))
	}
	return cum, Length(math.Round(ratio * float64(cum)))
}

// add places a fragment at x, extending the previous run when it continues
// it (same look, no glue between) and the link area of the same URL.
func (ln *lineBox) add(f *frag, x, w Length, glued bool) {
	switch {
	case f.call > 0:
		ln.calls = append(ln.calls, f.call)
		ln.links = append(ln.links, linkRef{LinkArea: LinkArea{X: x, Y: -f.rise - f.size, W: w, H: f.size * 5 / 4}, call: f.call})
	case f.back > 0:
		ln.backs = append(ln.backs, f.back)
		ln.links = append(ln.links, linkRef{LinkArea: LinkArea{X: x, Y: -f.size, W: w, H: f.size * 5 / 4}, back: f.back})
	case f.link != "":
		if n := len(ln.links); n > 0 && ln.links[n-1].URL == f.link {
			l := &ln.links[n-1]
			l.W = x + w - l.X
		} else {
			ln.links = append(ln.links, linkRef{LinkArea: LinkArea{X: x, Y: -f.size, W: w, H: f.size * 5 / 4, URL: f.link}})
		}
	}
	if n := len(ln.texts); n > 0 && !glued {
		r := &ln.texts[n-1]
		if r.Face == f.face && r.Size == f.size && r.Y == -f.rise && f.call == 0 && f.back == 0 {
			r.Text += f.text
			return
		}
	}
	ln.texts = append(ln.texts, TextRun{X: x, Y: -f.rise, Face: f.face, Size: f.size, Text: f.text})
}
