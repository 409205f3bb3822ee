// Package pdf writes offprint's print output: it draws the pages that
// package layout positioned with internal/fpdf (offprint's copy of
// codeberg.org/go-pdf/fpdf) and adds what a PDF reader needs around them —
// embedded font subsets, the outline (a bookmark for every heading),
// clickable links (URLs, note calls ↔ notes), document metadata with XMP
// and /Lang, and a TrimBox on every page.
//
// Text is drawn as the glyphs layout shaped (glyphs.go): each face becomes
// a Type0 font with Identity-H encoding over a CID font subset to the
// glyphs drawn, with a ToUnicode map from the glyphs' texts, so that copy,
// search and pdftotext give the words back (ligatures as their letters,
// hyphenated words whole).
//
// It never measures text or decides where a line or page breaks: that is
// layout's job. Output is reproducible: dates come from Options.Modified,
// the catalog is sorted and font subsets and their tags depend only on
// the glyphs drawn.
package pdf

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/offprint/offprint/internal/fpdf"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/layout"
)

// Options control the PDF export. The zero value is usable: A4 default
// style, dates from the document (none at all when it has none),
// no warnings reported.
type Options struct {
	Style    layout.Style  // print design; the zero value means layout's automatic A4 design
	Modified time.Time     // creation and modification date; zero uses the document's date, and an undated document gets none
	Warn     func(string)  // receives each warning once (missing glyphs, unusable images); nil ignores them
	Stats    *layout.Stats // when non-nil, receives the layout's quality report
	Creator  string        // the /Creator of the document; "" means "offprint"
}

// Write lays out doc and writes it as a PDF to w. doc must have been
// through content.AssignIDs and content.NumberNotes; it is not modified.
// Each page is drawn as soon as layout sets it and then let go, so a long
// document costs the memory of its compressed pages, not of its lines.
func Write(w io.Writer, doc *content.Document, opts Options) error {
	return WriteContext(context.Background(), w, doc, opts)
}

// WriteContext is Write that stops, with ctx's error, once ctx is
// cancelled: layout asks after each top-level block. What was written to
// w by then is a part of a PDF.
func WriteContext(ctx context.Context, w io.Writer, doc *content.Document, opts Options) error {
	if doc == nil {
		return errors.New("pdf: no document")
	}
	s := &streamer{opts: opts, ctx: ctx}
	res, err := layout.LayoutTo(doc, style(opts), s)
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return s.finish(w, res)
}

// WriteBook lays out the articles of book in sequence and writes them as
// one PDF to w, page by page like Write.
func WriteBook(w io.Writer, book *content.Book, opts Options) error {
	return WriteBookContext(context.Background(), w, book, opts)
}

// WriteBookContext is WriteBook that stops once ctx is cancelled (see
// WriteContext).
func WriteBookContext(ctx context.Context, w io.Writer, book *content.Book, opts Options) error {
	if book == nil {
		return errors.New("pdf: no book")
	}
	s := &streamer{opts: opts, ctx: ctx}
	res, err := layout.LayoutBookTo(book, style(opts), s)
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return s.finish(w, res)
}

// style returns the options' style, the default one when it is zero.
func style(opts Options) layout.Style {
	if opts.Style == (layout.Style{}) {
		return layout.DefaultStyle()
	}
	return opts.Style
}

// Draw writes an already laid-out result as a PDF: the half of Write
// after layout, for callers that inspect or reuse the layout.
func Draw(w io.Writer, res *layout.Result, opts Options) error {
	if res == nil || len(res.Pages) == 0 {
		return errors.New("pdf: nothing to draw")
	}
	s := &streamer{opts: opts}
	for i := range res.Pages {
		s.Page(res, &res.Pages[i])
	}
	return s.finish(w, res)
}

// streamer draws pages as layout hands them over (a layout.Sink) and
// writes the PDF at the end.
type streamer struct {
	opts Options
	ctx  context.Context // nil: never stops
	pdf  *fpdf.Fpdf
	d    *drawer
}

// Err stops the layout once the context is cancelled (layout.Stopper).
func (s *streamer) Err() error {
	if s.ctx == nil {
		return nil
	}
	return s.ctx.Err()
}

// start makes the document, with the size of its first page.
func (s *streamer) start(res *layout.Result, first *layout.Page) {
	pdf := fpdf.NewCustom(&fpdf.InitType{
		UnitStr: "pt",
		Size:    fpdf.SizeType{Wd: first.Width.Points(), Ht: first.Height.Points()},
	})
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCompression(true)
	pdf.SetStreamPages(true) // pages compressed as they end, the file written as made
	pdf.SetCatalogSort(true)
	date := s.opts.Modified
	if date.IsZero() {
		date = res.Meta.Date
	}
	if date.IsZero() {
		pdf.SetNoDates(true) // an undated document gets no invented date
	} else {
		date = date.UTC()
		pdf.SetCreationDate(date)
		pdf.SetModificationDate(date)
	}
	setMeta(pdf, res.Meta, date, s.opts.Creator)
	s.pdf = pdf
	s.d = newDrawer(pdf, res)
}

// Page draws the next page (layout.Sink).
func (s *streamer) Page(res *layout.Result, pg *layout.Page) {
	if s.pdf == nil {
		s.start(res, pg)
	}
	if s.pdf.Err() {
		return
	}
	s.d.follow(res, pg)
	s.d.page(pg)
}

// More adds the folios and links layout could only give at the end to an
// earlier page (layout.Sink).
func (s *streamer) More(pg *layout.Page) {
	if s.pdf == nil || s.pdf.Err() {
		return
	}
	s.d.more(pg)
}

// finish reports the warnings and the stats and writes the document.
func (s *streamer) finish(w io.Writer, res *layout.Result) error {
	if s.pdf == nil {
		return errors.New("pdf: nothing to draw")
	}
	if s.opts.Warn != nil {
		for _, m := range res.Warnings {
			s.opts.Warn(m)
		}
		for _, m := range s.d.warnings {
			s.opts.Warn(m)
		}
	}
	if s.opts.Stats != nil {
		*s.opts.Stats = res.Stats
	}
	s.d.tag.finish(res.Struct)
	if err := s.pdf.Output(w); err != nil { // straight to w: no second copy of the file
		return fmt.Errorf("pdf: %w", err)
	}
	return nil
}
