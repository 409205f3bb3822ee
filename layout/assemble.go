package layout

import (
	"strings"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

// This file positions the paginated content on real pages: the body from
// the top of the text block, the notes at its foot under a short rule,
// destinations for every heading, call and note, and links between calls
// and notes resolved on the same page. It also checks the result and
// fills the quality report.

// articlePages is what assembling the pages of one article remembers
// from page to page.
type articlePages struct {
	head      string
	first     int // number of the article's first page
	dests     map[string]bool
	firstDest map[string]string // "n3" / "c3" → first such destination
	section   string            // the last section title met
	late      []lateLink        // links whose target was not set yet on their page
	notes     noteTally
}

// lateLink is a link resolved when its article ends.
type lateLink struct {
	page int
	l    linkRef
}

func (ts *typesetter) newArticlePages(head string) *articlePages {
	return &articlePages{head: strings.TrimSpace(head), first: ts.out.count + 1,
		dests: map[string]bool{}, firstDest: map[string]string{}, notes: noteTally{printed: map[int]int{}, complete: map[int]bool{}}}
}

// assemblePage positions page k of the article (fill); last says it is
// the article's last page.
func (ts *typesetter) assemblePage(a *articlePages, k int, fill pageFill, last bool) Page {
	res := ts.out.res
	num := a.first + k
	pg := Page{Number: num, Width: ts.g.PaperWidth, Height: ts.g.PaperHeight}
	x0, y := ts.g.left(num), ts.g.top
	sepCut, cuts := ts.squeeze(fill)
	var adds map[int]Length
	short := last // an article's last page may end short
	if !short && len(cuts) == 0 && sepCut == 0 {
		slack := ts.g.textHeight - ts.pageHeight(fill)
		if adds = ts.stretch(fill, slack); adds == nil && slack > Pt && len(fill.body) > 0 {
			ts.stats.ShortPages++
			short = true
		}
	}
	pageSection := ""
	var pending []linkRef
	for _, idx := range fill.body {
		e := ts.el(idx)
		if e.outline != nil {
			o := e.outline
			res.Outline = append(res.Outline, OutlineEntry{Title: o.title, Level: o.level, Page: num, Y: y, Dest: o.dest})
			pg.Dests = append(pg.Dests, Dest{Name: o.dest, Y: y})
			a.dests[o.dest] = true
			if pageSection == "" && o.level > ts.baseLevel {
				pageSection = o.title
			}
		}
		pending = ts.place(&pg, e, x0, y, pending, a.dests, a.firstDest)
		e.d.texts = nil // placed on the page (a copy): the flow's runs can go
		y += e.height - cuts[idx] + adds[idx]
	}
	if pageSection != "" {
		a.section = pageSection
	}
	notesAt := Length(0) // at the foot
	if short {
		notesAt = y // a short page's notes follow its text: no hole above the rule
	}
	ts.placeNotes(&pg, fill.notes, x0, sepCut, notesAt, &pending, a.dests, a.firstDest)
	if ts.g.RunningHead && k > 0 {
		ts.runningHead(&pg, a.head, a.section)
	}
	for _, l := range pending {
		if !ts.targetKnown(l, num, a) {
			a.late = append(a.late, lateLink{page: num, l: l})
		} else if la, ok := ts.resolve(l, num, a.dests, a.firstDest); ok {
			pg.Links = append(pg.Links, la)
		}
	}
	ts.checkPage(fill, last, &a.notes)
	return pg
}

// targetKnown reports whether the target of link l on page num is
// decided already: a note or call on the same page or its first
// appearance before, or a heading set before. Otherwise it waits for the
// end of the article (endArticle).
func (ts *typesetter) targetKnown(l linkRef, num int, a *articlePages) bool {
	switch {
	case l.call > 0:
		_, ok := a.firstDest["n"+itoa(l.call)]
		return ok || a.dests[ts.destName("n", l.call, num)]
	case l.back > 0:
		_, ok := a.firstDest["c"+itoa(l.back)]
		return ok || a.dests[ts.destName("c", l.back, num)]
	case strings.HasPrefix(l.URL, "#"):
		return a.dests[ts.prefix+"h-"+l.URL[1:]]
	}
	return true
}

// endArticle resolves the links that waited for the end of the article,
// sends them to their pages, and counts the notes not printed in full.
func (ts *typesetter) endArticle(a *articlePages) {
	var pg *Page
	for _, ll := range a.late {
		la, ok := ts.resolve(ll.l, ll.page, a.dests, a.firstDest)
		if !ok {
			continue
		}
		if pg != nil && pg.Number != ll.page {
			ts.out.sink.More(pg)
			pg = nil
		}
		if pg == nil {
			pg = &Page{Number: ll.page}
		}
		pg.Links = append(pg.Links, la)
	}
	if pg != nil {
		ts.out.sink.More(pg)
	}
	ts.stats.NotesLost += ts.lostNotes(&a.notes)
}

// destName names the destination of a note ("n") or call ("c") on a page.
func (ts *typesetter) destName(kind string, n, page int) string {
	return ts.prefix + kind + itoa(n) + "." + itoa(page)
}

// place draws element e with its top-left corner at (x, y).
func (ts *typesetter) place(pg *Page, e *element, x, y Length, pending []linkRef, dests map[string]bool, first map[string]string) []linkRef {
	for _, t := range e.d.texts {
		t.X += x
		t.Y += y
		pg.Texts = append(pg.Texts, t)
	}
	for _, r := range e.d.rules {
		r.X1, r.X2, r.Y1, r.Y2 = r.X1+x, r.X2+x, r.Y1+y, r.Y2+y
		pg.Rules = append(pg.Rules, r)
	}
	for _, im := range e.d.images {
		im.X += x
		im.Y += y
		pg.Images = append(pg.Images, im)
	}
	for _, l := range e.d.links {
		l.X += x
		l.Y += y
		if l.call > 0 {
			ts.addDest(pg, ts.destName("c", l.call, pg.Number), "c"+itoa(l.call), y, dests, first)
		}
		pending = append(pending, l)
	}
	return pending
}

// addDest adds a named destination once.
func (ts *typesetter) addDest(pg *Page, name, key string, y Length, dests map[string]bool, first map[string]string) {
	if dests[name] {
		return
	}
	dests[name] = true
	pg.Dests = append(pg.Dests, Dest{Name: name, Y: y})
	if _, ok := first[key]; !ok {
		first[key] = name
	}
}

// placeNotes draws the notes at the foot of the text block under a rule,
// the space above them closed up by sepCut, or right under the text when
// at (the text's end) is not 0.
func (ts *typesetter) placeNotes(pg *Page, parts []notePart, x0, sepCut, at Length, pending *[]linkRef, dests map[string]bool, first map[string]string) {
	if len(parts) == 0 {
		return
	}
	sep := ts.noteSep() - sepCut
	h := sep
	for _, p := range parts {
		h += linesHeight(p.lines)
	}
	y := ts.g.top + ts.g.textHeight - h
	if at > 0 {
		y = min(y, at)
	}
	rule := min(ts.g.measure/3, 2*In)
	ry := y + sep/2
	rx := x0
	if ts.rtlDoc {
		rx = x0 + ts.g.measure - rule // right-to-left notes start on the right
	}
	pg.Rules = append(pg.Rules, RuleLine{X1: rx, Y1: ry, X2: rx + rule, Y2: ry, Thickness: Pt * 2 / 5})
	y += sep
	for _, p := range parts {
		if p.first {
			ts.addDest(pg, ts.destName("n", p.n, pg.Number), "n"+itoa(p.n), y, dests, first)
		}
		texts, links := len(pg.Texts), len(*pending)
		for i := range p.lines {
			*pending = ts.place(pg, &p.lines[i], x0, y, *pending, dests, first)
			y += p.lines[i].height
		}
		ts.reprint(p, pg.Texts[texts:], (*pending)[links:])
	}
}

// resolve turns a pending link into a LinkArea: a call links to its note
// on the same page (else its first appearance), a note number back to
// its call on the same page, "#id" to the heading with that ID. It
// returns false for a link to nowhere (an unknown "#id").
func (ts *typesetter) resolve(l linkRef, page int, dests map[string]bool, first map[string]string) (LinkArea, bool) {
	a := l.LinkArea
	switch {
	case l.call > 0:
		a.Dest = ts.destName("n", l.call, page)
		if !dests[a.Dest] {
			a.Dest = first["n"+itoa(l.call)]
		}
	case l.back > 0:
		a.Dest = ts.destName("c", l.back, page)
		if !dests[a.Dest] {
			a.Dest = first["c"+itoa(l.back)]
		}
	case strings.HasPrefix(a.URL, "#"):
		a.Dest, a.URL = ts.prefix+"h-"+a.URL[1:], ""
		if !dests[a.Dest] {
			return a, false
		}
	}
	return a, a.Dest != "" || a.URL != ""
}

// runningHead prints the article title (and, two-sided, the section on
// right-hand pages) above the text block.
func (ts *typesetter) runningHead(pg *Page, title, section string) {
	size := ts.g.FontSize.Scale(17, 20)
	y := ts.headBaseline(size)
	x0 := ts.g.left(pg.Number)
	txt := title
	align := 0 // centre
	if ts.g.Duplex {
		if pg.Number%2 == 1 {
			align = 1
			if section != "" && !ts.bookTitle {
				txt = section
			}
		} else {
			align = -1
		}
	}
	txt = ts.fit(ts.cleanFallback(txt, fonts.Italic), fonts.Italic, size, ts.g.measure*4/5)
	if txt == "" {
		return
	}
	runs, w, rtl := ts.lineRuns(txt, fonts.Italic, size)
	if rtl && !ts.g.Duplex {
		align = 1 // a right-to-left title: flush right, where its lines start
	}
	x := x0 + (ts.g.measure-w)/2
	switch align {
	case -1:
		x = x0
	case 1:
		x = x0 + ts.g.measure - w
	}
	for _, r := range runs {
		r.X += x
		r.Y += y
		pg.Texts = append(pg.Texts, r)
	}
}

// lineRuns sets a one-line text (cleaned for face with fallback) at its
// natural width: one run when face draws it all and it has no
// right-to-left letters, else the runs of an itemized line, in visual
// order (several faces, right-to-left words reversed). It returns the
// runs (x from 0, on the baseline), the width, and whether the text is
// a right-to-left paragraph.
func (ts *typesetter) lineRuns(s string, face fonts.Style, size Length) ([]TextRun, Length, bool) {
	if len(ts.m.face(face).Missing(s)) == 0 && !hasRTL(s) {
		return []TextRun{{Face: face, Size: size, Text: s}}, ts.width(s, face, size), false
	}
	st := textStyle{face: face, size: size, align: AlignLeft, noHyphens: true}
	items := ts.itemize(content.T(s), st, Length(1)<<40) // no emergency breaks
	var w Length
	for _, it := range items {
		if it.kind != penaltyItem && it.stretch < fil {
			w += it.width
		}
	}
	if len(items) == 0 {
		return nil, 0, false
	}
	ln := ts.setLine(items, 0, len(items)-1, w)
	return ln.texts, w, ts.paraRTL
}

func (ts *typesetter) headBaseline(size Length) Length {
	return ts.g.top - ts.g.Leading - size/2
}

// fit shortens s with an ellipsis to at most width.
func (ts *typesetter) fit(s string, face fonts.Style, size, width Length) string {
	if ts.width(s, face, size) <= width {
		return s
	}
	rs := []rune(s)
	for len(rs) > 0 {
		rs = rs[:len(rs)-1]
		t := string(rs) + "…"
		if ts.width(t, face, size) <= width {
			return cutAtWord(rs) + "…"
		}
	}
	return ""
}

// cutAtWord drops a trailing partial word (when the text keeps at least half
// its length) and trailing spaces and punctuation, so that a shortened head
// reads "…while the world…", not "…while the world h…".
func cutAtWord(rs []rune) string {
	s := string(rs)
	if i := strings.LastIndexByte(s, ' '); i > len(s)/2 {
		s = s[:i]
	}
	return strings.TrimRight(s, " ,;:–—-")
}

// blankPage is an empty page (before an article that must start on a
// right-hand page).
func (ts *typesetter) blankPage(n int) Page {
	return Page{Number: n, Width: ts.g.PaperWidth, Height: ts.g.PaperHeight}
}

// folio is the page number of page n, "n / total" when total > 0.
func (ts *typesetter) folio(n, total int) TextRun {
	size := ts.g.FontSize.Scale(17, 20)
	y := ts.g.top + ts.g.textHeight + min(ts.g.Leading+size, ts.g.bottom*2/3)
	txt := itoa(n)
	if total > 0 {
		txt += " / " + itoa(total)
	}
	w := ts.width(txt, fonts.Regular, size)
	x0 := ts.g.left(n)
	x := x0 + (ts.g.measure-w)/2
	if ts.g.Duplex {
		x = x0 + ts.g.measure - w
		if n%2 == 0 {
			x = x0
		}
	}
	return TextRun{X: x, Y: y, Face: fonts.Regular, Size: size, Text: txt}
}
