package offprint_test

import (
	"archive/zip"
	"bytes"
	"context"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/offprint/offprint"
	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/testtool"
	"golang.org/x/text/unicode/norm"
)

// readCorpus reads every corpus input that has a model (inputs meant to
// fail, such as empty or binary files, are left out).
func readCorpus(t *testing.T) map[string]*offprint.Document {
	t.Helper()
	docs := map[string]*offprint.Document{}
	for _, in := range corpusInputs(t) {
		name := in.name
		if strings.Contains(name, ".txtar/") {
			name = filepath.Base(name)
		}
		doc, err := offprint.Read(context.Background(), bytes.NewReader(in.data), offprint.ReadOptions{Name: name, BaseDir: in.dir})
		if err == nil {
			docs[in.name] = doc
		}
	}
	return docs
}

// allInlines calls fn for every inline of the document: title, subtitle,
// body (captions, credits, cells, terms included) and note bodies.
func allInlines(doc *content.Document, fn func(content.Inline)) {
	for _, ins := range doc.Meta.LiveInlines() {
		content.WalkInlines(ins, fn)
	}
	content.WalkDocInlines(doc.Blocks, fn)
	for _, n := range doc.Notes {
		content.WalkDocInlines(n.Blocks, fn)
	}
}

// mdLinkRE finds a Markdown link ([text](URL), an image's when the text
// starts with "!") or an autolink (<URL>); mdImageLinkRE the link around
// an image ([![alt](src)](URL)), with the image's src.
var (
	mdLinkRE      = regexp.MustCompile(`(?:(^|[^!\]])\[([^\]\n]*)\]\(|<)(https?://[^)>\s]+)`)
	mdImageLinkRE = regexp.MustCompile(`!\[[^\]\n]*\]\(([^)\s]+)[^)\n]*\)\]\((https?://[^)>\s]+)`)
)

// TestEveryLinkIsANote: over every corpus input, every external link of
// the model (wherever it is: title, captions, credits, cells, notes) calls
// the note that cites its URL, and every link URL a Markdown input writes
// is the URL of a note.
func TestEveryLinkIsANote(t *testing.T) {
	inputs := map[string][]byte{}
	for _, in := range corpusInputs(t) {
		inputs[in.name] = in.data
	}
	for name, doc := range readCorpus(t) {
		noted := map[string]bool{}
		for _, n := range doc.Notes {
			noted[n.URL] = true
		}
		allInlines(doc.Document, func(in content.Inline) {
			l, ok := in.(*content.Link)
			if !ok || !content.IsExternalURL(l.URL) {
				return
			}
			if n := doc.Note(l.Note); n == nil || n.URL != l.URL {
				t.Errorf("%s: link <%s> calls note %d, not its URL's", name, l.URL, l.Note)
			}
		})
		if !strings.HasSuffix(name, ".md") {
			continue
		}
		for _, m := range mdLinkRE.FindAllStringSubmatch(withoutCode(string(inputs[name])), -1) {
			label, u := m[2], m[3]
			if !noted[u] && !isBadge(u) && !strings.HasPrefix(label, "!") && !droppedOnPurpose[u] {
				t.Errorf("%s: the link <%s> of the input is no note", name, u)
			}
		}
		for _, m := range mdImageLinkRE.FindAllStringSubmatch(withoutCode(string(inputs[name])), -1) {
			src, u := m[1], m[2]
			if !noted[u] && !isBadge(u) && !isBadge(src) {
				t.Errorf("%s: the link <%s> around the image %s is no note", name, u, src)
			}
		}
	}
}

// droppedOnPurpose are link URLs of corpus inputs whose paragraph the
// Markdown reader drops as platform furniture (rule 7: "[Subscribe](…)").
var droppedOnPurpose = map[string]bool{"https://example.substack.com/subscribe": true}

// withoutCode drops fenced code blocks and code spans from Markdown.
func withoutCode(md string) string {
	md = regexp.MustCompile("(?s)```.*?```").ReplaceAllString(md, "")
	return regexp.MustCompile("`[^`\n]*`").ReplaceAllString(md, "")
}

// isBadge reports the links the Markdown reader drops on purpose: README
// badges (shields and CI images linked to their service).
func isBadge(u string) bool {
	return strings.Contains(u, "shields.io") || strings.Contains(u, "badge") || strings.Contains(u, "/actions/workflows/")
}

