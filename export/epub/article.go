package epub

import (
	"strconv"
	"strings"

	"github.com/offprint/offprint/content"
)

// reservedPrefixes are the anchor prefixes the writer uses for its own
// elements; a reader's heading id that starts with one is renamed.
var reservedPrefixes = []string{callPrefix, notePrefix, notesSectionID}

func newArticle(b *builder, doc *content.Document, lang string) *article {
	a := &article{
		book:      b,
		doc:       doc,
		lang:      lang,
		warn:      b.opts.Warn,
		notes:     map[int]*content.Note{},
		headingID: map[*content.Heading]string{},
		target:    map[string]string{},
		at:        map[*content.Heading]string{},
		firstCall: map[int]string{},
		calls:     map[int]int{},
		images:    map[*content.Image]*asset{},
		warned:    map[string]bool{},
	}
	for i := range doc.Notes {
		n := doc.Notes[i].Number
		if n == 0 { // not through content.NumberNotes: calls are positions
			n = i + 1
		}
		if _, dup := a.notes[n]; !dup {
			a.notes[n] = &doc.Notes[i]
		}
	}
	a.assignHeadingIDs()
	if top := topLevel(doc.Blocks); top > 0 {
		a.shift = 2 - top
	}
	return a
}

// assignHeadingIDs gives every heading a unique anchor that is a valid XML
// id: the reader's (content.AssignIDs) when it is one, else a slug of its
// text. The writer's own prefixes are never produced.
func (a *article) assignHeadingIDs() {
	used := map[string]bool{}
	content.WalkBlocks(a.doc.Blocks, func(bl content.Block) {
		h, ok := bl.(*content.Heading)
		if !ok {
			return
		}
		id := h.ID
		if !isNCName(id) || hasReservedPrefix(id) || used[id] {
			slug := content.Slug(content.PlainText(h.Inlines))
			if hasReservedPrefix(slug) {
				slug = "s-" + slug
			}
			id = uniqueID(slug, used)
		}
		used[id] = true
		a.headingID[h] = id
	})
}

func hasReservedPrefix(id string) bool {
	for _, p := range reservedPrefixes {
		if strings.HasPrefix(id, p) {
			return true
		}
	}
	return false
}

// uniqueID returns base, or base-2, base-3… whichever is not used yet.
func uniqueID(base string, used map[string]bool) string {
	if !isNCName(base) {
		base = "s-" + base
	}
	id := base
	for i := 2; used[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	return id
}

// topLevel returns the highest (smallest) level among the headings of the
// body's top level, or 0 when it has none.
func topLevel(blocks []content.Block) int {
	top := 0
	for _, b := range blocks {
		if h, ok := b.(*content.Heading); ok && h.Level > 0 && (top == 0 || h.Level < top) {
			top = h.Level
		}
	}
	return top
}

// section is a run of the body that gets its own XHTML file: the blocks
// from one splitting heading to the next.
type section struct {
	heading *content.Heading
	blocks  []content.Block
}

// splitSections splits the body at its top-level headings: a heading
// starts a new file when its level is at most max(2, top level), so a
// document whose top headings are level 2 (the usual shape of an article,
// the title being level 1) splits at each of them, and one that uses
// level-1 section titles splits at both 1 and 2. What comes before the
// first such heading is the lead, printed with the title page.
func splitSections(blocks []content.Block) (lead []content.Block, secs []section) {
	split := max(2, topLevel(blocks))
	for i, b := range blocks {
		if h, ok := b.(*content.Heading); ok && h.Level <= split {
			secs = append(secs, section{heading: h})
			continue
		}
		if len(secs) == 0 {
			lead = blocks[:i+1]
			continue
		}
		s := &secs[len(secs)-1]
		s.blocks = append(s.blocks, b)
	}
	return lead, secs
}

// leadFigure returns the figure that opens the body (the article's lead
// photo) and the blocks after it; the figure is printed on the title page.
func leadFigure(blocks []content.Block) (*content.Figure, []content.Block) {
	if len(blocks) > 0 {
		if f, ok := blocks[0].(*content.Figure); ok {
			return f, blocks[1:]
		}
	}
	return nil, blocks
}

// tocEntries returns the table of contents of the top-level headings of
// blocks, nested by level, all pointing into their files.
func (a *article) tocEntries(blocks []content.Block) []*tocEntry {
	var roots []*tocEntry
	var stack []*tocEntry
	var levels []int
	for _, b := range blocks {
		h, ok := b.(*content.Heading)
		if !ok {
			continue
		}
		e := &tocEntry{label: label(content.PlainText(h.Inlines), "Section"), href: a.at[h]}
		for len(levels) > 0 && levels[len(levels)-1] >= h.Level {
			stack, levels = stack[:len(stack)-1], levels[:len(levels)-1]
		}
		if len(stack) == 0 {
			roots = append(roots, e)
		} else {
			parent := stack[len(stack)-1]
			parent.kids = append(parent.kids, e)
		}
		stack, levels = append(stack, e), append(levels, h.Level)
	}
	return roots
}

// label returns text with its white space collapsed, or fallback when it
// is empty.
func label(text, fallback string) string {
	if s := strings.Join(strings.Fields(text), " "); s != "" {
		return s
	}
	return fallback
}

// place records that the headings of blocks (at any depth) are in file, so
// that links and the table of contents can point at them.
func (a *article) place(file string, blocks []content.Block) {
	content.WalkBlocks(blocks, func(bl content.Block) {
		if h, ok := bl.(*content.Heading); ok {
			href := file + "#" + a.headingID[h]
			a.at[h] = href
			if h.ID != "" {
				if _, dup := a.target[h.ID]; !dup {
					a.target[h.ID] = href
				}
			}
		}
	})
}
