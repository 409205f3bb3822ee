package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/fetch"
	"github.com/offprint/offprint/content/html"
	"github.com/offprint/offprint/content/markdown"
	"github.com/offprint/offprint/content/plaintext"
	"github.com/offprint/offprint/content/sources"
)

// metaFlags are the metadata overrides of --title, --author, … ; empty
// fields leave what the reader found.
type metaFlags struct {
	Title     string
	Authors   []string
	Date      time.Time
	Lang      string
	Publisher string
	SourceURL string
}

// readOptions says how an input becomes a document.
type readOptions struct {
	Meta        metaFlags
	Sources     string // none|notes|list|both|auto
	FetchImages bool
	Warn        func(string)
}

// readDocument runs the input's reader and then the passes every output
// shares: metadata overrides, attributed sources, heading IDs, note numbers.
func readDocument(in *input, o readOptions) (*document, error) {
	doc, cover, err := parse(in, o)
	if err != nil {
		return nil, err
	}
	applyMeta(doc, in, o.Meta)
	mode, err := sourcesMode(o.Sources, doc)
	if err != nil {
		return nil, err
	}
	if _, err := sources.Annotate(doc, sources.Options{Mode: mode}); err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	return &document{Document: doc, Cover: cover}, nil
}

// document is a read article with what the input said beside the model:
// the cover image named in Markdown front matter.
type document struct {
	*content.Document
	Cover *content.Image
}

// parse runs the reader of the input's format. It returns the model and,
// for Markdown, the cover image the front matter names.
func parse(in *input, o readOptions) (*content.Document, *content.Image, error) {
	r := bytes.NewReader(in.Data)
	var client *fetch.Client // images go over the network only for URL inputs or --fetch-images
	if in.URL != "" || o.FetchImages {
		client = newFetchClient()
	}
	var cover *content.Image
	var doc *content.Document
	var err error
	switch in.Format {
	case formatMarkdown:
		doc, err = markdown.Read(r, markdown.Options{BaseDir: in.BaseDir, Client: client, Warn: o.Warn,
			Cover: func(im *content.Image) { cover = im }})
	case formatHTML:
		doc, err = html.Read(r, html.Options{
			BaseDir: in.BaseDir, BaseURL: in.URL, ContentType: in.MediaType, Client: client,
			FetchImages: client != nil, Warn: o.Warn,
		})
	default:
		doc, err = plaintext.Read(r, plaintext.Options{})
	}
	return doc, cover, err
}

// applyMeta fills in what the flags say and what the input itself tells
// (its URL, when it was fetched), and the defaults: language "en", a title
// from the file name.
func applyMeta(doc *content.Document, in *input, f metaFlags) {
	m := &doc.Meta
	if in.URL != "" && m.SourceURL == "" {
		m.SourceURL = in.URL
	}
	if !in.Retrieved.IsZero() {
		m.Retrieved = in.Retrieved.UTC().Truncate(24 * time.Hour)
	}
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&m.Title, f.Title)
	set(&m.Language, f.Lang)
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
		m.Language = "en"
	}
	if m.Title == "" {
		m.Title = in.Stem
		if m.Title == "" {
			m.Title = "Untitled"
		}
	}
}

// sourcesMode resolves --sources; "auto" means both for articles without
// sources of their own (scraped text, most saved pages), none for articles
// that cite their sources with links or footnotes.
func sourcesMode(s string, doc *content.Document) (sources.Mode, error) {
	if s == "" || s == "auto" {
		if citesOwnSources(doc) {
			return sources.None, nil
		}
		return sources.Both, nil
	}
	m, err := sources.ParseMode(s)
	if err != nil {
		return m, usagef("--sources: %v", err)
	}
	return m, nil
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

// buildTime is the one date written into the outputs' modification fields:
// the document's date, else SOURCE_DATE_EPOCH, else a fixed date derived
// from the input's bytes — never the clock, so that the same input gives the
// same bytes.
func buildTime(doc *content.Document, data []byte) (time.Time, error) {
	if !doc.Meta.Date.IsZero() {
		return doc.Meta.Date.UTC(), nil
	}
	if s := strings.TrimSpace(os.Getenv("SOURCE_DATE_EPOCH")); s != "" {
		sec, err := strconv.ParseInt(s, 10, 64)
		if err != nil || sec < 0 {
			return time.Time{}, usagef("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970", s)
		}
		return time.Unix(sec, 0).UTC(), nil
	}
	sum := sha256.Sum256(data)
	base := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	days := binary.BigEndian.Uint32(sum[:4]) % (20 * 365)
	return base.AddDate(0, 0, int(days)), nil
}
