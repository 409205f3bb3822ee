//go:build ignore

// Command realgen makes the real-dev and real-blind heading sets from the
// test pages of mozilla/readability: each page's expected.html (the
// article body readability extracted from a real web page) becomes the
// text a reader gets by copying the article from a browser into a text
// file, and its headings are labelled from the markup.
//
//	go run ./content/plaintext/testdata/headings/realgen -src /path/to/readability.git
//
// (run from the module root; -src is a clone, bare or not, of
// https://github.com/mozilla/readability; -rev pins the commit.)
//
// The text: line 1 the title from expected-metadata.json, then the byline
// if there is one, then each block's text on its own line: paragraphs,
// headings, list items, blockquote paragraphs, captions, pre lines,
// dt/dd, table rows (cell texts joined by tabs). Blocks are separated by
// a blank line; the items of one list, the rows of one table and the
// lines of one pre by a newline only; a <br> breaks the line. Inline
// whitespace is collapsed and entities are decoded.
//
// The labels (NAME.labels, "LINE KIND TEXT"): a line from h1-h6 is a
// heading; the byline line is furniture; a paragraph line whose whole
// text is bold (<strong>/<b>), at most 80 characters and not ending in a
// period is "either" (scored neither way); so is a heading line that is
// a sentence ending in a period, longer than 150 characters, empty but
// for "[edit]", or the title again (a title heading that opens the body is
// dropped instead, as the title is line 1 already).
//
// Pages are skipped when their body has fewer than 250 words (CJK
// characters count half a word), when they are lorem ipsum fixtures, or
// when their text repeats an earlier page's. The rest go to real-dev when
// the FNV-1a hash of the page name is even and to real-blind when odd.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

const (
	pagesDir   = "test/test-pages"
	minWords   = 250
	maxEither  = 80
	maxHeading = 150
	kindHead   = "heading"
	kindEither = "either"
	kindFurn   = "furniture"
)

func main() {
	src := flag.String("src", "", "mozilla/readability git repository (bare or not)")
	rev := flag.String("rev", "ab4027a8b37669745016869a37a504727992b2ba", "commit of the repository to read")
	out := flag.String("out", "content/plaintext/testdata/headings", "folder that holds real-dev and real-blind")
	flag.Parse()
	if *src == "" {
		log.Fatal("realgen: -src is required")
	}
	if err := run(*src, *rev, *out); err != nil {
		log.Fatal("realgen: ", err)
	}
}

// metadata is the part of expected-metadata.json realgen reads.
type metadata struct {
	Title  string `json:"title"`
	Byline string `json:"byline"`
}

// page is one generated article: its lines and their labels.
type page struct {
	name   string
	lines  []string
	labels map[int]string // 1-based line number to kind
	words  int
}

func run(src, rev, out string) error {
	names, err := gitLines(src, "ls-tree", "--name-only", rev, pagesDir+"/")
	if err != nil {
		return err
	}
	sort.Strings(names)
	dirs := map[string]string{"dev": filepath.Join(out, "real-dev"), "blind": filepath.Join(out, "real-blind")}
	for _, d := range dirs {
		if err := clean(d); err != nil {
			return err
		}
	}
	seen := map[string]string{}
	for _, full := range names {
		name := filepath.Base(full)
		p, why, err := build(src, rev, name)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if why == "" {
			key := strings.Join(p.lines[1:], "\n")
			if first, ok := seen[key]; ok {
				why = "same text as " + first
			}
			seen[key] = name
		}
		if why != "" {
			fmt.Printf("skip %-40s %s\n", name, why)
			continue
		}
		half := "dev"
		h := fnv.New32a()
		h.Write([]byte(name))
		if h.Sum32()%2 == 1 {
			half = "blind"
		}
		if err := write(dirs[half], p); err != nil {
			return err
		}
		fmt.Printf("%-5s %-40s lines %4d words %6d labels %s\n", half, name, len(p.lines), p.words, count(p.labels))
	}
	return nil
}

// clean removes the generated files of dir, creating it if need be.
func clean(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, pat := range []string{"*.txt", "*.labels"} {
		ms, _ := filepath.Glob(filepath.Join(dir, pat))
		for _, m := range ms {
			if err := os.Remove(m); err != nil {
				return err
			}
		}
	}
	return nil
}

