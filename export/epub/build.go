package epub

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/offprint/offprint/content"
)

// Folders of the package, as go-epub lays it out under EPUB/.
const (
	xhtmlFolder = "xhtml"
	imageFolder = "images"
	fontFolder  = "fonts"
	cssFolder   = "css"
)

// builder collects the files of one publication before go-epub packages
// them: XHTML files in reading order, images, the table of contents and
// the metadata.
type builder struct {
	opts       Options
	maxImagePx int
	meta       content.Meta // the publication's metadata
	lang       string       // the publication's language
	files      []*xfile     // content files, in reading order (the cover comes first, separately)
	toc        []*tocEntry
	bodymatter string // the file where reading starts
	imageSeq   int
	images     []*asset // content images, in order of first appearance
	cover      *asset
	fonts      []*asset // the embedded font subsets, once made
	hash       []byte   // content digest: the identifier
	stats      stats
	// What the stylesheet and the font subsets need of the content
	// files, kept as they are packed (see addFile).
	usedClasses map[string]bool
	runes       map[rune]bool   // only with EmbedFonts
	err         error           // a content file that could not be packed
	ctx         context.Context // nil: never stops
	stop        error           // the context's error, once cancelled
	packer      packer
}

// xfile is one XHTML content file.
type xfile struct {
	name   string  // file name in the xhtml folder
	title  string  // its <title>
	lang   string  // BCP 47 tag of its text
	packed *packed // the file, compressed
}

// tocEntry is one entry of the table of contents; href is relative to the
// xhtml folder ("section-002.xhtml#anchor").
type tocEntry struct {
	label string
	href  string
	kids  []*tocEntry
}

// stats are facts about the content that the accessibility metadata
// declares.
type stats struct {
	headings, tables, notes int
}

func newBuilder(opts Options) *builder {
	b := &builder{opts: opts, maxImagePx: opts.MaxImagePx, usedClasses: map[string]bool{}, runes: map[rune]bool{}}
	if b.maxImagePx <= 0 {
		b.maxImagePx = DefaultMaxImagePx
	}
	return b
}

// stopped reports whether the context was cancelled, keeping its error.
func (b *builder) stopped() bool {
	if b.stop == nil && b.ctx != nil {
		b.stop = b.ctx.Err()
	}
	return b.stop != nil
}

func (b *builder) warn(msg string) {
	if b.opts.Warn != nil {
		b.opts.Warn(msg)
	}
}

// Write writes doc as an EPUB 3 file to w: a cover, a title page with the
// lead of the article, one file per top-level section, and a notes
// section, the only copy of each note, which readers show as pop-ups. doc is expected to have been
// through content.AssignIDs and content.NumberNotes; Write never modifies
// it. The output depends only on doc and opts.
func Write(w io.Writer, doc *content.Document, opts Options) error {
	return WriteContext(context.Background(), w, doc, opts)
}

// WriteContext is Write that stops, with ctx's error and nothing
// written, once ctx is cancelled: the writer asks before each block.
func WriteContext(ctx context.Context, w io.Writer, doc *content.Document, opts Options) error {
	if doc == nil {
		return errors.New("epub: no document")
	}
	b := newBuilder(opts)
	b.ctx = ctx
	b.meta = doc.Meta
	b.lang = b.language(doc.Meta.Language, "en")
	b.hash = digest(doc.Meta, []*content.Document{doc})
	b.addArticle(doc)
	return b.finish(w)
}

// WriteBook writes several articles as one EPUB to w: a cover, a title
// page for the book, then one chapter (one XHTML file) per article with
// its own title block and notes section at its end. The book's
// metadata describes the whole; when it has no authors, the articles'
// authors are credited.
func WriteBook(w io.Writer, book *content.Book, opts Options) error {
	return WriteBookContext(context.Background(), w, book, opts)
}

