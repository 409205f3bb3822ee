package layout

import "testing"

// TestPageShrinksSpaces builds flows that overflow the text block (the
// ereader's first page sent a paragraph's last two lines on and left a
// gap of two lines above the notes for 0.8pt): a space gives up to a
// third of itself, and no more.
func TestPageShrinksSpaces(t *testing.T) {
	ts := testTypesetter(t)
	th, lead := ts.g.textHeight, ts.g.Leading
	line := element{height: lead, stat: lineStat{text: true}}
	n := int(th/lead) - 2
	room := th - Length(n)*lead // the space that fills the page exactly
	tests := []struct {
		name  string
		over  Length // how much the flow exceeds the text block
		pages int
	}{
		{"fits", 0, 1},
		{"a hair over", Pt, 1},
		{"all the shrink", (room + room/3) / 4, 1},
		{"beyond the shrink", room/2 + Pt, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			flow := []element{line, space(room + tt.over)}
			for range n - 1 {
				flow = append(flow, line)
			}
			ts.flow = flow
			fills := ts.paginate(flow)
			if len(fills) != tt.pages {
				t.Fatalf("%d pages, want %d", len(fills), tt.pages)
			}
			_, cuts := ts.squeeze(fills[0])
			var h Length
			for _, idx := range fills[0].body {
				h += flow[idx].height - cuts[idx]
			}
			if h > th {
				t.Errorf("page 1 is %v tall, over the text block %v", h, th)
			}
		})
	}
}

// paginate cuts a whole flow into pages without assembling them.
func (ts *typesetter) paginate(flow []element) []pageFill {
	ts.flow, ts.base = flow, 0
	p := &paginator{ts: ts, sep: ts.noteSep(), done: true, end: len(flow)}
	for {
		if len(p.carry) == 0 {
			for p.next < p.end && flow[p.next].space {
				p.next++
			}
		}
		if (p.next >= p.end && len(p.carry) == 0) || len(p.pages) >= p.limit() {
			break
		}
		p.starts = append(p.starts, pageStart{next: p.next, carry: p.carry})
		p.next = p.page(p.next)
	}
	p.balanceEnd(p.starts)
	return p.pages
}
