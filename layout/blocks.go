package layout

import (
	"strings"
	"unicode"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

// This file turns blocks into the vertical flow of elements: paragraphs
// become lines (through itemize, hyphenate, breakLines and setLines),
// headings keep with what follows, quotes and lists indent.

// frame is where a block is set: its left offset in the text block, its
// width, and whether its first paragraph is indented.
type frame struct {
	x, width Length
	indent   bool // indent the next paragraph's first line
}

// blocks appends the elements of blocks set in f.
func (ts *typesetter) blocks(blocks []content.Block, f *frame) {
	for _, b := range blocks {
		ts.block(b, f)
	}
}

func (ts *typesetter) block(b content.Block, f *frame) {
	node, first := ts.open(ts.blockRole(b))
	defer ts.close(node, first)
	switch b := b.(type) {
	case *content.Paragraph:
		ts.paragraph(b.Inlines, f)
		f.indent = true
	case *content.Heading:
		ts.heading(b, f)
		f.indent = false
	case *content.Quote:
		ts.quote(b, f)
		f.indent = false
	case *content.List:
		ts.list(b, f)
		f.indent = false
	case *content.Figure:
		ts.figure(b, f)
		f.indent = false
	case *content.CodeBlock:
		ts.code(b, f)
		f.indent = false
	case *content.Rule:
		ts.rule(f)
		f.indent = false
	case *content.Table:
		ts.table(b, f)
		f.indent = false
	case *content.DefList:
		ts.defList(b, f)
		f.indent = false
	}
}

// body returns the style of body text.
func (ts *typesetter) body() textStyle {
	return textStyle{face: fonts.Regular, size: ts.g.FontSize, align: ts.g.Align}
}

// paragraph sets body text.
func (ts *typesetter) paragraph(inlines []content.Inline, f *frame) {
	st := ts.body()
	if f.indent {
		st.indent = ts.g.FontSize.Scale(3, 2)
	}
	ts.text(inlines, st, f.x, f.width, ts.g.Leading, true)
}

// text breaks inlines into lines and appends them; keepLines marks the
// lines against widows and orphans. It returns the index of the first
// element appended.
func (ts *typesetter) text(inlines []content.Inline, st textStyle, x, width, leading Length, keepLines bool) int {
	first := ts.flowLen()
	lines := ts.breakText(inlines, st, width)
	base := leading/2 + st.size.Scale(3, 10)
	for i, ln := range lines {
		e := lineElement(ln, x, leading, base)
		if keepLines && len(lines) > 1 && (i == 0 || i == len(lines)-2) {
			e.keep = keepOrphan
			if i == len(lines)-2 && i != 0 {
				e.keep = keepWidow
			}
		}
		if e.keep == keepNone && ln.hyphen {
			e.keep = keepHyphen
		}
		ts.flow = append(ts.flow, e)
	}
	return first
}

// breakText runs the paragraph stages and counts the lines in the report.
func (ts *typesetter) breakText(inlines []content.Inline, st textStyle, width Length) []lineBox {
	items := ts.itemize(inlines, st, width)
	if st.align == AlignJustify {
		ts.setHangs(items)
	}
	if len(items) <= 3 && !hasBox(items) {
		return nil
	}
	widths := []Length{width}
	var breaks []lineBreak
	if len(items) > maxTotalFitItems {
		breaks = firstFit(items, widths)
	} else {
		breaks = breakLines(items, widths, ts.params)
		if st.balance && st.align == AlignLeft {
			breaks = balanceLines(items, breaks, width, ts.params)
		}
	}
	lines := ts.setLines(items, breaks, widths)
	wholeWords(lines)
	ts.countLines(lines, st.align == AlignJustify)
	return lines
}

// maxTotalFitItems bounds the paragraphs given to total fit: beyond it
// (a paragraph of some 8000 words) first fit keeps the time linear.
const maxTotalFitItems = 40000

func hasBox(items []item) bool {
	for _, it := range items {
		if it.kind == boxItem && it.width > 0 {
			return true
		}
	}
	return false
}

// countLines adds a paragraph's lines to the quality report; only
// justified lines can be loose (ragged lines do not stretch).
func (ts *typesetter) countLines(lines []lineBox, justified bool) {
	run := 0
	for _, ln := range lines {
		s := &ts.stats
		s.Lines++
		if ln.over > Pt/10 {
			s.Overfull++
		}
		if justified && ln.ratio > 1 && !ln.last {
			s.Loose++
		}
		if ln.hyphen {
			s.Hyphenated++
			run++
			s.ConsecutiveHyphens = max(s.ConsecutiveHyphens, run)
		} else {
			run = 0
		}
	}
}

// vspace appends discardable space, merging with space already there.
func (ts *typesetter) vspace(h Length) {
	if n := ts.flowLen(); n > 0 && ts.el(n-1).space {
		ts.el(n - 1).height = max(ts.el(n-1).height, h)
		return
	}
	if ts.flowLen() == 0 {
		return
	}
	sp := space(h)
	sp.keep = ts.el(ts.flowLen() - 1).keep // a space after a heading keeps with it
	ts.flow = append(ts.flow, sp)
}

// headingSizes are the type sizes of heading levels, in tenths of the body size.
var headingSizes = []int64{15, 13, 11, 10, 10, 10}

// heading sets a section title: bold, ragged right, unhyphenated, kept
// with the first lines of what follows, and a bookmark.
func (ts *typesetter) heading(h *content.Heading, f *frame) {
	lvl := min(max(h.Level, 1), 6)
	size := ts.g.FontSize.Scale(headingSizes[lvl-1], 10)
	st := textStyle{face: fonts.Bold, size: size, align: AlignLeft, noHyphens: true, balance: true}
	ts.vspace(ts.g.Leading.Scale(6, 5))
	first := ts.text(h.Inlines, st, f.x, f.width, size.Scale(5, 4), false)
	ts.vspace(ts.g.Leading.Scale(2, 5))
	if first >= ts.flowLen() {
		return
	}
	for i := first; i < ts.flowLen(); i++ {
		ts.el(i).keep = keepHeading
	}
	title := strings.TrimSpace(content.PlainText(h.Inlines))
	dest := ts.prefix + "h-" + h.ID
	if h.ID == "" {
		dest = ts.prefix + "h-" + itoa(first)
	}
	ts.el(first).outline = &outlineAt{title: title, level: ts.outlineLevel(lvl), dest: dest}
}

// outlineLevel maps heading levels to outline levels that never skip
// (an h3 right under an h1 becomes level 2), below the article's own
// level in a book.
func (ts *typesetter) outlineLevel(lvl int) int {
	for len(ts.levels) > 0 && ts.levels[len(ts.levels)-1] >= lvl {
		ts.levels = ts.levels[:len(ts.levels)-1]
	}
	ts.levels = append(ts.levels, lvl)
	return len(ts.levels) + ts.baseLevel
}

// quote indents its blocks on both sides.
func (ts *typesetter) quote(q *content.Quote, f *frame) {
	in := min(ts.g.FontSize*2, f.width/8)
	inner := frame{x: f.x + in, width: f.width - 2*in}
	if inner.width < ts.g.measure/3 {
		inner = frame{x: f.x, width: f.width} // deeply nested: stop indenting
	}
	ts.vspace(ts.g.Leading / 2)
	ts.blocks(q.Blocks, &inner)
	ts.vspace(ts.g.Leading / 2)
}

// list sets items with a hanging bullet or number.
func (ts *typesetter) list(l *content.List, f *frame) {
	start := max(l.Start, 1)
	if !l.Ordered {
		start = 0
	}
	hang := ts.g.FontSize * 2
	if l.Ordered {
		widest := ts.width(itoa(start+len(l.Items)-1)+".", fonts.Regular, ts.g.FontSize)
		hang = max(hang, widest+ts.g.FontSize/2)
	}
	if hang > f.width/3 {
		hang = f.width / 3
	}
	if f.width-hang < ts.g.measure/3 {
		hang = 0 // deeply nested: markers overprint no further indent
	}
	ts.vspace(ts.g.Leading / 2)
	for i, it := range l.Items {
		inner := frame{x: f.x + hang, width: f.width - hang}
		li, first := ts.open("LI")
		body, _ := ts.open("LBody")
		ts.blocks(it, &inner)
		ts.close(body, first)
		marker := "•"
		if l.Ordered {
			marker = itoa(start+i) + "."
		}
		lbl, _ := ts.open("Lbl")
		ts.marker(first, marker, f.x+hang-ts.g.FontSize/2)
		ts.close(lbl, first)
		ts.close(li, first)
	}
	ts.vspace(ts.g.Leading / 2)
}

// marker draws a list marker right-aligned at x on the first text line
// from index first of the flow, before the line's text (reading order).
func (ts *typesetter) marker(first int, s string, right Length) {
	for i := first; i < ts.flowLen(); i++ {
		e := ts.el(i)
		if len(e.d.texts) == 0 {
			continue
		}
		w := ts.width(s, fonts.Regular, ts.g.FontSize)
		e.d.texts = append([]TextRun{{X: right - w, Y: e.d.texts[0].Y, Face: fonts.Regular, Size: ts.g.FontSize, Text: s}}, e.d.texts...)
		return
	}
}

// rule draws a short centred line in a line's worth of space.
func (ts *typesetter) rule(f *frame) {
	ts.vspace(ts.g.Leading / 2)
	e := element{height: ts.g.Leading}
	mid := ts.g.Leading / 2
	e.d.rules = []RuleLine{{X1: f.x + f.width/3, Y1: mid, X2: f.x + 2*f.width/3, Y2: mid, Thickness: Pt / 2}}
	ts.flow = append(ts.flow, e)
	ts.vspace(ts.g.Leading / 2)
}

// code sets preformatted text in Go Mono. A line too long for the frame
// wraps (see wrapCode); its continuation rows hang under it, each marked
// by a hooked arrow drawn as lines, so that the text of the page stays
// the code's own characters, in order.
func (ts *typesetter) code(c *content.CodeBlock, f *frame) {
	size := ts.g.FontSize.Scale(17, 20)
	leading := size.Scale(6, 5)
	x := f.x + ts.g.FontSize
	width := f.width - ts.g.FontSize
	ts.vspace(ts.g.Leading / 2)
	adv := max(ts.width("M", fonts.Mono, size), 1)
	cols := max(int(width/adv), minCodeColumns)
	var rows []codeRow
	for _, l := range strings.Split(strings.ReplaceAll(c.Text, "\t", "    "), "\n") {
		l = ts.cleanFallback(strings.TrimRight(l, " \r"), fonts.Mono)
		rows = append(rows, wrapCode(l, cols)...)
	}
	base := leading/2 + size.Scale(3, 10)
	for i, r := range rows {
		e := element{height: leading}
		if r.text != "" {
			e.d.texts = ts.codeRuns(r.text, x+adv*Length(r.col), base, size)
		}
		if r.col > 0 {
			e.d.rules = continuationMark(x+adv*Length(r.col-codeHang+1), base, adv, size)
		}
		if len(rows) > 1 && (i == 0 || i == len(rows)-2) {
			e.keep = keepOrphan
		}
		ts.flow = append(ts.flow, e)
	}
	ts.vspace(ts.g.Leading / 2)
}

// codeRuns sets a row of code from x: one run in the monospace face, or,
// when it lacks characters, runs of the faces that draw them (the body
// text's fallback: the embedded faces, then a face on the machine, a
// monospace one where it has the character), each after the last.
func (ts *typesetter) codeRuns(s string, x, y, size Length) []TextRun {
	if ts.covers(fonts.Mono, s) {
		return []TextRun{{X: x, Y: y, Face: fonts.Mono, Size: size, Text: s}}
	}
	var out []TextRun
	for _, run := range ts.runsOf(s, fonts.Mono) {
		out = append(out, TextRun{X: x, Y: y, Face: run.face, Font: run.font, Size: size, Text: run.text})
		x += ts.sh.shape(run.font, run.text, false, featNone).widthAt(run.font, size)
	}
	return out
}

// continuationMark draws a hooked arrow (like U+21B3 ↳) across the two
// columns of width adv from x, on a line of code at baseline base.
func continuationMark(x, base, adv, size Length) []RuleLine {
	th := max(size/14, Pt/4)
	x0, x1 := x+adv*3/10, x+adv*19/10
	top, mid := base-size*6/10, base-size/4
	head := size / 6
	return []RuleLine{
		{X1: x0, Y1: top, X2: x0, Y2: mid, Thickness: th},
		{X1: x0, Y1: mid, X2: x1, Y2: mid, Thickness: th},
		{X1: x1 - head, Y1: mid - head, X2: x1, Y2: mid, Thickness: th},
		{X1: x1 - head, Y1: mid + head, X2: x1, Y2: mid, Thickness: th},
	}
}

// minCodeColumns is the fewest characters a row of code holds, however
// narrow the frame.
const minCodeColumns = 8

// codeRow is one printed row of a line of code: its text and the column
// it starts at (0 for a line's first row; continuation rows hang in).
type codeRow struct {
	text string
	col  int
}

// codeHang is how many columns a continuation row hangs in from its
// line's indentation: the continuation mark takes the middle two, with
// a blank column on either side.
const codeHang = 4

// wrapCode cuts a line of code into rows of at most cols characters (Go
// Mono is monospaced), breaking where codeBreak says. Continuation rows
// start codeHang columns right of the line's own indentation, or at
// column codeHang when that would leave them less than half a row. No character is dropped or moved: the rows,
// read in order, are the line.
func wrapCode(line string, cols int) []codeRow {
	rs := []rune(line)
	if len(rs) <= cols {
		return []codeRow{{text: line}}
	}
	indent := 0
	for indent < len(rs) && rs[indent] == ' ' {
		indent++
	}
	hang := indent + codeHang
	if cols-hang < cols/2 {
		hang = codeHang
	}
	var rows []codeRow
	for col := 0; ; col = hang {
		n := max(cols-col, 1)
		if len(rs) <= n {
			return append(rows, codeRow{text: string(rs), col: col})
		}
		p := codeBreak(rs, n)
		rows = append(rows, codeRow{text: string(rs[:p]), col: col})
		rs = rs[p:]
	}
}

// codeBreakAfter lists the characters a line of code may break after
// when no space is at hand: separators, opening brackets and operators.
// codeNoBreakBefore lists those a continuation row must not start with:
// the rest of an operator ("->", "==", "+=") and closing punctuation.
const (
	codeBreakAfter    = ",;([{=+-*/%&|^<>"
	codeNoBreakBefore = ",;:.)]}=+-*/%&|^<>!?"
)

// codeBreak returns how many of the runes rs (more than n) fit a row of n
// columns before the break: after the last space that precedes a
// non-space in the row's second half; failing that, after the last
// separator, opening bracket or operator there; failing that, after n
// characters (fewer if the next one is a combining mark). A break never
// leaves only indentation on the row when the row has room for more.
func codeBreak(rs []rune, n int) int {
	lead := 0
	for lead < n && rs[lead] == ' ' {
		lead++
	}
	lo := max(n/2, lead+1, 1)
	for p := n; p >= lo; p-- {
		if rs[p-1] == ' ' && rs[p] != ' ' {
			return p
		}
	}
	for p := n; p >= lo; p-- {
		if strings.ContainsRune(codeBreakAfter, rs[p-1]) && !strings.ContainsRune(codeNoBreakBefore, rs[p]) {
			return p
		}
	}
	p := n
	for p > 1 && unicode.In(rs[p], unicode.Mn, unicode.Me) {
		p--
	}
	return p
}