func count(labels map[int]string) string {
	n := map[string]int{}
	for _, k := range labels {
		n[k]++
	}
	return fmt.Sprintf("heading %d either %d furniture %d", n[kindHead], n[kindEither], n[kindFurn])
}

func gitLines(src string, args ...string) ([]string, error) {
	b, err := git(src, args...)
	if err != nil {
		return nil, err
	}
	return strings.Fields(string(b)), nil
}

func git(src string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-C", src}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return b, nil
}

// build makes the page called name, or says why it is skipped.
func build(src, rev, name string) (*page, string, error) {
	body, err := git(src, "show", rev+":"+pagesDir+"/"+name+"/expected.html")
	if err != nil {
		return nil, "no expected.html", nil
	}
	metaJSON, err := git(src, "show", rev+":"+pagesDir+"/"+name+"/expected-metadata.json")
	if err != nil {
		return nil, "no expected-metadata.json", nil
	}
	var meta metadata
	if err := json.Unmarshal(metaJSON, &meta); err != nil {
		return nil, "", err
	}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return nil, "", err
	}
	title, byline := collapse(meta.Title), collapse(meta.Byline)
	if title == "" {
		return nil, "no title", nil
	}
	w := &walker{title: title}
	w.node(doc)
	w.flush()
	p := &page{name: name, lines: []string{title}, labels: map[int]string{}}
	if byline != "" {
		p.lines = append(p.lines, "", byline)
		p.labels[3] = kindFurn
	}
	head := len(p.lines)
	var text strings.Builder
	for _, l := range w.lines {
		if len(p.lines) == head && l.kind == kindHead && sameTitle(l.text, title) {
			continue // the title again at the top of the body: line 1 has it
		}
		if len(p.lines) == head || l.gap {
			p.lines = append(p.lines, "")
		}
		p.lines = append(p.lines, l.text)
		if l.kind == kindHead && (sameTitle(l.text, title) || !headingLike(l.text)) {
			l.kind = kindEither
		}
		if l.kind != "" {
			p.labels[len(p.lines)] = l.kind
		}
		text.WriteString(l.text)
		text.WriteByte('\n')
	}
	for len(p.lines) > 0 && p.lines[len(p.lines)-1] == "" {
		p.lines = p.lines[:len(p.lines)-1]
	}
	p.words = words(text.String())
	if strings.Contains(strings.ToLower(text.String()), "lorem ipsum") {
		return nil, "lorem ipsum fixture", nil
	}
	if p.words < minWords {
		return nil, fmt.Sprintf("%d words", p.words), nil
	}
	return p, "", nil
}

// headingLike reports whether an h1-h6 line reads as a heading: not a
// sentence ending in a period (a deck or a caption set in a heading
// element), not longer than maxHeading characters, and not empty but for
// a Wikipedia "[edit]" link.
func headingLike(s string) bool {
	if utf8.RuneCountInString(s) > maxHeading {
		return false
	}
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") {
		r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(s, "."))
		if unicode.IsLetter(r) || strings.ContainsRune(`"')”’»`, r) {
			return false
		}
	}
	return strings.ContainsFunc(strings.ReplaceAll(s, "[edit]", ""), func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	})
}

// sameTitle reports whether a heading repeats the title, which may carry
// a site or author suffix ("Headline | Site").
func sameTitle(h, title string) bool {
	if strings.EqualFold(h, title) {
		return true
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " : ", " · "} {
		if before, _, ok := strings.Cut(title, sep); ok && strings.EqualFold(h, before) {
			return true
		}
	}
	return false
}

// words counts the words of s; a CJK character counts half a word.
func words(s string) int {
	n := len(strings.Fields(s))
	cjk := 0
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			cjk++
		}
	}
	return n + cjk/2
}

