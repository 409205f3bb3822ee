package content

import (
	"encoding/json"
	"strings"
)

// JSONDocument is the stable JSON form of a Document printed by
// `offprint inspect --json`. Other tools rely on its keys: add keys, never
// rename or remove them.
type JSONDocument struct {
	Meta   JSONMeta    `json:"meta"`
	Blocks []JSONBlock `json:"blocks"`
	Notes  []JSONNote  `json:"notes"`
}

// JSONMeta is the metadata part of JSONDocument.
type JSONMeta struct {
	Title       string   `json:"title"`
	Subtitle    string   `json:"subtitle"`
	Authors     []string `json:"authors"`
	AuthorBios  []string `json:"author_bios"` // parallel to Authors; "" when an author has none
	Language    string   `json:"language"`
	Publisher   string   `json:"publisher"`
	SourceURL   string   `json:"source_url"`
	Date        string   `json:"date"`      // YYYY-MM-DD or ""
	Retrieved   string   `json:"retrieved"` // YYYY-MM-DD or ""
	Description string   `json:"description"`
	Keywords    []string `json:"keywords"`
	Rights      string   `json:"rights"`
}

// JSONBlock is one block of JSONDocument; fields apply by Type.
type JSONBlock struct {
	Type    string        `json:"type"` // heading|paragraph|quote|list|figure|code|rule|table
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
}

// JSONNote is one note of JSONDocument.
type JSONNote struct {
	N    int    `json:"n"`
	Kind string `json:"kind"`
	Text string `json:"text"`
	URL  string `json:"url,omitempty"`
}

// ToJSON converts a document to its JSON form.
func ToJSON(doc *Document) JSONDocument {
	m := doc.Meta
	out := JSONDocument{Meta: JSONMeta{
		Title: m.Title, Subtitle: m.Subtitle, Language: m.Language,
		Publisher: m.Publisher, SourceURL: m.SourceURL, Description: m.Description,
		Rights: m.Rights, Authors: []string{}, AuthorBios: []string{},
		Keywords: append([]string{}, m.Keywords...),
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
		out.Notes = append(out.Notes, JSONNote{N: n.Number, Kind: n.Kind.String(), Text: n.NoteText(), URL: n.URL})
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
		j = JSONBlock{Type: "heading", Level: b.Level, ID: b.ID, Text: PlainText(b.Inlines)}
	case *Paragraph:
		j = JSONBlock{Type: "paragraph", Text: PlainText(b.Inlines)}
	case *Quote:
		j = JSONBlock{Type: "quote", Text: BlocksText(b.Blocks), Blocks: jsonBlocks(b.Blocks)}
	case *List:
		j = JSONBlock{Type: "list", Ordered: b.Ordered}
		var texts []string
		for _, item := range b.Items {
			j.Items = append(j.Items, jsonBlocks(item))
			texts = append(texts, BlocksText(item))
		}
		j.Text = strings.Join(texts, "\n")
	case *Figure:
		j = JSONBlock{Type: "figure", Caption: PlainText(b.Caption), Credit: PlainText(b.Credit)}
		if b.Image != nil {
			j.Image = b.Image.MediaType
		}
	case *CodeBlock:
		j = JSONBlock{Type: "code", Lang: b.Lang, Text: b.Text}
	case *Rule:
		j = JSONBlock{Type: "rule"}
	case *Table:
		j = JSONBlock{Type: "table", Text: BlocksText([]Block{b})}
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
