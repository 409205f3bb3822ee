package content

import (
	"testing"

	"github.com/offprint/offprint/internal/testtool"
)

// TestAssignIDsRepeatedHeadings: n headings with the same text get -2 …
// -n in order, in time linear in n (issue 14: the counter restarted at 2
// for every heading, quadratic for a book of repeated chapters).
func TestAssignIDsRepeatedHeadings(t *testing.T) {
	doc := repeatedHeadings(5)
	doc.Blocks = append(doc.Blocks, &Heading{Level: 2, Inlines: T("Other"), ID: "same-6"})
	AssignIDs(doc)
	want := []string{"same", "same-2", "same-3", "same-4", "same-5", "same-6"}
	for i, b := range doc.Blocks {
		if id := b.(*Heading).ID; id != want[i] {
			t.Errorf("heading %d: id %q, want %q", i, id, want[i])
		}
	}
	testtool.Integration(t)
	testtool.Linear(t, 20000, func(b *testing.B, n int) {
		for b.Loop() {
			b.StopTimer()
			doc := repeatedHeadings(n)
			b.StartTimer()
			AssignIDs(doc)
		}
	})
}

func repeatedHeadings(n int) *Document {
	doc := &Document{}
	for range n {
		doc.Blocks = append(doc.Blocks, &Heading{Level: 2, Inlines: T("Same")})
	}
	return doc
}
