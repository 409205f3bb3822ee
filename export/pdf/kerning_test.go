package pdf_test

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/pdf"
	"github.com/offprint/offprint/internal/testtool"
	"github.com/offprint/offprint/layout"
)

// TestKerningInPDF measures kerned pairs from the glyph positions mupdf
// reads from the PDF (mutool draw -F stext): from the first letter to the
// second, in ems of the type, within 0.01 em of what HarfBuzz (hb-shape
// 6.0.0) gives for Noto Serif Regular with its kerning.
func TestKerningInPDF(t *testing.T) {
	testtool.Integration(t)
	testtool.Require(t, "mutool")
	want := map[string]float64{"Va": 0.615, "Vo": 0.615, "Ta": 0.583, "We": 0.987, "AV": 0.625}
	doc := &content.Document{Blocks: []content.Block{&content.Paragraph{Inlines: content.T("Va Vo Ta We AV")}}}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	st := layout.DefaultStyle()
	st.Align = layout.AlignLeft
	st.NoSystemFonts = true
	path, _ := write(t, doc, pdf.Options{Style: st, Modified: date})
	out := testtool.Run(t, "mutool", "draw", "-q", "-F", "stext", "-o", "-", path, "1")
	chars := regexp.MustCompile(`<font name="NotoSerif-Regular" size="([0-9.]+)">|<char [^>]*x="([0-9.]+)"[^>]*c="([^"]*)"`).FindAllStringSubmatch(out, -1)
	size := 0.0
	got := map[string]float64{}
	for i, m := range chars {
		if m[1] != "" {
			size, _ = strconv.ParseFloat(m[1], 64)
			continue
		}
		if i+1 >= len(chars) || chars[i+1][3] == "" || size == 0 {
			continue
		}
		pair := m[3] + chars[i+1][3]
		if _, ok := want[pair]; ok {
			x0, _ := strconv.ParseFloat(m[2], 64)
			x1, _ := strconv.ParseFloat(chars[i+1][2], 64)
			got[pair] = (x1 - x0) / size
		}
	}
	for pair, em := range want {
		g, ok := got[pair]
		switch {
		case !ok:
			t.Errorf("%s: not found in the PDF's text", pair)
		case math.Abs(g-em) > 0.01:
			t.Errorf("%s: %.3f em, want %.3f", pair, g, em)
		}
	}
}

// TestLigaturesExtract checks that words set with the fi, fl, ff and ffi
// ligatures, upright and italic, come back whole from pdftotext.
func TestLigaturesExtract(t *testing.T) {
	testtool.Integration(t)
	words := "office affluent fluffy finally afflicted"
	doc := &content.Document{Blocks: []content.Block{&content.Paragraph{Inlines: []content.Inline{
		&content.Text{Text: words + " "}, &content.Emph{Inlines: content.T(words)}}}}}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	path, _ := write(t, doc, pdf.Options{Modified: date})
	text := strings.Join(strings.Fields(testtool.PDFText(t, path)), " ")
	if !strings.Contains(text, words+" "+words) {
		t.Errorf("pdftotext gives %q, want %q twice", text, words)
	}
}
