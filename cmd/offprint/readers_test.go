package main

import (
	"archive/zip"
	"encoding/json"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/offprint/offprint/internal/testtool"
)

// The reading-system clients of .ci/package.json, installed by .ci/run
// (npm ci --ignore-scripts) into .ci/node_modules.
const (
	ciDir       = "../../.ci"
	epubjsCheck = ciDir + "/epubjs-check.js"
	aceBin      = ciDir + "/node_modules/.bin/ace-puppeteer"
)

// readerEPUB is one EPUB the reading-system test opens.
type readerEPUB struct {
	name  string
	args  []string
	cover bool
	slow  bool // also through Ace and calibre (seconds each)
}

// TestEPUBInReadingSystems writes the example article and a book of ten
// articles, with and without a cover and embedded fonts, and opens each
// in real clients (Ace and calibre, the slowest, only the example and the
// book with their defaults): epubcheck (0/0, and no usage advice about offprint's
// own markup and CSS), DAISY Ace (0 violations), epub.js in Chromium (the
// cover one page at three window sizes, every note call leading to its
// note, the embedded fonts loading), MuPDF (the cover one page at the same
// sizes, no landmarks or contents page in the text, each note once) and
// calibre's TXT and AZW3 conversions
// (each note once, the table of contents kept). With
// OFFPRINT_EPUB_SHOTS=DIR, epub.js screenshots of the cover, a note call,
// the note and the table of contents are saved there.
func TestEPUBInReadingSystems(t *testing.T) {
	testtool.Integration(t)
	node := testtool.Require(t, "node")
	chromium := testtool.Require(t, "chromium")
	mutool := testtool.Require(t, "mutool")
	convert := testtool.Require(t, "ebook-convert")
	for _, f := range []string{epubjsCheck, aceBin} {
		if _, err := os.Stat(f); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is missing, and CI is set: run .ci/run (npm ci in .ci)", f)
			}
			t.Skipf("%s is missing: run npm ci --ignore-scripts in .ci", f)
		}
	}
	dir := t.TempDir()
	var ten []string
	for _, a := range tenArticles {
		ten = append(ten, filepath.Join("../../testdata/corpus", a))
	}
	coverImage := "../../export/epub/testdata/blue-purple-pink.lossy.webp"
	books := []readerEPUB{
		{"example", []string{"export", "-f", "epub", example}, true, true},
		{"example-no-cover", []string{"export", "-f", "epub", "--no-cover", example}, false, false},
		{"example-cover-fonts", []string{"export", "-f", "epub", "--cover", coverImage, "--embed-fonts", example}, true, false},
		{"ten", append([]string{"book", "--title", "Ten articles"}, ten...), true, true},
		{"ten-fonts-no-cover", append([]string{"book", "--title", "Ten articles", "--embed-fonts", "--no-cover"}, ten...), false, false},
	}
	var paths []string
	for _, b := range books {
		path := filepath.Join(dir, b.name+".epub")
		args := append([]string{b.args[0], "-q", "-o", path}, b.args[1:]...)
		if code, _, stderr := offprint(t, "", args...); code != 0 {
			t.Fatalf("%s: exit %d: %s", b.name, code, stderr)
		}
		paths = append(paths, path)
	}
	for f, report := range testtool.EPUBCheckAll(t, paths) {
		t.Errorf("epubcheck %s:\n%s", filepath.Base(f), report)
	}
	for i, b := range books {
		t.Run(b.name, func(t *testing.T) {
			path := paths[i]
			notes := epubNotes(t, path)
			checkUsage(t, path)
			if b.slow {
				checkAce(t, node, chromium, path)
			}
			checkEpubJS(t, node, chromium, path, b)
			text := testtool.Run(t, mutool, "draw", "-F", "txt", "-o", "-", path)
			if strings.Contains(text, "Landmarks") {
				t.Error("MuPDF shows the landmarks as text")
			}
			if strings.HasPrefix(strings.TrimSpace(text), "Contents") {
				t.Error("MuPDF opens on the nav document's contents page")
			}
			checkNotesOnce(t, "MuPDF", text, notes)
			if b.cover {
				checkMuPDFCover(t, mutool, path)
			}
			if b.slow {
				checkCalibre(t, convert, path, notes)
			}
		})
	}
}

