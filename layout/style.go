package layout

import (
	"fmt"
	"strings"

	"github.com/offprint/offprint/fonts"
)

// Align says how the lines of a paragraph meet the right margin.
type Align string

// The alignments. The zero value is automatic: justified, but ragged
// right when the measure is narrower than 25 ems (e-reader pages),
// where justified spaces would gape.
const (
	AlignJustify Align = "justify" // flush left and right
	AlignLeft    Align = "left"    // ragged right
)

// maxMeasureEms is the widest automatic measure, in ems of the body type:
// about 74 characters of Noto Serif a line, the top of Bringhurst's 45–75
// (one seventh of A4 or letter at 11pt gives 80; narrower measures give
// more loose and hyphenated lines in Noto Serif's wide letters).
const maxMeasureEms = 36

// autoRaggedEms is the measure, in ems of the body type, below which the
// automatic alignment is ragged right (about 45 characters a line).
const autoRaggedEms = 25

// PageNumbers says how pages are numbered.
type PageNumbers string

// The page numbering styles. The zero value means NumbersPlain.
const (
	NumbersTotal PageNumbers = "total" // "3 / 7"
	NumbersPlain PageNumbers = "plain" // "3" (the default)
	NumbersNone  PageNumbers = "none"  // no page numbers
)

// Style is the print design of a document. The zero value of every field
// means "automatic": Layout fills it from the paper size, so a Style with
// only the paper set is complete.
type Style struct {
	PaperWidth  Length      // page width; 0 means A4 (210 mm)
	PaperHeight Length      // page height; 0 means A4 (297 mm)
	Margin      Length      // all four margins; 0 chooses them from the paper, widened to keep lines under 36 ems (mirrored inner/outer with Duplex)
	FontSize    Length      // body type size; 0 chooses it from the paper (11 pt on A4, 10 pt on A5, 10.5 pt on ereader)
	Leading     Length      // baseline to baseline distance of body text; 0 means 1.3 × FontSize
	Align       Align       // AlignJustify, AlignLeft, or "" for automatic (justified unless the measure is very narrow)
	Duplex      bool        // two-sided: mirrored margins, alternating running heads, page numbers outside
	PageNumbers PageNumbers // "" or NumbersPlain, NumbersTotal, NumbersNone
	NoHyphenate bool        // turn hyphenation off (URLs still break after / . - ? &)
	Language    string      // hyphenation language; "" uses the document's (and then "en")
	RunningHead bool        // print the running head; DefaultStyle turns it on
	// Faces replace the embedded Noto Serif, indexed by fonts.Regular,
	// fonts.Italic, fonts.Bold and fonts.BoldItalic; a nil entry keeps
	// Noto Serif (a missing bold or italic is not faked).
	Faces [4]*fonts.Face
	// Fallback finds faces for the characters the faces lack (after the
	// embedded Arabic and Hebrew faces); nil means the machine's fonts,
	// fonts.DefaultSystem(), unless NoSystemFonts.
	Fallback      *fonts.System
	NoSystemFonts bool // no fallback beyond the embedded faces: the output never depends on the machine
}

// DefaultStyle returns the default design: A4, automatic margins, type
// size and alignment (justified on A4), hyphenated, running heads and
// plain page numbers.
func DefaultStyle() Style {
	w, h, _ := ParsePaper("a4")
	return Style{PaperWidth: w, PaperHeight: h, PageNumbers: NumbersPlain, RunningHead: true}
}

// geometry is a Style with every automatic value resolved.
type geometry struct {
	Style
	top, bottom, inner, outer Length // margins
	measure                   Length // width of the text block
	textHeight                Length // height of the text block
}

// resolve checks s and fills its automatic values.
func (s Style) resolve() (geometry, error) {
	g := geometry{Style: s}
	if g.PaperWidth == 0 || g.PaperHeight == 0 {
		g.PaperWidth, g.PaperHeight, _ = ParsePaper("a4")
	}
	switch g.Align {
	case "", AlignJustify, AlignLeft:
	default:
		return g, fmt.Errorf("layout: unknown alignment %q (use justify or left)", g.Align)
	}
	g.PageNumbers = PageNumbers(strings.ToLower(string(g.PageNumbers)))
	switch g.PageNumbers {
	case "":
		g.PageNumbers = NumbersPlain
	case NumbersTotal, NumbersPlain, NumbersNone:
	default:
		return g, fmt.Errorf("layout: unknown page numbering %q (use total, plain or none)", g.PageNumbers)
	}
	small := g.PaperWidth < 110*Mm
	if g.FontSize == 0 {
		switch {
		case small:
			g.FontSize = 21 * Pt / 2
		case g.PaperWidth < 190*Mm:
			g.FontSize = 10 * Pt
		default:
			g.FontSize = 11 * Pt
		}
	}
	if g.FontSize < 4*Pt || g.FontSize > 72*Pt {
		return g, fmt.Errorf("layout: font size %v out of range (4pt to 72pt)", g.FontSize)
	}
	if g.Leading == 0 {
		g.Leading = g.FontSize.Scale(13, 10)
	}
	if g.Leading < g.FontSize {
		g.Leading = g.FontSize
	}
	g.margins(small)
	g.measure = g.PaperWidth - g.inner - g.outer
	g.textHeight = g.PaperHeight - g.top - g.bottom
	if g.Align == "" {
		g.Align = AlignJustify
		if g.measure < autoRaggedEms*g.FontSize {
			g.Align = AlignLeft
		}
	}
	if g.measure < 12*g.FontSize || g.textHeight < 10*g.Leading {
		return g, fmt.Errorf("layout: text block %v × %v too small for %v type (use smaller margins or type, or larger paper)",
			g.measure, g.textHeight, g.FontSize)
	}
	return g, nil
}

// margins chooses margins: a given Margin on all sides, or proportions of
// the paper (one seventh of the width at the sides, a little more at the
// bottom for the folio; mirrored 4:5 inner:outer when Duplex). The side
// margins grow so that the measure is at most maxMeasureEms; the top and
// bottom then grow by half as much. Small (e-reader) pages get thin
// margins: the screen has its own bezel.
func (g *geometry) margins(small bool) {
	if g.Margin > 0 {
		g.top, g.bottom, g.inner, g.outer = g.Margin, g.Margin, g.Margin, g.Margin
		return
	}
	m := g.PaperWidth / 7
	if small {
		m = 4 * Mm
	}
	side, top := m, m
	if widest := g.FontSize * maxMeasureEms; !small && g.PaperWidth-2*m > widest {
		side = (g.PaperWidth - widest) / 2
		top = (m + side) / 2
	}
	g.inner, g.outer, g.top, g.bottom = side, side, top, top.Scale(6, 5)
	if small {
		// room for the running head and folio inside the tiny margins
		g.top, g.bottom = m+2*g.Leading, m+2*g.Leading
	}
	if g.Duplex && !small {
		g.inner, g.outer = side.Scale(8, 9), side.Scale(10, 9)
	}
}

// left returns the left margin of page n (1-based): the inner margin on
// odd (recto) pages, the outer one on even (verso) pages in duplex.
func (g *geometry) left(n int) Length {
	if g.Duplex && n%2 == 0 {
		return g.outer
	}
	return g.inner
}