// TestOutputsKeepEverything is the property of issue 11 on both outputs:
// for every corpus input, every note's URL appears in the text of the EPUB
// and of the PDF (pdftotext), as notes print it (content.DisplayURL: its
// escaped letters decoded, a URL of more than 1,000 characters elided in
// its middle; the link keeps it whole), and so does every word of the model's text
// (the words the reader dropped on purpose as furniture are not in the
// model: `offprint inspect --explain` lists them).
func TestOutputsKeepEverything(t *testing.T) {
	testtool.Integration(t)
	dir := t.TempDir()
	ctx := context.Background()
	for name, doc := range readCorpus(t) {
		var epub bytes.Buffer
		if err := offprint.WriteEPUB(ctx, &epub, doc, offprint.EPUBOptions{}); err != nil {
			t.Errorf("%s: EPUB: %v", name, err)
			continue
		}
		pdfPath := filepath.Join(dir, "out.pdf")
		f, err := os.Create(pdfPath)
		if err != nil {
			t.Fatal(err)
		}
		err = offprint.WritePDF(ctx, f, doc, offprint.PDFOptions{})
		f.Close()
		if err != nil {
			t.Errorf("%s: PDF: %v", name, err)
			continue
		}
		title := content.PlainText(doc.Meta.RichTitle())
		pdf := withoutPageFurniture(testtool.PDFText(t, pdfPath), title) + "\n" + withoutPageFurniture(testtool.PDFText(t, pdfPath, "-raw"), title)
		outputs := map[string]string{"EPUB": epubText(t, epub.Bytes()), "PDF": pdfText(pdf)}
		for kind, text := range outputs {
			checkKept(t, name+" "+kind, doc.Document, text)
		}
	}
}

// checkKept reports the note URLs and the words of doc missing from text.
func checkKept(t *testing.T, what string, doc *content.Document, text string) {
	t.Helper()
	flat := strings.Join(strings.Fields(text), "")
	for _, n := range doc.Notes {
		if n.URL != "" && !strings.Contains(flat, strings.Join(strings.Fields(content.DisplayURL(n.URL)), "")) {
			t.Errorf("%s: note %d's URL %s is missing", what, n.Number, n.URL)
		}
	}
	have := map[string]bool{}
	for _, w := range words(text) {
		have[w] = true
	}
	all := strings.Join(words(text), "")
	bare := withoutMarks(all)
	missing, moved := 0, 0
	for _, w := range words(modelText(doc)) {
		if !have[w] && !strings.Contains(all, w) && strings.Contains(bare, withoutMarks(w)) {
			moved++ // every letter is there; a combining mark sits elsewhere in its cluster
			continue
		}
		if !have[w] && !strings.Contains(all, w) && !withNoteCalls(w).MatchString(all) && !overPageBreak(w, text) {
			if missing < 5 {
				t.Errorf("%s: word %q is missing", what, w)
			}
			missing++
		}
	}
	if missing > 5 {
		t.Errorf("%s: %d words missing in all", what, missing)
	}
	if moved > 0 {
		t.Logf("%s: %d words whose combining marks (Arabic harakat) the extracted text puts on another letter", what, moved)
	}
}

// overPageBreak reports whether the word w runs over a page break with
// the page's footnotes between its halves: a page of text (pages split
// by form feeds) starts with w's tail, and the page before holds its
// head. (A paragraph broken at the foot of a page with notes, in
// "power-" / "hungriness" or a Japanese sentence, one word here.)
func overPageBreak(w, text string) bool {
	pages := strings.Split(text, "\f")
	for k := 1; k < len(pages); k++ {
		start := strings.Join(words(pages[k]), "")
		for i := range w {
			if i > 0 && strings.HasPrefix(start, w[i:]) && strings.Contains(strings.Join(words(pages[k-1]), ""), w[:i]) {
				return true
			}
		}
	}
	return false
}

