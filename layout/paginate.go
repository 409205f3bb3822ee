package layout

// This file is the last stage: it cuts the flow into pages and puts every
// note at the bottom of the page that carries its call.
//
// The page builder is greedy with backtracking, like TeX's: it adds
// elements while they fit, together with the notes they call (a call's
// line is only placed when its note starts on the same page), and at
// the first element that does not fit it ends the page at the last good
// break: not after a paragraph's first line (orphan), not before its last
// line (widow), not after a heading or a picture that keeps with its
// caption. When the only good break would leave the page less than half
// full, it breaks badly and the quality report counts it. A note too long
// for the space left keeps at least two lines under its call and continues
// on the next page, above that page's own notes.

// notePart is the part of one note printed on a page.
type notePart struct {
	n     int       // note number
	lines []element // the lines on this page
	first bool      // starts the note (has the number)
	more  bool      // continues on the next page
}

// pageFill is the content of one page before positioning.
type pageFill struct {
	body  []int      // indexes into the flow
	notes []notePart // in order
}

// paginator holds the state of page building. It works on the flow as
// it is made (stream.go): end is how many flow elements are final, done
// whether the article has no more.
type paginator struct {
	ts     *typesetter
	sep    Length     // height of the separator above the notes
	carry  []notePart // note parts waiting for the next page
	pages  []pageFill // every page of the article; those sent to the pages are emptied
	stop   int        // when > 0, the page in progress ends before this flow element (balanceEnd)
	end    int        // flow elements [0, end) are final
	done   bool       // the article's flow is complete
	next   int        // first flow element of the next page
	starts []pageStart
	sent   int           // pages handed to the assembler
	asm    *articlePages // where pages go once no later break can change them
}

// pageStart is the state of the paginator when a page begins.
type pageStart struct {
	next  int        // first flow element of the page
	carry []notePart // note parts carried onto it
}

// snapshot is the state of a page at a possible break.
type snapshot struct {
	next   int // first flow element of the next page
	body   int // len(page.body)
	notes  int // len(page.notes)
	height Length
	ok     bool
}

// limit bounds the number of pages: every page places at least one
// element or one carried note line, so page building ends anyway; the
// bound is a second guard.
func (p *paginator) limit() int { return 2*p.end + 16 }

// pageState is a page being built: its content, the height used, the
// notes on it, the last legal break and the shrink its spaces offer.
type pageState struct {
	pg     pageFill
	used   Length // body + notes height
	onPage map[int]bool
	good   snapshot // last legal break
	shrink Length   // how much the spaces on the page can give
}

// page builds one page starting at flow element i and returns the index
// of the first element of the next page.
func (p *paginator) page(i int) int {
	st := &pageState{onPage: map[int]bool{}}
	p.placeCarried(st, i < p.end)
	for i < p.end && p.ts.el(i).space {
		i++
	}
	for j := i; j < p.end; j++ {
		if next, done := p.add(st, j); done {
			return next
		}
	}
	return p.finish(st.pg, p.end)
}

// placeCarried puts the notes continued from the previous page first,
// leaving room for a few lines of body when more body follows.
func (p *paginator) placeCarried(st *pageState, bodyLeft bool) {
	limit := p.ts.g.textHeight
	if bodyLeft {
		limit -= 4 * p.ts.g.Leading
	}
	carry := p.carry
	p.carry = nil
	for k, part := range carry {
		u, ok := p.addPart(&st.pg, part, st.used, limit, len(st.pg.notes) == 0, st.onPage)
		if !ok {
			p.carry = append(p.carry, carry[k:]...)
			return
		}
		st.used = u
	}
}

// add places flow element j on the page with the notes it calls, or
// ends the page; done reports that the page ended and next begins the
// following one.
func (p *paginator) add(st *pageState, j int) (next int, done bool) {
	th := p.ts.g.textHeight
	if p.stop > 0 && j >= p.stop {
		return p.breakBefore(st.pg, j, st.good), true
	}
	e := p.ts.el(j)
	if e.space {
		if st.used+e.height > th {
			return p.breakBefore(st.pg, j, st.good), true
		}
		st.pg.body = append(st.pg.body, j)
		st.used += e.height
		st.shrink += spaceShrink(e.height)
		return 0, false
	}
	need := p.needed(e, st.onPage)
	nh := p.notesHeight(need, len(st.pg.notes) == 0)
	give := st.shrink
	if len(st.pg.notes) > 0 || nh > 0 {
		give += p.sepShrink()
	}
	if st.used+e.height+nh > th+give {
		return p.overflow(st, j, need), true
	}
	st.pg.body = append(st.pg.body, j)
	st.used += e.height
	st.used = p.addNotes(&st.pg, need, st.onPage, st.used)
	if e.keep == keepNone {
		st.good = snapshot{next: j + 1, body: len(st.pg.body), notes: len(st.pg.notes), height: st.used, ok: true}
	}
	return 0, false
}

