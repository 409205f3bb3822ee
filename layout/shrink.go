package layout

// This file gives the vertical spaces of a page a little shrink, like
// TeX's glue (\skip\footins is 12pt minus 4pt, the space around a
// heading shrinks too): a page whose content overflows the text block by
// a hair takes it by closing up its spaces, rather than sending a
// paragraph's last lines to the next page and leaving a gap of several
// lines. The paginator counts on at most spaceShrink of every space on
// the page and sepShrink of the notes separator; assemble takes exactly
// what the page needs, the separator first.

// spaceShrink is how much a discardable space of height h may shrink:
// a third of it.
func spaceShrink(h Length) Length { return h / 3 }

// sepShrink is how much the space above the notes may shrink: a quarter
// (TeX's \skip\footins shrinks by a third).
func (p *paginator) sepShrink() Length { return p.sep / 4 }

// squeeze returns how much a page must close up its notes separator and
// each of its body spaces (by flow index) to fit the text block: nothing
// when it fits.
func (ts *typesetter) squeeze(fill pageFill) (sepCut Length, cuts map[int]Length) {
	var h, spaces Length
	for _, idx := range fill.body {
		e := ts.el(idx)
		h += e.height
		if e.space {
			spaces += e.height
		}
	}
	sep := ts.noteSep()
	if len(fill.notes) > 0 {
		h += sep
		for _, part := range fill.notes {
			h += linesHeight(part.lines)
		}
	}
	over := h - ts.g.textHeight
	if over <= 0 {
		return 0, nil
	}
	if len(fill.notes) > 0 {
		sepCut = min(over, sep/4)
		over -= sepCut
	}
	if over <= 0 || spaces == 0 {
		return sepCut, nil
	}
	cuts = map[int]Length{}
	for _, idx := range fill.body {
		if e := ts.el(idx); e.space {
			cuts[idx] = min(Length(int64(over)*int64(e.height)/int64(spaces)), spaceShrink(e.height))
		}
	}
	return sepCut, cuts
}
