package layout

// This file makes pages flush at the bottom, like TeX's \flushbottom:
// every full page's last line sits on the same baseline. A page the
// widow, orphan, heading, hyphen or note rules end short gets the
// missing height spread over its vertical spaces, those above headings
// and figures first, then the others (never those under a heading), and only when the page has none
// over the gaps between its lines (a fraction of a point each); never as
// a hole above the notes. The last page of an article stays short.

// maxFlushShare is the most of the text block's height a page may gain
// by stretching: beyond it (a big figure sent to the next page) the page
// keeps its hole rather than pulling its paragraphs apart.
const maxFlushShare = 3

// maxLineGap is how much a gap between two lines may grow, in parts of
// the leading, when the page has no spaces to stretch.
const maxLineGap = 6

// pageHeight is the height a page's body and notes take in full.
func (ts *typesetter) pageHeight(fill pageFill) Length {
	var h Length
	for _, idx := range fill.body {
		h += ts.el(idx).height
	}
	if len(fill.notes) > 0 {
		h += ts.noteSep()
		for _, part := range fill.notes {
			h += linesHeight(part.lines)
		}
	}
	return h
}

// stretch returns how much to add after each body element (by flow
// index) of a page that is slack short of the text block, or nil when
// the page cannot take it (see maxFlushShare, maxLineGap). The slack goes
// in tiers, each filled evenly up to its limit before the next: at most a
// line above each heading and figure, at most a line at each other space,
// at most maxLineGap of the leading between lines; what is left goes
// above the headings and figures (else the spaces) without limit, so a
// page with one heading gets a line above it and slightly opened lines
// rather than a hole of several lines.
func (ts *typesetter) stretch(fill pageFill, slack Length) map[int]Length {
	if slack <= 0 || slack > ts.g.textHeight/maxFlushShare || len(fill.body) < 2 {
		return nil
	}
	body := fill.body
	above, spaces, lines := ts.flushGaps(body)
	add := make(map[int]Length, len(lines))
	lead := ts.g.Leading
	slack = spread(add, body, above, slack, lead)
	slack = spread(add, body, spaces, slack, lead)
	slack = spread(add, body, lines, slack, lead/maxLineGap)
	switch {
	case slack == 0:
	case len(above) > 0:
		spread(add, body, above, slack, slack)
	case len(spaces) > 0:
		spread(add, body, spaces, slack, slack)
	default:
		return nil
	}
	return add
}

// flushGaps sorts the places a page may open up (indexes into body):
// spaces before a heading or figure, the other spaces, and the gaps
// between lines; never a space or gap right under a heading.
func (ts *typesetter) flushGaps(body []int) (above, spaces, lines []int) {
	for k := 0; k < len(body)-1; k++ {
		if ts.el(body[k]).keep == keepHeading || k > 0 && ts.el(body[k-1]).keep == keepHeading && ts.el(body[k]).space {
			continue // a heading stays close to what it heads
		}
		if !ts.el(body[k]).space {
			lines = append(lines, k)
			continue
		}
		if k == 0 {
			continue
		}
		if next := ts.el(body[k+1]); next.keep == keepHeading || len(next.d.images) > 0 {
			above = append(above, k)
		} else {
			spaces = append(spaces, k)
		}
	}
	return above, spaces, lines
}

// spread adds to the elements at ks of body, evenly and at most limit
// each, what it can of slack, and returns what is left.
func spread(add map[int]Length, body, ks []int, slack, limit Length) Length {
	if len(ks) == 0 || slack <= 0 {
		return slack
	}
	n := Length(len(ks))
	share, rest := slack/n, slack%n
	if share >= limit {
		share, rest = limit, 0
	}
	for i, k := range ks {
		a := share
		if Length(i) < rest {
			a++
		}
		add[body[k]] += a
		slack -= a
	}
	return slack
}
