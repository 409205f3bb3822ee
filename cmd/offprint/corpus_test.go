package main

import (
	"archive/zip"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/sources"
	"github.com/offprint/offprint/internal/testtool"

	"golang.org/x/text/unicode/norm"
)

// corpusDirs hold realistic article inputs of every kind offprint reads:
// scraped plain text in several house styles and languages, Markdown, saved
// web pages with their furniture, and edge cases. TestCorpus exports each one
// the way a user would and checks both outputs.
//
// corpus3 holds the inputs of a later QA round, in the same format.
var corpusDirs = []string{"../../testdata/corpus", "../../testdata/corpus3/text", "../../testdata/corpus3/html"}

// corpusCase is what a careful reader expects from one corpus input. It is
// read from the input's sidecar file NAME.want, one "key: value" a line:
//
//	title: …     meta.title, the PDF's Title and the EPUB's dc:title
//	author: …    meta.authors, exactly, one line each (none: not checked)
//	bio: …       prefix of the first author's bio
//	lang: …      meta.language          date: …  meta.date (YYYY-MM-DD)
//	source: …    substring of meta.source_url
//	heading: …   section headings in order, without the Sources section;
//	             "headings: none" when there are none (none: not checked)
//	images: N    figures with an image, in the EPUB and in the PDF
//	pdf-images: N  in the PDF, when it differs (an SVG prints its caption)
//	warn: …      a warning export must print (e.g. about a missing image)
//	want: …      distinctive body text: in the PDF and in the EPUB
//	epub: …      body text in scripts the PDF fonts lack: in the EPUB
//	absent: …    navigation, ads, comments: in neither output
//	bug: CHECK | WHY   a known bug: CHECK is skipped with WHY while the bug
//	             stands, and fails once it is fixed, so that the line goes
type corpusCase struct {
	dir      string // the corpus folder
	file     string
	title    string
	authors  []string
	bio      string
	lang     string
	date     string
	source   string
	headings []string
	images   int
	pdfImgs  int // -1: as images
	warns    []string
	want     []string
	epubOnly []string
	absent   []string
	bugs     map[string]string
}

// corpusInputs lists the inputs of a corpus folder with their expectations,
// and fails when an input has no .want file or a .want file no input.
func corpusInputs(t *testing.T, corpusDir string) []corpusCase {
	t.Helper()
	entries, err := os.ReadDir(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	inputs, wants := map[string]string{}, map[string]bool{}
	for _, e := range entries {
		name, ext := e.Name(), filepath.Ext(e.Name())
		switch {
		case e.IsDir():
		case ext == ".want":
			wants[strings.TrimSuffix(name, ext)] = true
		case ext == ".txt" || ext == ".md" || ext == ".html":
			inputs[strings.TrimSuffix(name, ext)] = name
		default:
			t.Errorf("%s: not an input (.txt, .md, .html) nor a .want file", name)
		}
	}
	var cases []corpusCase
	for _, stem := range slices.Sorted(maps.Keys(inputs)) {
		data, err := os.ReadFile(filepath.Join(corpusDir, stem+".want"))
		if err != nil {
			t.Errorf("%s has no expectations: %v", inputs[stem], err)
			continue
		}
		c, err := parseWant(inputs[stem], string(data))
		if err != nil {
			t.Errorf("%s.want: %v", stem, err)
			continue
		}
		c.dir = corpusDir
		cases = append(cases, c)
	}
	for stem := range wants {
		if inputs[stem] == "" {
			t.Errorf("%s.want has no input", stem)
		}
	}
	return cases
}

// parseWant reads the expectations of one input (see corpusCase).
func parseWant(file, data string) (corpusCase, error) {
	c := corpusCase{file: file, bugs: map[string]string{}, pdfImgs: -1}
	for i, line := range strings.Split(data, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, ": ")
		if !ok {
			return c, fmt.Errorf("line %d: want \"key: value\", got %q", i+1, line)
		}
		if err := c.set(key, strings.TrimSpace(val)); err != nil {
			return c, fmt.Errorf("line %d: %w", i+1, err)
		}
	}
	if c.title == "" {
		return c, errors.New("no title")
	}
	return c, nil
}

