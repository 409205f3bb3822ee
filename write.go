package offprint

import (
	"context"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/epub"
	"github.com/offprint/offprint/export/pdf"
)

// EPUBOptions control the EPUB writer; the zero value is usable (a drawn
// cover, images scaled to 1600 px, no embedded fonts). Its Modified is
// dcterms:modified: zero means the document's date, else
// 1980-01-01T00:00:00Z, the reproducible-builds convention for "unknown".
type EPUBOptions = epub.Options

// PDFOptions control the print layout and the PDF writer; the zero value
// is A4 with the default design. Its Modified is the PDF's creation and
// modification date: zero means the document's date, and an undated
// document's PDF has neither.
type PDFOptions = pdf.Options

// A Book is several documents bound as chapters under one title.
type Book = content.Book

// WriteEPUB writes doc as an EPUB 3 to w. The document's cover (from
// Markdown front matter) is used unless opts sets Cover or NoCover. Once
// ctx is cancelled it stops at the next block with ctx's error; so do
// the other writers.
func WriteEPUB(ctx context.Context, w io.Writer, doc *Document, opts EPUBOptions) error {
	if err := ready(ctx, doc); err != nil {
		return err
	}
	if opts.Cover == nil && !opts.NoCover && doc.Cover != nil {
		opts.Cover = doc.Cover.Data
	}
	return epub.WriteContext(ctx, w, doc.Document, opts)
}

// WritePDF lays out doc and writes it as a PDF to w.
func WritePDF(ctx context.Context, w io.Writer, doc *Document, opts PDFOptions) error {
	if err := ready(ctx, doc); err != nil {
		return err
	}
	return pdf.WriteContext(ctx, w, doc.Document, opts)
}

// WriteBookEPUB writes the documents of book as one EPUB, a chapter each.
func WriteBookEPUB(ctx context.Context, w io.Writer, book *Book, opts EPUBOptions) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return epub.WriteBookContext(ctx, w, book, opts)
}

// WriteBookPDF lays out the documents of book in sequence and writes one
// PDF.
func WriteBookPDF(ctx context.Context, w io.Writer, book *Book, opts PDFOptions) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return pdf.WriteBookContext(ctx, w, book, opts)
}

func ready(ctx context.Context, doc *Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if doc == nil || doc.Document == nil {
		return errors.New("offprint: no document")
	}
	return nil
}

// SourceDateEpoch returns the time in the SOURCE_DATE_EPOCH environment
// variable (https://reproducible-builds.org/specs/source-date-epoch/), or
// the zero time when it is not set. The writers never read the
// environment; a program that honours the convention, as the offprint
// command does, passes this as EPUBOptions.Modified and PDFOptions.Modified.
func SourceDateEpoch() (time.Time, error) {
	s := strings.TrimSpace(os.Getenv("SOURCE_DATE_EPOCH"))
	if s == "" {
		return time.Time{}, nil
	}
	sec, err := strconv.ParseInt(s, 10, 64)
	if err != nil || sec < 0 {
		return time.Time{}, errors.New("SOURCE_DATE_EPOCH=" + strconv.Quote(s) + " is not a number of seconds since 1970")
	}
	return time.Unix(sec, 0).UTC(), nil
}
