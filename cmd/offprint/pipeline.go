package main

import (
	"bytes"
	"context"
	"time"

	"github.com/urfave/cli/v3"

	lib "github.com/offprint/offprint"
	"github.com/offprint/offprint/content"
)

// metaFlags are the metadata overrides of --title, --author, … ; empty
// fields leave what the reader found.
type metaFlags = lib.MetaOverrides

// readOptions says how an input becomes a document.
type readOptions struct {
	Meta        metaFlags
	Sources     string // none|notes|list|both|auto
	FetchImages bool
	// AllowPrivate lets images come from private addresses (see
	// fetch.ErrPrivate); so does a page that came from one.
	AllowPrivate bool
	FetchTimeout time.Duration // for one input and its images; 0 = defaultFetchTimeout
	Warn         func(string)
}

// defaultFetchTimeout is the overall deadline for fetching one input and
// its images (each request also has fetch.DefaultTimeout).
const defaultFetchTimeout = 2 * time.Minute

// fetchDeadline is when fetching an input read with o, and all its
// images, must be over.
func fetchDeadline(o readOptions) time.Time {
	d := o.FetchTimeout
	if d <= 0 {
		d = defaultFetchTimeout
	}
	return time.Now().Add(d)
}

// readFlags are the read options the flags give, for every input.
func readFlags(c *cli.Command, meta metaFlags) readOptions {
	return readOptions{Meta: meta, Sources: c.String("sources"), FetchImages: c.Bool("fetch-images"),
		AllowPrivate: c.Bool("allow-private-network"), FetchTimeout: c.Duration("fetch-timeout")}
}

// document is a read article: the model and the cover its front matter
// names.
type document = lib.Document

// libOptions are the library's options for one loaded input.
func libOptions(in *input, o readOptions) lib.ReadOptions {
	ro := lib.ReadOptions{
		Format: lib.Format(in.Format), Name: in.Name, BaseDir: in.BaseDir, BaseURL: in.URL,
		ContentType: in.MediaType, Retrieved: in.Retrieved,
		Meta: o.Meta, Sources: o.Sources, Warn: o.Warn,
	}
	// images go over the network only for URL inputs or --fetch-images
	if in.URL != "" || o.FetchImages {
		ro.Client = newFetchClient(o.AllowPrivate || in.Private, in.Deadline)
	}
	return ro
}

// readDocument runs the library's Read on a loaded input: the reader, then
// the passes every output shares. It lets go of in.Data (nil afterwards),
// so that a long input's bytes are not held while the document is built.
func readDocument(ctx context.Context, in *input, o readOptions) (*document, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	data := in.Data
	in.Data = nil
	d, err := lib.Read(ctx, bytes.NewReader(data), libOptions(in, o))
	if err != nil {
		return nil, err
	}
	return d, nil
}

// sourcesMode checks --sources.
func sourcesMode(s string) error {
	if _, err := lib.SourcesMode(s, &content.Document{}); err != nil {
		return usagef("--sources: %v", err)
	}
	return nil
}

// buildTime is the date written into the outputs' modification fields:
// SOURCE_DATE_EPOCH when set; otherwise zero, and the writers use the
// document's date (or none: see offprint.EPUBOptions and PDFOptions).
func buildTime() (time.Time, error) {
	t, err := lib.SourceDateEpoch()
	if err != nil {
		return t, usagef("%v", err)
	}
	return t, nil
}
