package content

import (
	"encoding/json"
	"strings"
)

// JSONVersion is the version of the model's JSON form that ToJSON writes
// and ReadJSON reads. It changes only when a key changes meaning; keys are
// only ever added within a version.
const JSONVersion = 1

// JSONDocument is the stable JSON form of a Document printed by
// `offprint inspect --json` and read back by ReadJSON. Other tools rely on
// its keys: add keys, never rename or remove them.
//
// The plain-text keys (text, caption, credit, a note's text) are for
// readers of the JSON; the inline keys (inlines, caption_inlines, …) carry
// the markup and win over the plain ones when ReadJSON finds both.
type JSONDocument struct {
	Version int         `json:"version"`
	Meta    JSONMeta    `json:"meta"`
	Blocks  []JSONBlock `json:"blocks"`
	Notes   []JSONNote  `json:"notes"`
}

// JSONMeta is the metadata part of JSONDocument.
type JSONMeta struct {
	Title           string       `json:"title"`
	Subtitle        string       `json:"subtitle"`
	Authors         []string     `json:"authors"`
	AuthorBios      []string     `json:"author_bios"` // parallel to Authors; "" when an author has none
	Language        string       `json:"language"`
	Publisher       string       `json:"publisher"`
	SourceURL       string       `json:"source_url"`
	Date            string       `json:"date"`      // YYYY-MM-DD or ""
	Retrieved       string       `json:"retrieved"` // YYYY-MM-DD or ""
	Description     string       `json:"description"`
	Keywords        []string     `json:"keywords"`
	Rights          string       `json:"rights"`
	Identifier      string       `json:"identifier,omitempty"`
	TitleInlines    []JSONInline `json:"title_inlines,omitempty"`
	SubtitleInlines []JSONInline `json:"subtitle_inlines,omitempty"`
}

// JSONBlock is one block of JSONDocument; fields apply by Type.
type JSONBlock struct {
	Type    string        `json:"type"` // heading|paragraph|quote|list|deflist|figure|code|rule|table
	Level   int           `json:"level,omitempty"`
	ID      string        `json:"id,omitempty"`
	Text    string        `json:"text,omitempty"`
	Caption string        `json:"caption,omitempty"`
	Credit  string        `json:"credit,omitempty"`
	Image   string        `json:"image,omitempty"` // media type of the figure's image
	Lang    string        `json:"lang,omitempty"`
	Ordered bool          `json:"ordered,omitempty"`
	Items   [][]JSONBlock `json:"items,omitempty"`
	Blocks  []JSONBlock   `json:"blocks,omitempty"`
	Notes   []int         `json:"notes,omitempty"` // numbers of the notes called in the block

	Inlines        []JSONInline     `json:"inlines,omitempty"` // heading, paragraph
	Start          int              `json:"start,omitempty"`   // first number of an ordered list
	CaptionInlines []JSONInline     `json:"caption_inlines,omitempty"`
	CreditInlines  []JSONInline     `json:"credit_inlines,omitempty"`
	ImageData      []byte           `json:"image_data,omitempty"` // base64
	ImageAlt       string           `json:"image_alt,omitempty"`
	ImageWidth     int              `json:"image_width,omitempty"`
	ImageHeight    int              `json:"image_height,omitempty"`
	ImageSource    string           `json:"image_source,omitempty"`
	Header         [][]JSONCell     `json:"header,omitempty"` // table header rows
	Rows           [][]JSONCell     `json:"rows,omitempty"`   // table body rows
	Definitions    []JSONDefinition `json:"definitions,omitempty"`
}

// JSONCell is a table cell.
type JSONCell struct {
	Inlines []JSONInline `json:"inlines"`
	ColSpan int          `json:"colspan,omitempty"`
	RowSpan int          `json:"rowspan,omitempty"`
	Align   string       `json:"align,omitempty"` // left|center|right
}

// JSONDefinition is one term of a definition list and its definitions.
type JSONDefinition struct {
	Term []JSONInline  `json:"term"`
	Defs [][]JSONBlock `json:"defs"`
}

// JSONInline is one inline: Type is text|emph|strong|strike|sup|sub|code|
// link|note_ref|break. Text holds the characters of text and code, URL the
// address of a link, Note the note a link or a note_ref calls (its
// position in notes, see NoteRef), Inlines the children of containers.
type JSONInline struct {
	Type    string       `json:"type"`
	Text    string       `json:"text,omitempty"`
	URL     string       `json:"url,omitempty"`
	Note    int          `json:"note,omitempty"`
	Inlines []JSONInline `json:"inlines,omitempty"`
}

// JSONNote is one note of JSONDocument.
type JSONNote struct {
	N      int         `json:"n"`
	Kind   string      `json:"kind"`
	Text   string      `json:"text"`
	URL    string      `json:"url,omitempty"`
	Blocks []JSONBlock `json:"blocks,omitempty"` // a rich body (footnotes); Text is then its plain text
}

