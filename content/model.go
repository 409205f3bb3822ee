// Package content is the document model shared by every reader and writer of
// offprint: a small, closed set of node types in the spirit of pandoc's
// Text.Pandoc.Definition and Go's go/ast.
//
// Readers (content/plaintext, content/markdown, content/html) build a
// *Document; passes (NumberNotes, content/sources) rewrite it; writers
// (export/epub, layout + export/pdf) only read it. The Block and Inline
// interfaces are sealed: only the types in this file implement them.
package content

import "time"

// Document is one article: its metadata, its body in reading order and the
// notes its body refers to.
type Document struct {
	Meta   Meta    // what the article is
	Blocks []Block // the body, in reading order
	Notes  []Note  // the notes, called by position (see NoteRef); Notes[i].Number == i+1 after NumberNotes
}

// Meta describes an article. Zero values mean "unknown".
type Meta struct {
	Title    string // headline, as plain text (metadata, file names, the outline)
	Subtitle string // dek or standfirst, as plain text
	// TitleInlines and SubtitleInlines are the title and subtitle with
	// their markup (links, emphasis, code, note calls) when the input had
	// any; nil otherwise. They are used only while their plain text is
	// Title (Subtitle): code that sets Title alone (--title) makes them
	// stale, and RichTitle then falls back to Title.
	TitleInlines    []Inline
	SubtitleInlines []Inline
	Authors         []Author  // bylines, in order
	Date            time.Time // publication date (UTC); zero when unknown
	Language        string    // BCP 47 tag, e.g. "en" or "pt-BR"
	Publisher       string    // publication or site name, e.g. "Vox"
	SourceURL       string    // where the article was published
	Retrieved       time.Time // when it was fetched (URL inputs); zero when unknown
	Description     string    // a one-paragraph summary
	Keywords        []string  // subjects
	Rights          string    // copyright or licence statement
	Identifier      string    // unique identifier; writers derive one from the content when empty
}

// Author is one person credited with the article.
type Author struct {
	Name string // as printed, e.g. "Ellen Ioanes"
	Bio  string // the author's note, if the article has one
}

// Block is a node of the body: one of Heading, Paragraph, Quote, List,
// DefList, Figure, CodeBlock, Rule or Table.
type Block interface{ block() }

// Inline is a node inside a block: one of Text, Emph, Strong, Strike,
// Super, Sub, Code, Link, NoteRef or Break.
type Inline interface{ inline() }

// Heading is a section title; Level 1 is the highest level inside the body
// (the article title lives in Meta, not here).
type Heading struct {
	Level   int      // 1..6
	Inlines []Inline // the heading text
	ID      string   // unique anchor, set by AssignIDs when empty
}

// Paragraph is a run of text.
type Paragraph struct {
	Inlines []Inline
}

// Quote is a block quotation (or a pull quote).
type Quote struct {
	Blocks []Block
}

// List is a bulleted or numbered list; each item is a sequence of blocks.
type List struct {
	Ordered bool
	Start   int // first number of an ordered list; 0 means 1
	Items   [][]Block
}

// DefList is a definition list: terms, each with one or more definitions.
type DefList struct {
	Items []DefItem
}

// DefItem is one entry of a DefList: a term and its definitions, each a
// sequence of blocks.
type DefItem struct {
	Term []Inline
	Defs [][]Block
}

// Figure is an image with its caption and credit. Image is nil when the
// input only kept the caption (scraped text); writers then print the caption.
type Figure struct {
	Image   *Image
	Caption []Inline // what the picture shows
	Credit  []Inline // photographer / agency, e.g. "Sefa Karacan/Anadolu via Getty Images"; links allowed
}

// Image is the picture of a Figure, already loaded by the reader.
type Image struct {
	Data      []byte // the encoded image (JPEG, PNG, GIF or SVG)
	MediaType string // "image/jpeg", "image/png", "image/gif" or "image/svg+xml"
	Alt       string // text alternative
	Width     int    // pixels; 0 when unknown (SVG)
	Height    int    // pixels; 0 when unknown (SVG)
	Source    string // where it came from (path or URL), for messages only
}

// CodeBlock is preformatted text, printed in a monospace font.
type CodeBlock struct {
	Lang string // language hint, may be empty
	Text string // the lines, without a trailing newline
}

// Rule is a thematic break (a horizontal line or a "* * *" between scenes).
type Rule struct{}

