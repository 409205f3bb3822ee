package content

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
)

// MaxJSONSize is the largest model JSON ReadJSON accepts (images travel
// inside it, base64-encoded).
const MaxJSONSize = 256 << 20

// maxJSONSpan bounds a cell's colspan and rowspan (HTML's own limits).
const maxJSONSpan = 1000

// ReadJSON reads a document from its JSON form (ToJSON, `offprint inspect
// --json`), possibly changed by a script in between: read, then JSON, then
// ReadJSON gives the same Dump. Where a block has both, inlines win over
// plain text; plain text alone (a hand-written "text") is taken as it is.
// It fails on a JSON syntax error, a version other than JSONVersion, an
// unknown block or inline type, a heading level outside 1..6, a bad date,
// and a note call outside the notes.
func ReadJSON(r io.Reader) (*Document, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxJSONSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxJSONSize {
		return nil, fmt.Errorf("model JSON larger than %d MiB", MaxJSONSize>>20)
	}
	var probe struct {
		Version *int `json:"version"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, fmt.Errorf("model JSON: %w", err)
	}
	switch {
	case probe.Version == nil:
		return nil, errors.New(`model JSON: no "version" key: not the output of offprint inspect --json (version 1)`)
	case *probe.Version != JSONVersion:
		return nil, fmt.Errorf("model JSON: version %d is not supported: this offprint reads version %d", *probe.Version, JSONVersion)
	}
	var j JSONDocument
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&j); err != nil {
		return nil, fmt.Errorf("model JSON: %w", err)
	}
	rd := jsonReader{}
	doc := &Document{Meta: rd.meta(j.Meta), Blocks: rd.blocks(j.Blocks, "blocks")}
	for i, n := range j.Notes {
		doc.Notes = append(doc.Notes, rd.note(n, fmt.Sprintf("notes[%d]", i)))
	}
	if rd.err == nil {
		rd.checkCalls(doc)
	}
	if rd.err != nil {
		return nil, fmt.Errorf("model JSON: %w", rd.err)
	}
	return doc, nil
}

// jsonReader converts the JSON form, keeping the first error met with the
// path of the value that caused it ("blocks[3].items[0][1]").
type jsonReader struct{ err error }

func (rd *jsonReader) fail(path, format string, args ...any) {
	if rd.err == nil {
		rd.err = fmt.Errorf("%s: %s", path, fmt.Sprintf(format, args...))
	}
}

func (rd *jsonReader) meta(j JSONMeta) Meta {
	m := Meta{
		Title: j.Title, Subtitle: j.Subtitle, Language: j.Language, Publisher: j.Publisher,
		SourceURL: j.SourceURL, Description: j.Description, Keywords: j.Keywords,
		Rights: j.Rights, Identifier: j.Identifier,
		TitleInlines:    rd.inlines(j.TitleInlines, "meta.title_inlines"),
		SubtitleInlines: rd.inlines(j.SubtitleInlines, "meta.subtitle_inlines"),
	}
	if len(m.Keywords) == 0 {
		m.Keywords = nil
	}
	for i, name := range j.Authors {
		a := Author{Name: name}
		if i < len(j.AuthorBios) {
			a.Bio = j.AuthorBios[i]
		}
		m.Authors = append(m.Authors, a)
	}
	m.Date = rd.date(j.Date, "meta.date")
	m.Retrieved = rd.date(j.Retrieved, "meta.retrieved")
	return m
}

func (rd *jsonReader) date(s, path string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		rd.fail(path, "%q is not a date YYYY-MM-DD", s)
	}
	return t
}

func (rd *jsonReader) note(j JSONNote, path string) Note {
	n := Note{Number: j.N, Text: j.Text, URL: j.URL}
	n.Kind = ParseNoteKind(j.Kind)
	if n.Kind < 0 {
		rd.fail(path+".kind", "unknown note kind %q", j.Kind)
	}
	if len(j.Blocks) > 0 {
		n.Blocks, n.Text = rd.blocks(j.Blocks, path+".blocks"), ""
	}
	return n
}

// ParseNoteKind is the inverse of NoteKind.String; -1 for an unknown name.
func ParseNoteKind(s string) NoteKind {
	for k := NoteFootnote; k <= NoteAttribution; k++ {
		if k.String() == s {
			return k
		}
	}
	return -1
}

func (rd *jsonReader) blocks(js []JSONBlock, path string) []Block {
	var out []Block
	for i, j := range js {
		if b := rd.block(j, fmt.Sprintf("%s[%d]", path, i)); b != nil {
			out = append(out, b)
		}
	}
	return out
}

func (rd *jsonReader) block(j JSONBlock, path string) Block {
	switch j.Type {
	case "heading":
		if j.Level < 1 || j.Level > 6 {
			rd.fail(path, "heading level %d is not 1 to 6", j.Level)
		}
		return &Heading{Level: j.Level, ID: j.ID, Inlines: rd.richText(j.Inlines, j.Text, path)}
	case "paragraph":
		return &Paragraph{Inlines: rd.richText(j.Inlines, j.Text, path)}
	case "quote":
		return &Quote{Blocks: rd.blocks(j.Blocks, path+".blocks")}
	case "list":
		l := &List{Ordered: j.Ordered, Start: j.Start}
		for i, item := range j.Items {
			l.Items = append(l.Items, rd.blocks(item, fmt.Sprintf("%s.items[%d]", path, i)))
		}
		return l
	case "deflist":
		return rd.defList(j, path)
	case "figure":
		return rd.figure(j, path)
	case "code":
		return &CodeBlock{Lang: j.Lang, Text: j.Text}
	case "rule":
		return &Rule{}
	case "table":
		return &Table{Header: rd.rows(j.Header, path+".header"), Rows: rd.rows(j.Rows, path+".rows")}
	}
	rd.fail(path, "unknown block type %q", j.Type)
	return nil
}

func (rd *jsonReader) defList(j JSONBlock, path string) Block {
	dl := &DefList{}
	for i, d := range j.Definitions {
		p := fmt.Sprintf("%s.definitions[%d]", path, i)
		it := DefItem{Term: rd.inlines(d.Term, p+".term")}
		for k, def := range d.Defs {
			it.Defs = append(it.Defs, rd.blocks(def, fmt.Sprintf("%s.defs[%d]", p, k)))
		}
		dl.Items = append(dl.Items, it)
	}
	return dl
}

func (rd *jsonReader) figure(j JSONBlock, path string) Block {
	f := &Figure{
		Caption: rd.richText(j.CaptionInlines, j.Caption, path+".caption"),
		Credit:  rd.richText(j.CreditInlines, j.Credit, path+".credit"),
	}
	if len(j.ImageData) > 0 || j.Image != "" {
		f.Image = &Image{Data: j.ImageData, MediaType: j.Image, Alt: j.ImageAlt,
			Width: j.ImageWidth, Height: j.ImageHeight, Source: j.ImageSource}
	}
	return f
}

func (rd *jsonReader) rows(js [][]JSONCell, path string) [][]Cell {
	var out [][]Cell
	for r, row := range js {
		cells := make([]Cell, len(row))
		for i, c := range row {
			p := fmt.Sprintf("%s[%d][%d]", path, r, i)
			if c.ColSpan < 0 || c.ColSpan > maxJSONSpan || c.RowSpan < 0 || c.RowSpan > maxJSONSpan {
				rd.fail(p, "span %dx%d out of range 0 to %d", c.ColSpan, c.RowSpan, maxJSONSpan)
			}
			a := ParseAlign(c.Align)
			if a == AlignDefault && c.Align != "" {
				rd.fail(p+".align", "unknown alignment %q: want left, center or right", c.Align)
			}
			cells[i] = Cell{Inlines: rd.inlines(c.Inlines, p+".inlines"), ColSpan: c.ColSpan, RowSpan: c.RowSpan, Align: a}
		}
		out = append(out, cells)
	}
	return out
}

// richText returns the inlines, else the plain text as one Text.
func (rd *jsonReader) richText(js []JSONInline, text, path string) []Inline {
	if len(js) > 0 {
		return rd.inlines(js, path+".inlines")
	}
	if text == "" {
		return nil
	}
	return T(text)
}

func (rd *jsonReader) inlines(js []JSONInline, path string) []Inline {
	if len(js) == 0 {
		return nil
	}
	out := make([]Inline, 0, len(js))
	for i, j := range js {
		p := fmt.Sprintf("%s[%d]", path, i)
		kids := rd.inlines(j.Inlines, p+".inlines")
		var in Inline
		switch j.Type {
		case "text":
			in = &Text{Text: j.Text}
		case "code":
			in = &Code{Text: j.Text}
		case "break":
			in = &Break{}
		case "note_ref":
			in = &NoteRef{Note: j.Note}
		case "link":
			in = &Link{URL: j.URL, Note: j.Note, Inlines: kids}
		case "emph":
			in = &Emph{Inlines: kids}
		case "strong":
			in = &Strong{Inlines: kids}
		case "strike":
			in = &Strike{Inlines: kids}
		case "sup":
			in = &Super{Inlines: kids}
		case "sub":
			in = &Sub{Inlines: kids}
		default:
			rd.fail(p, "unknown inline type %q", j.Type)
			continue
		}
		out = append(out, in)
	}
	return out
}

// checkCalls fails when a note call or a link's note is outside the notes.
func (rd *jsonReader) checkCalls(doc *Document) {
	check := func(in Inline) {
		n := 0
		switch in := in.(type) {
		case *NoteRef:
			n = in.Note
		case *Link:
			n = in.Note
		}
		if n < 0 || n > len(doc.Notes) {
			rd.fail("notes", "a call of note %d, but the document has %d notes", n, len(doc.Notes))
		}
	}
	for _, ins := range doc.Meta.LiveInlines() {
		WalkInlines(ins, check)
	}
	WalkDocInlines(doc.Blocks, check)
	for _, n := range doc.Notes {
		WalkDocInlines(n.Blocks, check)
	}
}
