package fpdf

// offprint patch: tagged PDF (ISO 32000-1, 14.7–14.8). This file holds
// the logical structure tree: marked content on the pages (BDC/EMC with
// an MCID, or /Artifact), the StructTreeRoot with its elements and
// ParentTree, /StructParents on pages, link annotations as indirect
// objects referenced from their Link elements (OBJR, /StructParent), and
// /MarkInfo in the catalog. The hooks into fpdf.go and def.go are marked
// "offprint patch".

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
)

// StructElem is one element of the structure tree.
type StructElem struct {
	Type   string // standard structure type: Document, P, H1, Link, Figure, ...
	Parent int    // index of the parent element; -1 for a child of the StructTreeRoot
	Lang   string // /Lang, "" when inherited
	Alt    string // /Alt, "" for none
	Attr   string // an attribute dictionary written as is (/A), e.g. "<</O /Table /Scope /Column>>"
	ID     string // element identifier (/ID, listed in the IDTree), "" for none
	Kids   []StructKid
}

// StructKid is a child of a structure element, in reading order: an
// element (Elem ≥ 0), a marked-content sequence (Page, MCID) or a link
// annotation (Page, Annot).
// Its fields are int32 (16 bytes a kid): a tagged document of a million
// paragraphs holds two kids for each until its tree is written.
type StructKid struct {
	Elem  int32 // index of a child element, or -1
	Page  int32 // 1-based page of the marked content or annotation
	MCID  int32 // marked-content identifier on Page, or -1
	Annot int32 // 0-based index of the link annotation on Page, or -1
}

// ElemKid is the kid that is element i.
func ElemKid(i int) StructKid { return StructKid{Elem: int32(i), MCID: -1, Annot: -1} }

// MCIDKid is the kid that is marked content mcid on page.
func MCIDKid(page, mcid int) StructKid {
	return StructKid{Elem: -1, Page: int32(page), MCID: int32(mcid), Annot: -1}
}

// AnnotKid is the kid that is the link annotation annot (0-based) of page.
func AnnotKid(page, annot int) StructKid {
	return StructKid{Elem: -1, Page: int32(page), MCID: -1, Annot: int32(annot)}
}

// structTree is the state of a tagged document.
type structTree struct {
	elems     StructSource
	mcids     map[int]int       // page → marked-content sequences begun on it
	contents  map[[2]int]string // (page, annot) → /Contents of a link annotation
	pageBase  int               // object number before the first page object
	annotBase int               // object number of the first link annotation
	open      int               // marked-content sequences not yet ended
	rootObj   int               // object number of the StructTreeRoot
}

// SetTagged makes the document a tagged PDF: marked content can be begun
// on its pages, and SetStructTree gives its structure before Output.
func (f *Fpdf) SetTagged() {
	if f.structTree == nil {
		f.structTree = &structTree{mcids: map[int]int{}, contents: map[[2]int]string{}}
	}
}

// SetStructTree sets the elements of the structure tree; elems[i].Kids
// are in reading order. Every MCID begun must be the kid of exactly one
// element; Output fails otherwise.
func (f *Fpdf) SetStructTree(elems []StructElem) { f.SetStructSource(structSlice(elems)) }

// StructSource gives the elements of the structure tree one at a time,
// so that a large tree need not be held as StructElems: Output asks for
// each element a few times and must get the same one every time.
type StructSource interface {
	Len() int               // the number of elements
	Elem(i int) *StructElem // element i; Output does not keep it
}

// structSlice is the StructSource of elements held whole.
type structSlice []StructElem

func (s structSlice) Len() int               { return len(s) }
func (s structSlice) Elem(i int) *StructElem { return &s[i] }

// SetStructSource is SetStructTree with elements given one at a time.
func (f *Fpdf) SetStructSource(src StructSource) {
	f.SetTagged()
	f.structTree.elems = src
}

