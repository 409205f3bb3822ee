package layout

import (
	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

// Result is a laid-out document: its pages, its outline and a quality
// report. Coordinates are from the top-left corner of the page, y down;
// text runs are placed by their baseline.
type Result struct {
	Pages    []Page         // in order, Pages[i].Number == i+1
	Outline  []OutlineEntry // every heading, in reading order
	Stats    Stats          // the quality report
	Warnings []string       // problems met (missing glyphs, unusable images), each once
	Meta     content.Meta   // the document's (or book's) metadata
	// Struct is the logical structure, in the order nodes were opened:
	// Struct[0] is the Document; runs, pictures and links name their node.
	Struct []StructNode
}

// Page is one positioned page.
type Page struct {
	Number int        // 1-based
	Width  Length     // paper width (the TrimBox: offprint prints no bleed)
	Height Length     // paper height
	Texts  []TextRun  // text in drawing order
	Rules  []RuleLine // lines
	Images []ImageBox // pictures
	Links  []LinkArea // clickable areas
	Dests  []Dest     // named destinations (link targets)
}

// TextRun is a piece of text in one face and size, placed at its baseline.
type TextRun struct {
	X, Y Length      // left end of the baseline
	Face fonts.Style // which embedded face
	Size Length      // type size
	Text string      // the characters, all drawable by Face
	// Expand widens (> 0) or narrows (< 0) the glyphs horizontally, in
	// parts per million of their width (font expansion of justified
	// text: 20000 is 2% wider); 0 draws them at their natural width.
	Expand int32
	// Font is the face that Glyphs index: an embedded face or one found on
	// the machine. nil for a run that is drawn from Text and Face alone.
	Font *fonts.Face
	// Glyphs is the shaped run, in visual (left-to-right drawing) order.
	// When set, the PDF draws these glyphs and Text is what extraction
	// (copy, search, pdftotext) gives back.
	Glyphs []Glyph
	// ActualText, when set, replaces Text for extraction: a word broken
	// by a hyphen the line breaker added carries the whole word on its
	// first part and "" on its second, so the inserted hyphen is not text.
	ActualText string
	Node       int32 // index of its element in Result.Struct; Artifact for page furniture
	// SpaceAfter says that a word space follows the run at the end of
	// its line (the line broke at it): extraction should add a space.
	SpaceAfter bool
	struck     bool // struck-out text (content.Strike): tagged as a LineThrough Span
}

// Glyph is one shaped glyph of a TextRun. Lengths are at the run's Size,
// before Expand.
type Glyph struct {
	ID      uint16 // glyph index in the run's Font
	Advance Length // pen advance after this glyph (kerning included)
	XOffset Length // rightward shift of the glyph from the pen (mark positioning)
	YOffset Length // upward shift of the glyph from the baseline
	// Text is the characters of the cluster this glyph starts (a ligature
	// "ffi" carries all three letters); "" on a cluster's later glyphs.
	Text string
}

// RuleLine is a straight line of some thickness.
type RuleLine struct {
	X1, Y1, X2, Y2 Length
	Thickness      Length
}

// ImageBox is a picture scaled into a rectangle.
type ImageBox struct {
	X, Y, W, H Length
	Image      *content.Image
	Node       int // its Figure in Result.Struct; Artifact for a decorative image
	// Decorative marks a picture with no text to stand for it (no
	// caption, alt text or credit): an artifact, as PDF/UA asks of an
	// image that is not a Figure with alternate text.
	Decorative bool
}

// LinkArea is a clickable rectangle: to an external URL, or to a named
// destination of the document (Dest).
type LinkArea struct {
	X, Y, W, H Length
	URL        string // external address, or ""
	Dest       string // name of a Dest in the result, or ""
	Node       int    // its Link in Result.Struct
}

// Dest is a named place a link or the outline can point to.
type Dest struct {
	Name string
	Y    Length // top of the target, from the top of the page
}

// OutlineEntry is one bookmark: a heading (level 1 is the top) and where
// it starts.
type OutlineEntry struct {
	Title string
	Level int    // 1-based nesting level, never skipping a level
	Page  int    // 1-based page number
	Y     Length // top of the heading on its page
	Dest  string // the heading's destination name
}

// Stats is the quality report of a layout (issue "print typesetting").
// Every count is over the whole document.
type Stats struct {
	Pages              int // pages made
	Lines              int // lines of body text and notes
	Overfull           int // lines wider than the measure (must be 0)
	Loose              int // very loose lines: spaces stretched beyond their stretchability (adjustment ratio > 1)
	Hyphenated         int // lines ending with an inserted hyphen
	ConsecutiveHyphens int // the longest run of consecutive hyphenated lines in a paragraph
	PageEndHyphens     int // pages (not an article's last) whose last line ends with an inserted hyphen
	ShortPages         int // pages (not an article's last) left short of the text block's foot (too short to stretch flush)
	Widows             int // a paragraph's last line alone at the top of a page
	Orphans            int // a paragraph's first line alone at the bottom of a page
	HeadingsAtBottom   int // headings that end a page (not kept with what follows)
	NotesOffPage       int // note calls whose note does not start on the call's page (must be 0)
	NotesLost          int // notes called but not printed in full (must be 0)
	NotesSplit         int // notes continued on a following page
	MissingGlyphs      int // distinct characters the fonts lack (printed as U+FFFD)
}