func write(dir string, p *page) error {
	txt := strings.Join(p.lines, "\n") + "\n"
	if err := os.WriteFile(filepath.Join(dir, p.name+".txt"), []byte(txt), 0o644); err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Labels for %s.txt, made by realgen from mozilla/readability test/test-pages/%s/expected.html: line, kind (heading, either, furniture), text.\n", p.name, p.name)
	nums := make([]int, 0, len(p.labels))
	for n := range p.labels {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	for _, n := range nums {
		fmt.Fprintf(&b, "%d %s %s\n", n, p.labels[n], strings.TrimSpace(p.lines[n-1]))
	}
	return os.WriteFile(filepath.Join(dir, p.name+".labels"), []byte(b.String()), 0o644)
}

// line is one output line of the body: its text, its label kind, and
// whether a blank line comes before it.
type line struct {
	text string
	kind string
	gap  bool
}

// walker turns a parsed body into lines.
type walker struct {
	title   string
	lines   []line
	breaks  int // breaks the next line needs: 1 a newline, 2 a blank line
	buf     strings.Builder
	space   bool // a space is due before the next character
	allBold bool // every character in buf is bold so far
	bold    int  // depth of <b>/<strong>
	blocks  []atom.Atom
}

var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Img: true, atom.Svg: true, atom.Iframe: true, atom.Video: true, atom.Audio: true,
	atom.Object: true, atom.Embed: true, atom.Button: true, atom.Select: true, atom.Input: true,
	atom.Textarea: true, atom.Picture: true, atom.Source: true, atom.Canvas: true,
}

var blocks = map[atom.Atom]int{
	atom.Address: 2, atom.Article: 2, atom.Aside: 2, atom.Blockquote: 2, atom.Body: 2, atom.Center: 2,
	atom.Details: 2, atom.Dialog: 2, atom.Div: 2, atom.Dl: 2, atom.Fieldset: 2, atom.Figcaption: 2,
	atom.Figure: 2, atom.Footer: 2, atom.Form: 2, atom.H1: 2, atom.H2: 2, atom.H3: 2, atom.H4: 2,
	atom.H5: 2, atom.H6: 2, atom.Header: 2, atom.Hgroup: 2, atom.Hr: 2, atom.Main: 2, atom.Menu: 2,
	atom.Nav: 2, atom.Ol: 2, atom.Ul: 2, atom.P: 2, atom.Section: 2, atom.Summary: 2, atom.Legend: 2,
	atom.Caption: 2, atom.Table: 2, atom.Pre: 2,
	atom.Li: 1, atom.Dt: 1, atom.Dd: 1, atom.Tr: 1, atom.Td: 2, atom.Th: 2,
	atom.Tbody: 1, atom.Thead: 1, atom.Tfoot: 1,
}

var headings = map[atom.Atom]bool{atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}

func (w *walker) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	default:
		w.children(n)
		return
	}
	a := n.DataAtom
	switch {
	case skipped[a]:
	case a == atom.Br:
		if w.inHeading() {
			w.space = w.buf.Len() > 0
			return
		}
		w.flush()
		w.brk(1)
	case a == atom.Pre:
		w.block(n, func() { w.pre(n) })
	case a == atom.Table && !layoutTable(n):
		w.block(n, func() { w.table(n) })
	case blocks[a] > 0:
		w.block(n, func() { w.children(n) })
	case a == atom.B || a == atom.Strong:
		w.bold++
		w.children(n)
		w.bold--
	default:
		w.children(n)
	}
}

func (w *walker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

// block walks a block element: what came before it and its own text end
// in lines of their own.
func (w *walker) block(n *html.Node, inner func()) {
	breaks := blocks[n.DataAtom]
	if (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Dl) && w.inList() {
		breaks = 1 // a nested list goes on with its parent's lines
	}
	w.flush()
	w.brk(breaks)
	w.blocks = append(w.blocks, n.DataAtom)
	inner()
	w.flush()
	w.blocks = w.blocks[:len(w.blocks)-1]
	w.brk(breaks)
}

// inList reports whether the walk is inside a list item.
func (w *walker) inList() bool {
	for _, a := range w.blocks {
		if a == atom.Li || a == atom.Dd || a == atom.Dt {
			return true
		}
	}
	return false
}

func (w *walker) brk(n int) {
	if n > w.breaks {
		w.breaks = n
	}
}

func (w *walker) inHeading() bool {
	for _, a := range w.blocks {
		if headings[a] {
			return true
		}
	}
	return false
}

// text adds inline text, collapsing white space.
func (w *walker) text(s string) {
	for _, r := range s {
		if isSpace(r) {
			w.space = w.buf.Len() > 0
			continue
		}
		if w.buf.Len() == 0 {
			w.allBold = true
		}
		if w.space {
			w.buf.WriteByte(' ')
			w.space = false
		}
		w.buf.WriteRune(r)
		if w.bold == 0 {
			w.allBold = false
		}
	}
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\u00a0':
		return true
	}
	return false
}

