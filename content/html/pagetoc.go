package html

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/offprint/offprint/content/article"
)

// A page's own table of contents — Wikipedia's "Contents" box, a wiki's
// or an encyclopedia's catalogue of its sections, a post's "jump to"
// list — is a list whose every entry links to a section of the same
// page ("1 Details" linking to #Details), with at most a number or a
// bullet beside the link. The EPUB's navigation and the PDF's outline
// take its place: kept, it reads as a stray list of section names. The
// rules:
//
//   - A list (<ul>, <ol>) of at least minTOCEntries entries, counting
//     those of the lists nested in it, is the page's table of contents
//     when each entry holds a link to a fragment ("#Details"), a mark of
//     at most maxTOCMarkRunes characters ("1", "2.1", "▪") and nested
//     lists of the same kind, and nothing else; and at least half of the
//     links lead to an element of the article (by id or name) or name
//     one of its headings (its text, or the end of its text: "演艺经历"
//     for "蔡健雅演艺经历"), so the sections it names are there.
//   - An element that holds nothing but such lists and a title of at
//     most maxTOCTitleWords words ("Contents", "目录", "Inhaltsverzeichnis
//     [Ausblenden]") is the list's box, and goes with it.
//   - An article that is nothing but a table of contents keeps it.

// Bounds of a page's table of contents.
const (
	minTOCEntries    = 3   // the fewest entries of a table of contents
	maxTOCTitleWords = 4   // the most words of the title over it
	maxTOCMarkRunes  = 6   // the longest number or bullet beside an entry's link
	maxTOCDepth      = 64  // deeper elements are never part of one
	maxTOCHeadings   = 256 // the most headings of the article an entry is compared with
)

// tocFinder finds a page's tables of contents (findPageTOCs).
type tocFinder struct {
	targets  map[string]bool     // ids and names of the article's elements
	headings []string            // the texts of its first headings, normalised (normText)
	found    map[*html.Node]bool // the tables of contents and their boxes
}

// tocPart is what an element is to a table of contents around it.
type tocPart struct {
	other   bool // text or content that is no part of one
	entries int  // the entries of the lists of fragment links inside it
	links   int  // their links
	landed  int  // those of them that lead to a section of the article
	words   int  // the words of its text outside them (a title)
}

// add sums the parts of two elements side by side.
func (p *tocPart) add(q tocPart) {
	p.other = p.other || q.other
	p.entries += q.entries
	p.links += q.links
	p.landed += q.landed
	p.words += q.words
}

// isTOC reports whether p holds a table of contents: enough entries, and
// at least half of their links landed.
func (p tocPart) isTOC() bool {
	return !p.other && p.entries >= minTOCEntries && 2*p.landed >= p.links
}

// findPageTOCs returns the elements of body that are a table of contents
// of the page or a box holding one (see above), or nil.
func findPageTOCs(body *html.Node) map[*html.Node]bool {
	f := &tocFinder{targets: map[string]bool{}, found: map[*html.Node]bool{}}
	fragments := false
	for d := range body.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		for _, key := range []string{"id", "name"} {
			if v := attr(d, key); v != "" {
				f.targets[v] = true
			}
		}
		switch tag(d) {
		case atom.A:
			fragments = fragments || strings.HasPrefix(attr(d, "href"), "#")
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if len(f.headings) < maxTOCHeadings {
				f.headings = append(f.headings, normText(textOf(d)))
			}
		}
	}
	if !fragments || f.part(body, 0).isTOC() {
		return nil // no fragment links, or the article is nothing but its table of contents
	}
	return f.found
}

// part says what n is to a table of contents, marking in f.found each
// table of contents and box met inside it.
func (f *tocFinder) part(n *html.Node, depth int) tocPart {
	switch {
	case n.Type == html.TextNode:
		w := article.WordCount(n.Data)
		return tocPart{words: w, other: w > maxTOCTitleWords}
	case n.Type != html.ElementNode && n.Type != html.DocumentNode:
		return tocPart{}
	case depth > maxTOCDepth || isPicture(n):
		return tocPart{other: true}
	case n.Type == html.ElementNode && skipped(n):
		return tocPart{}
	}
	var sum tocPart
	if tag(n) == atom.Ul || tag(n) == atom.Ol {
		sum = f.list(n, depth)
	} else {
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			sum.add(f.part(k, depth+1)) // every child, for the tables of contents inside
		}
	}
	if sum.words > maxTOCTitleWords {
		sum.other = true
	}
	if sum.isTOC() {
		f.found[n] = true // a table of contents, or a box of a title over them
	}
	if sum.other {
		return tocPart{other: true}
	}
	return sum
}

// isPicture reports the elements that no table of contents holds.
func isPicture(n *html.Node) bool {
	switch tag(n) {
	case atom.Img, atom.Picture, atom.Table, atom.Video, atom.Figure:
		return true
	}
	return false
}

// list reads list n: each item must be an entry.
func (f *tocFinder) list(n *html.Node, depth int) tocPart {
	var sum tocPart
	for k := n.FirstChild; k != nil && !sum.other; k = k.NextSibling {
		switch {
		case k.Type == html.ElementNode && tag(k) == atom.Li:
			sum.add(f.entry(k, depth+1))
		case k.Type == html.CommentNode, k.Type == html.TextNode && strings.TrimSpace(k.Data) == "":
		default:
			sum.other = true
		}
	}
	return sum
}

// entry reads list item li as an entry of a table of contents: fragment
// links, a mark of at most maxTOCMarkRunes characters beside them, and
// nested lists of entries.
func (f *tocFinder) entry(li *html.Node, depth int) tocPart {
	var sum tocPart
	var mark strings.Builder
	own := 0 // the item's own links, outside its nested lists
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for k := n.FirstChild; k != nil && !sum.other; k = k.NextSibling {
			switch {
			case depth > maxTOCDepth || isPicture(k):
				sum.other = true
			case k.Type == html.TextNode:
				mark.WriteString(strings.TrimSpace(k.Data))
			case k.Type != html.ElementNode || skipped(k):
			case tag(k) == atom.Ul || tag(k) == atom.Ol:
				sum.add(f.list(k, depth+1))
			case tag(k) == atom.A:
				before := sum.links
				f.link(k, &sum)
				own += sum.links - before
			default:
				walk(k, depth+1)
			}
		}
	}
	walk(li, depth)
	if own > 0 {
		sum.entries++
	}
	if sum.entries == 0 || utf8.RuneCountInString(mark.String()) > maxTOCMarkRunes {
		sum.other = true
	}
	return sum
}

// link counts link a in sum when it is a link to a fragment of the page
// with text, and as landed when an element of the article has that id or
// name or the link names one of its headings; any other link is other
// content.
func (f *tocFinder) link(a *html.Node, sum *tocPart) {
	href, text := attr(a, "href"), normText(textOf(a))
	if len(href) < 2 || href[0] != '#' || text == "" {
		sum.other = true
		return
	}
	sum.links++
	if f.targets[href[1:]] || f.namesHeading(text) {
		sum.landed++
	}
}

// namesHeading reports whether text, normalised, is the text of one of
// the article's headings or ends it.
func (f *tocFinder) namesHeading(text string) bool {
	for _, h := range f.headings {
		if strings.HasSuffix(h, text) {
			return true
		}
	}
	return false
}
