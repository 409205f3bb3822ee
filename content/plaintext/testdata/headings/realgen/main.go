//go:build ignore

// Command realgen makes the real heading sets from pages of real sites:
// each page's article becomes the text a reader gets by copying the
// article from a browser into a text file, and its headings are
// labelled from the markup. Four sources:
//
//   - -from readability (the default) makes real-dev and real-blind from
//     the test pages of mozilla/readability: each page's expected.html
//     (the article body readability extracted from a real web page) and
//     its expected-metadata.json (title, byline);
//
//   - -from postlight makes real-dev2 and real-blind2 from the raw pages
//     of postlight/parser's fixtures (fixtures/*.html, whole pages of
//     real sites): offprint's copy of go-readability
//     (internal/readability, go-readability v2.1.3, the extractor
//     offprint's HTML reader uses) extracts each article, its title and
//     byline first;
//
//   - -from aeb makes real-dev3 and real-blind3 from the raw pages of
//     scrapinghub/article-extraction-benchmark (MIT licence; html/*.html.gz,
//     181 whole pages of real news sites and blogs, most of them English,
//     and ground-truth.json, which gives each page's URL): each article is
//     extracted as postlight's are, against the page's URL, and each page
//     is named after the URL's host (HOST, then HOST--2, HOST--3… for
//     further pages of one host, in the order of their URLs).
//
//   - -from trafilatura makes real-dev4 and real-blind4 from the raw pages
//     of adbar/trafilatura's tests/cache (Apache 2.0; 110 whole pages of
//     real sites, most of them German), extracted as postlight's are,
//     each against the URL tests/evaldata.json gives it.
//
//   - -from trafilatura-eval makes real-dev5 and real-blind5 the same way
//     from the 883 raw pages of the same repository's tests/eval (its
//     evaluation corpus, most of them German; made on 2026-12-07, after
//     that day's rules, and measured unseen first).
//
//     go run ./content/plaintext/testdata/headings/realgen/main.go -src /path/to/readability.git
//     go run ./content/plaintext/testdata/headings/realgen/main.go -from postlight -src /path/to/parser.git
//     go run ./content/plaintext/testdata/headings/realgen/main.go -from aeb -src /path/to/article-extraction-benchmark.git
//     go run ./content/plaintext/testdata/headings/realgen/main.go -from trafilatura -src /path/to/trafilatura.git
//     go run ./content/plaintext/testdata/headings/realgen/main.go -from trafilatura-eval -src /path/to/trafilatura.git
//
// (run from the module root; -src is a clone, bare or not, of
// https://github.com/mozilla/readability,
// https://github.com/postlight/parser or
// https://github.com/scrapinghub/article-extraction-benchmark; -rev pins
// the commit, by default the one each set was made from.)
//
// The text: line 1 the title, then the byline if there is one, then each
// block's text on its own line: paragraphs, headings, list items,
// blockquote paragraphs, captions, pre lines, dt/dd, table rows (cell
// texts joined by tabs). Blocks are separated by a blank line; the items
// of one list, the rows of one table and the lines of one pre by a
// newline only; a <br> breaks the line. Inline whitespace is collapsed
// and entities are decoded.
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
// when their text repeats an earlier page's. From raw pages (postlight's
// and aeb's), also when the extraction plainly failed (see
// extractionFailed) and when the text is a near copy of an earlier
// page's (see nearCopy: postlight's fixtures hold several captures of
// some pages). The rest go to the dev half when the FNV-1a hash of the
// page name is even and to the blind half when odd.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"log"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/internal/readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/unicode/norm"
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

// source is a repository the pages come from and how to read them.
type source struct {
	rev        string // the commit the committed sets were made from
	dev, blind string // the folders of the two halves
	raw        bool   // whole pages: check the extraction (extractionFailed, nearCopy)
	names      func(src, rev string) ([]string, error)
	article    func(src, rev, name string) (article, string, error) // or why the page is skipped
	origin     func(name string) string                             // where a page comes from, for its labels
}

// article is a page's extracted article: title, byline and body.
type article struct {
	title, byline string
	body          *html.Node
}

