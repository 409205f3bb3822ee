// Package offprint turns an article — plain text scraped from a news site,
// Markdown or a saved web page — into an EPUB for e-readers and a print-ready
// PDF with footnoted sources. It is the library behind the offprint command.
//
// Two calls do the work: Read builds a document from an article, applying
// the passes every output shares (metadata overrides, attributed sources,
// heading IDs, note numbers) in that order; WriteEPUB and WritePDF write it.
//
//	doc, err := offprint.Read(ctx, r, offprint.ReadOptions{Name: "story.html"})
//	if err != nil { … }
//	err = offprint.WritePDF(ctx, w, doc, offprint.PDFOptions{})
//
// Nothing is global: any number of conversions may run at once in one
// process. Nothing touches the network unless ReadOptions.Client is set,
// and the same input and options give the same bytes.
package offprint

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/fetch"
	"github.com/offprint/offprint/content/html"
	"github.com/offprint/offprint/content/language"
	"github.com/offprint/offprint/content/markdown"
	"github.com/offprint/offprint/content/plaintext"
	"github.com/offprint/offprint/content/sources"
)

// Format is an input format.
type Format string

// The input formats Read understands. The zero Format means "find out":
// from ReadOptions.Name's extension, else from the content (DetectFormat).
const (
	Text     Format = "text"     // a plain-text article, e.g. copied from a news site
	Markdown Format = "markdown" // CommonMark with GFM tables, footnotes and front matter
	HTML     Format = "html"     // a saved web page; the article is extracted from it
	JSON     Format = "json"     // the document model as `offprint inspect --json` prints it (content.ReadJSON)
)

// ParseFormat reads a format name as the CLI's --from takes it: text (txt,
// plain), markdown (md), html (htm) or json; "" is the zero Format.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return "", nil
	case "text", "txt", "plain", "plaintext":
		return Text, nil
	case "markdown", "md":
		return Markdown, nil
	case "html", "htm":
		return HTML, nil
	case "json":
		return JSON, nil
	}
	return "", fmt.Errorf("unknown format %q: want text, markdown, html or json", s)
}

// ReadOptions say how an article becomes a document. The zero value reads
// any supported format offline, with sources in "auto" mode.
type ReadOptions struct {
	// Format of the input; zero means detect it (see DetectFormat).
	Format Format
	// Name is the input's file name or URL. Its extension helps detect the
	// format, and its base name is the title of last resort.
	Name string
	// BaseDir is the folder that relative image paths resolve against;
	// "" means images are not read from disk.
	BaseDir string
	// BaseURL is the address a fetched page came from: relative links and
	// images resolve against it, and it becomes the source URL.
	BaseURL string
	// ContentType is the Content-Type a server sent with an HTML page,
	// charset included; it helps decode legacy encodings.
	ContentType string
	// Retrieved is when the page was fetched (zero: not fetched).
	Retrieved time.Time
	// Client fetches remote images; nil means never use the network.
	Client *fetch.Client
	// Meta overrides what the reader found; empty fields leave it.
	Meta MetaOverrides
	// Sources is how quotations get footnoted sources: "none", "notes",
	// "list", "both", or "auto" (the default: both for articles that cite
	// no sources of their own, none for those with links or footnotes).
	Sources string
	// Warn receives non-fatal problems (an image that cannot be loaded…);
	// nil discards them. It may be called from the calling goroutine only.
	Warn func(string)
}

// MetaOverrides replace the metadata a reader found.
type MetaOverrides struct {
	Title     string
	Authors   []string
	Date      time.Time // the publication date, written as dc:date
	Language  string    // a BCP 47 tag
	Publisher string
	SourceURL string
}

// Document is a read article: the document model, ready for the writers,
// and the cover image the input named (Markdown front matter), if any.
type Document struct {
	*content.Document
	Cover *content.Image
}

// Read reads an article from r and applies, in order, the metadata
// overrides and defaults, the sources pass, heading IDs and note numbers.
func Read(ctx context.Context, r io.Reader, opts ReadOptions) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	data, err := readAll(r)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("empty input: nothing to export")
	}
	if opts.Format == "" {
		opts.Format = DetectFormat(opts.Name, data)
	}
	doc, cover, err := parse(ctx, data, opts)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := prepare(ctx, doc, opts); err != nil {
		return nil, err
	}
	return &Document{Document: doc, Cover: cover}, nil
}

// readAll reads r to its end, in one allocation when r tells its length
// (bytes.Reader, strings.Reader): io.ReadAll's growing copies of a long
// input would briefly take several times its size.
func readAll(r io.Reader) ([]byte, error) {
	l, ok := r.(interface{ Len() int })
	if !ok {
		return io.ReadAll(r)
	}
	var buf bytes.Buffer
	buf.Grow(l.Len() + bytes.MinRead)
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// Parse runs only the reader of the input's format, without the passes of
// Read: the model exactly as the reader built it, plus the cover image the
// front matter names. Prepare runs the passes.
func Parse(r io.Reader, opts ReadOptions) (*content.Document, *content.Image, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, err
	}
	return parse(context.Background(), data, opts)
}

