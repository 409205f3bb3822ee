package layout

// check verifies the pages of one article against the rules of print
// typesetting and adds what it finds to the quality report. It looks at
// the result, not at the paginator's intentions, so a bug there shows up
// in the report (and in the tests, which require zero lost or misplaced
// notes).
func (ts *typesetter) check(fills []pageFill) {
	s := &ts.stats
	for k, fill := range fills {
		if k < len(fills)-1 && len(fill.body) > 0 {
			switch ts.flow[fill.body[len(fill.body)-1]].keep {
			case keepOrphan:
				s.Orphans++
			case keepWidow:
				s.Widows++
			case keepHeading:
				s.HeadingsAtBottom++
			}
			if ts.flow[fill.body[len(fill.body)-1]].stat.hyphen {
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
			calls(&ts.flow[idx])
		}
		for _, p := range fill.notes {
			for i := range p.lines {
				calls(&p.lines[i])
			}
		}
	}
	s.NotesLost += ts.lostNotes(fills)
}

// lostNotes counts notes not printed in full: every note of the document
// must start somewhere, and each start must be followed by its remaining
// lines on the next pages.
func (ts *typesetter) lostNotes(fills []pageFill) int {
	printed := map[int]int{} // note → lines printed from its latest start
	complete := map[int]bool{}
	lost := 0
	for _, fill := range fills {
		for _, p := range fill.notes {
			lines := len(p.lines)
			if p.more {
				lines-- // the "continued" line
			}
			if p.first {
				printed[p.n] = 0
			}
			printed[p.n] += lines
			if !p.more {
				if printed[p.n] == len(ts.noteLines(p.n)) {
					complete[p.n] = true
				} else {
					lost++
				}
			}
		}
	}
	for i := range ts.doc.Notes {
		if !complete[i+1] {
			lost++
		}
	}
	return lost
}