var sources = map[string]source{
	"readability": {
		rev: "ab4027a8b37669745016869a37a504727992b2ba",
		dev: "real-dev", blind: "real-blind",
		names:   readabilityNames,
		article: readabilityArticle,
		origin: func(name string) string {
			return "mozilla/readability test/test-pages/" + name + "/expected.html"
		},
	},
	"postlight": {
		rev: "e8ba7ece291efa4d915d50dd4deeec17d54359f2",
		dev: "real-dev2", blind: "real-blind2",
		raw:     true,
		names:   postlightNames,
		article: postlightArticle,
		origin: func(name string) string {
			return "postlight/parser fixtures/" + name + ".html (article extracted by go-readability)"
		},
	},
	"trafilatura":      trafilaturaSource("tests/cache/", "real-dev4", "real-blind4"),
	"trafilatura-eval": trafilaturaSource("tests/eval/", "real-dev5", "real-blind5"),
	"aeb": {
		rev: "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010",
		dev: "real-dev3", blind: "real-blind3",
		raw:     true,
		names:   aebNames,
		article: aebArticle,
		origin: func(name string) string {
			p := aebPages[name]
			return "scrapinghub/article-extraction-benchmark html/" + p.hash + ".html.gz, " + p.url + " (article extracted by go-readability)"
		},
	},
}