// overflow ends the page at element j, which does not fit with all the
// notes it needs: at the last good break when ending here breaks a rule,
// or with j placed and its notes split across pages, or before j. It
// returns the first element of the next page.
func (p *paginator) overflow(st *pageState, j int, need []int) int {
	th := p.ts.g.textHeight
	pg := st.pg
	e := p.ts.el(j)
	if len(pg.body) > 0 && p.badEnd(pg) && st.good.ok && st.good.height >= th/2 {
		return p.breakBefore(pg, j, st.good)
	}
	if len(pg.body) == 0 && len(pg.notes) > 0 {
		// continued notes fill this page: e starts the next
		return p.finish(pg, j)
	}
	empty := len(pg.body) == 0
	if empty || e.keep == keepNone || !st.good.ok || st.good.height < th/2 {
		minLines := 2
		if empty {
			minLines = 1
		}
		if plan, ok := p.planNotes(need, th-st.used-e.height, len(pg.notes) == 0, minLines); ok {
			pg.body = append(pg.body, j)
			p.placePlan(&pg, need, plan, st.onPage)
			return p.finish(pg, j+1)
		}
	}
	if empty {
		// nothing fits: place e alone, its notes start on the next page
		pg.body = append(pg.body, j)
		for _, n := range need {
			p.carry = append(p.carry, notePart{n: n, lines: p.ts.noteLines(n), first: true})
		}
		return p.finish(pg, j+1)
	}
	return p.finish(pg, j)
}

// badEnd reports whether ending the page after its last element breaks
// a rule (orphan, widow, heading or figure kept with what follows).
func (p *paginator) badEnd(pg pageFill) bool {
	return len(pg.body) > 0 && p.ts.el(pg.body[len(pg.body)-1]).keep != keepNone
}

// breakBefore ends the page before flow element j, or at the last good
// break when ending here would break a rule and the good break leaves
// the page at least half full.
func (p *paginator) breakBefore(pg pageFill, j int, good snapshot) int {
	if p.badEnd(pg) && good.ok && good.height >= p.ts.g.textHeight/2 {
		pg.body, pg.notes = pg.body[:good.body], pg.notes[:good.notes]
		return p.finish(pg, good.next)
	}
	return p.finish(pg, j)
}

func (p *paginator) finish(pg pageFill, next int) int {
	// drop trailing space
	for len(pg.body) > 0 && p.ts.el(pg.body[len(pg.body)-1]).space {
		pg.body = pg.body[:len(pg.body)-1]
	}
	p.pages = append(p.pages, pg)
	return next
}

func linesHeight(ls []element) Length {
	var h Length
	for _, e := range ls {
		h += e.height
	}
	return h
}

// needed returns the notes e calls that are not on the page yet, each
// followed by the notes it calls in turn, in order, without repeats.
func (p *paginator) needed(e *element, onPage map[int]bool) []int {
	if len(e.d.calls) == 0 {
		return nil
	}
	var out []int
	seen := map[int]bool{}
	var visit func(n int, depth int)
	visit = func(n int, depth int) {
		if onPage[n] || seen[n] || depth > 8 {
			return
		}
		seen[n] = true
		out = append(out, n)
		for _, m := range p.ts.noteCalls(n) {
			visit(m, depth+1)
		}
	}
	for _, n := range e.d.calls {
		visit(n, 0)
	}
	return out
}

// notesHeight is the height the notes add to a page, with the separator
// when they are the first.
func (p *paginator) notesHeight(ns []int, first bool) Length {
	if len(ns) == 0 {
		return 0
	}
	h := Length(0)
	if first {
		h = p.sep
	}
	for _, n := range ns {
		h += linesHeight(p.ts.noteLines(n))
	}
	return h
}

// addNotes places whole notes.
func (p *paginator) addNotes(pg *pageFill, ns []int, onPage map[int]bool, used Length) Length {
	for _, n := range ns {
		if len(pg.notes) == 0 {
			used += p.sep
		}
		ls := p.ts.noteLines(n)
		pg.notes = append(pg.notes, notePart{n: n, lines: ls, first: true})
		onPage[n] = true
		used += linesHeight(ls)
	}
	return used
}

