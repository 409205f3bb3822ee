package layout

import (
	"strings"

	"github.com/offprint/offprint/content"
)

// This file records the logical structure of the document as it is laid
// out (a tagged PDF's structure tree): every block opens a node, and what
// the block draws — text runs, pictures, link areas — carries the index
// of its node. Page furniture (running heads, folios, rules, the
// "continued" line of a split note) carries Artifact.

// StructNode is one element of the document's logical structure.
type StructNode struct {
	// Role is a standard structure type of PDF 1.7: Document, Art, H1…H6,
	// P, L, LI, Lbl, LBody, BlockQuote, Figure, Caption, Table, TR, TH,
	// TD, Link, Note, Code or Span (struck-out text, see Decoration).
	Role   string
	Parent int    // index of the parent node in Result.Struct; -1 for the root
	Lang   string // BCP 47 language, where it differs from the parent's
	// Alt is the alternate text of a Figure (its caption or the image's
	// alt text); of a Link, the description of where it goes.
	Alt string
	// RowSpan and ColSpan are the rows and columns a TD or TH spans (0
	// or 1: one).
	RowSpan, ColSpan int32
	// Decoration is the TextDecorationType of a Span (PDF 1.7, 14.8.5.4.3
	// layout attributes): "LineThrough" for struck-out text, whose rule
	// is drawn as an artifact.
	Decoration string
}

// Artifact is the node of what belongs to no element: page furniture.
// Result.Struct[0], the Document, holds no content of its own.
const Artifact = 0

// structure is the tree being built: the nodes and the open one.
type structure struct {
	nodes []StructNode
	cur   int // the node new nodes go under
	root  int // the article's node (notes go under it)
	// per article: the nodes [from, to) of each note, and how many
	// times each note has started on a page (reprint)
	noteSpan map[int][2]int
	printed  map[int]int
	copies   map[int]int // first node of a note's latest copy
	span     int         // the Span the last run claimed went to; -1 when it went elsewhere
}

func newStructure() structure {
	return structure{nodes: []StructNode{{Role: "Document", Parent: -1}}, span: -1}
}

// open starts a node of role under the current one and makes it
// current. It returns the node and the flow length, for close; a role
// of "" opens nothing (the content stays in the current node).
func (ts *typesetter) open(role string) (node, first int) {
	if role == "" {
		return -1, ts.flowLen()
	}
	s := &ts.tree
	s.nodes = append(s.nodes, StructNode{Role: role, Parent: s.cur})
	s.cur = len(s.nodes) - 1
	return s.cur, ts.flowLen()
}

// close ends node: what the flow drew since first and belongs to no node
// yet becomes node's (links in it become Link nodes under it), and its
// parent is current again.
func (ts *typesetter) close(node, first int) {
	if node < 0 {
		return
	}
	for i := first; i < ts.flowLen(); i++ {
		ts.claim(&ts.el(i).d, node)
	}
	ts.tree.cur = ts.tree.nodes[node].Parent
}

// claim gives node what d draws that belongs to no node yet, in reading
// order: a text run inside a link area goes to the area's Link node
// (made under node when the area's first run is met), a struck-out run
// to a LineThrough Span under node (strikeSpan; a struck link's Link goes
// in such a Span), the other runs and the pictures to node itself. Link
// areas without text get their Link node last.
func (ts *typesetter) claim(d *drawList, node int) {
	fresh := make([]bool, len(d.links)) // the link areas not yet claimed
	for i := range d.links {
		fresh[i] = d.links[i].Node == Artifact
	}
	s := &ts.tree
	for j := range d.texts {
		t := &d.texts[j]
		i := linkOf(d.links, fresh, t)
		switch {
		case t.Node != Artifact:
			s.span = -1
		case i >= 0:
			l := &d.links[i]
			if l.Node == Artifact {
				parent := node
				if t.struck && l.URL != "" {
					parent = ts.strikeSpan(node)
				}
				l.Node = ts.linkNode(l, parent, i == 0)
			}
			t.Node = int32(l.Node)
			if p := s.nodes[l.Node].Parent; p != node {
				s.span = p // a struck link: the struck text after it may go on in its Span
			} else {
				s.span = -1
			}
		case t.struck:
			t.Node = int32(ts.strikeSpan(node))
		default:
			t.Node = int32(node)
			s.span = -1
		}
	}
	for i := range d.links {
		if l := &d.links[i]; l.Node == Artifact {
			l.Node = ts.linkNode(l, node, i == 0)
		}
	}
	for j := range d.images {
		if d.images[j].Node == Artifact && !d.images[j].Decorative {
			d.images[j].Node = node
		}
	}
}

