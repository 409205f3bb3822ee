package html

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page that is mostly data tables (a statistics page, a timetable)
// gives readability no prose to score: it keeps one cell, the one with
// the most text. When the page's data tables hold at least tableShare of
// its visible text and readability's result holds less than keepShare of
// the tables' text, the reader converts the smallest element holding
// every data table instead (headings and notes between the tables come
// along), pruned like a fallback <article>, and says so in a warning. A
// data table holds no other table and has at least two rows, one of them
// with two cells or more: layout tables nest, or hold one cell per row.
//
// When readability's result holds minProse characters of paragraph text
// or more, it found an article (an old page laid out in a table) and is
// kept.
const (
	tableShare = 0.5
	minProse   = 500
)

// tablesChosen reports whether the page is one of tables that
// readability lost (the reader then converts them, useTables), warning
// so.
func (c *converter) tablesChosen(readable *html.Node, f bodyFacts) bool {
	if f.tables == 0 || float64(f.tableText) < tableShare*float64(f.bodyText) {
		return false
	}
	if paragraphText(readable) >= minProse {
		return false // readability found prose: an article laid out in a table
	}
	kept := visibleText(readable)
	if float64(kept) >= keepShare*float64(f.tableText) {
		return false
	}
	c.warn(fmt.Sprintf("readability kept %d of %d characters of the page's %d tables; using the tables and what surrounds them", kept, f.tableText, f.tables))
	return true
}

// dataTables returns the data tables under body, in document order.
func dataTables(body *html.Node) []*html.Node {
	var tables []*html.Node
	for d := range body.Descendants() {
		if tag(d) == atom.Table && isDataTable(d) {
			tables = append(tables, d)
		}
	}
	return tables
}

// isDataTable reports whether t is a table of data rather than layout.
func isDataTable(t *html.Node) bool {
	rows, wide := 0, false
	for d := range t.Descendants() {
		switch tag(d) {
		case atom.Table:
			return false
		case atom.Tr:
			rows++
			cells := 0
			for k := d.FirstChild; k != nil; k = k.NextSibling {
				if tag(k) == atom.Td || tag(k) == atom.Th {
					cells++
				}
			}
			wide = wide || cells >= 2
		}
	}
	return rows >= 2 && wide
}

// visibleText counts the non-space bytes of text under n, outside
// scripts and styles.
func visibleText(n *html.Node) int {
	total := 0
	for d := range n.Descendants() {
		if d.Type != html.TextNode || d.Parent == nil || tag(d.Parent) == atom.Script || tag(d.Parent) == atom.Style {
			continue
		}
		total += len(d.Data) - countSpace(d.Data)
	}
	return total
}

func countSpace(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			n += utf8.RuneLen(r)
		}
	}
	return n
}

// commonAncestor returns the deepest element that holds every node of ns,
// or body.
func commonAncestor(ns []*html.Node, body *html.Node) *html.Node {
	anc := ns[0].Parent
	for _, n := range ns[1:] {
		for anc != nil && !contains(anc, n) {
			anc = anc.Parent
		}
	}
	if anc == nil || !contains(body, anc) {
		return body
	}
	return anc
}

// contains reports whether n is a descendant of a.
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}