func (c *corpusCase) set(key, val string) error {
	strs := map[string]*string{"title": &c.title, "bio": &c.bio, "lang": &c.lang, "date": &c.date, "source": &c.source}
	lists := map[string]*[]string{"author": &c.authors, "heading": &c.headings, "want": &c.want, "epub": &c.epubOnly, "absent": &c.absent, "warn": &c.warns}
	switch {
	case strs[key] != nil:
		*strs[key] = val
	case lists[key] != nil:
		*lists[key] = append(*lists[key], val)
	case key == "headings" && val == "none":
		c.headings = []string{}
	case key == "images" || key == "pdf-images":
		n, err := strconv.Atoi(val)
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		if key == "images" {
			c.images = n
		} else {
			c.pdfImgs = n
		}
	case key == "bug":
		check, why, ok := strings.Cut(val, " | ")
		if !ok {
			return fmt.Errorf("bug: want \"CHECK | WHY\", got %q", val)
		}
		c.bugs[strings.TrimSpace(check)] = strings.TrimSpace(why)
	default:
		return fmt.Errorf("unknown key %q", key)
	}
	return nil
}

// TestCorpus exports every corpus input to EPUB and PDF through the CLI and
// checks what a reader would: valid files, embedded fonts, the right
// metadata, the article's text in both outputs, and none of the page's
// furniture. epubcheck runs once for all the EPUBs (one JVM start costs more
// than checking twenty books).
func TestCorpus(t *testing.T) {
	testtool.Integration(t) // the corpus runs epubcheck and poppler on every input
	root := t.TempDir()
	var mu sync.Mutex
	epubs := map[string]string{} // case name → EPUB written
	t.Run("export", func(t *testing.T) {
		var cases []corpusCase
		for _, dir := range corpusDirs {
			cases = append(cases, corpusInputs(t, dir)...)
		}
		for _, c := range cases {
			name := strings.TrimSuffix(c.file, filepath.Ext(c.file))
			if c.dir != corpusDirs[0] {
				name = filepath.Base(filepath.Dir(c.dir)) + "-" + filepath.Base(c.dir) + "-" + name
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel() // go test runs GOMAXPROCS of them at once
				dir := filepath.Join(root, name)
				if err := os.Mkdir(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				path := runCorpusCase(t, c, dir)
				mu.Lock()
				epubs[name] = path
				mu.Unlock()
			})
		}
	})
	t.Run("epubcheck", func(t *testing.T) {
		reports := testtool.EPUBCheckAll(t, slices.Sorted(maps.Values(epubs)))
		for _, name := range slices.Sorted(maps.Keys(epubs)) {
			if r := reports[epubs[name]]; r != "" {
				t.Errorf("%s: epubcheck:\n%s", name, r)
			}
		}
	})
}

// cliMu serialises the in-process runs of the CLI: urfave/cli's setup
// writes to its package-level HelpFlag, so two concurrent runs race (go test
// -race). The validators, the slow part, still run in parallel.
var cliMu sync.Mutex

func offprintSerial(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cliMu.Lock()
	defer cliMu.Unlock()
	return offprint(t, "", args...)
}

