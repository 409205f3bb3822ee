package layout_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/layout"
)

// bodyLines counts the distinct baselines of body-size text on a page.
func bodyLines(pg layout.Page, size layout.Length) int {
	ys := map[layout.Length]bool{}
	for _, r := range pg.Texts {
		if r.Size == size {
			ys[r.Y] = true
		}
	}
	return len(ys)
}

// TestLastPageNotLonely lays out documents of growing length that end
// with a one-line paragraph: whenever the last page would hold a lone
// line (or two) while the page before has lines to spare, the break
// before it must move so that the last page has at least three lines.
func TestLastPageNotLonely(t *testing.T) {
	para := strings.Repeat("The group has claimed responsibility for attacks in several countries and its affiliates remain active. ", 4)
	for _, name := range []string{"a4", "a5", "ereader"} {
		st := paper(t, name)
		st.FontSize = 10 * layout.Pt
		lonely := 0
		for n := 1; n <= 40; n++ {
			doc := &content.Document{}
			for i := range n {
				doc.Blocks = append(doc.Blocks, &content.Paragraph{Inlines: content.T(fmt.Sprintf("%d. %s", i, para[:len(para)-i*7]))})
			}
			doc.Blocks = append(doc.Blocks, &content.Paragraph{Inlines: content.T("A last short line.")})
			res, err := layout.Layout(doc, st)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Pages) < 2 {
				continue
			}
			if k := bodyLines(res.Pages[len(res.Pages)-1], st.FontSize); k < 3 {
				lonely++
				t.Errorf("%s, %d paragraphs: %d line(s) alone on the last page", name, n+1, k)
			}
		}
		t.Logf("%s: %d lonely last pages", name, lonely)
	}
}

// TestBioRuleKeptWithBio lays out documents of growing length that end
// with an author's bio: the short rule above the bio never ends a page
// on its own.
func TestBioRuleKeptWithBio(t *testing.T) {
	para := strings.Repeat("The group has claimed responsibility for attacks in several countries and its affiliates remain active. ", 3)
	st := paper(t, "a5")
	for n := 1; n <= 30; n++ {
		doc := &content.Document{Meta: content.Meta{Authors: []content.Author{{Name: "A. Writer", Bio: strings.Repeat("A. Writer covers the region for the paper and has written two books about it. ", 3)}}}}
		for i := range n {
			doc.Blocks = append(doc.Blocks, &content.Paragraph{Inlines: content.T(fmt.Sprintf("%d. %s", i, para[:len(para)-i*5]))})
		}
		res, err := layout.Layout(doc, st)
		if err != nil {
			t.Fatal(err)
		}
		for _, pg := range res.Pages {
			rule, bio := false, false
			for _, r := range pg.Rules {
				rule = rule || r.Thickness == layout.Pt/2
			}
			for _, r := range pg.Texts {
				bio = bio || strings.Contains(r.Text, "Writer")
			}
			if rule && !bio {
				t.Errorf("%d paragraphs: page %d ends with the bio's rule, the bio is on the next page", n, pg.Number)
			}
		}
	}
}
