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
	Notes  []Note  // the notes; Notes[i].Number == i+1 after NumberNotes
}

// Meta describes an article. Zero values mean "unknown".
type Meta struct {
	Title       string    // headline
	Subtitle    string    // dek or standfirst
	Authors     []Author  // bylines, in order
	Date        time.Time // publication date (UTC); zero when unknown
	Language    string    // BCP 47 tag, e.g. "en" or "pt-BR"
	Publisher   string    // publication or site name, e.g. "Vox"
	SourceURL   string    // where the article was published
	Retrieved   time.Time // when it was fetched (URL inputs); zero when unknown
	Description string    // a one-paragraph summary
	Keywords    []string  // subjects
	Rights      string    // copyright or licence statement
	Identifier  string    // unique identifier; writers derive one from the content when empty
}

// Author is one person credited with the article.
type Author struct {
	Name string // as printed, e.g. "Ellen Ioanes"
	Bio  string // the author's note, if the article has one
}

// Block is a node of the body: one of Heading, Paragraph, Quote, List,
// Figure, CodeBlock, Rule or Table.
type Block interface{ block() }

// Inline is a node inside a block: one of Text, Emph, Strong, Code, Link,
// NoteRef or Break.
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

// Figure is an image with its caption and credit. Image is nil when the
// input only kept the caption (scraped text); writers then print the caption.
type Figure struct {
	Image   *Image
	Caption []Inline // what the picture shows
	Credit  string   // photographer / agency, e.g. "Sefa Karacan/Anadolu via Getty Images"
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

// Table is a simple grid of cells; rows may have different lengths.
type Table struct {
	Header [][]Inline   // header cells, may be empty
	Rows   [][][]Inline // body rows of cells
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

// Code is a piece of code inside running text.
type Code struct {
	Text string
}

// Link is a hyperlink. NumberNotes gives every external link a note (one per
// distinct URL) and records its number in Note; links inside the document
// ("#id") keep Note == 0.
type Link struct {
	URL     string
	Inlines []Inline
	Note    int // number of the note that cites URL; 0 when none
}

// NoteRef is the call of a note: after NumberNotes, Note is the number of the
// note (Document.Notes[Note-1]); before it, readers use the 1-based position
// of the note in the Notes slice they built.
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
	Number int      // 1-based, in order of first call
	Kind   NoteKind // where it comes from
	Text   string   // a plain-text body (link, source, attribution notes)
	Blocks []Block  // a rich body (explicit footnotes); used instead of Text when set
	URL    string   // the cited address, may be empty
}

func (*Heading) block()   {}
func (*Paragraph) block() {}
func (*Quote) block()     {}
func (*List) block()      {}
func (*Figure) block()    {}
func (*CodeBlock) block() {}
func (*Rule) block()      {}
func (*Table) block()     {}

func (*Text) inline()    {}
func (*Emph) inline()    {}
func (*Strong) inline()  {}
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
