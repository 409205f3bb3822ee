package plaintext

import (
	"github.com/offprint/offprint/content/language"
	"io"
	"strings"

	"github.com/offprint/offprint/content"
)

// Read builds the document model from a scraped plain-text article. It
// does not number notes or assign heading IDs: run content.NumberNotes and
// content.AssignIDs afterwards. Meta.Language is the language the text is
// written in when function words tell it clearly (language-detect), else
// empty.
//
// It fails, without panicking, on empty input (ErrEmpty), binary data
// (ErrBinary), invalid UTF-8 (naming the byte offset and line), and inputs
// beyond the limits of opts; with opts.Context's error once that is
// cancelled (it looks every few hundred lines).
func Read(r io.Reader, opts Options) (*content.Document, error) {
	c, err := classify(r, opts)
	if err != nil {
		return nil, err
	}
	b := builder{doc: &content.Document{}}
	var texts []string // the text lines, for the language and the publisher's name
	err = c.each(true, func(it *item) {
		b.add(it)
		if it.Role != RoleBoilerplate && it.Role != RoleBlank {
			texts = append(texts, it.Text)
		}
	})
	if err != nil {
		return nil, err
	}
	b.finish(texts)
	return b.doc, nil
}

// builder turns decisions into the document, in input order.
type builder struct {
	doc         *content.Document
	list        *content.List
	table       *content.Table // the table whose rows the last lines were (tabRow)
	tables      []tabTable
	quote       *content.Quote
	published   bool // Meta.Date comes from a publication date, not an update
	figureOpen  bool // the last block is a figure still waiting for its credit
	captionOpen bool // the last block is a labelled picture's figure waiting for its caption
	lastFigure  *content.Figure
	authorIndex map[string]int
	guessed     string // the domain label Meta.Publisher was guessed from
	// contributors are the front matter's credits without a picture
	// ("Photographs by Jane Doe"), for the first figure without a credit.
	contributors []string
}

// add adds the decision it to the document.
func (b *builder) add(it *item) {
	switch {
	case it.continued, it.Role == RoleBlank, it.Role == RoleBoilerplate, it.Role == RolePullQuote:
		return // blank lines and dropped lines do not end a list or a quote
	case b.addMeta(it):
		return
	}
	cells := tabCells(it) // a row of a table copied with tabs (tabtable.go)
	if cells == nil || b.table == nil || len(cells) != len(b.table.Rows[0]) {
		b.table = nil
	}
	if it.Role != RoleListItem || cells != nil {
		b.list = nil
	}
	if it.Role != RoleQuote {
		b.quote = nil
	}
	if it.Role != RoleCredit {
		b.figureOpen = false
	}
	if it.Role != RoleCaption || (it.Rule != ruleImageLabel && it.Rule != ruleCaptionBelow) {
		b.captionOpen = false
	}
	if cells != nil {
		b.tabRow(it, cells)
		return
	}
	b.addBlock(it)
}

// addMeta records a metadata decision and reports whether it was one.
func (b *builder) addMeta(it *item) bool {
	m := &b.doc.Meta
	switch it.Role {
	case RoleTitle:
		m.Title = trimHeadlinePeriod(it.Text)
	case RoleSubtitle:
		m.Subtitle = it.Text
	case RoleByline, RoleDate:
		for _, n := range it.names {
			b.author(n)
		}
		b.date(it)
	case RoleAuthorBio:
		for _, n := range it.names {
			a := b.author(n)
			if a.Bio != "" {
				a.Bio += " "
			}
			a.Bio += it.Text
		}
	case RoleSource:
		if m.Publisher == "" {
			m.Publisher = it.src.publisher
			b.guessed = it.src.label
		}
		if m.SourceURL == "" {
			m.SourceURL = it.src.url
		}
	case RoleRights:
		if m.Rights == "" {
			m.Rights = it.Text
		}
	default:
		return false
	}
	return true
}

// addBlock appends the block of a body decision.
func (b *builder) addBlock(it *item) {
	switch it.Role {
	case RoleCaption:
		if b.captionOpen { // "Image source, …" came first
			b.lastFigure.Caption, b.captionOpen = linkify(it.Text), false
			return
		}
		b.lastFigure = &content.Figure{Caption: linkify(it.Text)}
		b.doc.Blocks = append(b.doc.Blocks, b.lastFigure)
		b.figureOpen = true
	case RoleCredit:
		if it.Rule == ruleCreditContributor {
			b.contributors = append(b.contributors, it.Text)
			return
		}
		if !b.figureOpen {
			b.lastFigure = &content.Figure{}
			b.doc.Blocks = append(b.doc.Blocks, b.lastFigure)
			b.captionOpen = it.Rule == ruleImageLabel || it.captionBelow
		}
		b.lastFigure.Credit = content.T(it.Text)
		b.figureOpen = false
	case RoleRule:
		b.doc.Blocks = append(b.doc.Blocks, &content.Rule{})
	case RoleHeading:
		level, text := 2, it.Text
		if it.Rule == ruleEditLink {
			text = it.body // "History", not "History[edit]"
		}
		if it.level != 0 {
			level = it.level
		}
		if it.stamp != "" {
			text = it.stamp + " — " + text
		}
		b.doc.Blocks = append(b.doc.Blocks, &content.Heading{Level: level, Inlines: content.T(text)})
	case RoleParagraph, RoleDateline:
		b.date(it)
		text := it.Text
		if it.Rule == ruleDropCap {
			text = it.body // "T he river" is "The river"
		}
		inl := leadInlines(text, it.lead)
		if it.stamp != "" {
			inl = append([]content.Inline{&content.Strong{Inlines: content.T(it.stamp)}, &content.Text{Text: " "}}, inl...)
		}
		b.doc.Blocks = append(b.doc.Blocks, &content.Paragraph{Inlines: inl})
	case RoleListItem:
		b.listItem(it)
	case RoleQuote:
		b.quoteLine(it)
	}
}