// checkMuPDFCover lays the book out with MuPDF on three page sizes: the
// first page (the cover) has no text, and the second is the title page,
// not the rest of an overflowing cover.
func checkMuPDFCover(t *testing.T, mutool, path string) {
	t.Helper()
	for _, size := range [][2]string{{"800", "900"}, {"600", "800"}, {"1000", "700"}} {
		text := testtool.Run(t, mutool, "draw", "-W", size[0], "-H", size[1], "-F", "txt", "-o", "-", path, "1-2")
		pages := strings.Split(text, "\f")
		if len(pages) < 2 || strings.TrimSpace(pages[0]) != "" || strings.TrimSpace(pages[1]) == "" {
			t.Errorf("MuPDF at %sx%s: the cover is not one page: %.200q", size[0], size[1], text)
		}
	}
}

// noteEntryRE finds the entries of the notes sections.
var noteEntryRE = regexp.MustCompile(`(?s)<li id="note-\d+" epub:type="endnote">(.*?)</li>`)

// epubNotes returns the start of each note's text as a reader shows it
// ("3. Riccardo Valle, director…"), with how many notes of the book start
// so (two articles of a book may cite the same address as their note 2).
func epubNotes(t *testing.T, path string) map[string]int {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	notes := map[string]int{}
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xhtml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(data), "<aside") {
			t.Errorf("%s: an aside, which MuPDF, calibre and epub.js show in the text", f.Name)
		}
		for _, m := range noteEntryRE.FindAllStringSubmatch(string(data), -1) {
			notes[noteKey(html.UnescapeString(tags.ReplaceAllString(m[1], "")))]++
		}
	}
	return notes
}

// noteKey is the first 30 characters of a note without white space, which
// readers break and join differently.
func noteKey(s string) string {
	r := []rune(squeeze(s))
	return string(r[:min(len(r), 30)])
}

// checkNotesOnce checks that each note's text is in a reader's text as
// many times as the book has that note: once, not also in an aside. Text
// is compared without white space (readers break addresses at different
// points), and a note must start a word ("5. https://…", not the end of
// "…item=45. https://…").
func checkNotesOnce(t *testing.T, reader, text string, notes map[string]int) {
	t.Helper()
	if len(notes) == 0 {
		return
	}
	var flat strings.Builder
	wordStart := map[int]bool{}
	space := true
	for _, r := range text {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			wordStart[flat.Len()] = true
		}
		space = false
		flat.WriteRune(r)
	}
	all := flat.String()
	for key, want := range notes {
		got := 0
		for i := 0; ; {
			j := strings.Index(all[i:], key)
			if j < 0 {
				break
			}
			if wordStart[i+j] {
				got++
			}
			i += j + 1
		}
		if got != want {
			t.Errorf("%s: note %q shown %d times, want %d", reader, key, got, want)
		}
	}
}

// checkUsage fails on epubcheck's usage advice about offprint's own markup
// and CSS: an unused namespace, named character references, unused or
// missing CSS selectors, unknown epub:type values, inline styles.
func checkUsage(t *testing.T, path string) {
	t.Helper()
	for _, l := range testtool.EPUBCheckUsage(t, path) {
		for _, code := range []string{"HTM-044", "HTM-006", "CSS-024", "CSS-025", "OPF-088", "ACC-013"} {
			if strings.Contains(l, code) {
				t.Errorf("epubcheck -u: %s", l)
			}
		}
	}
}

// checkAce runs DAISY Ace through its Puppeteer runner with Debian's
// Chromium and fails on any violation.
func checkAce(t *testing.T, node, chromium, path string) {
	t.Helper()
	out := t.TempDir()
	cmd := exec.Command(node, aceBin, "-s", "-f", "-o", out, path)
	cmd.Env = append(os.Environ(), "PUPPETEER_EXECUTABLE_PATH="+chromium)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("ace: %v\n%s", err, msg)
		return
	}
	data, err := os.ReadFile(filepath.Join(out, "report.json"))
	if err != nil {
		t.Error(err)
		return
	}
	var report struct {
		Assertions []struct {
			Assertions []struct {
				Test struct {
					Title  string `json:"dct:title"`
					Impact string `json:"earl:impact"`
				} `json:"earl:test"`
			} `json:"assertions"`
		} `json:"assertions"`
	}
	if err := json.Unmarshal(data, &report); err != nil {
		t.Errorf("ace report: %v", err)
		return
	}
	n := 0
	for _, doc := range report.Assertions {
		for _, a := range doc.Assertions {
			n++
			t.Errorf("ace: %s (%s)", a.Test.Title, a.Test.Impact)
		}
	}
	t.Logf("ace: %d violations", n)
}

