package html

import (
	"slices"
	"testing"

	"github.com/offprint/offprint/content"
)

func TestDropHeadFurniture(t *testing.T) {
	para := func(s string) content.Block { return &content.Paragraph{Inlines: content.T(s)} }
	link := func(url, s string) content.Block {
		return &content.Paragraph{Inlines: []content.Inline{&content.Link{URL: url, Inlines: content.T(s)}}}
	}
	body := para("The article begins here, with a sentence of some length.")
	for _, tc := range []struct {
		name    string
		authors []string
		in      []content.Block
		kept    int
		author  string
	}{
		{"known author and counters", []string{"Priya Raman"}, []content.Block{link("https://medium.com/@priya", "Priya Raman"), para("1.4K"), para("38"), body}, 1, "Priya Raman"},
		{"by line and reading time", []string{"Ann Lee"}, []content.Block{para("By Ann Lee"), para("7 min read"), body}, 1, "Ann Lee"},
		{"profile link names the author", nil, []content.Block{link("https://example.com/author/ann-lee/", "Ann Lee"), para("Follow"), body}, 1, "Ann Lee"},
		{"bare numbers alone stay", nil, []content.Block{para("1999"), para("38"), body}, 3, ""},
		{"other name stays", []string{"Ann Lee"}, []content.Block{para("Bo Chen"), para("38"), body}, 3, "Ann Lee"},
		{"non-profile link stays", nil, []content.Block{link("https://example.com/history/mills", "Tide Mills"), para("12"), body}, 3, ""},
		{"long number stays", []string{"Ann Lee"}, []content.Block{para("1,234,567"), body}, 2, "Ann Lee"},
		{"byline with date", []string{"Ruth Okafor"}, []content.Block{para("By Ruth Okafor — 18 March 2024"), body}, 1, "Ruth Okafor"},
		{"byline with date and reading time", []string{"Ann Lee"}, []content.Block{para("Ann Lee · 5 December 2023 · 8 min read"), body}, 1, "Ann Lee"},
		{"byline of two", []string{"Ann Lee", "Bo Chen"}, []content.Block{para("By Ann Lee and Bo Chen | May 14, 2024"), body}, 1, "Ann Lee"},
		{"byline with a role stays", []string{"Ann Lee"}, []content.Block{para("By Ann Lee — data editor"), body}, 2, "Ann Lee"},
		{"byline of someone else stays", []string{"Ann Lee"}, []content.Block{para("By Bo Chen — 18 March 2024"), body}, 2, "Ann Lee"},
		{"date line alone is not a byline", []string{"Ann Lee"}, []content.Block{para("18 March 2024 · 8 min read"), body}, 2, "Ann Lee"},
		{"furniture after text stays", []string{"Ann Lee"}, []content.Block{body, para("Ann Lee"), para("1.4K")}, 3, "Ann Lee"},
	} {
		m := &content.Meta{}
		for _, a := range tc.authors {
			m.Authors = append(m.Authors, content.Author{Name: a})
		}
		got := dropHeadFurniture(append([]content.Block(nil), tc.in...), m)
		author := ""
		if len(m.Authors) > 0 {
			author = m.Authors[0].Name
		}
		if len(got) != tc.kept || author != tc.author || len(m.Authors) > max(1, len(tc.authors)) {
			t.Errorf("%s: kept %d blocks, authors %v; want %d, %q", tc.name, len(got), m.Authors, tc.kept, tc.author)
		}
	}
}

func TestDropToolLines(t *testing.T) {
	para := func(s string) content.Block { return &content.Paragraph{Inlines: content.T(s)} }
	blocks := []content.Block{
		para("Enlarge Image"), para("The ferry sailed again on Monday."), para("\u200b"), para("."),
		para("Zum Vergrößern bitte anklicken"), para("Bild anzeigen Bild schließen"), para("Enlarge the image to see the crack."),
	}
	var got []string
	for _, b := range dropToolLines(blocks) {
		got = append(got, content.PlainText(b.(*content.Paragraph).Inlines))
	}
	want := []string{"The ferry sailed again on Monday.", "Enlarge the image to see the crack."}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
