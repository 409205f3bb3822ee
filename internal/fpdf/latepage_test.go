package fpdf

import (
	"bytes"
	"strings"
	"testing"
)

// TestAppendToEndedPage checks that content added to a streamed page
// after it ended goes to a second content stream of that page, and that OnPage puts links on
// that page, not on the current one.
func TestAppendToEndedPage(t *testing.T) {
	f := New("P", "pt", "A4", "")
	f.SetCompression(true)
	f.SetStreamPages(true)
	f.SetFont("Helvetica", "", 10)
	for _, s := range []string{"first page", "second page", "third page"} {
		f.AddPage()
		f.Text(40, 40, s)
	}
	f.AppendToPage(1, func() { f.Text(40, 800, "1 / 3") })
	f.AppendToPage(3, func() { f.Text(40, 800, "3 / 3") }) // the page being drawn
	f.OnPage(1, func() { f.LinkString(10, 10, 20, 20, "https://example.com/") })
	if f.page != 3 || len(f.pageLinks[1]) != 1 || len(f.pageLinks[3]) != 0 {
		t.Fatalf("current page %d, links on page 1: %d, on page 3: %d", f.page, len(f.pageLinks[1]), len(f.pageLinks[3]))
	}
	if s := string(f.pagesMore[1]); !strings.Contains(s, "(1 / 3)") || f.pagesZ[1] == nil {
		t.Errorf("page 1: second stream %q, first kept compressed: %v", s, f.pagesZ[1] != nil)
	}
	if s := f.pages[3].String(); !strings.Contains(s, "(3 / 3)") {
		t.Errorf("page 3 content: %q", s)
	}
	var out bytes.Buffer
	if err := f.Output(&out); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(out.Bytes(), []byte("/Contents [")); n != 1 {
		t.Errorf("%d pages with two content streams, want 1 (page 1)", n)
	}
}