// WriteBookContext is WriteBook that stops once ctx is cancelled (see
// WriteContext).
func WriteBookContext(ctx context.Context, w io.Writer, book *content.Book, opts Options) error {
	if book == nil {
		return errors.New("epub: no book")
	}
	var docs []*content.Document
	for _, d := range book.Articles {
		if d != nil {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		return errors.New("epub: the book has no articles")
	}
	b := newBuilder(opts)
	b.ctx = ctx
	b.meta = bookMeta(book.Meta, docs)
	b.lang = b.language(b.meta.Language, "en")
	b.hash = digest(book.Meta, docs)
	b.addBookTitle()
	for i, d := range docs {
		b.addChapter(d, i+1)
	}
	if b.stopped() {
		return fmt.Errorf("epub: %w", b.stop)
	}
	b.bodymatter = b.files[1].name
	return b.finish(w)
}

// bookMeta fills what the book's metadata lacks from its articles:
// authors (each once, in order), language, and a title.
func bookMeta(m content.Meta, docs []*content.Document) content.Meta {
	if len(m.Authors) == 0 {
		seen := map[string]bool{}
		for _, d := range docs {
			for _, a := range d.Meta.Authors {
				if name := strings.TrimSpace(a.Name); name != "" && !seen[name] {
					seen[name] = true
					m.Authors = append(m.Authors, content.Author{Name: name})
				}
			}
		}
	}
	if m.Language == "" {
		m.Language = docs[0].Meta.Language
	}
	if strings.TrimSpace(m.Title) == "" && len(docs) == 1 {
		m.Title = docs[0].Meta.Title
	}
	return m
}

// language returns tag in canonical form, or fallback (with a warning when
// tag is not a valid BCP 47 tag).
func (b *builder) language(tag, fallback string) string {
	tag = strings.TrimSpace(tag)
	if tag == "" {
		return fallback
	}
	t, err := language.Parse(tag)
	if err != nil {
		b.warn(fmt.Sprintf("language %q is not a BCP 47 tag; using %q", tag, fallback))
		return fallback
	}
	return t.String()
}

// addArticle adds a single article: a title page carrying the lead, one
// file per top-level section, and the notes.
func (b *builder) addArticle(doc *content.Document) {
	a := newArticle(b, doc, b.lang)
	fig, body := leadFigure(doc.Blocks)
	lead, secs := splitSections(body)
	names := make([]string, len(secs))
	a.place("title.xhtml", lead)
	for i, s := range secs {
		names[i] = fmt.Sprintf("section-%03d.xhtml", i+1)
		a.place(names[i], []content.Block{s.heading})
		a.place(names[i], s.blocks)
	}
	a.notesFile = "notes.xhtml"
	p := a.newPage("title.xhtml")
	p.titleBlock(doc.Meta, doc.SourceNote(), fig)
	p.blocks(lead)
	b.addFile(p.name, doc.Meta.Title, a.lang, p.sb.String())
	for i, s := range secs {
		p := a.newPage(names[i])
		p.heading(s.heading)
		p.blocks(s.blocks)
		b.addFile(p.name, content.PlainText(s.heading.Inlines), a.lang, p.sb.String())
	}
	b.toc = append(b.toc, &tocEntry{label: label(doc.Meta.Title, "Title page"), href: "title.xhtml"})
	b.toc = append(b.toc, a.tocEntries(body)...)
	if len(doc.Notes) > 0 {
		p := a.newPage("notes.xhtml")
		notes := words(a.lang).notes
		p.endnoteSection(notes)
		b.addFile(p.name, notes, a.lang, p.sb.String())
		b.toc = append(b.toc, &tocEntry{label: notes, href: "notes.xhtml#" + notesSectionID})
	}
	b.bodymatter = "title.xhtml"
	b.count(a)
}

// addBookTitle adds the book's title page.
func (b *builder) addBookTitle() {
	a := newArticle(b, &content.Document{Meta: b.meta}, b.lang)
	p := a.newPage("title.xhtml")
	p.titleBlock(b.meta, 0, nil)
	if d := strings.TrimSpace(b.meta.Description); d != "" {
		p.w(`<p class="description">`)
		p.text(d)
		p.w("</p>\n")
	}
	b.addFile(p.name, b.meta.Title, b.lang, p.sb.String())
}

// addChapter adds article n of a book as one file; its warnings name it.
func (b *builder) addChapter(doc *content.Document, n int) {
	name := fmt.Sprintf("chapter-%03d.xhtml", n)
	a := newArticle(b, doc, b.language(doc.Meta.Language, b.lang))
	if warn := b.opts.Warn; warn != nil {
		prefix := fmt.Sprintf("article %d (%.40s): ", n, label(doc.Meta.Title, "untitled"))
		a.warn = func(s string) { warn(prefix + s) }
	}
	fig, body := leadFigure(doc.Blocks)
	a.place(name, body)
	a.notesFile = name
	p := a.newPage(name)
	p.titleBlock(doc.Meta, doc.SourceNote(), fig)
	p.blocks(body)
	p.endnoteSection(words(a.lang).notes)
	b.addFile(name, doc.Meta.Title, a.lang, p.sb.String())
	e := &tocEntry{label: label(doc.Meta.Title, "Untitled"), href: name, kids: a.tocEntries(body)}
	if len(doc.Notes) > 0 {
		e.kids = append(e.kids, &tocEntry{label: words(a.lang).notes, href: name + "#" + notesSectionID})
	}
	b.toc = append(b.toc, e)
	b.count(a)
}

// count adds the article's headings, tables and notes to the statistics.
func (b *builder) count(a *article) {
	content.WalkBlocks(a.doc.Blocks, func(bl content.Block) {
		switch bl.(type) {
		case *content.Heading:
			b.stats.headings++
		case *content.Table:
			b.stats.tables++
		}
	})
	b.stats.notes += len(a.doc.Notes)
}

// digest hashes everything the reader sees: the metadata, the model dump
// of each article and its image bytes.
func digest(m content.Meta, docs []*content.Document) []byte {
	h := sha256.New()
	_ = content.Dump(h, &content.Document{Meta: m})
	for _, d := range docs {
		_ = content.Dump(h, d)
		content.WalkBlocks(d.Blocks, func(bl content.Block) {
			if f, ok := bl.(*content.Figure); ok && f.Image != nil {
				h.Write(f.Image.Data)
			}
		})
	}
	return h.Sum(nil)
}

// unknownDate is written as dcterms:modified when nothing says when the
// book was made: the reproducible-builds convention for "unknown" (and the
// earliest time a zip entry can hold).
var unknownDate = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// modified returns the time written as dcterms:modified and on the zip
// entries: Options.Modified (the CLI passes SOURCE_DATE_EPOCH), else the
// publication date, else unknownDate — never the clock, never a guess.
func (b *builder) modified() time.Time {
	t := b.opts.Modified
	if t.IsZero() {
		t = b.meta.Date
	}
	if t.IsZero() {
		t = unknownDate
	}
	return t.UTC().Truncate(time.Second)
}
