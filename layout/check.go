package layout

// checkPage verifies a page of an article (the last one when last)
// against the rules of print typesetting and adds what it finds to the
// quality report; its notes go to the tally for lostNotes. It looks at
// the result, not at the paginator's intentions, so a bug there shows up
// in the report (and in the tests, which require zero lost or misplaced
// notes).
func (ts *typesetter) checkPage(fill pageFill, last bool, tally *noteTally) {
	s := &ts.stats
	if !last && len(fill.body) > 0 {
		switch ts.el(fill.body[len(fill.body)-1]).keep {
		case keepOrphan:
			s.Orphans++
		case keepWidow:
			s.Widows++
		case keepHeading:
			s.HeadingsAtBottom++
		}
		if ts.el(fill.body[len(fill.body)-1]).stat.hyphen {
			s.PageEndHyphens++
		}
	}
	starts := map[int]bool{}
	for _, p := range fill.notes {
		if p.first {
			starts[p.n] = true
		}
		if p.more {
			s.NotesSplit++
		}
	}
	calls := func(e *element) {
		for _, n := range e.d.calls {
			if !starts[n] {
				s.NotesOffPage++
			}
		}
	}
	for _, idx := range fill.body {
		calls(ts.el(idx))
	}
	for _, p := range fill.notes {
		for i := range p.lines {
			calls(&p.lines[i])
		}
	}
	tally.add(fill, ts)
}

// noteTally follows the notes printed on an article's pages.
type noteTally struct {
	printed  map[int]int // note → lines printed from its latest start
	complete map[int]bool
	lost     int
}

// add counts the note parts of a page.
func (t *noteTally) add(fill pageFill, ts *typesetter) {
	for _, p := range fill.notes {
		lines := len(p.lines)
		if p.more {
			lines-- // the "continued" line
		}
		if p.first {
			t.printed[p.n] = 0
		}
		t.printed[p.n] += lines
		if !p.more {
			if t.printed[p.n] == len(ts.noteLines(p.n)) {
				t.complete[p.n] = true
			} else {
				t.lost++
			}
		}
	}
}

// lostNotes counts notes not printed in full: every note of the document
// must start somewhere, and each start must be followed by its remaining
// lines on the next pages.
func (ts *typesetter) lostNotes(t *noteTally) int {
	lost := t.lost
	for i := range ts.doc.Notes {
		if !t.complete[i+1] {
			lost++
		}
	}
	return lost
}