// author returns the author named n, adding it when new.
func (b *builder) author(n string) *content.Author {
	if b.authorIndex == nil {
		b.authorIndex = map[string]int{}
	}
	key := strings.ToLower(n)
	if i, ok := b.authorIndex[key]; ok {
		return &b.doc.Meta.Authors[i]
	}
	b.authorIndex[key] = len(b.doc.Meta.Authors)
	b.doc.Meta.Authors = append(b.doc.Meta.Authors, content.Author{Name: n})
	return &b.doc.Meta.Authors[len(b.doc.Meta.Authors)-1]
}

// date records the date of it: the first publication date wins over any
// update date.
func (b *builder) date(it *item) {
	if it.date.IsZero() || b.published {
		return
	}
	if b.doc.Meta.Date.IsZero() || !it.updated {
		b.doc.Meta.Date = it.date
		b.published = !it.updated
	}
}

// listItem appends a list item, opening a new list when the kind changes.
func (b *builder) listItem(it *item) {
	if b.list == nil || b.list.Ordered != it.ordered {
		b.list = newList(it)
		b.doc.Blocks = append(b.doc.Blocks, b.list)
	}
	b.list.Items = append(b.list.Items, listEntry(it))
}

// newList opens a list whose first item is list item it.
func newList(it *item) *content.List {
	l := &content.List{Ordered: it.ordered}
	if it.ordered && it.number != 1 {
		l.Start = it.number
	}
	return l
}

// listEntry is the blocks of list item it.
func listEntry(it *item) []content.Block {
	return []content.Block{&content.Paragraph{Inlines: linkify(it.body)}}
}

// quoteLine appends a paragraph to the current quote.
func (b *builder) quoteLine(it *item) {
	if b.quote == nil {
		b.quote = &content.Quote{}
		b.doc.Blocks = append(b.doc.Blocks, b.quote)
	}
	text := it.Text
	if it.body != "" {
		text = it.body
	}
	b.quote.Blocks = append(b.quote.Blocks, &content.Paragraph{Inlines: linkify(text)})
}

// finish completes the document after the last line, given the text of
// every line that is not blank or boilerplate: a publisher name
// guessed from a domain is replaced by the name as the article spells it.
func (b *builder) finish(texts []string) {
	b.creditContributors()
	b.finishTables()
	b.doc.Meta.Language = language.Detect(texts)
	if b.guessed == "" {
		return
	}
	if name := nameInText(b.guessed, texts); name != "" {
		b.doc.Meta.Publisher = name
	}
}

// trimHeadlinePeriod drops the full stop that ends a one-sentence headline,
// keeping an ellipsis and abbreviations ("U.S.").
func trimHeadlinePeriod(s string) string {
	t, ok := strings.CutSuffix(s, ".")
	if !ok || strings.HasSuffix(t, ".") || sentenceInside(tokenize(s)) {
		return s
	}
	toks := tokenize(t)
	if len(toks) == 0 {
		return s
	}
	if last := toks[len(toks)-1].text; strings.Contains(last, ".") || isInitial(last+".") && len(last) == 1 {
		return s
	}
	return t
}

// leadInlines returns the inlines of a paragraph whose first lead bytes
// are a bold label ("Q:" of an interview; a label alone, "HOST:", is
// bold whole); the plain text is unchanged.
func leadInlines(s string, lead int) []content.Inline {
	if lead == len(s) && lead > 0 {
		return []content.Inline{&content.Strong{Inlines: content.T(s)}}
	}
	if lead <= 0 || lead > len(s) {
		return linkify(s)
	}
	return append([]content.Inline{&content.Strong{Inlines: content.T(s[:lead])}}, linkify(s[lead:])...)
}

// creditContributors gives the front matter's picture credits ("Photographs
// by Jane Doe") to the first figure that has no credit of its own; with no
// such figure, the article has no picture to credit and they are dropped.
func (b *builder) creditContributors() {
	if len(b.contributors) == 0 {
		return
	}
	for _, bl := range b.doc.Blocks {
		if f, ok := bl.(*content.Figure); ok && len(f.Credit) == 0 {
			f.Credit = content.T(strings.Join(b.contributors, "; "))
			return
		}
	}
}