// BeginMarkedContent begins a marked-content sequence tagged tag (the
// structure type of its element) on the current page and returns its
// MCID. EndMarkedContent ends it.
func (f *Fpdf) BeginMarkedContent(tag string) int {
	f.SetTagged()
	t := f.structTree
	id := t.mcids[f.page]
	t.mcids[f.page] = id + 1
	t.open++
	f.outf("/%s <</MCID %d>> BDC", tag, id)
	return id
}

// BeginArtifact begins a marked-content sequence of page furniture
// (kind "Pagination" for running heads and folios, "Layout" for rules,
// "" for none); EndMarkedContent ends it.
func (f *Fpdf) BeginArtifact(kind string) {
	f.SetTagged()
	f.structTree.open++
	if kind == "" {
		f.out("/Artifact BMC")
		return
	}
	f.outf("/Artifact <</Type /%s>> BDC", kind)
}

// EndMarkedContent ends the innermost marked-content sequence begun by
// BeginMarkedContent or BeginArtifact.
func (f *Fpdf) EndMarkedContent() {
	if f.structTree == nil || f.structTree.open == 0 {
		f.SetErrorf("fpdf: EndMarkedContent without a marked-content sequence")
		return
	}
	f.structTree.open--
	f.out("EMC")
}

// PageLinkCount returns how many link annotations the current page has:
// the 0-based index of the next one.
func (f *Fpdf) PageLinkCount() int {
	if f.page < len(f.pageLinks) {
		return len(f.pageLinks[f.page])
	}
	return 0
}

// SetLinkContents sets the /Contents (the description a reader speaks)
// of link annotation annot (0-based) of the current page.
func (f *Fpdf) SetLinkContents(annot int, s string) {
	f.SetTagged()
	f.structTree.contents[[2]int{f.page, annot}] = s
}

// structBeginPages records, before putpages writes the pages, where
// their objects and the link annotations after them will be.
func (f *Fpdf) structBeginPages(nb int) {
	t := f.structTree
	t.pageBase = f.n
	t.annotBase = f.n + 2*nb + 1
}

// structPageObj is the object number of page n.
func (f *Fpdf) structPageObj(n int) int { return f.structTree.pageBase + 2*n - 1 }

// annotObj returns the object number of link annotation i of page n.
func (f *Fpdf) annotObj(n, i int) int {
	obj := f.structTree.annotBase
	for p := 1; p < n; p++ {
		obj += len(f.pageLinks[p])
	}
	return obj + i
}

// annotKey returns the ParentTree key of link annotation i of page n:
// the pages take keys 0 to nb-1, the annotations follow in page order.
func (f *Fpdf) annotKey(n, i int) int {
	return f.page + f.annotObj(n, i) - f.structTree.annotBase // f.page: the number of pages
}

// putStructPageKeys writes a page's tagged-PDF entries: its link
// annotations by reference, /Tabs /S and /StructParents.
func (f *Fpdf) putStructPageKeys(n int) {
	if links := f.pageLinks[n]; len(links) > 0 {
		var sb strings.Builder
		sb.WriteString("/Annots [")
		for i := range links {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(strconv.Itoa(f.annotObj(n, i)) + " 0 R")
		}
		sb.WriteString("]")
		f.out(sb.String())
		f.out("/Tabs /S")
	}
	f.outf("/StructParents %d", n-1)
}

// putStructAnnots writes the link annotations of every page as objects,
// right after the pages (where structBeginPages counted them).
func (f *Fpdf) putStructAnnots(hPt float64) {
	for n := 1; n <= f.page; n++ {
		for i, pl := range f.pageLinks[n] {
			if f.n+1 != f.annotObj(n, i) {
				f.SetErrorf("fpdf: link annotation %d of page %d is object %d, expected %d", i, n, f.n+1, f.annotObj(n, i))
				return
			}
			var sb strings.Builder
			fmt.Fprintf(&sb, "<</Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] /F 4 /P %d 0 R /StructParent %d",
				pl.x, pl.y, pl.x+pl.wd, pl.y-pl.ht, f.structPageObj(n), f.annotKey(n, i))
			if c, ok := f.structTree.contents[[2]int{n, i}]; ok {
				sb.WriteString(" /Contents " + f.textstring(utf16String(c)))
			}
			if pl.link == 0 {
				sb.WriteString(" /A <</S /URI /URI " + f.textstring(pl.linkStr) + ">>")
			} else {
				l := f.links[pl.link]
				h := hPt
				if sz, ok := f.pageSizes[l.page]; ok {
					h = sz.Ht
				}
				fmt.Fprintf(&sb, " /Dest [%d 0 R /XYZ 0 %.2f null]", f.structPageObj(l.page), h-l.y*f.k)
			}
			sb.WriteString(">>")
			f.packedObj(func() { f.out(sb.String()) })
		}
	}
}

