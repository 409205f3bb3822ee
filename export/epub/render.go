package epub

import (
	"strconv"
	"strings"

	"github.com/offprint/offprint/content"
)

// article is what the XHTML files of one article share: its notes, the
// anchors of its headings, where each note is first called and its
// prepared images. Rendering never modifies the document.
type article struct {
	book      *builder
	doc       *content.Document
	lang      string
	warn      func(string)
	shift     int                         // added to a heading's level to get its h-level
	notes     map[int]*content.Note       // by number
	headingID map[*content.Heading]string // safe, unique anchor of each heading
	target    map[string]string           // reader's heading id -> "file#anchor"
	at        map[*content.Heading]string // heading -> "file#anchor"
	firstCall map[int]string              // note number -> "file#id" of its first call
	calls     map[int]int                 // note number -> calls written so far
	notesFile string                      // the file holding the notes section
	images    map[*content.Image]*asset   // prepared images (nil entry: dropped)
	figures   int                         // figures numbered so far
	warned    map[string]bool
}

// page renders one XHTML file of an article.
type page struct {
	a        *article
	name     string // file name, e.g. "section-002.xhtml"
	sb       strings.Builder
	inLink   int   // depth of <a> elements being written
	deferred []int // note calls met inside a link, written after it
}

func (a *article) newPage(name string) *page {
	return &page{a: a, name: name}
}

func (a *article) warnOnce(msg string) {
	if a.warn != nil && !a.warned[msg] {
		a.warned[msg] = true
		a.warn(msg)
	}
}

func (p *page) w(s string)    { p.sb.WriteString(s) }
func (p *page) text(s string) { escapeTo(&p.sb, s) }

// blocks writes blocks as XHTML, one element per line.
func (p *page) blocks(blocks []content.Block) {
	for _, b := range blocks {
		if p.a.book.stopped() {
			return
		}
		p.block(b)
	}
}

func (p *page) block(b content.Block) {
	switch b := b.(type) {
	case *content.Heading:
		p.heading(b)
	case *content.Paragraph:
		if len(b.Inlines) > 0 {
			p.w("<p>")
			p.inlines(b.Inlines)
			p.w("</p>\n")
		}
	case *content.Quote:
		if len(b.Blocks) > 0 {
			p.w("<blockquote>\n")
			p.blocks(b.Blocks)
			p.w("</blockquote>\n")
		}
	case *content.List:
		p.list(b)
	case *content.Figure:
		p.figure(b)
	case *content.CodeBlock:
		p.w("<pre")
		if lang := classToken(b.Lang); lang != "" {
			p.w(` data-lang="` + lang + `"`)
		}
		p.w("><code>")
		p.text(b.Text)
		p.w("</code></pre>\n")
	case *content.Rule:
		p.w("<hr/>\n")
	case *content.Table:
		p.table(b)
	case *content.DefList:
		p.defList(b)
	}
}

// hLevel maps a heading level of the model to an XHTML h-level: the
// article's top heading level becomes h2 (h1 is the title), capped at h6.
func (a *article) hLevel(level int) int {
	return min(max(level+a.shift, 2), 6)
}

func (p *page) heading(h *content.Heading) {
	n := strconv.Itoa(p.a.hLevel(h.Level))
	p.w("<h" + n)
	if id := p.a.headingID[h]; id != "" {
		p.w(` id="` + id + `"`)
	}
	p.w(">")
	p.inlines(h.Inlines)
	p.w("</h" + n + ">\n")
}

func (p *page) list(l *content.List) {
	if len(l.Items) == 0 {
		return
	}
	tag := "ul"
	if l.Ordered {
		tag = "ol"
	}
	p.w("<" + tag)
	if l.Ordered && l.Start != 0 && l.Start != 1 {
		p.w(` start="` + strconv.Itoa(l.Start) + `"`)
	}
	p.w(">\n")
	for _, item := range l.Items {
		p.w("<li>")
		if len(item) == 1 {
			if para, ok := item[0].(*content.Paragraph); ok {
				p.inlines(para.Inlines)
				p.w("</li>\n")
				continue
			}
		}
		p.blocks(item)
		p.w("</li>\n")
	}
	p.w("</" + tag + ">\n")
}

func (p *page) table(t *content.Table) {
	if len(t.Header) == 0 && len(t.Rows) == 0 {
		return
	}
	p.w("<div class=\"table\"><table>\n")
	if len(t.Header) > 0 {
		p.w("<thead>")
		covered := 0
		for _, r := range t.Header {
			p.row(r, "th", firstCovered(r, &covered))
		}
		p.w("</thead>\n")
	}
	if len(t.Rows) > 0 {
		p.w("<tbody>\n")
		covered := 0
		for _, r := range t.Rows {
			p.row(r, "td", firstCovered(r, &covered))
			p.w("\n")
		}
		p.w("</tbody>\n")
	}
	p.w("</table></div>\n")
}

