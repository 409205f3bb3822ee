package pdf_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/offprint/offprint/export/pdf"
	"github.com/offprint/offprint/internal/testdoc"
	"github.com/offprint/offprint/internal/testtool"
)

// TestMultiScriptPDF writes the multi-script specimen with the machine's
// fonts (Debian's fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji;
// it fails without them): no warning, no U+FFFD in the text pdftotext
// reads, every font an embedded subset, qpdf clean, the same bytes twice.
func TestMultiScriptPDF(t *testing.T) {
	testtool.Integration(t)
	var warnings []string
	opts := pdf.Options{Modified: date, Warn: func(s string) { warnings = append(warnings, s) }}
	path, a := write(t, testdoc.MultiScript(), opts)
	if len(warnings) > 0 {
		t.Errorf("warnings: %v", warnings)
	}
	testtool.QPDFCheck(t, path)
	testtool.FontsEmbedded(t, path)
	text := testtool.PDFText(t, path)
	if strings.ContainsRune(text, '\uFFFD') {
		t.Errorf("pdftotext reads U+FFFD:\n%s", text)
	}
	for _, w := range []string{"office", "αλεπού", "французских", "阅览室", "ひらがな", "도서관은", "वाचनालय", "الإسكندرية", "English", "עולם"} {
		if !strings.Contains(text, w) {
			t.Errorf("pdftotext lacks %q", w)
		}
	}
	if _, b := write(t, testdoc.MultiScript(), opts); !bytes.Equal(a, b) {
		t.Error("two writes of the specimen differ")
	}
}