// putStructTree writes the StructTreeRoot, the elements and the
// ParentTree; it checks that every marked-content sequence and link
// annotation has exactly one element.
func (f *Fpdf) putStructTree() {
	t := f.structTree
	if t.open != 0 {
		f.SetErrorf("fpdf: %d marked-content sequences not ended", t.open)
		return
	}
	root := f.n + 1
	elemObj := func(i int) int { return root + 1 + i }
	if t.elems == nil {
		t.elems = structSlice(nil)
	}
	nelems := t.elems.Len()
	parentTree := root + 1 + nelems
	nb := f.page
	pageArr := make([][]int, nb+1) // page → MCID → element
	for p := 1; p <= nb; p++ {
		pageArr[p] = make([]int, t.mcids[p])
		for i := range pageArr[p] {
			pageArr[p][i] = -1
		}
	}
	annotElem := map[int]int{} // ParentTree key → element
	var rootKids []int
	for i := range nelems {
		e := t.elems.Elem(i)
		if e.Parent < 0 {
			rootKids = append(rootKids, i)
		}
		for _, k := range e.Kids {
			page, mcid, annot := int(k.Page), int(k.MCID), int(k.Annot)
			switch {
			case mcid >= 0:
				if page < 1 || page > nb || mcid >= len(pageArr[page]) || pageArr[page][mcid] >= 0 {
					f.SetErrorf("fpdf: structure element %d (%s): MCID %d of page %d is unknown or taken", i, e.Type, mcid, page)
					return
				}
				pageArr[page][mcid] = i
			case annot >= 0:
				if page < 1 || page > nb || annot >= len(f.pageLinks[page]) {
					f.SetErrorf("fpdf: structure element %d (%s): no link annotation %d on page %d", i, e.Type, annot, page)
					return
				}
				annotElem[f.annotKey(page, annot)] = i
			}
		}
	}
	for p := 1; p <= nb; p++ {
		for id, e := range pageArr[p] {
			if e < 0 {
				f.SetErrorf("fpdf: marked content %d of page %d is in no structure element", id, p)
				return
			}
		}
	}
	f.packedObj(func() {
		f.outf("<</Type /StructTreeRoot /K [%s] /ParentTree %d 0 R /ParentTreeNextKey %d%s>>", refs(rootKids, elemObj), parentTree, nb+len(annotElem), f.idTree(elemObj))
	})
	for i := range nelems {
		e := t.elems.Elem(i)
		f.packedObj(func() { f.out(f.structElemDict(e, elemObj, root)) })
	}
	var sb strings.Builder
	sb.WriteString("<</Nums [")
	for p := 1; p <= nb; p++ {
		fmt.Fprintf(&sb, "%d [%s]\n", p-1, refs(pageArr[p], elemObj))
	}
	for k := nb; k < nb+len(annotElem); k++ {
		e, ok := annotElem[k]
		if !ok {
			f.SetErrorf("fpdf: link annotation %d is in no structure element", k-nb)
			return
		}
		fmt.Fprintf(&sb, "%d %d 0 R\n", k, elemObj(e))
	}
	sb.WriteString("]>>")
	f.packedObj(func() { f.out(sb.String()) })
	t.rootObj = root
}