// ToJSON converts a document to its JSON form.
func ToJSON(doc *Document) JSONDocument {
	m := doc.Meta
	out := JSONDocument{Version: JSONVersion, Meta: JSONMeta{
		Title: m.Title, Subtitle: m.Subtitle, Language: m.Language,
		Publisher: m.Publisher, SourceURL: m.SourceURL, Description: m.Description,
		Rights: m.Rights, Authors: []string{}, AuthorBios: []string{},
		Keywords: append([]string{}, m.Keywords...), Identifier: m.Identifier,
		TitleInlines: jsonInlines(m.TitleInlines), SubtitleInlines: jsonInlines(m.SubtitleInlines),
	}}
	for _, a := range m.Authors {
		out.Meta.Authors = append(out.Meta.Authors, a.Name)
		out.Meta.AuthorBios = append(out.Meta.AuthorBios, a.Bio)
	}
	if !m.Date.IsZero() {
		out.Meta.Date = m.Date.Format("2006-01-02")
	}
	if !m.Retrieved.IsZero() {
		out.Meta.Retrieved = m.Retrieved.Format("2006-01-02")
	}
	out.Blocks = jsonBlocks(doc.Blocks)
	out.Notes = []JSONNote{}
	for _, n := range doc.Notes {
		j := JSONNote{N: n.Number, Kind: n.Kind.String(), Text: n.NoteText(), URL: n.URL}
		if len(n.Blocks) > 0 {
			j.Blocks = jsonBlocks(n.Blocks)
		}
		out.Notes = append(out.Notes, j)
	}
	return out
}

// MarshalJSON returns the indented JSON form of doc.
func MarshalJSON(doc *Document) ([]byte, error) {
	return json.MarshalIndent(ToJSON(doc), "", "  ")
}

func jsonBlocks(blocks []Block) []JSONBlock {
	out := make([]JSONBlock, 0, len(blocks))
	for _, b := range blocks {
		out = append(out, jsonBlock(b))
	}
	return out
}

func jsonBlock(b Block) JSONBlock {
	var j JSONBlock
	switch b := b.(type) {
	case *Heading:
		j = JSONBlock{Type: "heading", Level: b.Level, ID: b.ID, Text: PlainText(b.Inlines), Inlines: jsonInlines(b.Inlines)}
	case *Paragraph:
		j = JSONBlock{Type: "paragraph", Text: PlainText(b.Inlines), Inlines: jsonInlines(b.Inlines)}
	case *Quote:
		j = JSONBlock{Type: "quote", Text: BlocksText(b.Blocks), Blocks: jsonBlocks(b.Blocks)}
	case *List:
		j = JSONBlock{Type: "list", Ordered: b.Ordered, Start: b.Start}
		var texts []string
		for _, item := range b.Items {
			j.Items = append(j.Items, jsonBlocks(item))
			texts = append(texts, BlocksText(item))
		}
		j.Text = strings.Join(texts, "\n")
	case *DefList:
		j = JSONBlock{Type: "deflist", Text: BlocksText([]Block{b})}
		for _, it := range b.Items {
			d := JSONDefinition{Term: jsonInlines(it.Term), Defs: [][]JSONBlock{}}
			for _, def := range it.Defs {
				d.Defs = append(d.Defs, jsonBlocks(def))
			}
			j.Definitions = append(j.Definitions, d)
		}
	case *Figure:
		j = JSONBlock{Type: "figure", Caption: PlainText(b.Caption), Credit: PlainText(b.Credit),
			CaptionInlines: jsonInlines(b.Caption), CreditInlines: jsonInlines(b.Credit)}
		if im := b.Image; im != nil {
			j.Image, j.ImageData, j.ImageAlt = im.MediaType, im.Data, im.Alt
			j.ImageWidth, j.ImageHeight, j.ImageSource = im.Width, im.Height, im.Source
		}
	case *CodeBlock:
		j = JSONBlock{Type: "code", Lang: b.Lang, Text: b.Text}
	case *Rule:
		j = JSONBlock{Type: "rule"}
	case *Table:
		j = JSONBlock{Type: "table", Text: BlocksText([]Block{b}), Header: jsonRows(b.Header), Rows: jsonRows(b.Rows)}
	}
	for _, ins := range BlockInlines(b) {
		WalkInlines(ins, func(in Inline) {
			switch in := in.(type) {
			case *NoteRef:
				j.Notes = append(j.Notes, in.Note)
			case *Link:
				if in.Note != 0 {
					j.Notes = append(j.Notes, in.Note)
				}
			}
		})
	}
	return j
}

func jsonRows(rows [][]Cell) [][]JSONCell {
	var out [][]JSONCell
	for _, r := range rows {
		cells := make([]JSONCell, len(r))
		for i, c := range r {
			cells[i] = JSONCell{Inlines: jsonInlines(c.Inlines), ColSpan: c.ColSpan, RowSpan: c.RowSpan, Align: c.Align.String()}
			if cells[i].Inlines == nil {
				cells[i].Inlines = []JSONInline{}
			}
		}
		out = append(out, cells)
	}
	return out
}

// jsonInlines converts inlines; nil for none.
func jsonInlines(ins []Inline) []JSONInline {
	if len(ins) == 0 {
		return nil
	}
	out := make([]JSONInline, 0, len(ins))
	for _, in := range ins {
		var j JSONInline
		switch in := in.(type) {
		case *Text:
			j = JSONInline{Type: "text", Text: in.Text}
		case *Code:
			j = JSONInline{Type: "code", Text: in.Text}
		case *Link:
			j = JSONInline{Type: "link", URL: in.URL, Note: in.Note}
		case *NoteRef:
			j = JSONInline{Type: "note_ref", Note: in.Note}
		case *Break:
			j = JSONInline{Type: "break"}
		default:
			j = JSONInline{Type: containerName(in)}
		}
		j.Inlines = jsonInlines(Children(in))
		out = append(out, j)
	}
	return out
}

// containerName is the JSON type of a container inline other than Link.
func containerName(in Inline) string {
	switch in.(type) {
	case *Emph:
		return "emph"
	case *Strong:
		return "strong"
	case *Strike:
		return "strike"
	case *Super:
		return "sup"
	case *Sub:
		return "sub"
	}
	return "unknown"
}
