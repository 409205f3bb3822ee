package layout

// element is one unit of the vertical flow that pagination cuts into
// pages: a line of text, a picture, a table row, or discardable space.
// Its contents are positioned relative to its top-left corner, which is
// on the left edge of the text block.
type element struct {
	height  Length
	space   bool       // discardable white space (dropped at a page break)
	keep    keepKind   // why a page break right after it would be bad
	d       drawList   // what it draws
	outline *outlineAt // a heading starts here
	stat    lineStat   // quality data of a text line
}

// keepKind says why a page break after an element is to be avoided.
type keepKind uint8

const (
	keepNone    keepKind = iota
	keepOrphan           // the first line of a paragraph would stay alone at the bottom
	keepWidow            // the last line of a paragraph would go alone to the next page
	keepHeading          // a heading would end the page
	keepFigure           // a picture would part from its caption
	keepHyphen           // the line ends with an inserted hyphen: the word would be split across pages
	keepHard             // never break here (part of an indivisible unit)
)

// outlineAt is a heading's outline entry before pagination.
type outlineAt struct {
	title string
	level int
	dest  string
}

// lineStat is what the quality report needs to know about a text line.
type lineStat struct {
	text   bool // it is a line of text
	hyphen bool
	over   bool
}

// drawList is what an element draws, relative to its top-left corner;
// text runs are placed by their baseline.
type drawList struct {
	texts  []TextRun
	rules  []RuleLine
	images []ImageBox
	links  []linkRef
	calls  []int // note numbers called here, in order
	backs  []int // notes whose first line this is
}

// lineElement wraps a set line into an element of the given height,
// with the baseline at base and the line starting at x.
func lineElement(ln lineBox, x, height, base Length) element {
	e := element{height: height}
	e.d.texts = ln.texts
	for i := range e.d.texts {
		e.d.texts[i].X += x
		e.d.texts[i].Y += base
	}
	e.d.images = ln.images
	for i := range e.d.images {
		e.d.images[i].X += x
		e.d.images[i].Y += base
	}
	e.d.links = ln.links
	for i := range e.d.links {
		e.d.links[i].X += x
		e.d.links[i].Y += base
	}
	for _, r := range ln.rules {
		e.d.rules = append(e.d.rules, RuleLine{X1: r.X1 + x, Y1: r.Y1 + base, X2: r.X2 + x, Y2: r.Y2 + base, Thickness: r.Thickness})
	}
	e.d.calls, e.d.backs = ln.calls, ln.backs
	e.stat = lineStat{text: true, hyphen: ln.hyphen, over: ln.over > Pt/10}
	return e
}

// space returns discardable vertical space.
func space(h Length) element { return element{height: h, space: true} }