// linkOf returns the index of the first fresh link area that holds text
// run t, or -1.
func linkOf(links []linkRef, fresh []bool, t *TextRun) int {
	for i := range links {
		if l := &links[i]; fresh[i] && t.X >= l.X && t.X < l.X+l.W && t.Y >= l.Y && t.Y <= l.Y+l.H {
			return i
		}
	}
	return -1
}

// strikeSpan returns the Span of struck-out text in node for the next
// struck run: the one of the run before, when that run was struck (or a
// struck link) and is in node, and nothing but that link was made since
// (a struck phrase broken across lines is one Span), else a new one.
func (ts *typesetter) strikeSpan(node int) int {
	s := &ts.tree
	last := len(s.nodes) - 1
	if s.span >= 0 && s.nodes[s.span].Parent == node && (s.span == last || s.nodes[last].Parent == s.span) {
		return s.span
	}
	s.nodes = append(s.nodes, StructNode{Role: "Span", Parent: node, Decoration: "LineThrough"})
	s.span = len(s.nodes) - 1
	return s.span
}

// linkNode returns the Link node of a link area in node: a new one, or,
// for a URL broken across lines (the first link of a line continuing the
// last node's link to the same URL), the one it continues.
func (ts *typesetter) linkNode(l *linkRef, node int, firstOnLine bool) int {
	s := &ts.tree
	last := len(s.nodes) - 1
	if firstOnLine && l.URL != "" && s.nodes[last].Role == "Link" && s.nodes[last].Parent == node && s.nodes[last].Alt == l.URL {
		return last
	}
	alt := l.URL
	switch {
	case l.call > 0:
		alt = "Note " + itoa(l.call)
	case l.back > 0:
		alt = "Back to the call of note " + itoa(l.back)
	case strings.HasPrefix(alt, "#"):
		alt = "Section " + ts.headingTitle(alt[1:])
	}
	s.nodes = append(s.nodes, StructNode{Role: "Link", Parent: node, Alt: alt})
	return len(s.nodes) - 1
}

// blockRole is the structure type of a block; "" for a thematic break,
// which is drawn as an artifact.
func (ts *typesetter) blockRole(b content.Block) string {
	switch b := b.(type) {
	case *content.Paragraph:
		return "P"
	case *content.Heading:
		return ts.headingRole(b.Level)
	case *content.Quote:
		return "BlockQuote"
	case *content.List:
		return "L"
	case *content.Figure:
		if figureAlt(b) == "" {
			return "" // nothing to say what it shows: a decorative artifact
		}
		return "Figure"
	case *content.CodeBlock:
		return "Code"
	case *content.Table:
		return "Table"
	case *content.DefList:
		return "L" // PDF has no definition list: items with the term as Lbl, the definitions as LBody
	case *content.Rule:
		return ""
	}
	return "Div" // a block this list does not know yet: tagged, never an artifact
}

// headingRole is H1…H6 by the heading's depth among the open headings
// (as the outline counts it, so levels never skip), one deeper when the
// article's title is the H1.
func (ts *typesetter) headingRole(level int) string {
	level = min(max(level, 1), 6)
	depth := 1
	for _, l := range ts.levels {
		if l < level {
			depth++
		}
	}
	if ts.titled {
		depth++
	}
	return "H" + itoa(min(depth, 6))
}

// figureAlt is the alternate text of a figure: its caption (with the
// credit), else the image's alt text (with the credit), else the credit
// alone; "" when it has none of them (its file name is no description).
func figureAlt(fig *content.Figure) string {
	alt := strings.TrimSpace(content.PlainText(fig.Caption))
	if alt == "" && fig.Image != nil {
		alt = strings.TrimSpace(fig.Image.Alt)
	}
	if c := strings.TrimSpace(content.PlainText(fig.Credit)); c != "" {
		alt = strings.TrimSpace(alt + " " + c)
	}
	return alt
}

