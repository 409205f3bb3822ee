package check

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/offprint/offprint/internal/fpdf"

	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/internal/testtool"
)

// pdfSpec describes a PDF for fpdfDoc to make.
type pdfSpec struct {
	coreFont bool   // Helvetica (not embedded) instead of embedded Noto Serif
	pages    int    // number of pages
	outline  bool   // a bookmark per page
	title    string // /Info /Title
	lang     string // /Lang
	trim     bool   // a TrimBox larger than the page
}

// fpdfDoc makes a PDF with fpdf, like offprint's exporter does.
func fpdfDoc(t testing.TB, s pdfSpec) []byte {
	t.Helper()
	pdf := fpdf.New("P", "pt", "A5", "")
	pdf.SetCreationDate(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	pdf.SetCatalogSort(true)
	if s.title != "" {
		pdf.SetTitle(s.title, true)
	}
	if s.lang != "" {
		pdf.SetLang(s.lang)
	}
	family := "Helvetica"
	if !s.coreFont {
		family = "Noto"
		pdf.AddUTF8FontFromBytes(family, "", fonts.MustGet(fonts.Regular).Data)
	}
	for i := range s.pages {
		pdf.AddPage()
		if s.trim {
			pdf.SetPageBox("trim", -10, -10, 1000, 1000)
		}
		pdf.SetFont(family, "", 12)
		if s.outline {
			pdf.Bookmark(fmt.Sprintf("Page %d", i+1), 0, 0)
		}
		pdf.Cell(200, 20, fmt.Sprintf("Page %d — café", i+1))
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// good is a PDF spec that passes every rule.
var good = pdfSpec{pages: 2, outline: true, title: "A title", lang: "en"}

func TestFPDF(t *testing.T) {
	with := func(f func(*pdfSpec)) pdfSpec { s := good; f(&s); return s }
	for _, tc := range []struct {
		name string
		spec pdfSpec
		want []string
	}{
		{"embedded font, outline, title, lang", good, nil},
		{"one page needs no outline", with(func(s *pdfSpec) { s.pages, s.outline = 1, false }), nil},
		{"core font", with(func(s *pdfSpec) { s.coreFont = true }), []string{"pdf-font-not-embedded"}},
		{"two pages without outline", with(func(s *pdfSpec) { s.outline = false }), []string{"pdf-no-outline"}},
		{"no title", with(func(s *pdfSpec) { s.title = "" }), []string{"pdf-no-title"}},
		{"no lang", with(func(s *pdfSpec) { s.lang = "" }), []string{"pdf-no-lang"}},
		{"trim box outside media box", with(func(s *pdfSpec) { s.trim = true }), []string{"pdf-trimbox"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := fpdfDoc(t, tc.spec)
			ps, err := PDF(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if got := rules(ps); !slices.Equal(got, tc.want) {
				t.Errorf("rules = %v, want %v\n%v", got, tc.want, ps)
			}
		})
	}
}

// TestGoodPDFAgreesWithTools checks that the reference tools accept the PDF
// this package passes clean.
func TestGoodPDFAgreesWithTools(t *testing.T) {
	path := filepath.Join(t.TempDir(), "good.pdf")
	if err := os.WriteFile(path, fpdfDoc(t, good), 0o644); err != nil {
		t.Fatal(err)
	}
	testtool.QPDFCheck(t, path)
	testtool.FontsEmbedded(t, path)
}

// rawPDF assembles a PDF from object bodies (numbered from 1) with a correct
// xref table; trailer is the trailer dictionary's content.
func rawPDF(trailer string, objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailer, xref)
	return b.Bytes()
}

const (
	rawCatalog = "<< /Type /Catalog /Pages 2 0 R /Lang (en) >>"
	rawPages   = "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 420 595] >>"
	rawInfo    = "/Root 1 0 R /Info 5 0 R"
	rawTitle   = "<< /Title (T) >>"
)

// rawPage returns a page object using font object 4.
func rawPage(extra string) string {
	return "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> " + extra + " >>"
}

func TestRawPDF(t *testing.T) {
	embedded := "<< /Type /Font /Subtype /TrueType /BaseFont /X /FontDescriptor 6 0 R >>"
	desc := "<< /Type /FontDescriptor /FontFile2 7 0 R >>"
	prog := "<< /Length 3 >>\nstream\nabc\nendstream"
	good := rawPDF(rawInfo, rawCatalog, rawPages, rawPage(""), embedded, rawTitle, desc, prog)
	xmp := "<< /Type /Metadata /Subtype /XML /Length 95 >>\nstream\n" +
		`<x:xmpmeta><dc:title><rdf:Alt><rdf:li xml:lang="x-default">A title</rdf:li></rdf:Alt></dc:title>` + "\nendstream"
	for _, tc := range []struct {
		name string
		data []byte
		want []string
	}{
		{"good", good, nil},
		{"header not at start", append([]byte("junk\n"), good...), []string{"pdf-header", "pdf-xref"}},
		{"broken startxref", bytes.Replace(good, []byte("startxref\n"), []byte("startxref\n9"), 1), []string{"pdf-xref"}},
		{"one xref offset wrong", misplace(good, 5), []string{"pdf-xref"}},
		{"cyclic page tree", rawPDF(rawInfo, rawCatalog, "<< /Type /Pages /Kids [2 0 R] /Count 1 >>", "null", "null", rawTitle),
			[]string{"pdf-no-pages", "pdf-structure"}},
		{"self reference", rawPDF("/Root 1 0 R /Info 2 0 R", rawCatalog, "2 0 R"), []string{"pdf-no-pages", "pdf-no-title"}},
		{"no catalog", rawPDF("/Root 9 0 R", "null"), []string{"pdf-structure"}},
		{"no media box", rawPDF(rawInfo, rawCatalog, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", rawPage(""), embedded, rawTitle, desc, prog),
			[]string{"pdf-page-size"}},
		{"huge page", rawPDF(rawInfo, rawCatalog, rawPages, rawPage("/MediaBox [0 0 20000 595]"), embedded, rawTitle, desc, prog),
			[]string{"pdf-page-size"}},
		{"Type3 font", rawPDF(rawInfo, rawCatalog, rawPages, rawPage(""), "<< /Type /Font /Subtype /Type3 >>", rawTitle), nil},
		{"Type0 font not embedded", rawPDF(rawInfo, rawCatalog, rawPages, rawPage(""),
			"<< /Type /Font /Subtype /Type0 /BaseFont /Y /DescendantFonts [6 0 R] >>", rawTitle,
			"<< /Type /Font /Subtype /CIDFontType2 /FontDescriptor << /FontName /Y >> >>"), []string{"pdf-font-not-embedded"}},
		{"font in form xobject", rawPDF(rawInfo, rawCatalog, rawPages,
			"<< /Type /Page /Parent 2 0 R /Resources << /XObject << /X1 4 0 R >> >> >>",
			"<< /Type /XObject /Subtype /Form /Resources << /Font << /F 6 0 R >> >> /Length 0 >>\nstream\n\nendstream",
			rawTitle, "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>"), []string{"pdf-font-not-embedded"}},
		{"XMP title", rawPDF("/Root 1 0 R", "<< /Type /Catalog /Pages 2 0 R /Lang (en) /Metadata 5 0 R >>", rawPages, rawPage(""), embedded, xmp, desc, prog), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := PDF(bytes.NewReader(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			if got := rules(ps); !slices.Equal(got, tc.want) {
				t.Errorf("rules = %v, want %v\n%v", got, tc.want, ps)
			}
		})
	}
}

// misplace points the xref entry of object num (a direct object) at the
// start of the file, as damaged or hand-edited files do.
func misplace(data []byte, num int) []byte {
	i := bytes.LastIndex(data, []byte("xref\n0 "))
	lines := bytes.SplitAfter(data[i:], []byte("\n"))
	lines[2+num] = []byte("0000000009 00000 n \n")
	return append(bytes.Clone(data[:i]), bytes.Join(lines, nil)...)
}

func TestNotAPDF(t *testing.T) {
	for _, data := range []string{"", "hello", strings.Repeat("x", 5000)} {
		if _, err := PDF(strings.NewReader(data)); err == nil {
			t.Errorf("PDF(%q): no error", truncate(data, 10))
		}
	}
}