// withNoteCalls matches the word w with a note call's number between any
// two of its letters: a link inside a token ("…folder-version","ite")
// is followed by its note call in the outputs, and words keeps digits.
func withNoteCalls(w string) *regexp.Regexp {
	var sb strings.Builder
	for i, r := range w {
		if i > 0 {
			sb.WriteString(`\d*`)
		}
		sb.WriteString(regexp.QuoteMeta(string(r)))
	}
	return regexp.MustCompile(sb.String())
}

// withoutPageFurniture drops the page furniture from pdftotext's text of
// a PDF — the page's own number ("7", "7 / 12") and, on pages after the
// first, the running head (the title, whole or cut with "…"), found
// first (the reading order) or among the last two lines (-raw: the
// drawing order) — so that a paragraph running over a page break reads
// on: in Chinese or Japanese a whole sentence is one word.
func withoutPageFurniture(text, title string) string {
	pages := strings.Split(text, "\f")
	for p, page := range pages {
		folio := strconv.Itoa(p + 1)
		furniture := func(l string) bool {
			l = strings.TrimSpace(l)
			if l == folio || strings.HasPrefix(l, folio+" / ") {
				return true
			}
			return p > 0 && l != "" && (l == title || strings.HasSuffix(l, "…") && strings.HasPrefix(title, strings.TrimSuffix(l, "…")))
		}
		var lines []string
		for _, l := range strings.Split(page, "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		for k := range lines {
			if (k == 0 || k >= len(lines)-2) && furniture(lines[k]) {
				lines[k] = ""
			}
		}
		pages[p] = strings.Join(lines, "\n")
	}
	return strings.Join(pages, "\f")
}

// withoutMarks drops the combining marks of s.
func withoutMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
}

// modelText is the text a reader sees: title, subtitle, authors, body and
// notes.
func modelText(doc *content.Document) string {
	parts := []string{content.PlainText(doc.Meta.RichTitle()), content.PlainText(doc.Meta.RichSubtitle())}
	for _, a := range doc.Meta.Authors {
		parts = append(parts, a.Name, a.Bio)
	}
	parts = append(parts, content.BlocksText(doc.Blocks))
	for _, n := range doc.Notes {
		parts = append(parts, n.NoteText())
	}
	return strings.Join(parts, "\n")
}

// words splits text into lower-case words of letters and digits only
// ("well-known" is "wellknown"), so that punctuation, note calls and the
// hyphens of line breaks do not count.
func words(text string) []string {
	var out []string
	for _, f := range strings.Fields(norm.NFKC.String(text)) { // km² is km2, ﬁ is fi
		var sb strings.Builder
		for _, r := range strings.ToLower(f) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
				sb.WriteRune(r)
			}
		}
		if sb.Len() > 0 {
			out = append(out, sb.String())
		}
	}
	return out
}

// pdfText joins the words pdftotext split at the end of a line with the
// hyphen of hyphenation. The tests give it both of pdftotext's readings of
// a page, in reading order (right-to-left lines right) and in drawing
// order (-raw: a table cell's lines together).
func pdfText(s string) string {
	return regexp.MustCompile(`-\n\s*`).ReplaceAllString(s, "")
}

// epubText is the text of the XHTML files of an EPUB, tags as spaces.
func epubText(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	tag := regexp.MustCompile(`<[^>]*>`)
	var sb strings.Builder
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xhtml") || strings.HasSuffix(f.Name, "nav.xhtml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		body := string(b)
		if i := strings.Index(body, "<body"); i >= 0 {
			body = body[i:]
		}
		sb.WriteString(html.UnescapeString(tag.ReplaceAllString(body, " ")))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func TestOverPageBreak(t *testing.T) {
	for _, c := range []struct {
		w, text string
		want    bool
	}{
		{"powerhungriness", "was repulsion, power-\n4 Chet Collier.\n7\n\fhungriness, contempt", true},
		{"powerhungriness", "was repulsion, power-\n4 Chet Collier.\n7\n\fcontempt, hungriness", false}, // the tail does not start the page
		{"powerhungriness", "was repulsion,\n4 Chet Collier.\n7\n\fhungriness, contempt", false},        // the head is not on the page before
		{"powerhungriness", "was repulsion, power-hungriness", false},                                   // one page
	} {
		if got := overPageBreak(c.w, c.text); got != c.want {
			t.Errorf("overPageBreak(%q, %q) = %v, want %v", c.w, c.text, got, c.want)
		}
	}
}
