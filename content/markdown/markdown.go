// Package markdown reads a Markdown article (CommonMark with GitHub tables,
// footnotes and smart punctuation, plus YAML front matter) into the
// offprint document model.
//
// The reader builds the model only: links stay content.Link values for the
// notes pass, footnotes become content.Note values of kind NoteFootnote
// called by content.NoteRef{Note: index+1}, and images become figures (an
// image inside running text one placed right after its block, its link
// around it a link in the caption; see inlineImage). It
// then applies the small article conventions described in conventions.go
// (title from the first "#" heading, lead caption and credit, author bio,
// trailing source line) and furniture.go (a subtitle heading, a bold
// name-and-date byline, newsletter calls to action and counters, badges).
// Raw HTML is never passed through: block HTML is converted as the HTML
// reader converts a page's body (content/html.Fragment: links, tables,
// lists, figures with caption and credit), inline tags become the
// model's marks where it has them (rawhtml.go);
// ^superscript^ and ~subscript~ follow pandoc (script.go).
package markdown

import (
	"bytes"
	"context"
	"fmt"
	"github.com/offprint/offprint/content/textenc"
	"io"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/fetch"
	"github.com/offprint/offprint/internal/gmext"
)

// DefaultMaxBytes is the largest input Read accepts when Options.MaxBytes is 0.
const DefaultMaxBytes = 16 << 20

// Options configures Read. The zero value reads text only: no local or
// remote images are loaded and warnings are dropped.
type Options struct {
	BaseDir  string                   // folder relative image paths resolve in; "" = no local images
	Client   *fetch.Client            // for http(s) images (--fetch-images); nil = never use the network
	Context  context.Context          // stops reading (Read fails with its error) and image requests once cancelled; nil = context.Background()
	MaxBytes int64                    // largest input; 0 = DefaultMaxBytes
	Warn     func(string)             // receives warnings (missing images, bad front matter); nil = ignore
	Cover    func(img *content.Image) // receives the front matter's cover image, loaded like body images; nil = ignore
}

// typography maps goldmark's smart punctuation to real characters, so
// no named entity (which XHTML does not define) ever reaches a writer.
var typography = map[gmext.TypographicPunctuation]string{
	gmext.LeftSingleQuote:  "‘",
	gmext.RightSingleQuote: "’",
	gmext.LeftDoubleQuote:  "“",
	gmext.RightDoubleQuote: "”",
	gmext.EnDash:           "–",
	gmext.EmDash:           "—",
	gmext.Ellipsis:         "…",
	gmext.LeftAngleQuote:   "«",
	gmext.RightAngleQuote:  "»",
	gmext.Apostrophe:       "’",
}

func newParser() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(
			gmext.Table,
			gmext.Linkify,
			gmext.TaskList,
			gmext.Footnote,
			gmext.DefinitionList,
			scripts{},
			gmext.NewTypographer(gmext.WithTypographicSubstitutions(typography)),
		),
	)
}

// Read parses a Markdown article from r. It fails only when r cannot be
// read, is too large, or is not UTF-8 text, or with the context's error
// once Options.Context is cancelled (it looks before and after goldmark's
// parse and every few dozen blocks); everything else (a bad front
// matter, a missing image) is a warning.
func Read(r io.Reader, opts Options) (doc *content.Document, err error) {
	defer func() {
		// goldmark is not ours: turn a panic on odd input into an error.
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("read markdown: internal error: %v", p)
		}
	}()
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	src, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read markdown: %w", err)
	}
	if int64(len(src)) > limit {
		return nil, fmt.Errorf("read markdown: input is larger than %d bytes", limit)
	}
	if src, _, err = textenc.FromBOM(src); err != nil { // UTF-16 becomes UTF-8
		return nil, fmt.Errorf("read markdown: %w", err)
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if err := textenc.UTF8Error(src); err != nil {
		return nil, fmt.Errorf("read markdown: %w", err)
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, fmt.Errorf("read markdown: input contains NUL bytes (binary file?)")
	}
	c := newConverter(opts)
	meta, body, fmErr := splitFrontMatter(src)
	if fmErr != nil {
		c.warn(fmt.Sprintf("front matter ignored: %v", fmErr))
	}
	doc = &content.Document{}
	fm := applyFrontMatter(&doc.Meta, meta, c.warn)
	if c.stop.Now() {
		return nil, c.stop.Err()
	}
	root := newParser().Parser().Parse(text.NewReader(body), parser.WithContext(parser.NewContext()))
	if c.stop.Now() { // goldmark's parse cannot be stopped
		return nil, c.stop.Err()
	}
	c.src = body
	c.footnotes(root)
	doc.Blocks = c.blocks(root)
	if c.stop.Err() != nil {
		return nil, c.stop.Err()
	}
	doc.Notes = c.notes
	applyConventions(doc)
	if fm.cover != "" && opts.Cover != nil {
		alt := fm.coverAlt
		if alt == "" {
			alt = "cover"
		}
		if img := c.loadImage(fm.cover, alt); img != nil {
			opts.Cover(img)
		}
	}
	return doc, nil
}