// idTree is the /IDTree entry of the StructTreeRoot: a name tree of the
// elements that have an ID, sorted by ID; "" when none has.
func (f *Fpdf) idTree(elemObj func(int) int) string {
	var ids []string
	byID := map[string]int{}
	for i := range f.structTree.elems.Len() {
		e := f.structTree.elems.Elem(i)
		if _, dup := byID[e.ID]; e.ID != "" && !dup {
			ids = append(ids, e.ID)
			byID[e.ID] = i
		}
	}
	if len(ids) == 0 {
		return ""
	}
	sort.Strings(ids)
	var sb strings.Builder
	sb.WriteString(" /IDTree <</Names [")
	for i, id := range ids {
		if i > 0 {
			sb.WriteByte(' ')
		}
		fmt.Fprintf(&sb, "%s %d 0 R", f.textstring(id), elemObj(byID[id]))
	}
	sb.WriteString("]>>")
	return sb.String()
}

// structElemDict is the dictionary of element e.
func (f *Fpdf) structElemDict(e *StructElem, elemObj func(int) int, root int) string {
	var sb strings.Builder
	parent := root
	if e.Parent >= 0 {
		parent = elemObj(e.Parent)
	}
	fmt.Fprintf(&sb, "<</Type /StructElem /S /%s /P %d 0 R", e.Type, parent)
	pg := 0
	for _, k := range e.Kids {
		if k.Elem < 0 {
			pg = int(k.Page)
			break
		}
	}
	if pg > 0 {
		fmt.Fprintf(&sb, " /Pg %d 0 R", f.structPageObj(pg))
	}
	if e.ID != "" {
		sb.WriteString(" /ID " + f.textstring(e.ID))
	}
	if e.Lang != "" {
		sb.WriteString(" /Lang " + f.textstring(e.Lang))
	}
	if e.Alt != "" {
		sb.WriteString(" /Alt " + f.textstring(utf16String(e.Alt)))
	}
	if e.Attr != "" {
		sb.WriteString(" /A " + e.Attr)
	}
	sb.WriteString(" /K [")
	for i, k := range e.Kids {
		if i > 0 {
			sb.WriteByte(' ')
		}
		page := int(k.Page)
		switch {
		case k.Elem >= 0:
			fmt.Fprintf(&sb, "%d 0 R", elemObj(int(k.Elem)))
		case k.MCID >= 0 && page == pg:
			sb.WriteString(strconv.Itoa(int(k.MCID)))
		case k.MCID >= 0:
			fmt.Fprintf(&sb, "<</Type /MCR /Pg %d 0 R /MCID %d>>", f.structPageObj(page), k.MCID)
		default:
			fmt.Fprintf(&sb, "<</Type /OBJR /Pg %d 0 R /Obj %d 0 R>>", f.structPageObj(page), f.annotObj(page, int(k.Annot)))
		}
	}
	sb.WriteString("]>>")
	return sb.String()
}

// putStructCatalog writes the catalog entries of a tagged PDF.
func (f *Fpdf) putStructCatalog() {
	f.outf("/StructTreeRoot %d 0 R", f.structTree.rootObj)
	f.out("/MarkInfo <</Marked true>>")
	f.out("/ViewerPreferences <</DisplayDocTitle true>>")
}

// refs writes indirect references to the objects of indexes; a negative
// index is null.
func refs(indexes []int, obj func(int) int) string {
	var sb strings.Builder
	for i, x := range indexes {
		if i > 0 {
			sb.WriteByte(' ')
		}
		if x < 0 {
			sb.WriteString("null")
			continue
		}
		sb.WriteString(strconv.Itoa(obj(x)) + " 0 R")
	}
	return sb.String()
}

// utf16String encodes s as a PDF text string: as is when it is ASCII,
// else UTF-16BE with a byte order mark.
func utf16String(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return UTF16BE(s)
}

// UTF16BE encodes s as UTF-16BE with a byte order mark, the form of a PDF
// text string that holds any character; invalid UTF-8 becomes U+FFFD.
// (offprint patch)
func UTF16BE(s string) string {
	u := utf16.Encode([]rune(strings.ToValidUTF8(s, "\uFFFD")))
	b := make([]byte, 2, 2+2*len(u))
	b[0], b[1] = 0xFE, 0xFF
	for _, c := range u {
		b = append(b, byte(c>>8), byte(c))
	}
	return string(b)
}
