package html

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/lazyre"
)

// Footnotes of HTML pages (pandoc, Hugo, Jekyll, WordPress plugins,
// Wikipedia references) are a call — a link to "#id", usually in <sup> —
// and a list item with that id near the end. The reader turns them into
// content notes: each call becomes a NoteRef, each item the note's blocks,
// and the list leaves the body.

// noteClassRE marks footnote calls and footnote containers by class or role.
var noteClassRE = lazyre.New(`(?i)footnote|endnote|doc-noteref|doc-endnotes|doc-footnote|reference|citation`)

// footnotes holds the notes found in an article.
type footnotes struct {
	index map[string]int // target id -> 1-based position in notes
	items map[string]*html.Node
	skip  map[*html.Node]bool // containers that leave the body
	notes []content.Note
}

// findFootnotes collects the footnote targets of body: ids that a call
// links to, held by a list item (or an element marked as a note).
func findFootnotes(body *html.Node) *footnotes {
	fn := &footnotes{index: map[string]int{}, items: map[string]*html.Node{}, skip: map[*html.Node]bool{}}
	byID := map[string]*html.Node{}
	var calls []string
	for d := range body.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		if id := attr(d, "id"); id != "" {
			byID[id] = d
		}
		if tag(d) == atom.A && isNoteCall(d) {
			calls = append(calls, strings.TrimPrefix(attr(d, "href"), "#"))
		}
	}
	for _, id := range calls {
		el := byID[id]
		if el == nil || fn.items[id] != nil || !isNoteBody(el) {
			continue
		}
		fn.items[id] = el
	}
	fn.markContainers()
	return fn
}

// isNoteCall reports a link to a fragment that calls a note: inside <sup>,
// or marked by class, role or rel.
func isNoteCall(a *html.Node) bool {
	href := attr(a, "href")
	if len(href) < 2 || href[0] != '#' || isBacklink(a) {
		return false
	}
	if p := a.Parent; p != nil && tag(p) == atom.Sup {
		return true
	}
	return noteClassRE.MatchString(attr(a, "class")+" "+attr(a, "role")+" "+attr(a, "rel")) ||
		(a.Parent != nil && noteClassRE.MatchString(attr(a.Parent, "class")))
}

// isNoteBody reports whether el can be a note: a list item, or an
// element marked as a footnote.
func isNoteBody(el *html.Node) bool {
	switch tag(el) {
	case atom.Li:
		return true
	case atom.Div, atom.P, atom.Aside, atom.Section, atom.Dd:
		return noteClassRE.MatchString(attr(el, "class") + " " + attr(el, "role"))
	}
	return false
}

// markContainers marks the lists whose items are all notes (and their
// footnotes section, with its rule) to leave the body.
func (fn *footnotes) markContainers() {
	isItem := map[*html.Node]bool{}
	for _, el := range fn.items {
		isItem[el] = true
		if tag(el) != atom.Li {
			fn.skip[el] = true
		}
	}
	for _, el := range fn.items {
		list := el.Parent
		if list == nil || tag(el) != atom.Li || fn.skip[list] {
			continue
		}
		all := true
		for k := list.FirstChild; k != nil; k = k.NextSibling {
			if k.Type == html.ElementNode && !isItem[k] {
				all = false
			}
		}
		if !all {
			continue
		}
		fn.skip[list] = true
		if sec := list.Parent; sec != nil && noteClassRE.MatchString(attr(sec, "class")+" "+attr(sec, "role")) && tag(sec) != atom.Body {
			fn.skip[sec] = true
		}
	}
}

// noteRef returns the call of the note that href points to, converting
// the note on its first call, or nil when href is not a note call.
func (c *converter) noteRef(href string) *content.NoteRef {
	if c.fn == nil || !strings.HasPrefix(href, "#") {
		return nil
	}
	id := href[1:]
	el := c.fn.items[id]
	if el == nil {
		return nil
	}
	if i, ok := c.fn.index[id]; ok {
		return &content.NoteRef{Note: i}
	}
	c.fn.notes = append(c.fn.notes, content.Note{Kind: content.NoteFootnote})
	i := len(c.fn.notes)
	c.fn.index[id] = i
	c.fn.notes[i-1].Blocks = c.blocks(el, 0)
	return &content.NoteRef{Note: i}
}

var backRE = lazyre.New(`(?i)backlink|backref|footnote-back|reversefootnote`)

// isBacklink reports a link back from a note to its call ("↩", "^").
func isBacklink(a *html.Node) bool {
	if !strings.HasPrefix(attr(a, "href"), "#") {
		return false
	}
	if backRE.MatchString(attr(a, "class") + " " + attr(a, "role")) {
		return true
	}
	return !strings.ContainsFunc(textOf(a), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// dropEmptyTail removes headings left with nothing after them (a
// "Footnotes" or "References" heading whose list became notes).
func dropEmptyTail(blocks []content.Block) []content.Block {
	for len(blocks) > 0 {
		if _, ok := blocks[len(blocks)-1].(*content.Heading); !ok {
			break
		}
		blocks = blocks[:len(blocks)-1]
	}
	return blocks
}
