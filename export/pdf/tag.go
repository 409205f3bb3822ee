package pdf

import (
	"fmt"
	"slices"
	"sort"
	"strconv"

	"github.com/offprint/offprint/internal/fpdf"
	"github.com/offprint/offprint/layout"
)

// This file makes the PDF a tagged PDF from layout's structure tree
// (Result.Struct): what the drawer draws is wrapped in marked content —
// "/P <</MCID n>> BDC … EMC" for the content of an element, "/Artifact"
// for page furniture — and each element collects its marked content,
// child elements and link annotations in reading order. The hooks sit
// around the drawer's calls, never inside them.

// tagger follows the drawing of the pages and builds the structure tree.
// Its methods do nothing on a nil tagger (a result without structure).
type tagger struct {
	pdf *fpdf.Fpdf
	// lay is layout's nodes handed over so far: its own slice, read
	// and never copied (a document of a million paragraphs has a
	// million nodes); own is the tagger's nodes (links in no element),
	// numbered from layoutN on (see node).
	lay      []layout.StructNode
	own      []layout.StructNode
	kids     [][]fpdf.StructKid // each node's kids, in reading order
	attached []bool             // the node is in the tree (it has content)
	bbox     map[int][4]float64 // a Figure's picture, in PDF coordinates
	page     int
	layoutN  int    // nodes from layout; those after them are the tagger's own (link)
	open     int    // node of the open marked content; noMC when none
	seq      []mcAt // the page's marked content, in drawing order
}

// noMC is the open node when no marked content is open; layout.Artifact
// (0) is open for furniture.
const noMC = -1

// mcAt is one marked-content sequence of a page and where it goes in
// reading order.
type mcAt struct {
	node, mcid int
	key        int
}

func newTagger(pdf *fpdf.Fpdf, nodes []layout.StructNode) *tagger {
	pdf.SetTagged()
	return &tagger{pdf: pdf, lay: nodes, kids: make([][]fpdf.StructKid, len(nodes)),
		attached: make([]bool, len(nodes)), bbox: map[int][4]float64{}, open: noMC, layoutN: len(nodes)}
}

// node returns node i: layout's, or the tagger's own from layoutN on.
func (tg *tagger) node(i int) *layout.StructNode {
	if i < tg.layoutN {
		return &tg.lay[i]
	}
	return &tg.own[i-tg.layoutN]
}

// count is the number of nodes, layout's and the tagger's own.
func (tg *tagger) count() int { return tg.layoutN + len(tg.own) }

// grow takes in the nodes layout made since (a streamed layout): they go
// before the tagger's own nodes, which move up.
func (tg *tagger) grow(nodes []layout.StructNode) {
	if tg == nil || len(nodes) <= tg.layoutN {
		return
	}
	n := len(nodes) - tg.layoutN
	if len(tg.own) > 0 {
		for i := range tg.kids {
			for k := range tg.kids[i] {
				if e := tg.kids[i][k].Elem; int(e) >= tg.layoutN {
					tg.kids[i][k].Elem = e + int32(n)
				}
			}
		}
	}
	tg.kids = slices.Insert(tg.kids, tg.layoutN, make([][]fpdf.StructKid, n)...)
	tg.attached = slices.Insert(tg.attached, tg.layoutN, make([]bool, n)...)
	tg.lay, tg.layoutN = nodes, len(nodes)
}

// setPage makes n the page links are recorded on, returning the one it
// was (links sent after their page was drawn).
func (tg *tagger) setPage(n int) int {
	if tg == nil {
		return 0
	}
	saved := tg.page
	tg.page = n
	return saved
}

// begin opens marked content for node (ending what is open when it is
// another node): a sequence of the node's role, or an artifact of kind.
// key places it in the page's reading order.
func (tg *tagger) begin(node, key int, kind string) {
	if tg == nil {
		return
	}
	if node < 0 || node >= tg.count() {
		node = layout.Artifact
	}
	if node == tg.open {
		return
	}
	tg.end()
	tg.open = node
	if node == layout.Artifact {
		tg.pdf.BeginArtifact(kind)
		return
	}
	id := tg.pdf.BeginMarkedContent(tg.node(node).Role)
	tg.seq = append(tg.seq, mcAt{node: node, mcid: id, key: key})
}

// end closes the open marked content, if any.
func (tg *tagger) end() {
	if tg == nil {
		return
	}
	if tg.open != noMC {
		tg.pdf.EndMarkedContent()
		tg.open = noMC
	}
}

// startPage begins page n.
func (tg *tagger) startPage(n int) {
	if tg == nil {
		return
	}
	tg.page, tg.seq, tg.open = n, tg.seq[:0], noMC
}

// imageKey is where a picture at y goes among the page's texts: before
// the first text of an element below its top edge (body text runs in
// flow order, top to bottom; furniture is skipped).
func imageKey(texts []layout.TextRun, y layout.Length) int {
	for i, t := range texts {
		if t.Node != layout.Artifact && t.Y > y {
			return 2 * i
		}
	}
	return 2 * len(texts)
}

// image wraps the drawing of a picture.
func (tg *tagger) image(im layout.ImageBox, texts []layout.TextRun, pageH float64, draw func()) {
	if tg == nil {
		draw()
		return
	}
	tg.begin(im.Node, imageKey(texts, im.Y), "")
	draw()
	tg.end()
	if _, ok := tg.bbox[im.Node]; !ok && im.Node != layout.Artifact {
		x, y := im.X.Points(), pageH-(im.Y+im.H).Points()
		tg.bbox[im.Node] = [4]float64{x, y, x + im.W.Points(), y + im.H.Points()}
	}
}

