package main

import (
	"archive/zip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/offprint/offprint/internal/testtool"
)

// tenArticles are varied inputs from the test corpus: plain text in several
// house styles, Markdown and saved web pages.
var tenArticles = []string{
	"ap-wildfire.txt", "guardian-housing.txt", "longform-river.txt", "opinion-transit.txt",
	"md-frontmatter.md", "md-sixty-links.md", "md-plain-blog.md",
	"news-page.html", "wiki-lake.html", "docs-page.html",
}

func TestBookOfTenArticles(t *testing.T) {
	testtool.Integration(t)
	var inputs []string
	for _, a := range tenArticles {
		inputs = append(inputs, filepath.Join("../../testdata/corpus", a))
	}
	dir := t.TempDir()
	epubPath, pdfPath := filepath.Join(dir, "ten.epub"), filepath.Join(dir, "ten.pdf")
	for _, out := range []string{epubPath, pdfPath} {
		args := append([]string{"book", "-q", "--title", "Ten articles", "--editor", "Test Editor", "-o", out}, inputs...)
		if code, _, stderr := offprint(t, "", args...); code != 0 {
			t.Fatalf("%s: exit %d: %s", out, code, stderr)
		}
	}
	testtool.EPUBCheck(t, epubPath)
	testtool.QPDFCheck(t, pdfPath)
	testtool.FontsEmbedded(t, pdfPath)

	nav, chapters := readBookEPUB(t, epubPath)
	if n := strings.Count(nav, "<li><a href=\"xhtml/chapter-"); n < 10 {
		t.Errorf("the nav lists %d entries, want every article and its sections", n)
	}
	if !regexp.MustCompile(`(?s)<li><a href="xhtml/chapter-002\.xhtml">[^<]+</a>\s*<ol>`).MatchString(nav) {
		t.Errorf("the nav does not nest sections under their article:\n%s", nav)
	}
	if len(chapters) != 10 {
		t.Fatalf("%d chapter files, want 10", len(chapters))
	}
	firstCall := regexp.MustCompile(`epub:type="noteref"[^>]*>(\d+)<`)
	for name, body := range chapters {
		if m := firstCall.FindStringSubmatch(body); m != nil && m[1] != "1" {
			t.Errorf("%s: notes start at %s, want each article numbered from 1", name, m[1])
		}
	}

	outline := testtool.Run(t, "mutool", "show", pdfPath, "outline")
	if n := strings.Count(outline, "\n+\t") + strings.Count(outline, "\n-\t") + boolInt(strings.HasPrefix(outline, "+") || strings.HasPrefix(outline, "-")); n < 10 {
		t.Errorf("the PDF outline has %d top-level entries, want 10:\n%s", n, outline)
	}
	text := strings.Join(strings.Fields(testtool.PDFText(t, pdfPath)), " ")
	for _, title := range []string{"Crews gain ground on wildfire", "Counting bicycles"} {
		if !strings.Contains(text, title) {
			t.Errorf("the PDF lacks the article title %q", title)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// readBookEPUB returns the nav document and the chapter files of an EPUB.
func readBookEPUB(t *testing.T, path string) (nav string, chapters map[string]string) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	chapters = map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		switch {
		case strings.HasSuffix(f.Name, "nav.xhtml"):
			nav = string(data)
		case strings.Contains(f.Name, "chapter-"):
			chapters[f.Name] = string(data)
		}
	}
	return nav, chapters
}

// TestURLInput exports a page from a local server: fetched once, its images
// too, with the URL and the retrieval date in the source note.
func TestURLInput(t *testing.T) {
	page, err := os.ReadFile("../../testdata/corpus/news-page.html")
	if err != nil {
		t.Fatal(err)
	}
	var hits int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		switch {
		case r.URL.Path == "/2024/story":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		case strings.HasPrefix(r.URL.Path, "/2024/news-page_files/"):
			http.ServeFile(w, r, filepath.Join("../../testdata/corpus", strings.TrimPrefix(r.URL.Path, "/2024/")))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	url := srv.URL + "/2024/story"
	code, stdout, stderr := offprint(t, "", "inspect", "--json", url)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, `"retrieved": "20`) {
		t.Errorf("no retrieval date in the metadata")
	}
	dir := t.TempDir()
	if code, _, stderr := offprint(t, "", "export", "-o", dir, url); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Fatalf("%d outputs, want an EPUB and a PDF named after the title", len(entries))
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".epub") {
			testtool.EPUBCheck(t, filepath.Join(dir, e.Name()))
		}
	}

	code, _, stderr = offprint(t, "", "export", "-o", dir, srv.URL+"/missing")
	if code != 1 || !strings.Contains(stderr, "404") {
		t.Errorf("missing page: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := offprint(t, "", "export", "-o", dir, "ftp://example.com/x"); code != 1 || !strings.Contains(stderr, "only http and https") {
		t.Errorf("ftp URL: exit %d, stderr %q", code, stderr)
	}
}