// firstCovered reports whether the first column of a row is taken by a
// cell spanning rows from above, so that the row's first cell stands in
// a later column; covered counts the rows below the current one that
// the first column's cell still spans (within a thead or tbody).
func firstCovered(cells []content.Cell, covered *int) bool {
	if *covered > 0 {
		*covered--
		return true
	}
	if len(cells) > 0 {
		*covered = max(cells[0].RowSpan, 1) - 1
	}
	return false
}

// row writes a row of cells; shifted says that its first cell is not in
// the first column (a cell above spans it), so it is indented as the
// cells after another are (class "indent").
func (p *page) row(cells []content.Cell, tag string, shifted bool) {
	p.w("<tr>")
	for i, c := range cells {
		p.w("<" + tag)
		if c.ColSpan > 1 {
			p.w(` colspan="` + strconv.Itoa(c.ColSpan) + `"`)
		}
		if c.RowSpan > 1 {
			p.w(` rowspan="` + strconv.Itoa(c.RowSpan) + `"`)
		}
		var class []string
		if a := classToken(c.Align.String()); a != "" {
			class = append(class, "align-"+a) // a class, not an inline style (epubcheck ACC-013)
		}
		if i == 0 && shifted {
			class = append(class, "indent")
		}
		if len(class) > 0 {
			p.w(` class="` + strings.Join(class, " ") + `"`)
		}
		p.w(">")
		p.inlines(c.Inlines)
		p.w("</" + tag + ">")
	}
	p.w("</tr>")
}

// defList writes a definition list: a <dt> per term, a <dd> per
// definition.
func (p *page) defList(l *content.DefList) {
	if len(l.Items) == 0 {
		return
	}
	p.w("<dl>\n")
	for _, it := range l.Items {
		p.w("<dt>")
		p.inlines(it.Term)
		p.w("</dt>\n")
		for _, d := range it.Defs {
			p.w("<dd>")
			if len(d) == 1 {
				if para, ok := d[0].(*content.Paragraph); ok {
					p.inlines(para.Inlines)
					p.w("</dd>\n")
					continue
				}
			}
			p.w("\n")
			p.blocks(d)
			p.w("</dd>\n")
		}
	}
	p.w("</dl>\n")
}

// element writes inlines wrapped in an element with no attributes.
func (p *page) element(tag string, ins []content.Inline) {
	p.w("<" + tag + ">")
	p.inlines(ins)
	p.w("</" + tag + ">")
}

// inlines writes inline content. Note calls inside a link are written
// after the link, since an <a> cannot contain another.
func (p *page) inlines(ins []content.Inline) {
	for _, in := range ins {
		switch in := in.(type) {
		case *content.Text:
			p.text(in.Text)
		case *content.Emph:
			p.element("em", in.Inlines)
		case *content.Strong:
			p.element("strong", in.Inlines)
		case *content.Strike:
			p.element("del", in.Inlines)
		case *content.Super:
			p.element("sup", in.Inlines)
		case *content.Sub:
			p.element("sub", in.Inlines)
		case *content.Code:
			p.w("<code>")
			p.text(in.Text)
			p.w("</code>")
		case *content.Link:
			p.link(in)
		case *content.NoteRef:
			p.noteCall(in.Note)
		case *content.Break:
			p.w("<br/>")
		}
	}
}

func (p *page) link(l *content.Link) {
	href := p.a.href(l.URL)
	if href == "" || p.inLink > 0 {
		p.inlines(l.Inlines)
	} else {
		p.w(`<a href="`)
		p.text(href)
		p.w(`">`)
		p.inLink++
		p.inlines(l.Inlines)
		p.inLink--
		p.w("</a>")
	}
	if p.inLink == 0 {
		calls := p.deferred
		p.deferred = nil
		for _, n := range calls {
			p.noteCall(n)
		}
	}
	if l.Note != 0 {
		p.noteCall(l.Note)
	}
}

// href returns where a link of the model points inside the EPUB: external
// addresses as normalised absolute URLs, "#id" as the file and anchor of
// that heading; "" when the link cannot work in the book (relative links
// to pages that are not in it, unknown anchors, other schemes).
func (a *article) href(u string) string {
	if frag, ok := strings.CutPrefix(u, "#"); ok {
		return a.target[frag]
	}
	if !content.IsExternalURL(strings.TrimSpace(u)) {
		return ""
	}
	return uri(u)
}

// classToken returns s when it is safe as a CSS class name, else "".
func classToken(s string) string {
	if len(s) > 40 {
		return ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '+') {
			return ""
		}
	}
	return s
}