// runCorpusCase exports one input into dir, checks the outputs and returns
// the EPUB's path for epubcheck.
func runCorpusCase(t *testing.T, c corpusCase, dir string) string {
	in := filepath.Join(c.dir, c.file)
	code, _, stderr := offprintSerial(t, "export", "--check", "--stats", "-o", dir, in)
	if code != 0 {
		t.Fatalf("offprint export %s: exit %d\n%s", in, code, stderr)
	}
	stem := strings.TrimSuffix(c.file, filepath.Ext(c.file))
	epubPath, pdfPath := filepath.Join(dir, stem+".epub"), filepath.Join(dir, stem+".pdf")
	testtool.QPDFCheck(t, pdfPath)
	testtool.FontsEmbedded(t, pdfPath)
	out := outputs{
		doc:       inspectDoc(t, in),
		book:      readEPUB(t, epubPath),
		pdfText:   testtool.PDFText(t, pdfPath),
		pdfTitle:  pdfInfoTitle(testtool.Run(t, "pdfinfo", pdfPath)),
		pdfImages: countPDFImages(testtool.Run(t, "pdfimages", "-list", pdfPath)),
		stderr:    stderr,
		links:     markdownURLs(t, in),
	}
	ck := newChecker(t, c.bugs)
	checkMeta(ck, c, out)
	checkText(ck, c, out)
	ck.done()
	return epubPath
}

// outputs is what one export produced, as the checks read it.
type outputs struct {
	doc       corpusDoc   // offprint inspect --json
	book      epubContent // the EPUB
	pdfText   string      // pdftotext
	pdfTitle  string      // pdfinfo's Title
	pdfImages int         // pdfimages -list
	stderr    string      // export's warnings and --stats line
	links     []string    // the input's link targets (Markdown)
}

// checkMeta checks the metadata, the structure and the images.
func checkMeta(ck *checker, c corpusCase, out outputs) {
	meta := out.doc.Meta
	ck.check("title", equal(meta.Title, c.title))
	ck.check("pdf title", equal(out.pdfTitle, c.title))
	ck.check("epub title", equal(out.book.title, c.title))
	if c.authors != nil {
		ck.check("authors", equal(fmt.Sprintf("%q", meta.Authors), fmt.Sprintf("%q", c.authors)))
	}
	if c.bio != "" {
		ck.check("bio", hasPrefix(firstOr(meta.AuthorBios, ""), c.bio))
	}
	optional(ck, "lang", meta.Language, c.lang)
	optional(ck, "date", meta.Date, c.date)
	if c.source != "" {
		ck.check("source", contains(meta.SourceURL, c.source))
	}
	if c.headings != nil {
		ck.check("headings", equal(fmt.Sprintf("%q", out.doc.bodyHeadings()), fmt.Sprintf("%q", c.headings)))
	}
	ck.check("attributions named in the text", inventedNames(out.doc))
	ck.check("sources list", titleOnlySources(out.doc))
	ck.check("epub images", equal(fmt.Sprint(out.book.images), fmt.Sprint(c.images)))
	pdfImgs := c.pdfImgs
	if pdfImgs < 0 {
		pdfImgs = c.images
	}
	ck.check("pdf images", equal(fmt.Sprint(out.pdfImages), fmt.Sprint(pdfImgs)))
	for _, w := range c.warns {
		ck.check("warns "+short(w), contains(out.stderr, w))
	}
	ck.check("pdf stats", cleanStats(out.stderr))
}

// checkText checks that the article's text is in both outputs, the page's
// furniture in neither, and every link printed in full.
func checkText(ck *checker, c corpusCase, out outputs) {
	ck.check("pdf line breaks", badBreaks(out.pdfText))
	pdfFlat, epubFlat := flatten(out.pdfText, true), flatten(out.book.text, false)
	for _, w := range c.want {
		ck.check("pdf has "+short(w), contains(pdfFlat, flatten(w, false)))
		ck.check("epub has "+short(w), contains(epubFlat, flatten(w, false)))
	}
	for _, w := range c.epubOnly {
		ck.check("epub has "+short(w), contains(epubFlat, flatten(w, false)))
	}
	for _, a := range c.absent {
		ck.check("absent "+short(a), absent(pdfFlat, epubFlat, flatten(a, false)))
	}
	for i, u := range out.links {
		u = content.DisplayURL(u) // as notes print it: escaped letters decoded
		ck.check(fmt.Sprintf("pdf prints link %d", i+1), contains(squeeze(out.pdfText), u))
		ck.check(fmt.Sprintf("epub cites link %d", i+1), contains(squeeze(out.book.text), u))
	}
}

