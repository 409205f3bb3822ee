package check

import (
	"bytes"
	"fmt"
	"slices"
	"testing"
)

// taggedPDF is a one-page tagged PDF whose page draws content and has
// one link annotation; catalog, page, annotation and ParentTree entries
// can be replaced.
func taggedPDF(content, catalog, page, annot, nums string) []byte {
	embedded := "<< /Type /Font /Subtype /TrueType /BaseFont /X /FontDescriptor 6 0 R >>"
	desc := "<< /Type /FontDescriptor /FontFile2 7 0 R >>"
	prog := "<< /Length 3 >>\nstream\nabc\nendstream"
	stream := fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content)
	return rawPDF(rawInfo, catalog, rawPages, rawPage(page), embedded, rawTitle, desc, prog,
		"<< /Type /StructTreeRoot /K [11 0 R] /ParentTree << /Nums ["+nums+"] >> >>",
		stream, annot, "<< /Type /StructElem /S /P /P 8 0 R /Pg 3 0 R /K [0 << /Type /OBJR /Obj 10 0 R >>] >>")
}

func TestTaggedPDF(t *testing.T) {
	const (
		catalog = "<< /Type /Catalog /Pages 2 0 R /Lang (en) /MarkInfo << /Marked true >> /StructTreeRoot 8 0 R >>"
		page    = "/StructParents 0 /Contents 9 0 R /Annots [10 0 R]"
		annot   = "<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] /StructParent 1 >>"
		nums    = "0 [11 0 R] 1 11 0 R"
		marked  = "/P <</MCID 0>> BDC BT /F1 12 Tf 9 9 Td (a) Tj ET EMC /Artifact BMC 0 0 m 9 9 l S EMC"
	)
	for _, tc := range []struct {
		name                                string
		content, catalog, page, annot, nums string
		want                                []string
	}{
		{"good", marked, catalog, page, annot, nums, nil},
		{"untagged document", "BT (a) Tj ET", rawCatalog, page, annot, nums, nil},
		{"no structure tree", marked, "<< /Type /Catalog /Pages 2 0 R /Lang (en) /MarkInfo << /Marked true >> >>", page, annot, nums,
			[]string{"pdf-tag-structure"}},
		{"text outside marked content", marked + " BT (b) Tj ET", catalog, page, annot, nums, []string{"pdf-tag-unmarked"}},
		{"in a span, not an element", "/Span <</ActualText (x)>> BDC BT (b) Tj ET EMC " + marked, catalog, page, annot, nums,
			[]string{"pdf-tag-unmarked"}},
		{"nested in an element", "/P <</MCID 0>> BDC /Span <</ActualText (x)>> BDC BT (b) Tj ET EMC EMC", catalog, page, annot, nums, nil},
		{"picture outside", marked + " q 9 0 0 9 0 0 cm /Im1 Do Q", catalog, page, annot, nums, []string{"pdf-tag-unmarked"}},
		{"MCID not in the ParentTree", marked + " /P <</MCID 1>> BDC BT (b) Tj ET EMC", catalog, page, annot, nums, []string{"pdf-tag-parenttree"}},
		{"page without StructParents", marked, catalog, "/Contents 9 0 R /Annots [10 0 R]", annot, nums, []string{"pdf-tag-parenttree"}},
		{"link without StructParent", marked, catalog, page, "<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] >>", nums, []string{"pdf-tag-annotation"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := PDF(bytes.NewReader(taggedPDF(tc.content, tc.catalog, tc.page, tc.annot, tc.nums)))
			if err != nil {
				t.Fatal(err)
			}
			if got := rules(ps); !slices.Equal(got, tc.want) {
				t.Errorf("rules = %v, want %v\n%v", got, tc.want, ps)
			}
		})
	}
}