// link records link annotation annot of the page as a kid of its Link
// node, with a description for readers that speak it.
func (tg *tagger) link(l layout.LinkArea, annot int) {
	if tg == nil {
		return
	}
	node := l.Node
	if node <= layout.Artifact || node >= tg.count() {
		// a link layout put in no element: a Link of its own under the
		// Document, since every annotation must be in the tree
		desc := l.URL
		if desc == "" {
			desc = "Link"
		}
		tg.own = append(tg.own, layout.StructNode{Role: "Link", Parent: 0, Alt: desc})
		tg.kids = append(tg.kids, nil)
		tg.attached = append(tg.attached, false)
		node = tg.count() - 1
	}
	if alt := tg.node(node).Alt; alt != "" {
		tg.pdf.SetLinkContents(annot, alt)
	}
	tg.touch(node, fpdf.AnnotKid(tg.page, annot))
}

// endPage closes the page's marked content and adds it to the tree in
// reading order (the links follow, see link).
func (tg *tagger) endPage() {
	if tg == nil {
		return
	}
	tg.end()
	sort.SliceStable(tg.seq, func(i, j int) bool { return tg.seq[i].key < tg.seq[j].key })
	for _, m := range tg.seq {
		tg.touch(m.node, fpdf.MCIDKid(tg.page, m.mcid))
	}
}

// touch adds kid to node, putting node in the tree first if need be.
func (tg *tagger) touch(node int, kid fpdf.StructKid) {
	tg.attach(node)
	tg.kids[node] = append(tg.kids[node], kid)
}

// attach puts node in the tree, after its parent and its earlier
// siblings that have content. A table cell first brings its empty
// earlier cells, so that columns stay in place.
func (tg *tagger) attach(node int) {
	if tg.attached[node] {
		return
	}
	p := tg.node(node).Parent
	if p >= 0 {
		tg.attach(p)
		if isCell(tg.node(node).Role) {
			for s := p + 1; s < node; s++ {
				if sib := tg.node(s); sib.Parent == p && isCell(sib.Role) && !tg.attached[s] {
					tg.attached[s] = true
					tg.kids[p] = append(tg.kids[p], fpdf.ElemKid(s))
				}
			}
		}
		tg.kids[p] = append(tg.kids[p], fpdf.ElemKid(node))
	}
	tg.attached[node] = true
}

func isCell(role string) bool { return role == "TD" || role == "TH" }

// cellAttr is the Table attributes of a cell: a header's scope, the rows
// and columns it spans; "" for a plain one-by-one TD.
func cellAttr(n *layout.StructNode) string {
	var a string
	if n.Role == "TH" {
		a = " /Scope /Column"
	}
	if n.RowSpan > 1 {
		a += " /RowSpan " + strconv.Itoa(int(n.RowSpan))
	}
	if n.ColSpan > 1 {
		a += " /ColSpan " + strconv.Itoa(int(n.ColSpan))
	}
	if a == "" {
		return ""
	}
	return "<</O /Table" + a + ">>"
}

// finish gives fpdf the tree: the nodes with content (and the empty
// cells of rows with content), renumbered in order. nodes are layout's
// final nodes. Each node's kids are renumbered in place, and fpdf gets
// the elements one at a time (treeSource), never as a slice of them.
func (tg *tagger) finish(nodes []layout.StructNode) {
	if tg == nil {
		return
	}
	tg.grow(nodes)
	if len(nodes) >= tg.layoutN {
		tg.lay = nodes
	}
	for i := range tg.count() {
		if n := tg.node(i); isCell(n.Role) && !tg.attached[i] && n.Parent >= 0 && tg.attached[n.Parent] {
			tg.attached[i] = true
			tg.kids[n.Parent] = append(tg.kids[n.Parent], fpdf.ElemKid(i))
		}
	}
	src := &treeSource{tg: tg, index: make([]int32, tg.count())}
	for i := range tg.count() {
		src.index[i] = -1
		if tg.attached[i] || i == 0 {
			src.index[i] = int32(len(src.nodeOf))
			src.nodeOf = append(src.nodeOf, int32(i))
		}
	}
	for _, i := range src.nodeOf {
		kids := tg.kids[i]
		for k := range kids {
			if e := kids[k].Elem; e >= 0 {
				kids[k].Elem = src.index[e]
			}
		}
	}
	tg.pdf.SetStructSource(src)
}

// treeSource gives fpdf the elements of a finished tagger: element i is
// node nodeOf[i], made when asked (4 bytes an element are kept, not a
// StructElem).
type treeSource struct {
	tg     *tagger
	index  []int32 // node → element; -1 for a node not in the tree
	nodeOf []int32 // element → node
	e      fpdf.StructElem
}

// Len is the number of elements.
func (s *treeSource) Len() int { return len(s.nodeOf) }

// Elem makes element i (valid until the next call).
func (s *treeSource) Elem(i int) *fpdf.StructElem {
	node := int(s.nodeOf[i])
	n := s.tg.node(node)
	s.e = fpdf.StructElem{Type: n.Role, Parent: -1, Lang: n.Lang, Kids: s.tg.kids[node]}
	if n.Parent >= 0 {
		s.e.Parent = int(s.index[n.Parent])
	}
	switch n.Role {
	case "Figure":
		s.e.Alt = n.Alt
		if b, ok := s.tg.bbox[node]; ok {
			s.e.Attr = fmt.Sprintf("<</O /Layout /BBox [%.2f %.2f %.2f %.2f]>>", b[0], b[1], b[2], b[3])
		}
	case "TH", "TD":
		s.e.Attr = cellAttr(n)
	case "Span":
		if n.Decoration != "" {
			s.e.Attr = "<</O /Layout /TextDecorationType /" + n.Decoration + ">>"
		}
	case "Note":
		s.e.ID = "note-" + strconv.Itoa(node)
	}
	return &s.e
}