// addPart places a carried note part within limit, with the notes its
// lines call (a footnote citing a link) after it, splitting the part (at
// least one line here, the rest carried) when it is too long. When not
// even one line fits it places nothing and returns false, unless force
// is set.
func (p *paginator) addPart(pg *pageFill, part notePart, used, limit Length, force bool, onPage map[int]bool) (Length, bool) {
	if len(pg.notes) == 0 {
		used += p.sep
	}
	cont := p.ts.continued()
	// the most lines k whose own height, the "continued" line when k is
	// short of the whole, and the notes they call fit
	k := len(part.lines)
	if fitLines(part.lines, limit-used) < k {
		k = fitLines(part.lines, limit-used-cont.height)
	}
	var nested []int
	for ; k > 0; k-- {
		h := linesHeight(part.lines[:k])
		if k < len(part.lines) {
			h += cont.height
		}
		nested = p.calledFrom(part.lines[:k], onPage)
		if used+h+p.notesHeight(nested, false) <= limit {
			break
		}
	}
	if k == 0 {
		if !force {
			if len(pg.notes) == 0 {
				used -= p.sep
			}
			return used, false
		}
		k, nested = 1, nil
	}
	if k == len(part.lines) {
		pg.notes = append(pg.notes, part)
		used += linesHeight(part.lines)
	} else {
		head := notePart{n: part.n, lines: appendLine(part.lines[:k], cont), first: part.first, more: true}
		pg.notes = append(pg.notes, head)
		p.carry = append(p.carry, notePart{n: part.n, lines: part.lines[k:]})
		used += linesHeight(head.lines)
	}
	return p.addNotes(pg, nested, onPage, used), true
}

// calledFrom returns the notes that lines call and that are not on the
// page yet (with the notes those call), in order.
func (p *paginator) calledFrom(lines []element, onPage map[int]bool) []int {
	var out []int
	seen := map[int]bool{}
	for i := range lines {
		for _, n := range p.needed(&lines[i], onPage) {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// fitLines returns how many of ls fit in h.
func fitLines(ls []element, h Length) int {
	k := 0
	for _, e := range ls {
		if e.height > h {
			break
		}
		h -= e.height
		k++
	}
	return k
}

func appendLine(ls []element, e element) []element {
	out := make([]element, 0, len(ls)+1)
	return append(append(out, ls...), e)
}

// planNotes decides how many lines of each note go on a page whose
// notes cannot all be printed whole in avail: in order, each note gets as
// many lines as fit while those after it keep room for their first
// minLines lines (and the "continued" line of a split note). It returns
// the line counts, or false when not even that fits.
func (p *paginator) planNotes(need []int, avail Length, first bool, minLines int) ([]int, bool) {
	if len(need) == 0 {
		return nil, false
	}
	if first {
		avail -= p.sep
	}
	cont := p.ts.continued().height
	// reserve[i] is the room notes after i need at least
	reserve := make([]Length, len(need)+1)
	for i := len(need) - 1; i >= 0; i-- {
		ls := p.ts.noteLines(need[i])
		m := min(minLines, len(ls))
		r := linesHeight(ls[:m])
		if m < len(ls) {
			r += cont
		}
		reserve[i] = reserve[i+1] + r
	}
	plan := make([]int, len(need))
	for i, n := range need {
		ls := p.ts.noteLines(n)
		room := avail - reserve[i+1]
		if h := linesHeight(ls); h <= room {
			plan[i] = len(ls)
			avail -= h
			continue
		}
		k := fitLines(ls, room-cont)
		if k < min(minLines, len(ls)) || k == 0 {
			return nil, false
		}
		plan[i] = k
		avail -= linesHeight(ls[:k]) + cont
	}
	return plan, true
}

// placePlan places the notes as planned, carrying the rest of each split
// note to the next page in order.
func (p *paginator) placePlan(pg *pageFill, need, plan []int, onPage map[int]bool) {
	for i, n := range need {
		ls := p.ts.noteLines(n)
		onPage[n] = true
		if plan[i] >= len(ls) {
			pg.notes = append(pg.notes, notePart{n: n, lines: ls, first: true})
			continue
		}
		pg.notes = append(pg.notes, notePart{n: n, lines: appendLine(ls[:plan[i]], p.ts.continued()), first: true, more: true})
		p.carry = append(p.carry, notePart{n: n, lines: ls[plan[i]:]})
	}
}