func main() {
	from := flag.String("from", "readability", "source of the pages: readability, postlight, aeb, trafilatura or trafilatura-eval")
	src := flag.String("src", "", "git repository of the source (bare or not)")
	rev := flag.String("rev", "", "commit of the repository to read (default: the one the sets were made from)")
	out := flag.String("out", "content/plaintext/testdata/headings", "folder that holds the sets")
	flag.Parse()
	s, ok := sources[*from]
	if !ok {
		log.Fatalf("realgen: unknown -from %q (readability, postlight, aeb, trafilatura or trafilatura-eval)", *from)
	}
	if *src == "" {
		log.Fatal("realgen: -src is required")
	}
	if *rev != "" {
		s.rev = *rev
	}
	if err := run(s, *src, *out); err != nil {
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
	origin string
	lines  []string
	labels map[int]string // 1-based line number to kind
	words  int
	runs   map[string]bool // its word runs (see nearCopy)
}

func run(s source, src, out string) error {
	names, err := s.names(src, s.rev)
	if err != nil {
		return err
	}
	sort.Strings(names)
	dirs := map[string]string{"dev": filepath.Join(out, s.dev), "blind": filepath.Join(out, s.blind)}
	for _, d := range dirs {
		if err := clean(d); err != nil {
			return err
		}
	}
	seen := map[string]string{}
	var kept []*page
	for _, name := range names {
		p, why, err := build(s, src, name)
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
		if why == "" && s.raw {
			for _, q := range kept {
				if share := nearCopy(p, q); share >= nearShare {
					why = fmt.Sprintf("near copy of %s (%.0f%% of its word runs)", q.name, 100*share)
					break
				}
			}
		}
		if why != "" {
			fmt.Printf("skip %-40s %s\n", name, why)
			continue
		}
		kept = append(kept, p)
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
	return strings.FieldsFunc(string(b), func(r rune) bool { return r == '\n' }), nil
}

func git(src string, args ...string) ([]byte, error) {
	// core.quotepath=off: a path outside ASCII ("mandelplätzchen.html") is
	// listed as it is, not quoted with octal escapes.
	cmd := exec.Command("git", append([]string{"-C", src, "-c", "core.quotepath=off"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return b, nil
}

// readabilityNames lists the test pages of mozilla/readability.
func readabilityNames(src, rev string) ([]string, error) {
	paths, err := gitLines(src, "ls-tree", "--name-only", rev, pagesDir+"/")
	if err != nil {
		return nil, err
	}
	for i, p := range paths {
		paths[i] = filepath.Base(p)
	}
	return paths, nil
}

// readabilityArticle reads a test page's expected.html and metadata.
func readabilityArticle(src, rev, name string) (article, string, error) {
	body, err := git(src, "show", rev+":"+pagesDir+"/"+name+"/expected.html")
	if err != nil {
		return article{}, "no expected.html", nil
	}
	metaJSON, err := git(src, "show", rev+":"+pagesDir+"/"+name+"/expected-metadata.json")
	if err != nil {
		return article{}, "no expected-metadata.json", nil
	}
	var meta metadata
	if err := json.Unmarshal(metaJSON, &meta); err != nil {
		return article{}, "", err
	}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return article{}, "", err
	}
	return article{title: meta.Title, byline: meta.Byline, body: doc}, "", nil
}

// postlightNames lists the raw pages of postlight/parser's fixtures
// (fixtures/NAME.html; NAME is the site, with "--variant" for a second
// page of one site).
func postlightNames(src, rev string) ([]string, error) {
	return htmlNames(src, rev, "fixtures/")
}

// htmlNames lists the pages in folder dir of the repository at rev: the
// names of its .html files without the extension.
func htmlNames(src, rev, dir string) ([]string, error) {
	paths, err := gitLines(src, "ls-tree", "--name-only", rev, dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, p := range paths {
		if name, ok := strings.CutSuffix(filepath.Base(p), ".html"); ok {
			names = append(names, name)
		}
	}
	return names, nil
}

// gitJSON decodes the JSON file path of the repository at rev into v.
func gitJSON(src, rev, path string, v any) error {
	b, err := git(src, "show", rev+":"+path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// postlightArticle extracts the article of a raw fixture page.
func postlightArticle(src, rev, name string) (article, string, error) {
	raw, err := git(src, "show", rev+":fixtures/"+name+".html")
	if err != nil {
		return article{}, "", err
	}
	site, _, _ := strings.Cut(name, "--")
	return rawArticle(raw, &url.URL{Scheme: "https", Host: site, Path: "/"})
}

// rawArticle extracts the article of a raw page (a whole page of a
// site) with readability, as offprint's HTML reader does, or says why
// the page is skipped.
func rawArticle(raw []byte, base *url.URL) (article, string, error) {
	doc, err := parsePage(raw)
	if err != nil {
		return article{}, "", err
	}
	a, err := readability.FromDocument(doc, base)
	if err != nil || a.Node == nil {
		return article{}, fmt.Sprintf("no article extracted (%v)", err), nil
	}
	if why := extractionFailed(a.Node); why != "" {
		return article{}, why, nil
	}
	return article{title: a.Title(), byline: a.Byline(), body: a.Node}, "", nil
}

// parsePage decodes a raw page to UTF-8 as offprint's HTML reader does
// (its charset from a byte order mark or a <meta>, else UTF-8 when the
// bytes are UTF-8) and parses it as go-readability's own reader did
// when real-dev2 was made: text in Unicode NFC, soft hyphens dropped.
func parsePage(raw []byte) (*html.Node, error) {
	enc, name, certain := charset.DetermineEncoding(raw, "")
	if name == "utf-8" || enc == nil || !certain && utf8.Valid(raw) {
		raw = bytes.ToValidUTF8(bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")), []byte("\uFFFD"))
	} else {
		var err error
		if raw, err = enc.NewDecoder().Bytes(raw); err != nil {
			return nil, fmt.Errorf("decode %s: %w", name, err)
		}
	}
	text := norm.NFC.String(strings.ReplaceAll(string(raw), "\u00ad", ""))
	return html.Parse(strings.NewReader(text))
}

// aebPage is a page of scrapinghub/article-extraction-benchmark: the
// name of its file (html/HASH.html.gz) and the URL it was saved from.
type aebPage struct{ hash, url string }

// aebPages maps the names aebNames gives to their pages.
var aebPages = map[string]aebPage{}

// aebNames names the pages of scrapinghub/article-extraction-benchmark
// after their host (ground-truth.json has each page's URL): the pages of
// one host, in the order of their URLs, are HOST, HOST--2, HOST--3…
// trafilaturaURLs maps each page of trafilatura's tests/cache (its name:
// the file's name without .html) to its URL, from tests/evaldata.json.
var trafilaturaURLs = map[string]string{}

// trafilaturaSource reads the raw pages of dir (tests/cache/ or
// tests/eval/) in adbar/trafilatura into the sets dev and blind.
func trafilaturaSource(dir, dev, blind string) source {
	return source{
		rev: "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5",
		dev: dev, blind: blind,
		raw:     true,
		names:   trafilaturaPages(dir),
		article: trafilaturaPage(dir),
		origin: func(name string) string {
			return "adbar/trafilatura " + dir + name + ".html, " + trafilaturaURLs[name] + " (article extracted by go-readability)"
		},
	}
}

// trafilaturaPages lists the raw pages of dir (tests/cache/ or
// tests/eval/) in adbar/trafilatura and reads their URLs from
// tests/evaldata.json; a page it gives no URL is read against
// https://NAME/.
func trafilaturaPages(dir string) func(src, rev string) ([]string, error) {
	return func(src, rev string) ([]string, error) {
		var eval map[string]struct {
			File string `json:"file"`
		}
		if err := gitJSON(src, rev, "tests/evaldata.json", &eval); err != nil {
			return nil, err
		}
		for u, e := range eval {
			name := strings.TrimSuffix(e.File, ".html")
			if old, ok := trafilaturaURLs[name]; !ok || u < old {
				trafilaturaURLs[name] = u
			}
		}
		names, err := htmlNames(src, rev, dir)
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			if trafilaturaURLs[name] == "" {
				trafilaturaURLs[name] = "https://" + name + "/"
			}
		}
		return names, nil
	}
}

// trafilaturaPage extracts the article of a raw page of dir in
// adbar/trafilatura, against its URL.
func trafilaturaPage(dir string) func(src, rev, name string) (article, string, error) {
	return func(src, rev, name string) (article, string, error) {
		raw, err := git(src, "show", rev+":"+dir+name+".html")
		if err != nil {
			return article{}, "", err
		}
		base, err := url.Parse(trafilaturaURLs[name])
		if err != nil {
			return article{}, "", fmt.Errorf("URL %q: %w", trafilaturaURLs[name], err)
		}
		return rawArticle(raw, base)
	}
}

func aebNames(src, rev string) ([]string, error) {
	var truth map[string]struct {
		URL string `json:"url"`
	}
	if err := gitJSON(src, rev, "ground-truth.json", &truth); err != nil {
		return nil, err
	}
	var pages []aebPage
	for hash, t := range truth {
		pages = append(pages, aebPage{hash: hash, url: t.URL})
	}
	host := func(p aebPage) string {
		u, err := url.Parse(p.url)
		if err != nil || u.Hostname() == "" {
			return ""
		}
		return strings.ToLower(u.Hostname())
	}
	sort.Slice(pages, func(i, j int) bool {
		if hi, hj := host(pages[i]), host(pages[j]); hi != hj {
			return hi < hj
		}
		if pages[i].url != pages[j].url {
			return pages[i].url < pages[j].url
		}
		return pages[i].hash < pages[j].hash
	})
	n := map[string]int{}
	var names []string
	for _, p := range pages {
		h := host(p)
		if h == "" {
			return nil, fmt.Errorf("ground-truth.json: %s: no host in the URL %q", p.hash, p.url)
		}
		n[h]++
		name := h
		if n[h] > 1 {
			name = fmt.Sprintf("%s--%d", h, n[h])
		}
		aebPages[name] = p
		names = append(names, name)
	}
	return names, nil
}

// aebArticle extracts the article of a benchmark page, read against the
// URL it was saved from.
func aebArticle(src, rev, name string) (article, string, error) {
	p := aebPages[name]
	gz, err := git(src, "show", rev+":html/"+p.hash+".html.gz")
	if err != nil {
		return article{}, "", err
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return article{}, "", fmt.Errorf("html/%s.html.gz: %w", p.hash, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return article{}, "", fmt.Errorf("html/%s.html.gz: %w", p.hash, err)
	}
	base, err := url.Parse(p.url)
	if err != nil {
		return article{}, "", err
	}
	return rawArticle(raw, base)
}

// build makes the page called name, or says why it is skipped.
func build(s source, src, name string) (*page, string, error) {
	a, why, err := s.article(src, s.rev, name)
	if err != nil || why != "" {
		return nil, why, err
	}
	title, byline := collapse(a.title), collapse(a.byline)
	if title == "" {
		return nil, "no title", nil
	}
	w := &walker{title: title}
	w.node(a.body)
	w.flush()
	p := &page{name: name, origin: s.origin(name), lines: []string{title}, labels: map[int]string{}}
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
// element), not longer than maxHeading characters, not a bare date (a
// card's date in a list of articles: "Mar 28, 2022"), and not empty but
// for a Wikipedia "[edit]" link.
func headingLike(s string) bool {
	if utf8.RuneCountInString(s) > maxHeading || bareDate(s) {
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

// bareDate reports whether s is a date and nothing else: numbers and
// English month names ("Mar 28, 2022", "2019/03/26", "June 2020").
func bareDate(s string) bool {
	digits := false
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",./-", r) }) {
		switch {
		case strings.IndexFunc(f, func(r rune) bool { return r < '0' || r > '9' }) < 0:
			digits = true
		case !isMonth(f):
			return false
		}
	}
	return digits
}

// isMonth reports whether w is an English month name or its abbreviation.
func isMonth(w string) bool {
	w = strings.ToLower(w)
	for _, m := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if len(w) >= 3 && strings.HasPrefix(m, w) || w == "sept" {
			return true
		}
	}
	return false
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
	file := fileName(p.name)
	if err := os.WriteFile(filepath.Join(dir, file+".txt"), []byte(txt), 0o644); err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Labels for %s.txt, made by realgen from %s: line, kind (heading, either, furniture), text.\n", file, p.origin)
	nums := make([]int, 0, len(p.labels))
	for n := range p.labels {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	for _, n := range nums {
		fmt.Fprintf(&b, "%d %s %s\n", n, p.labels[n], strings.TrimSpace(p.lines[n-1]))
	}
	return os.WriteFile(filepath.Join(dir, file+".labels"), []byte(b.String()), 0o644)
}

// fileName is the name of a page's files: its name with every rune but
// letters, digits, '-', '.' and '_' made an underscore (some of
// trafilatura's pages are named after their titles, quotes and all, and a
// module's files may hold no such runes).
func fileName(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.' || r == '_' {
			return r
		}
		return '_'
	}, name)
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
// it, or a cell that holds two paragraphs, lists or tables or more and
// layoutWords words or more (an old site's page laid out in a table).
// Its cells are then walked as blocks.
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
				case atom.Td, atom.Th:
					blocky = blocky || cellBlocks(c) >= 2 && words(cellText(c)) >= layoutWords
				}
			}
			rec(c)
		}
	}
	rec(t)
	return rows <= 1 || blocky
}

// layoutWords is the size of a cell that holds the article's text.
const layoutWords = 100

// cellBlocks counts the paragraphs, lists and tables in a cell.
func cellBlocks(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.P, atom.Ul, atom.Ol, atom.Dl, atom.Table:
			k++
		default:
			k += cellBlocks(c)
		}
	}
	return k
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

