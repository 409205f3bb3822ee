package layout

import (
	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

// defList sets a definition list: each term in bold, ragged, kept with
// what follows; its definitions below it, indented by two ems.
func (ts *typesetter) defList(l *content.DefList, f *frame) {
	indent := min(ts.g.FontSize*2, f.width/4)
	ts.vspace(ts.g.Leading / 2)
	for _, it := range l.Items {
		li, _ := ts.open("LI")
		if len(it.Term) > 0 {
			st := textStyle{face: fonts.Bold, size: ts.g.FontSize, align: AlignLeft}
			first := ts.text(it.Term, st, f.x, f.width, ts.g.Leading, false)
			for i := first; i < ts.flowLen(); i++ {
				ts.el(i).keep = keepHeading
			}
			ts.tag("Lbl", first)
		}
		body, first := ts.open("LBody")
		for _, d := range it.Defs {
			inner := frame{x: f.x + indent, width: f.width - indent}
			ts.blocks(d, &inner)
		}
		ts.close(body, first)
		ts.close(li, first)
	}
	ts.vspace(ts.g.Leading / 2)
}
