package pdf_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/pdf"
	"github.com/offprint/offprint/internal/testtool"
)

// rtlDocument is a short Arabic article with a Hebrew quotation.
func rtlDocument() *content.Document {
	doc := &content.Document{
		Meta: content.Meta{Title: "مكتبة الإسكندرية تفتح قاعة جديدة", Language: "ar"},
		Blocks: []content.Block{
			&content.Paragraph{Inlines: content.T("افتتحت مكتبة الإسكندرية يوم الأحد قاعة جديدة مخصصة لعرض المخطوطات النادرة منذ عام 2019.")},
			&content.Paragraph{Inlines: []content.Inline{&content.Strong{Inlines: content.T("خبر")}, &content.Text{Text: " ثم שָׁלוֹם עולם."}}},
		},
	}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	return doc
}

// TestRightToLeftFonts checks that the Arabic and Hebrew faces are
// embedded when used, and only then, in a valid reproducible PDF.
func TestRightToLeftFonts(t *testing.T) {
	path, a := write(t, rtlDocument(), pdf.Options{Modified: date})
	testtool.QPDFCheck(t, path)
	testtool.FontsEmbedded(t, path)
	list := strings.ToLower(testtool.Run(t, "pdffonts", path))
	for _, f := range []string{"+notonaskharabic-regular ", "+notonaskharabic-bold ", "+notoserifhebrew-regular "} {
		if !strings.Contains(list, f) {
			t.Errorf("pdffonts does not list %q:\n%s", f, list)
		}
	}
	text := testtool.PDFText(t, path)
	if strings.Contains(text, "\uFFFD") {
		t.Error("the PDF prints U+FFFD")
	}
	// pdftotext reads the /ActualText letters right to left, wrapped in
	// directional marks
	text = strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if r >= 0x202A && r <= 0x202E {
			return -1
		}
		return r
	}, text)), " ")
	for _, w := range []string{"افتتحت مكتبة الإسكندرية يوم الأحد", "مكتبة الإسكندرية تفتح قاعة جديدة", "עולם"} {
		if !strings.Contains(text, w) {
			t.Errorf("pdftotext lacks %q:\n%s", w, text)
		}
	}
	_, b := write(t, rtlDocument(), pdf.Options{Modified: date})
	if !bytes.Equal(a, b) {
		t.Error("two writes of the same right-to-left document differ")
	}
	latin, _ := write(t, example(t), pdf.Options{Modified: date})
	if l := testtool.Run(t, "pdffonts", latin); strings.Contains(strings.ToLower(l), "naskh") || strings.Contains(strings.ToLower(l), "hebrew") {
		t.Errorf("a Latin document embeds right-to-left faces:\n%s", l)
	}
}