// checker runs named checks and knows which ones fail because of a known bug.
type checker struct {
	t    *testing.T
	bugs map[string]string
	seen map[string]bool
}

func newChecker(t *testing.T, bugs map[string]string) *checker {
	return &checker{t: t, bugs: bugs, seen: map[string]bool{}}
}

// check reports problem ("" when the check passed) under name: a failure,
// a skipped subtest for a known bug, or a failure when a known bug is gone.
func (c *checker) check(name, problem string) {
	c.t.Helper()
	c.seen[name] = true
	bug, known := c.bugs[name]
	switch {
	case problem != "" && known:
		c.t.Run(name, func(t *testing.T) { t.Skipf("BUG: %s (see the corpus QA report): %s", bug, problem) })
	case problem != "":
		c.t.Errorf("%s: %s", name, problem)
	case known:
		c.t.Errorf("%s: passes now, remove the known bug %q from the case", name, bug)
	}
}

// done fails on known bugs that name no check (a typo would hide nothing).
func (c *checker) done() {
	c.t.Helper()
	for name := range c.bugs {
		if !c.seen[name] {
			c.t.Errorf("known bug names no check: %q", name)
		}
	}
}

func equal(got, want string) string {
	if got != want {
		return fmt.Sprintf("got %s, want %s", got, want)
	}
	return ""
}

func hasPrefix(got, prefix string) string {
	if !strings.HasPrefix(got, prefix) {
		return fmt.Sprintf("got %q, want it to start with %q", got, prefix)
	}
	return ""
}

func contains(text, want string) string {
	if !strings.Contains(text, want) {
		return fmt.Sprintf("lacks %q", want)
	}
	return ""
}

func absent(pdf, epub, text string) string {
	var in []string
	if strings.Contains(pdf, text) {
		in = append(in, "PDF")
	}
	if strings.Contains(epub, text) {
		in = append(in, "EPUB")
	}
	if in != nil {
		return fmt.Sprintf("%q is in the %s", text, strings.Join(in, " and the "))
	}
	return ""
}

func optional(ck *checker, name, got, want string) {
	if want != "" {
		ck.check(name, equal(got, want))
	}
}

func firstOr(s []string, def string) string {
	if len(s) == 0 {
		return def
	}
	return s[0]
}

// short names a text check by its first four words.
func short(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(len(f), 4)], " ")
}

// cleanStats checks the --stats line of the PDF: no overfull line and every
// note on the page of its call.
func cleanStats(stdout string) string {
	var bad []string
	for _, key := range []string{"overfull", "notes-off-page", "notes-lost", "notes-split"} {
		m := regexp.MustCompile(`\b` + key + `=(\d+)`).FindStringSubmatch(stdout)
		if m == nil || m[1] != "0" {
			bad = append(bad, fmt.Sprintf("%s=%v", key, m))
		}
	}
	if bad != nil {
		return fmt.Sprintf("%s in %q", strings.Join(bad, " "), stdout)
	}
	return ""
}

var (
	orphanStart = regexp.MustCompile(`^[»”:;!?]([\s,.;:]|$)`)
	orphanEnd   = regexp.MustCompile(`\s«$`)
)

// badBreaks finds PDF lines that start with punctuation which closes or
// follows the previous word ("» raconte", " : ") or end with an opening
// guillemet: a line break there needs a non-breaking space (French sets one
// before » : ; ! ? and after «).
func badBreaks(pdfText string) string {
	var bad []string
	for _, l := range strings.Split(pdfText, "\n") {
		l = strings.TrimSpace(l)
		if orphanStart.MatchString(l) || orphanEnd.MatchString(l) {
			bad = append(bad, fmt.Sprintf("%q", l))
		}
	}
	if bad != nil {
		return "lines broken at punctuation: " + strings.Join(bad, ", ")
	}
	return ""
}