// maxLinkShare is the share of an extracted body's words in links above
// which the extraction failed: the body is a menu, a list of headlines
// or a tag cloud, not an article.
const maxLinkShare = 0.5

// A thread, not an article: of a body of threadLines lines or more, more
// than threadShare are of two words or fewer (a comment thread's "level
// 2", vote counts and one-word replies).
const (
	threadLines = 100
	threadShare = 0.6
)

// extractionFailed says why the body readability extracted from a raw
// page is not the page's article, or "" when it may be.
func extractionFailed(body *html.Node) string {
	all, linked := linkWords(body, false)
	if all > 0 && float64(linked) > maxLinkShare*float64(all) {
		return fmt.Sprintf("extraction failed: %d of its %d words are link text", linked, all)
	}
	w := &walker{}
	w.node(body)
	w.flush()
	short := 0
	for _, l := range w.lines {
		if words(l.text) <= 2 {
			short++
		}
	}
	if len(w.lines) >= threadLines && float64(short) > threadShare*float64(len(w.lines)) {
		return fmt.Sprintf("extraction failed: %d of its %d lines have two words or fewer (a comment thread)", short, len(w.lines))
	}
	return ""
}

// linkWords counts the words of n's text, and those inside a link.
func linkWords(n *html.Node, inLink bool) (all, linked int) {
	switch {
	case n.Type == html.TextNode:
		k := words(n.Data)
		if inLink {
			return k, k
		}
		return k, 0
	case n.Type == html.ElementNode && skipped[n.DataAtom]:
		return 0, 0
	case n.Type == html.ElementNode && n.DataAtom == atom.A:
		inLink = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		a, l := linkWords(c, inLink)
		all += a
		linked += l
	}
	return all, linked
}

// Near copies: nearRun words in a row make a run; a page whose runs are
// nearShare or more of the runs of an earlier page (or whose runs that
// page holds nearShare of) is a near copy of it.
const (
	nearRun   = 5
	nearShare = 0.5
)

// nearCopy returns the share of the smaller page's word runs that the
// other page holds too.
func nearCopy(p, q *page) float64 {
	a, b := runs(p), runs(q)
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	both := 0
	for r := range a {
		if b[r] {
			both++
		}
	}
	return float64(both) / float64(len(a))
}

// runs is the set of nearRun-word runs of p's body (the lines after the
// title), computed once.
func runs(p *page) map[string]bool {
	if p.runs != nil {
		return p.runs
	}
	ws := strings.Fields(strings.Join(p.lines[1:], " "))
	p.runs = map[string]bool{}
	for i := 0; i+nearRun <= len(ws); i++ {
		p.runs[strings.Join(ws[i:i+nearRun], " ")] = true
	}
	return p.runs
}