// epubjsReport is what .ci/epubjs-check.js prints.
type epubjsReport struct {
	Cover []struct {
		Width, Height, Pages int
		Href                 string
	}
	Notes []struct {
		Call, Target, Why string
		OK                bool
	}
	Fonts []struct {
		Family, Style, Weight, Status string
	}
	Errors []string
	Toc    []string
}

// checkEpubJS opens the book in epub.js: the first page is the cover and
// takes one page at each window size, every note call shows its note, and
// every embedded font loads.
func checkEpubJS(t *testing.T, node, chromium, path string, b readerEPUB) {
	t.Helper()
	args := []string{epubjsCheck, path}
	if shots := os.Getenv("OFFPRINT_EPUB_SHOTS"); shots != "" {
		d := filepath.Join(shots, b.name)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		args = append(args, "--shots", d)
	}
	cmd := exec.Command(node, args...)
	cmd.Env = append(os.Environ(), "PUPPETEER_EXECUTABLE_PATH="+chromium)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("epubjs-check: %v", err)
	}
	var r epubjsReport
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("epubjs-check: %v\n%s", err, out)
	}
	for _, e := range r.Errors {
		t.Errorf("epub.js: page error %s", e)
	}
	for _, c := range r.Cover {
		isCover := strings.HasSuffix(c.Href, "cover.xhtml")
		switch {
		case b.cover != isCover:
			t.Errorf("epub.js at %dx%d opens on %s", c.Width, c.Height, c.Href)
		case isCover && c.Pages != 1:
			t.Errorf("epub.js at %dx%d: the cover takes %d pages", c.Width, c.Height, c.Pages)
		}
	}
	if len(r.Notes) == 0 {
		t.Error("epub.js found no note call")
	}
	for _, n := range r.Notes {
		if !n.OK {
			t.Errorf("epub.js: the call %s does not show its note %s: %s", n.Call, n.Target, n.Why)
		}
	}
	for _, f := range r.Fonts {
		if f.Status != "loaded" {
			t.Errorf("epub.js: font %s %s %s: %s", f.Family, f.Style, f.Weight, f.Status)
		}
	}
	if r.Toc != nil {
		t.Logf("epub.js table of contents:\n%s", strings.Join(r.Toc, "\n"))
	}
}

// checkCalibre converts the book with calibre to plain text and to AZW3
// (the Kindle path), and the AZW3 back to text and to EPUB: each note
// once in both texts, and the table of contents entries kept.
func checkCalibre(t *testing.T, convert, path string, notes map[string]int) {
	t.Helper()
	dir := t.TempDir()
	run := func(in, out string) string {
		cmd := exec.Command(convert, in, out)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("ebook-convert %s %s: %v\n%s", filepath.Base(in), filepath.Base(out), err, msg)
		}
		data, err := os.ReadFile(out)
		if err != nil && !strings.HasSuffix(out, ".epub") {
			t.Fatal(err)
		}
		return string(data)
	}
	checkNotesOnce(t, "calibre TXT", run(path, filepath.Join(dir, "book.txt")), notes)
	azw3 := filepath.Join(dir, "book.azw3")
	run(path, azw3)
	checkNotesOnce(t, "calibre AZW3", run(azw3, filepath.Join(dir, "azw3.txt")), notes)
	back := filepath.Join(dir, "azw3.epub")
	run(azw3, back)
	want, got := tocLabels(t, path), tocLabels(t, back)
	for _, l := range want {
		if !strings.Contains(strings.Join(got, "\n"), l) {
			t.Errorf("the AZW3's table of contents lacks %q (it has %d entries of %d)", l, len(got), len(want))
		}
	}
}

var ncxLabelRE = regexp.MustCompile(`<navLabel>\s*<text>([^<]*)</text>`)

// tocLabels returns the labels of an EPUB's NCX.
func tocLabels(t *testing.T, path string) []string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".ncx") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		var labels []string
		for _, m := range ncxLabelRE.FindAllStringSubmatch(string(data), -1) {
			labels = append(labels, strings.Join(strings.Fields(html.UnescapeString(m[1])), " "))
		}
		return labels
	}
	t.Fatalf("%s has no NCX", path)
	return nil
}