// openArticle opens the node of an article: the Document itself, or in
// a book an Art under it, with its language where it differs.
func (ts *typesetter) openArticle(book bool, lang, bookLang string) {
	s := &ts.tree
	s.cur = 0
	s.noteSpan, s.printed, s.copies = map[int][2]int{}, map[int]int{}, map[int]int{}
	ts.titled = false
	if book {
		ts.open("Art")
		if lang != "" && !strings.EqualFold(lang, bookLang) {
			s.nodes[s.cur].Lang = lang
		}
	}
	s.root = s.cur
}

// noteNodes opens the Note of note n under the article, with a P for
// each paragraph's lines (paras[i] is the first line of paragraph i) and
// a Lbl for the number (the first run of the first line), which links
// back to the call. The "continued" line stays an artifact.
func (ts *typesetter) noteNodes(n int, lines []element, paras []int) {
	s := &ts.tree
	saved := s.cur
	s.cur = s.root
	note, _ := ts.open("Note")
	defer func() { s.noteSpan[n] = [2]int{note, len(s.nodes)} }()
	if len(lines) > 0 && len(lines[0].d.texts) > 0 {
		lbl, _ := ts.open("Lbl")
		first := &lines[0].d
		num := drawList{texts: first.texts[:1]}
		for i := range first.links {
			if first.links[i].back > 0 {
				num.links = first.links[i : i+1]
			}
		}
		ts.claim(&num, lbl)
		ts.tree.cur = note
	}
	for i, from := range paras {
		to := len(lines)
		if i+1 < len(paras) {
			to = paras[i+1]
		}
		p, _ := ts.open("P")
		for j := from; j < to; j++ {
			ts.claim(&lines[j].d, p)
		}
		ts.tree.cur = note
	}
	s.cur = saved
}

// tag makes what the flow holds from index first on a new node of role
// under the current one.
func (ts *typesetter) tag(role string, first int) {
	node, _ := ts.open(role)
	ts.close(node, first)
}

// reprint gives the lines of a note placed on a page (texts and links,
// already copied onto the page) nodes of their own when the note is
// printed again, on the page of a later call: the reader meets it twice,
// so the tree holds two Notes, each where its page's foot falls.
func (ts *typesetter) reprint(p notePart, texts []TextRun, links []linkRef) {
	s := &ts.tree
	span, ok := s.noteSpan[p.n]
	if !ok {
		return
	}
	if p.first {
		s.printed[p.n]++
		if s.printed[p.n] > 1 { // a new printing: copy the note's nodes
			base := len(s.nodes)
			for i := span[0]; i < span[1]; i++ {
				n := s.nodes[i]
				if n.Parent >= span[0] && n.Parent < span[1] {
					n.Parent += base - span[0]
				}
				s.nodes = append(s.nodes, n)
			}
			s.copies[p.n] = base
		}
	}
	if s.printed[p.n] <= 1 {
		return
	}
	remap := func(node *int) {
		if *node >= span[0] && *node < span[1] {
			*node += s.copies[p.n] - span[0]
		}
	}
	for i := range texts {
		n := int(texts[i].Node)
		remap(&n)
		texts[i].Node = int32(n)
	}
	for i := range links {
		remap(&links[i].Node)
	}
}

// markSpaceAfter marks the logically last run of a line that broke at a
// word space: the rightmost, or the leftmost in a right-to-left paragraph.
func markSpaceAfter(texts []TextRun, rtl bool) {
	if len(texts) == 0 {
		return
	}
	if rtl {
		texts[0].SpaceAfter = true
		return
	}
	texts[len(texts)-1].SpaceAfter = true
}

// breaksAtSpace reports whether a line break at items[pos] is at a word
// space: at glue, or at a penalty right after glue (ragged lines end
// with glue, penalty, glue); not at a hyphen, a dash or a URL's slash.
func breaksAtSpace(items []item, pos int) bool {
	if pos >= len(items) {
		return false
	}
	return items[pos].kind == glueItem || items[pos].kind == penaltyItem && pos > 0 && items[pos-1].kind == glueItem
}

// headingTitle is the text of the article's heading with ID id, or id
// itself when there is none.
func (ts *typesetter) headingTitle(id string) string {
	title := id
	if ts.doc != nil {
		content.WalkBlocks(ts.doc.Blocks, func(b content.Block) {
			if h, ok := b.(*content.Heading); ok && h.ID == id && title == id {
				title = strings.TrimSpace(content.PlainText(h.Inlines))
			}
		})
	}
	return title
}