// Table is a grid of cells. Rows may have different lengths; a cell that
// spans columns or rows takes the places to its right and below, which
// the rows after it do not list (as in HTML).
type Table struct {
	Header [][]Cell // header rows, may be empty
	Rows   [][]Cell // body rows
}

// Cell is one cell of a Table.
type Cell struct {
	Inlines []Inline
	ColSpan int   // columns it spans; 0 means 1
	RowSpan int   // rows it spans; 0 means 1
	Align   Align // horizontal alignment of its text
}

// Align is the horizontal alignment of a table cell.
type Align int

// The alignments; AlignDefault leaves it to the writer.
const (
	AlignDefault Align = iota
	AlignLeft
	AlignCenter
	AlignRight
)

// String names the alignment for dumps and JSON ("", "left", "center",
// "right").
func (a Align) String() string {
	switch a {
	case AlignLeft:
		return "left"
	case AlignCenter:
		return "center"
	case AlignRight:
		return "right"
	}
	return ""
}

// ParseAlign is the inverse of Align.String; unknown names give
// AlignDefault.
func ParseAlign(s string) Align {
	switch s {
	case "left":
		return AlignLeft
	case "center", "centre":
		return AlignCenter
	case "right":
		return AlignRight
	}
	return AlignDefault
}

// Text is a run of characters.
type Text struct {
	Text string
}

// Emph is emphasised (usually italic) text.
type Emph struct {
	Inlines []Inline
}

// Strong is strongly emphasised (usually bold) text.
type Strong struct {
	Inlines []Inline
}

// Strike is struck-out (deleted) text.
type Strike struct {
	Inlines []Inline
}

// Super is superscript text (raised and smaller).
type Super struct {
	Inlines []Inline
}

// Sub is subscript text (lowered and smaller).
type Sub struct {
	Inlines []Inline
}

// Code is a piece of code inside running text.
type Code struct {
	Text string
}

// Link is a hyperlink. NumberNotes gives every external link a note (one per
// distinct URL) and records it in Note; links inside the document ("#id")
// keep Note == 0.
type Link struct {
	URL     string
	Inlines []Inline
	Note    int // the note that cites URL, as in NoteRef; 0 when none
}

// NoteRef is the call of a note. At every stage Note is the 1-based
// position of the called note in Document.Notes: Document.Note(n) is
// Notes[n-1]. Readers call notes by their position in the slice they
// build; NumberNotes reorders the notes by first call and rewrites every
// call, so that afterwards the position is also the note's Number.
type NoteRef struct {
	Note int
}

// Break is a forced line break inside a block.
type Break struct{}

// NoteKind says where a note comes from.
type NoteKind int

// The kinds of note, in no particular order.
const (
	NoteFootnote    NoteKind = iota // an explicit footnote of the input
	NoteLink                        // the URL of an external link
	NoteSource                      // where the article was published (the source line)
	NoteCredit                      // a photo or other credit that is a source
	NoteAttribution                 // who is quoted, on what authority (content/sources)
)

// String names the kind for dumps and JSON ("footnote", "link", …).
func (k NoteKind) String() string {
	switch k {
	case NoteFootnote:
		return "footnote"
	case NoteLink:
		return "link"
	case NoteSource:
		return "source"
	case NoteCredit:
		return "credit"
	case NoteAttribution:
		return "attribution"
	}
	return "unknown"
}

// Note is a numbered note. Its body is Blocks (footnotes) or Text; URL is
// the address it cites, if any (printed in full by the writers).
type Note struct {
	Number int      // 1-based, in order of first call; 0 before NumberNotes
	Kind   NoteKind // where it comes from
	Text   string   // a plain-text body (link, source, attribution notes)
	Blocks []Block  // a rich body (explicit footnotes); used instead of Text when set
	URL    string   // the cited address, may be empty
}

func (*Heading) block()   {}
func (*Paragraph) block() {}
func (*Quote) block()     {}
func (*List) block()      {}
func (*DefList) block()   {}
func (*Figure) block()    {}
func (*CodeBlock) block() {}
func (*Rule) block()      {}
func (*Table) block()     {}

func (*Text) inline()    {}
func (*Emph) inline()    {}
func (*Strong) inline()  {}
func (*Strike) inline()  {}
func (*Super) inline()   {}
func (*Sub) inline()     {}
func (*Code) inline()    {}
func (*Link) inline()    {}
func (*NoteRef) inline() {}
func (*Break) inline()   {}

// Book is several articles bound together (`offprint book`): the book's own
// metadata and one Document per article, each with its own notes.
type Book struct {
	Meta     Meta
	Articles []*Document
}
