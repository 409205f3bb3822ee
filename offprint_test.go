package offprint

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/sources"
)

const exampleText = "examples/vox-isis-k.txt"

func readExample(t testing.TB, opts ReadOptions) *Document {
	t.Helper()
	data, err := os.ReadFile(exampleText)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(context.Background(), bytes.NewReader(data), opts)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestSourcesModeAuto(t *testing.T) {
	para := func(ins ...content.Inline) []content.Block { return []content.Block{&content.Paragraph{Inlines: ins}} }
	tests := []struct {
		name string
		doc  *content.Document
		want sources.Mode
	}{
		{"scraped text", &content.Document{Blocks: para(&content.Text{Text: "x"})}, sources.Both},
		{"internal link only", &content.Document{Blocks: para(&content.Link{URL: "#a", Inlines: content.T("a")})}, sources.Both},
		{"external link", &content.Document{Blocks: para(&content.Link{URL: "https://x.example", Inlines: content.T("x")})}, sources.None},
		{"footnotes", &content.Document{Blocks: para(&content.NoteRef{Note: 1}), Notes: []content.Note{{Kind: content.NoteFootnote, Text: "Ibid."}}}, sources.None},
		{"link inside a footnote", &content.Document{Notes: []content.Note{{Kind: content.NoteLink, Blocks: para(&content.Link{URL: "https://y.example"})}}}, sources.None},
	}
	for _, tt := range tests {
		if got, err := SourcesMode("auto", tt.doc); err != nil || got != tt.want {
			t.Errorf("%s: %v, %v; want %v", tt.name, got, err, tt.want)
		}
	}
	if got, _ := SourcesMode("notes", tests[2].doc); got != sources.Notes {
		t.Errorf("sources notes not honoured: %v", got)
	}
	if _, err := SourcesMode("many", tests[0].doc); err == nil {
		t.Error("an unknown mode is accepted")
	}
}

func TestSourceDateEpoch(t *testing.T) {
	tests := []struct {
		env     string
		want    time.Time
		wantErr bool
	}{
		{"", time.Time{}, false},
		{"1700000000", time.Unix(1700000000, 0).UTC(), false},
		{" 0 ", time.Unix(0, 0).UTC(), false},
		{"yesterday", time.Time{}, true},
		{"-5", time.Time{}, true},
	}
	for _, tt := range tests {
		t.Setenv("SOURCE_DATE_EPOCH", tt.env)
		got, err := SourceDateEpoch()
		if (err != nil) != tt.wantErr || !got.Equal(tt.want) {
			t.Errorf("SOURCE_DATE_EPOCH=%q: %v, %v; want %v (error %v)", tt.env, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name, data string
		want       Format
	}{
		{"a.md", "plain words", Markdown},
		{"a.HTM", "", HTML},
		{"a.txt", "<html>", Text},
		{"", "<!DOCTYPE html><p>x", HTML},
		{"", "\ufeff<html>", HTML},
		{"", "---\ntitle: x\n---\n", Markdown},
		{"", "Title\n\n## Part\n", Markdown},
		{"", "see [this](https://x.example)", Markdown},
		{"", "Just a line.\nAnother.", Text},
		{"https://example.com/story", "<body>", HTML},
	}
	for _, tt := range tests {
		if got := DetectFormat(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("DetectFormat(%q, %q) = %q, want %q", tt.name, tt.data, got, tt.want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := Read(ctx, strings.NewReader(" \n"), ReadOptions{}); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("empty input: %v", err)
	}
	if _, err := Read(ctx, strings.NewReader("x"), ReadOptions{Format: "docx"}); err == nil {
		t.Error("an unknown format is accepted")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Read(cancelled, strings.NewReader("x"), ReadOptions{}); err != context.Canceled {
		t.Errorf("a cancelled context: %v", err)
	}
	if err := WritePDF(ctx, io.Discard, nil, PDFOptions{}); err == nil {
		t.Error("WritePDF accepts no document")
	}
}

func TestMetaOverridesAndDefaults(t *testing.T) {
	date := time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC)
	doc := readExample(t, ReadOptions{Meta: MetaOverrides{Title: "T", Authors: []string{"A", "B"}, Date: date, Language: "en-GB", Publisher: "P"}})
	m := doc.Meta
	if m.Title != "T" || len(m.Authors) != 2 || m.Authors[1].Name != "B" || !m.Date.Equal(date) || m.Language != "en-GB" || m.Publisher != "P" {
		t.Errorf("overrides not applied: %+v", m)
	}
	doc, err := Read(context.Background(), strings.NewReader("\n\n"+strings.Repeat("A sentence of body text. ", 20)), ReadOptions{Name: "dir/notes.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Language != "en" {
		t.Errorf("default language %q", doc.Meta.Language)
	}
}

// TestLanguageFromText: an input that does not name its language gets the
// one its text is written in, whatever its format; one that names it keeps
// it.
func TestLanguageFromText(t *testing.T) {
	korean := strings.Repeat("시청은 월요일 올해 요금을 올리지 않겠다고 밝혔지만, 승객들은 버스가 늦게 온다며 계획을 비판하고 있다. ", 3)
	german := strings.Repeat("Die Stadt hat am Montag mitgeteilt, dass sie die Preise in diesem Jahr nicht erhöhen wird, weil die Busse oft zu spät kommen. ", 3)
	tests := []struct{ name, input, format, want string }{
		{"Markdown in Korean", "# 버스 요금\n\n" + korean + "\n", "markdown", "ko"},
		{"Markdown in German", "# Busse\n\n" + german + "\n", "markdown", "de"},
		{"HTML without lang", "<html><head><title>버스 요금</title></head><body><article><p>" + korean + "</p><p>" + korean + "</p></article></body></html>", "html", "ko"},
		{"HTML that names its language", "<html lang=\"en\"><head><title>Busse</title></head><body><article><p>" + german + "</p><p>" + german + "</p></article></body></html>", "html", "en"},
		{"text in Korean", "버스 요금\n\n" + korean + "\n", "text", "ko"},
	}
	for _, tt := range tests {
		doc, err := Read(context.Background(), strings.NewReader(tt.input), ReadOptions{Format: Format(tt.format)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if doc.Meta.Language != tt.want {
			t.Errorf("%s: language %q, want %q", tt.name, doc.Meta.Language, tt.want)
		}
	}
}

var (
	pdfDates  = regexp.MustCompile(`/CreationDate|/ModDate|xmp:CreateDate`)
	opfMod    = regexp.MustCompile(`<meta property="dcterms:modified">([^<]*)</meta>`)
	opfDCDate = regexp.MustCompile(`<dc:date[^>]*>([^<]*)</dc:date>`)
)

// TestHonestDates: an undated article's PDF carries no dates, its EPUB
// says 1980-01-01 ("unknown"); a date given or SOURCE_DATE_EPOCH is used.
func TestHonestDates(t *testing.T) {
	date := time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC)
	epoch := time.Unix(1700000000, 0).UTC()
	tests := []struct {
		name              string
		meta              time.Time
		modified          time.Time
		pdfDated          bool
		wantMod, wantDate string
	}{
		{"undated", time.Time{}, time.Time{}, false, "1980-01-01T00:00:00Z", ""},
		{"dated", date, time.Time{}, true, "2024-03-25T00:00:00Z", "2024-03-25"},
		{"SOURCE_DATE_EPOCH, undated", time.Time{}, epoch, true, "2023-11-14T22:13:20Z", ""},
		{"SOURCE_DATE_EPOCH, dated", date, epoch, true, "2023-11-14T22:13:20Z", "2024-03-25"},
	}
	for _, tt := range tests {
		doc := readExample(t, ReadOptions{Meta: MetaOverrides{Date: tt.meta}})
		var p, e bytes.Buffer
		if err := WritePDF(context.Background(), &p, doc, PDFOptions{Modified: tt.modified}); err != nil {
			t.Fatal(err)
		}
		if got := pdfDates.Match(p.Bytes()); got != tt.pdfDated {
			t.Errorf("%s: PDF has dates: %v, want %v", tt.name, got, tt.pdfDated)
		}
		if err := WriteEPUB(context.Background(), &e, doc, EPUBOptions{NoCover: true, Modified: tt.modified}); err != nil {
			t.Fatal(err)
		}
		opf := epubFile(t, e.Bytes(), "EPUB/package.opf")
		if m := opfMod.FindStringSubmatch(opf); m == nil || m[1] != tt.wantMod {
			t.Errorf("%s: dcterms:modified %v, want %s", tt.name, m, tt.wantMod)
		}
		var gotDate string
		if m := opfDCDate.FindStringSubmatch(opf); m != nil {
			gotDate = m[1]
		}
		if gotDate != tt.wantDate {
			t.Errorf("%s: dc:date %q, want %q", tt.name, gotDate, tt.wantDate)
		}
	}
}

func epubFile(t *testing.T, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestConcurrentConversions runs conversions side by side: with no global
// state in the write path, each gives the bytes of a conversion run alone
// (run it with -race).
func TestConcurrentConversions(t *testing.T) {
	ctx := context.Background()
	convert := func() (epub, pdf []byte) {
		doc := readExample(t, ReadOptions{})
		var e, p bytes.Buffer
		if err := WriteEPUB(ctx, &e, doc, EPUBOptions{}); err != nil {
			t.Error(err)
		}
		if err := WritePDF(ctx, &p, doc, PDFOptions{}); err != nil {
			t.Error(err)
		}
		return e.Bytes(), p.Bytes()
	}
	wantE, wantP := convert()
	const n = 3
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e, p := convert()
			if !bytes.Equal(e, wantE) || !bytes.Equal(p, wantP) {
				t.Error("a concurrent conversion gave different bytes")
			}
		}()
	}
	wg.Wait()
}
