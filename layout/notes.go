package layout

import (
	"strings"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

// This file sets the bodies of notes: smaller type, the number hanging in
// the left margin of the note, the cited URL printed in full (it breaks
// only after / . - ? & and the like).

// noteStyle returns the type size and leading of notes.
func (ts *typesetter) noteStyle() (size, leading Length) {
	size = ts.g.FontSize.Scale(4, 5)
	return size, size.Scale(5, 4)
}

// noteSep is the space between the body and the notes, with the short
// rule in its middle: a body line and a half (LaTeX's \skip\footins is
// about that).
func (ts *typesetter) noteSep() Length {
	return ts.g.Leading * 3 / 2
}

// noteHang is the width of the note number column.
func (ts *typesetter) noteHang() Length {
	size, _ := ts.noteStyle()
	widest := ts.width(itoa(max(len(ts.doc.Notes), 9)), fonts.Regular, size)
	return widest + size/2
}

// noteLines returns the set lines of note n (1-based), cached. A number
// with no note gets a single line saying so, so nothing is silently lost.
func (ts *typesetter) noteLines(n int) []element {
	if ls, ok := ts.notes[n]; ok {
		return ls
	}
	size, leading := ts.noteStyle()
	hang := ts.noteHang()
	width := ts.g.measure - hang
	paras := [][]content.Inline{content.T("(missing note)")}
	if n >= 1 && n <= len(ts.doc.Notes) {
		paras = noteParagraphs(&ts.doc.Notes[n-1])
	}
	// ragged right: notes are mostly URLs, which justify badly
	st := textStyle{face: fonts.Regular, size: size, align: AlignLeft}
	base := leading/2 + size.Scale(3, 10)
	var out []element
	var starts []int // each paragraph's first line
	rtl := false     // a right-to-left note hangs its number on the right
	for i, p := range paras {
		starts = append(starts, len(out))
		lines := ts.breakText(p, st, width)
		if i == 0 {
			rtl = ts.paraRTL
		}
		x := hang
		if rtl {
			x = 0
		}
		for _, ln := range lines {
			out = append(out, lineElement(ln, x, leading, base))
		}
	}
	if len(out) == 0 {
		out = append(out, element{height: leading})
	}
	// the number, right-aligned in the hang, linking back to the call
	num := itoa(n)
	w := ts.width(num, fonts.Regular, size)
	x := hang - size/2 - w
	if rtl {
		x = width + size/2
	}
	first := &out[0]
	first.d.texts = append([]TextRun{{X: x, Y: base, Face: fonts.Regular, Size: size, Text: num}}, first.d.texts...)
	first.d.links = append(first.d.links, linkRef{LinkArea: LinkArea{X: x, Y: base - size, W: w, H: size * 5 / 4}, back: n})
	first.d.backs = append(first.d.backs, n)
	ts.noteNodes(n, out, starts)
	ts.notes[n] = out
	return out
}

// noteParagraphs returns the paragraphs of a note's body, with its URL
// appended (as a link) when the text does not already show it.
func noteParagraphs(n *content.Note) [][]content.Inline {
	var paras [][]content.Inline
	if len(n.Blocks) > 0 {
		content.WalkBlocks(n.Blocks, func(b content.Block) {
			switch b := b.(type) {
			case *content.CodeBlock:
				paras = append(paras, []content.Inline{&content.Code{Text: b.Text}})
			default:
				for _, ins := range content.BlockInlines(b) {
					if len(ins) > 0 {
						paras = append(paras, ins)
					}
				}
			}
		})
	} else if t := strings.TrimSpace(n.Text); t != "" {
		paras = append(paras, content.T(t))
	}
	if n.URL != "" && !strings.Contains(content.BlocksText(n.Blocks)+n.Text, n.URL) {
		link := &content.Link{URL: n.URL, Inlines: content.T(content.DisplayURL(n.URL))}
		if len(paras) == 0 {
			paras = append(paras, []content.Inline{link})
		} else {
			last := len(paras) - 1
			paras[last] = append(append(paras[last][:len(paras[last]):len(paras[last])], &content.Text{Text: " "}), link)
		}
	}
	if len(paras) == 0 {
		paras = append(paras, content.T("(empty note)"))
	}
	return paras
}

// noteCalls returns the notes that note n itself calls.
func (ts *typesetter) noteCalls(n int) []int {
	var out []int
	for _, e := range ts.noteLines(n) {
		out = append(out, e.d.calls...)
	}
	return out
}

// continued returns the line that ends the part of a note continued on
// the next page.
func (ts *typesetter) continued() element {
	size, leading := ts.noteStyle()
	txt := "(continued on next page)"
	w := ts.width(txt, fonts.Italic, size)
	e := element{height: leading}
	e.d.texts = []TextRun{{X: ts.g.measure - w, Y: leading/2 + size.Scale(3, 10), Face: fonts.Italic, Size: size, Text: txt}}
	return e
}