// parse runs the reader; ctx bounds its image requests.
func parse(ctx context.Context, data []byte, opts ReadOptions) (*content.Document, *content.Image, error) {
	format := opts.Format
	if format == "" {
		format = DetectFormat(opts.Name, data)
	}
	r := bytes.NewReader(data)
	var cover *content.Image
	var doc *content.Document
	var err error
	switch format {
	case Markdown:
		doc, err = markdown.Read(r, markdown.Options{BaseDir: opts.BaseDir, Client: opts.Client, Context: ctx, Warn: opts.Warn,
			Cover: func(im *content.Image) { cover = im }})
	case HTML:
		doc, err = html.Read(r, html.Options{
			BaseDir: opts.BaseDir, BaseURL: opts.BaseURL, ContentType: opts.ContentType,
			Client: opts.Client, Context: ctx, FetchImages: opts.Client != nil, Warn: opts.Warn,
		})
	case Text:
		doc, err = plaintext.Read(r, plaintext.Options{Context: ctx})
	case JSON:
		doc, err = content.ReadJSON(r)
	default:
		return nil, nil, fmt.Errorf("unknown format %q: want text, markdown, html or json", format)
	}
	return doc, cover, err
}

// Prepare runs the passes Read applies after the reader, in order: the
// metadata overrides and defaults (language "en", a title from the name),
// the sources pass, heading IDs and note numbers. It is for documents built
// some other way (Parse, or by hand).
//
// A model read from JSON went through the sources pass before it was
// written: with Format JSON the pass is skipped (the other passes change
// nothing in a prepared model, and number what a script added).
func Prepare(doc *content.Document, opts ReadOptions) error {
	return prepare(context.Background(), doc, opts)
}

// prepare is Prepare whose sources pass stops, with ctx's error, once
// ctx is cancelled.
func prepare(ctx context.Context, doc *content.Document, opts ReadOptions) error {
	applyMeta(doc, opts)
	if opts.Format == JSON {
		content.AssignIDs(doc)
		content.NumberNotes(doc)
		return nil
	}
	mode, err := SourcesMode(opts.Sources, doc)
	if err != nil {
		return err
	}
	if _, err := sources.Annotate(doc, sources.Options{Mode: mode, Context: ctx}); err != nil {
		return fmt.Errorf("sources: %w", err)
	}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	return nil
}

// applyMeta fills in the overrides, what the input itself tells (its URL,
// when it was fetched) and the defaults: the language its text is written
// in when the input does not say (language.Detect), else "en"; a title
// from the input's name.
func applyMeta(doc *content.Document, opts ReadOptions) {
	m, f := &doc.Meta, opts.Meta
	if opts.BaseURL != "" && m.SourceURL == "" {
		m.SourceURL = opts.BaseURL
	}
	if !opts.Retrieved.IsZero() {
		m.Retrieved = opts.Retrieved.UTC().Truncate(24 * time.Hour)
	}
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&m.Title, f.Title)
	set(&m.Language, f.Language)
	set(&m.Publisher, f.Publisher)
	set(&m.SourceURL, f.SourceURL)
	if !f.Date.IsZero() {
		m.Date = f.Date
	}
	if len(f.Authors) > 0 {
		m.Authors = m.Authors[:0]
		for _, a := range f.Authors {
			m.Authors = append(m.Authors, content.Author{Name: a})
		}
	}
	if m.Language == "" {
		m.Language = language.Detect(languageSample(doc))
	}
	if m.Language == "" {
		m.Language = "en"
	}
	if m.Title == "" {
		m.Title = titleFromName(opts.Name)
	}
}

// maxLanguageSample is how much of a document's text, in bytes, its
// language is guessed from: more than language.Detect reads.
const maxLanguageSample = 64 << 10

// languageSample returns the texts of doc's title and first blocks, up to
// maxLanguageSample bytes, for language.Detect.
func languageSample(doc *content.Document) []string {
	texts, n := []string{doc.Meta.Title}, len(doc.Meta.Title)
	content.WalkBlocks(doc.Blocks, func(b content.Block) {
		for _, ins := range content.BlockInlines(b) {
			if n < maxLanguageSample {
				t := content.PlainText(ins)
				texts, n = append(texts, t), n+len(t)
			}
		}
	})
	return texts
}

// titleFromName is the title of last resort: the file name without its
// extension, else "Untitled".
func titleFromName(name string) string {
	if name == "" || name == "-" || strings.Contains(name, "://") {
		return "Untitled"
	}
	stem := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if stem == "" || stem == "." || stem == "stdin" {
		return "Untitled"
	}
	return stem
}

// SourcesMode resolves a sources setting for doc; "" and "auto" mean both
// for articles without sources of their own (scraped text, most saved
// pages), none for articles that cite their sources with links or
// footnotes.
func SourcesMode(s string, doc *content.Document) (sources.Mode, error) {
	if s == "" || s == "auto" {
		if citesOwnSources(doc) {
			return sources.None, nil
		}
		return sources.Both, nil
	}
	return sources.ParseMode(s)
}

// citesOwnSources reports whether the document has footnotes or external
// links, in its body or in its notes.
func citesOwnSources(doc *content.Document) bool {
	found := false
	visit := func(in content.Inline) {
		if l, ok := in.(*content.Link); ok && content.IsExternalURL(l.URL) {
			found = true
		}
	}
	content.WalkDocInlines(doc.Blocks, visit)
	for _, n := range doc.Notes {
		if n.Kind == content.NoteFootnote {
			return true
		}
		content.WalkDocInlines(n.Blocks, visit)
	}
	return found
}