// flush ends the current line, labelling it by the block it is in.
func (w *walker) flush() {
	s := w.buf.String()
	w.buf.Reset()
	w.space = false
	if s == "" {
		return
	}
	kind := ""
	switch {
	case w.inHeading():
		kind = kindHead
	case w.allBold && len(w.blocks) > 0 && w.paragraphLike() && utf8.RuneCountInString(s) <= maxEither && !strings.HasSuffix(s, "."):
		kind = kindEither
	}
	w.emit(s, kind)
}

// paragraphLike reports whether the innermost block is a paragraph or a
// bare container (text straight in a div), not a list item or a cell.
func (w *walker) paragraphLike() bool {
	switch w.blocks[len(w.blocks)-1] {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Blockquote, atom.Body, atom.Center, atom.Main, atom.Header:
		return true
	}
	return false
}

func (w *walker) emit(s, kind string) {
	w.lines = append(w.lines, line{text: s, kind: kind, gap: w.breaks >= 2})
	w.breaks = 0
}

// pre emits a pre block line by line, keeping its spacing.
func (w *walker) pre(n *html.Node) {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte('\n')
		case n.Type == html.ElementNode && skipped[n.DataAtom]:
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				rec(c)
			}
		}
	}
	rec(n)
	ls := strings.Split(strings.ReplaceAll(b.String(), "\u00a0", " "), "\n")
	for len(ls) > 0 && strings.TrimSpace(ls[0]) == "" {
		ls = ls[1:]
	}
	for len(ls) > 0 && strings.TrimSpace(ls[len(ls)-1]) == "" {
		ls = ls[:len(ls)-1]
	}
	for _, l := range ls {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if l == "" {
			w.brk(2)
			continue
		}
		w.emit(l, "")
		w.brk(1)
	}
}

// layoutTable reports whether a table lays out blocks rather than
// holding data: it has one row only, or headings, pre or blockquotes in
// it. Its cells are then walked as blocks.
func layoutTable(t *html.Node) bool {
	rows, blocky := 0, false
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				switch c.DataAtom {
				case atom.Tr:
					rows++
				case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre:
					blocky = true
				}
			}
			rec(c)
		}
	}
	rec(t)
	return rows <= 1 || blocky
}

// table emits a data table: its caption, then one line per row, the
// cells' texts joined by tabs.
func (w *walker) table(t *html.Node) {
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Caption:
				if s := cellText(c); s != "" {
					w.emit(s, "")
					w.brk(1)
				}
			case atom.Tr:
				var cells []string
				for d := c.FirstChild; d != nil; d = d.NextSibling {
					if d.Type == html.ElementNode && (d.DataAtom == atom.Td || d.DataAtom == atom.Th) {
						cells = append(cells, cellText(d))
					}
				}
				if row := strings.TrimRight(strings.Join(cells, "\t"), "\t"); strings.TrimSpace(row) != "" {
					w.emit(strings.TrimLeft(row, "\t"), "")
					w.brk(1)
				}
			default:
				rec(c)
			}
		}
	}
	rec(t)
}

// cellText is a cell's text on one line, white space collapsed.
func cellText(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && skipped[n.DataAtom]:
		case n.Type == html.ElementNode && (n.DataAtom == atom.Br || blocks[n.DataAtom] > 0):
			b.WriteByte(' ')
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				rec(c)
			}
			b.WriteByte(' ')
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				rec(c)
			}
		}
	}
	rec(n)
	return collapse(b.String())
}

// collapse collapses runs of white space to one space and trims the ends.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}
