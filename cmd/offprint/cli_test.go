package main

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offprint/offprint/internal/testtool"
)

const example = "../../examples/vox-isis-k.txt"

// offprint runs the CLI in-process and returns its exit status and output.
func offprint(t testing.TB, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(append([]string{"offprint"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func sha(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func TestExportExampleValidates(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := offprint(t, "", "export", "-o", dir, "--check", example)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	epubPath, pdfPath := filepath.Join(dir, "vox-isis-k.epub"), filepath.Join(dir, "vox-isis-k.pdf")
	testtool.EPUBCheck(t, epubPath)
	testtool.QPDFCheck(t, pdfPath)
	testtool.FontsEmbedded(t, pdfPath)
	text := testtool.PDFText(t, pdfPath)
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{
		"ISIS-K has become a global terror threat",
		"Ellen Ioanes",
		"Sefa Karacan/Anadolu via Getty Images",
		"What we know about ISIS and its affiliates now",
		"vox.com",
		"Riccardo Valle",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	plain := testtool.Run(t, "pandoc", "-f", "epub", "-t", "plain", epubPath)
	for _, want := range []string{"Enter: ISIS-K", "How to understand the ISIS threat now", "vox.com"} {
		if !strings.Contains(plain, want) {
			t.Errorf("pandoc's reading of the EPUB lacks %q", want)
		}
	}
}

// TestCalibreReadsEPUB has calibre's ebook-convert, a real e-book client,
// read the EPUB back.
func TestCalibreReadsEPUB(t *testing.T) {
	testtool.Integration(t)
	testtool.Require(t, "ebook-convert")
	dir := t.TempDir()
	if code, _, stderr := offprint(t, "", "export", "-f", "epub", "-o", dir, example); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	t.Setenv("QT_QPA_PLATFORM", "offscreen")
	txt := filepath.Join(dir, "out.txt")
	testtool.Run(t, "ebook-convert", filepath.Join(dir, "vox-isis-k.epub"), txt)
	data, err := os.ReadFile(txt)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Enter: ISIS-K", "Riccardo Valle, director of research at the Khorasan Diary", "https://vox.com"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("calibre's text lacks %q", want)
		}
	}
}

func TestExportIsReproducible(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if code, _, stderr := offprint(t, "", "export", "-o", dir, example); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	for _, name := range []string{"vox-isis-k.epub", "vox-isis-k.pdf"} {
		if sha(t, filepath.Join(a, name)) != sha(t, filepath.Join(b, name)) {
			t.Errorf("%s differs between two runs", name)
		}
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	c := t.TempDir()
	if code, _, stderr := offprint(t, "", "export", "-o", c, example); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if sha(t, filepath.Join(a, "vox-isis-k.epub")) == sha(t, filepath.Join(c, "vox-isis-k.epub")) {
		t.Errorf("SOURCE_DATE_EPOCH did not change the EPUB's dates")
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
	tests := []struct {
		name, path, want string
	}{
		{"empty", write("empty.txt", nil), "empty input"},
		{"blank", write("blank.txt", []byte("  \n\n\t\n")), "empty input"},
		{"binary", write("image.txt", png), "binary data"},
		{"bitmap", write("bitmap.txt", []byte("BM\x3a\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00(\x00")), "binary data"},
		{"invalid utf-8", write("latin1.txt", []byte("Caf\xe9 au lait\nsecond line\n")), "invalid UTF-8 at line 1"},
		{"missing", filepath.Join(dir, "nope.txt"), "no such file"},
		{"folder", dir, "is a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			good := filepath.Join(out, strings.TrimSuffix(filepath.Base(tt.path), filepath.Ext(tt.path))+".epub")
			os.WriteFile(good, []byte("previous good output"), 0o644)
			code, _, stderr := offprint(t, "", "export", "-o", out, tt.path)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			if len(lines) != 1 || !strings.Contains(stderr, tt.path) || !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr = %q, want one line naming %s and %q", stderr, tt.path, tt.want)
			}
			if data, _ := os.ReadFile(good); string(data) != "previous good output" {
				t.Errorf("existing output was clobbered")
			}
			entries, _ := os.ReadDir(out)
			if len(entries) != 1 {
				t.Errorf("output folder has %d entries, want only the previous file", len(entries))
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{"export"},
		{"export", "--format", "docx", example},
		{"export", "--no-such-flag", example},
		{"export", "--sources", "sometimes", example},
		{"export", "--from", "rtf", example},
		{"export", "-o", "x.pdf", example, example},
		{"inspect"},
		{"export", "--date", "March 2024", example},
	}
	for _, args := range tests {
		code, _, stderr := offprint(t, "", args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", args, code, stderr)
		}
	}
}

func TestInspectJSONContract(t *testing.T) {
	code, stdout, stderr := offprint(t, "", "inspect", "--json", example)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc struct {
		Meta struct {
			Title, Subtitle, Language, Publisher, Date string
			SourceURL                                  string   `json:"source_url"`
			Authors                                    []string `json:"authors"`
			AuthorBios                                 []string `json:"author_bios"`
		} `json:"meta"`
		Blocks []struct {
			Type, Text, Caption, Credit string
			Level                       int
		} `json:"blocks"`
		Notes []struct {
			N         int
			Text, URL string
		} `json:"notes"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	m := doc.Meta
	if m.Title != "ISIS-K has become a global terror threat while the world has been distracted" {
		t.Errorf("title %q", m.Title)
	}
	if len(m.Authors) != 1 || m.Authors[0] != "Ellen Ioanes" || !strings.HasPrefix(m.AuthorBios[0], "Ellen Ioanes covers") {
		t.Errorf("authors %q bios %q", m.Authors, m.AuthorBios)
	}
	if m.Publisher != "Vox" || !strings.Contains(m.SourceURL, "vox.com") || m.Language != "en" {
		t.Errorf("publisher %q source %q language %q", m.Publisher, m.SourceURL, m.Language)
	}
	var headings, paragraphs, figures int
	for _, b := range doc.Blocks {
		switch b.Type {
		case "heading":
			headings++
			if b.Level != 2 {
				t.Errorf("heading %q at level %d", b.Text, b.Level)
			}
		case "paragraph":
			paragraphs++
			if strings.Contains(b.Text, "covers breaking") {
				t.Errorf("the author bio is a paragraph")
			}
		case "figure":
			figures++
			if b.Credit != "Sefa Karacan/Anadolu via Getty Images" {
				t.Errorf("credit %q", b.Credit)
			}
		}
	}
	if headings < 3 || paragraphs < 33 || figures != 1 {
		t.Errorf("%d headings, %d paragraphs, %d figures", headings, paragraphs, figures)
	}
	if len(doc.Notes) == 0 || doc.Notes[0].N != 1 || !strings.Contains(doc.Notes[0].URL, "vox.com") {
		t.Errorf("first note should be the source: %+v", doc.Notes)
	}
}

func TestInspectExplain(t *testing.T) {
	code, stdout, stderr := offprint(t, "", "inspect", "--explain", example)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"heading", "source", "Riccardo Valle"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("--explain output lacks %q", want)
		}
	}
}

// TestTextOpeningWithASignature checks that an article whose first bytes
// match a file format's signature ("BM", a bitmap's) is still read as the
// text it is.
func TestTextOpeningWithASignature(t *testing.T) {
	for _, opening := range []string{"BMJV | Transparenz bei Preisanpassungen", "GIF89a: the format that would not die", "%PDF-1.7 explained"} {
		p := filepath.Join(t.TempDir(), "article.txt")
		text := opening + "\n\nThe ministry published its report on Tuesday, after a long debate in parliament.\n"
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := offprint(t, "", "inspect", p)
		if code != 0 || !strings.Contains(stdout, opening) {
			t.Errorf("%q: exit %d, stderr %q; want the article read", opening, code, stderr)
		}
	}
}

func TestStdinAndSingleFile(t *testing.T) {
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "article.pdf")
	code, _, stderr := offprint(t, string(data), "export", "-o", out, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if fi, err := os.Stat(out); err != nil || fi.Size() == 0 {
		t.Fatalf("no PDF written: %v", err)
	}
	if _, err := os.Stat(strings.TrimSuffix(out, ".pdf") + ".epub"); err == nil {
		t.Errorf("-o FILE.pdf also wrote an EPUB")
	}
}

func TestMarkdownFrontMatterCover(t *testing.T) {
	dir := t.TempDir()
	img := image.NewRGBA(image.Rect(0, 0, 60, 90))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 7)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "cover.png"), buf.Bytes(), 0o644)
	md := "---\ntitle: With a cover\ncover: cover.png\n---\n\nA paragraph of text that is the whole article.\n"
	os.WriteFile(filepath.Join(dir, "a.md"), []byte(md), 0o644)
	out := filepath.Join(dir, "a.epub")
	if code, _, stderr := offprint(t, "", "export", "-o", out, filepath.Join(dir, "a.md")); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	zr, err := zip.OpenReader(out)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	found := false
	for _, f := range zr.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		found = found || bytes.Equal(data, buf.Bytes())
	}
	if !found {
		t.Errorf("the front matter's cover image is not in the EPUB")
	}
	testtool.EPUBCheck(t, out)
}

// TestCJKTitleCover exports a Japanese article to EPUB and checks that it
// gets a drawn cover, its title set in a face of the machine (Debian's
// fonts-noto-cjk, which .ci/run installs), with no warning that it has
// none, and that the EPUB validates.
func TestCJKTitleCover(t *testing.T) {
	testtool.Integration(t)
	dir := t.TempDir()
	md := "---\ntitle: 東京で一番小さな本屋\nlang: ja\n---\n\n東京の小さな本屋は、一週間に一冊の本だけを売っている。\n"
	os.WriteFile(filepath.Join(dir, "a.md"), []byte(md), 0o644)
	out := filepath.Join(dir, "a.epub")
	code, _, stderr := offprint(t, "", "export", "-o", out, filepath.Join(dir, "a.md"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(stderr, "no cover") {
		t.Errorf("warned of no cover: %s", stderr)
	}
	zr, err := zip.OpenReader(out)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	cover := false
	for _, f := range zr.File {
		cover = cover || f.Name == "EPUB/images/cover.png"
	}
	if !cover {
		t.Error("no drawn cover in the EPUB")
	}
	testtool.EPUBCheck(t, out)
}

func TestErrorsNameWhereAValueCameFrom(t *testing.T) {
	t.Setenv("OFFPRINT_PAPER", "leter")
	if code, _, stderr := offprint(t, "", "export", "-o", t.TempDir(), example); code != 2 || !strings.HasPrefix(stderr, "offprint: OFFPRINT_PAPER: ") {
		t.Errorf("env: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := offprint(t, "", "export", "--paper", "leter", "-o", t.TempDir(), example); code != 2 || !strings.HasPrefix(stderr, "offprint: --paper: ") {
		t.Errorf("flag: exit %d, stderr %q", code, stderr)
	}
	os.Unsetenv("OFFPRINT_PAPER")
	dir := t.TempDir()
	manifest := filepath.Join(dir, "book.yaml")
	os.WriteFile(manifest, []byte("title: x\npaper: a55\ninputs:\n  - "+filepath.Join("..", "..", "examples", "vox-isis-k.txt")+"\n"), 0o644)
	if code, _, stderr := offprint(t, "", "book", "-c", manifest, "-o", filepath.Join(dir, "b.pdf")); code != 2 || !strings.Contains(stderr, "book.yaml:2: paper: ") {
		t.Errorf("manifest: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := offprint(t, "", "exprot", example); code != 2 || !strings.Contains(stderr, `did you mean "export"`) {
		t.Errorf("typo: exit %d, stderr %q", code, stderr)
	}
}
