package layout_test

import (
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/testdoc"
	"github.com/offprint/offprint/layout"
)

// example returns the sample article as the CLI would hand it over.
func example(tb testing.TB) *content.Document {
	tb.Helper()
	return testdoc.Example(tb)
}

// paper returns the default style on a named paper.
func paper(tb testing.TB, name string) layout.Style {
	tb.Helper()
	st := layout.DefaultStyle()
	w, h, err := layout.ParsePaper(name)
	if err != nil {
		tb.Fatal(err)
	}
	st.PaperWidth, st.PaperHeight = w, h
	return st
}

// bigDocument repeats the example's body n times in one document.
func bigDocument(tb testing.TB, n int) *content.Document {
	ex := example(tb)
	doc := &content.Document{Meta: ex.Meta, Notes: ex.Notes}
	for range n {
		doc.Blocks = append(doc.Blocks, ex.Blocks...)
	}
	return doc
}

// words returns the words of a result's text runs, page by page, with
// hyphenated line ends joined back.
func words(r *layout.Result) []string {
	var sb strings.Builder
	for _, pg := range r.Pages {
		for _, t := range pg.Texts {
			sb.WriteString(t.Text)
			if !strings.HasSuffix(t.Text, "-") {
				sb.WriteByte(' ')
			}
		}
	}
	return strings.Fields(sb.String())
}

// arabicDocument is an Arabic article of n paragraphs with embedded
// Latin words and numbers.
func arabicDocument(n int) *content.Document {
	doc := &content.Document{Meta: content.Meta{Title: "مكتبة الإسكندرية تفتح قاعة جديدة للمخطوطات النادرة", Language: "ar"}}
	for range n {
		doc.Blocks = append(doc.Blocks, &content.Paragraph{Inlines: content.T(
			"وتعمل المكتبة منذ عام 2019 على رقمنة مجموعتها بالكامل باستخدام برنامج Open Library الحر، وقد أتاحت حتى الآن نحو أربعين ألف صفحة (أي 40000 صفحة) للباحثين عبر الإنترنت مجاناً، ويأمل القائمون على المشروع أن تجذب القاعة الجديدة الطلاب والباحثين من مختلف أنحاء العالم العربي.")})
	}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	return doc
}