var (
	quotes     = strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`)
	lineHyphen = regexp.MustCompile(`[-‐\x{00AD}]\s*\n\s*`)
	hyphens    = strings.NewReplacer("-", "", "‐", "", "\u00ad", "")
)

// flatten makes text comparable across outputs: straight quotes, no
// hyphens (the PDF hyphenates, and its line-end hyphens join the halves),
// single spaces.
// bidiControls removes the directional embedding and isolate controls.
var bidiControls = strings.NewReplacer("\u202a", "", "\u202b", "", "\u202c", "", "\u202d", "", "\u202e", "",
	"\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "")

// scriptTags are the tags of raised and lowered text, which join the word
// they belong to.
var scriptTags = strings.NewReplacer("<sup>", "", "</sup>", "", "<sub>", "", "</sub>", "")

func flatten(s string, pdf bool) string {
	if pdf {
		s = lineHyphen.ReplaceAllString(s, "")
		s = bidiControls.Replace(s) // pdftotext wraps right-to-left lines in them
	}
	s = hyphens.Replace(quotes.Replace(s))
	s = norm.NFKC.String(s) // km² (PDF) and km<sup>2</sup> (EPUB) read as km2
	return strings.Join(strings.Fields(s), " ")
}

// squeeze removes all white space: a URL broken across lines reads whole.
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// corpusDoc is the part of `offprint inspect --json` the corpus checks.
type corpusDoc struct {
	Meta struct {
		Title      string   `json:"title"`
		Authors    []string `json:"authors"`
		AuthorBios []string `json:"author_bios"`
		Language   string   `json:"language"`
		Date       string   `json:"date"`
		SourceURL  string   `json:"source_url"`
	} `json:"meta"`
	Blocks []corpusBlock `json:"blocks"`
	Notes  []struct {
		Kind, Text string
	} `json:"notes"`
}

// corpusBlock is a block of the JSON model, with its children.
type corpusBlock struct {
	Type, ID, Text, Caption, Credit string
	Items                           [][]corpusBlock
	Blocks                          []corpusBlock
}

func inspectDoc(t *testing.T, in string) corpusDoc {
	t.Helper()
	code, stdout, stderr := offprintSerial(t, "inspect", "--json", in)
	if code != 0 {
		t.Fatalf("offprint inspect --json %s: exit %d\n%s", in, code, stderr)
	}
	var doc corpusDoc
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("inspect --json: %v", err)
	}
	return doc
}

// body returns the blocks of the article, without the Sources section that
// the sources pass appends.
func (d corpusDoc) body() []corpusBlock {
	b := d.Blocks
	for i := len(b) - 1; i >= 0; i-- {
		if b[i].Type == "heading" && b[i].ID == sources.SectionID {
			return b[:i]
		}
	}
	return b
}

// bodyHeadings lists the section headings of the article.
func (d corpusDoc) bodyHeadings() []string {
	out := []string{}
	for _, b := range d.body() {
		if b.Type == "heading" {
			out = append(out, b.Text)
		}
	}
	return out
}

// bodyText is all the text of the article's blocks.
func bodyText(blocks []corpusBlock) string {
	var sb strings.Builder
	for _, b := range blocks {
		if b.Items == nil && b.Blocks == nil { // a list's or quote's Text repeats its children
			sb.WriteString(b.Text + "\n")
		}
		sb.WriteString(b.Caption + "\n" + b.Credit + "\n")
		for _, item := range b.Items {
			sb.WriteString(bodyText(item))
		}
		sb.WriteString(bodyText(b.Blocks))
	}
	return sb.String()
}

// titleOnlySources finds a Sources section that cites nothing but the
// article's own title: a list a reader gains nothing from.
func titleOnlySources(d corpusDoc) string {
	rest := d.Blocks[len(d.body()):]
	if len(rest) == 0 {
		return ""
	}
	text := strings.Join(strings.Fields(bodyText(rest[1:])), " ")
	if strings.Trim(text, "“”\". ") == d.Meta.Title {
		return fmt.Sprintf("the Sources section only repeats the title: %q", text)
	}
	return ""
}

// inventedNames checks that every person an attribution note names appears
// in the article's text: the sources pass must never invent a name.
func inventedNames(d corpusDoc) string {
	text := bodyText(d.body())
	var bad []string
	for _, n := range d.Notes {
		name, _, _ := strings.Cut(strings.TrimSuffix(n.Text, "."), ";")
		name, _, _ = strings.Cut(name, ", ")
		if n.Kind == "attribution" && !strings.Contains(text, name) {
			bad = append(bad, fmt.Sprintf("%q (note %q)", name, n.Text))
		}
	}
	if bad != nil {
		return "attribution notes name people the article does not: " + strings.Join(bad, ", ")
	}
	return ""
}

// epubContent is what a reader sees in an EPUB: the text of its XHTML
// documents, its title and how many body images it has.
type epubContent struct {
	text, title string
	images      int
}

var (
	tags    = regexp.MustCompile(`(?s)<[^>]*>`)
	dcTitle = regexp.MustCompile(`<dc:title[^>]*>([^<]*)</dc:title>`)
)

func readEPUB(t *testing.T, path string) epubContent {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("open EPUB: %v", err)
	}
	defer zr.Close()
	var out epubContent
	var text strings.Builder
	for _, f := range zr.File {
		name := f.Name
		switch {
		case strings.HasSuffix(name, ".xhtml"):
			data := strings.ReplaceAll(readZipFile(t, f), "<wbr/>", "") // a break opportunity, not a space
			data = scriptTags.Replace(data)                             // km<sup>2</sup> is one word
			text.WriteString(html.UnescapeString(tags.ReplaceAllString(data, " ")))
			text.WriteString("\n")
		case strings.HasSuffix(name, ".opf"):
			if m := dcTitle.FindStringSubmatch(readZipFile(t, f)); m != nil {
				out.title = html.UnescapeString(m[1])
			}
		case strings.Contains(name, "/images/") && !strings.Contains(name, "cover"):
			out.images++
		}
	}
	out.text = text.String()
	return out
}

func readZipFile(t *testing.T, f *zip.File) string {
	t.Helper()
	rc, err := f.Open()
	if err != nil {
		t.Fatalf("%s: %v", f.Name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		t.Fatalf("%s: %v", f.Name, err)
	}
	return string(data)
}

func pdfInfoTitle(info string) string {
	for _, l := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(l, "Title:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// countPDFImages counts the image rows of `pdfimages -list` (soft masks
// excluded).
func countPDFImages(list string) int {
	n := 0
	for _, l := range strings.Split(list, "\n")[min(2, len(strings.Split(list, "\n"))):] {
		if f := strings.Fields(l); len(f) > 2 && f[2] == "image" {
			n++
		}
	}
	return n
}

// mdURL matches inline links, autolinks and reference definitions.
var mdURL = regexp.MustCompile(`\]\((https?://[^)\s]+)\)|<(https?://[^>\s]+)>|(?m)^ {0,3}\[[^\]]+\]:\s*<?(https?://[^>\s]+)`)

// markdownURLs lists the link targets of a Markdown input: each must be
// printed in full as a footnote of the PDF and cited in the EPUB.
func markdownURLs(t *testing.T, path string) []string {
	t.Helper()
	if filepath.Ext(path) != ".md" {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, m := range mdURL.FindAllStringSubmatch(string(data), -1) {
		u := m[1] + m[2] + m[3]
		if !slices.Contains(urls, u) {
			urls = append(urls, u)
		}
	}
	return urls
}
