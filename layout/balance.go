package layout

// This file balances: the last page of an article against a lone line,
// and the lines of headings and titles against a lone last word.
//
// The last page of an article is kept from holding a lone line
// (issue 3: "the last page not left with a lone line when a better break
// exists"). Page building is greedy, so the last page gets whatever is
// left; when that is fewer than minLastLines lines of text, balanceEnd
// moves the break before it back a few elements, to the last good break
// (no widow, orphan or heading left behind), as long as the page before
// stays at least half full and nothing else changes: the same number of
// pages, every note still on its call's page.

// minLastLines is the fewest lines of text the last page should carry
// when the page before can spare some.
const minLastLines = 3

// maxBalance bounds how many flow elements balanceEnd moves back: a few
// lines, so the page before never looks empty, and the time stays linear.
const maxBalance = 8

// balanceEnd rebuilds the last two pages when the last one is lonely.
// starts holds the paginator's state at the start of every page.
func (p *paginator) balanceEnd(starts []pageStart) {
	n := len(p.pages)
	if n < 2 || len(starts) != n || len(p.carry) > 0 {
		return
	}
	last, prev := p.pages[n-1], p.pages[n-2]
	have := p.textLines(last)
	if len(last.body) == 0 || len(prev.body) == 0 || have >= minLastLines {
		return
	}
	saved := p.pages
	from := starts[n-2]
	end := prev.body[len(prev.body)-1] + 1 // first element of the last page
	for back := 1; back <= maxBalance && end-back > from.next; back++ {
		p.pages = append(make([]pageFill, 0, n), saved[:n-2]...)
		p.carry, p.stop = from.carry, end-back
		i := p.page(from.next)
		p.stop = 0
		for (i < p.end || len(p.carry) > 0) && len(p.pages) <= n {
			i = p.page(i)
		}
		if len(p.pages) == n && len(p.carry) == 0 && p.betterEnd(have) {
			return
		}
	}
	p.pages, p.carry = saved, nil
}

// betterEnd reports whether the last two pages, rebuilt, are better than
// a last page with have lines: the page before ends at a good break and
// is at least half full, the last page has more lines (enough, or all the
// page before could give).
func (p *paginator) betterEnd(have int) bool {
	n := len(p.pages)
	prev, last := p.pages[n-2], p.pages[n-1]
	if len(prev.body) == 0 || p.badEnd(prev) || p.fillHeight(prev) < p.ts.g.textHeight/2 {
		return false
	}
	return p.textLines(last) >= minLastLines
}

// textLines counts the lines of text in the body of a page.
func (p *paginator) textLines(pg pageFill) int {
	k := 0
	for _, idx := range pg.body {
		if p.ts.el(idx).stat.text {
			k++
		}
	}
	return k
}

// fillHeight is the height a page's body and notes take.
func (p *paginator) fillHeight(pg pageFill) Length {
	var h Length
	for _, idx := range pg.body {
		h += p.ts.el(idx).height
	}
	if len(pg.notes) > 0 {
		h += p.sep
	}
	for _, part := range pg.notes {
		h += linesHeight(part.lines)
	}
	return h
}

// balanceSteps is how many times balanceLines halves the range of
// measures it searches: 1/1024 of the measure is finer than a glyph.
const balanceSteps = 10

// balanceLines returns the breaks of ragged items on the narrowest
// measure, between half of width and width, that needs no more lines
// than breaks (found on width) and sets none overfull: the lines of a
// heading come out even, with no lone word on the last. A single line
// stays as it is.
func balanceLines(items []item, breaks []lineBreak, width Length, p breakParams) []lineBreak {
	if len(breaks) < 2 {
		return breaks
	}
	best := breaks
	lo, hi := width/2, width
	for range balanceSteps {
		mid := lo + (hi-lo)/2
		b := breakLines(items, []Length{mid}, p)
		if len(b) == len(breaks) && !overfull(b) {
			best, hi = b, mid
		} else {
			lo = mid
		}
	}
	return best
}

// overfull reports whether a line of breaks had to shrink beyond its glue.
func overfull(breaks []lineBreak) bool {
	for _, b := range breaks {
		if b.ratio < -1 {
			return true
		}
	}
	return false
}
