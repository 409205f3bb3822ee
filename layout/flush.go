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
		h += ts.flow[idx].height
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
// the page cannot take it (see maxFlushShare, maxLineGap).
func (ts *typesetter) stretch(fill pageFill, slack Length) map[int]Length {
	if slack <= 0 || slack > ts.g.textHeight/maxFlushShare || len(fill.body) < 2 {
		return nil
	}
	body := fill.body
	var above, spaces []int // indexes into body
	for k := 1; k < len(body)-1; k++ {
		if !ts.flow[body[k]].space || ts.flow[body[k-1]].keep == keepHeading {
			continue // a heading stays close to what it heads
		}
		spaces = append(spaces, k)
		if next := &ts.flow[body[k+1]]; next.keep == keepHeading || len(next.d.images) > 0 {
			above = append(above, k)
		}
	}
	gaps := above
	if len(gaps) == 0 {
		gaps = spaces
	}
	if len(gaps) == 0 {
		for k := 0; k < len(body)-1; k++ {
			gaps = append(gaps, k)
		}
		if slack/Length(len(gaps)) > ts.g.Leading/maxLineGap {
			return nil
		}
	}
	add := make(map[int]Length, len(gaps))
	share, rest := slack/Length(len(gaps)), slack%Length(len(gaps))
	for i, k := range gaps {
		add[body[k]] = share
		if Length(i) < rest {
			add[body[k]]++
		}
	}
	return add
}
