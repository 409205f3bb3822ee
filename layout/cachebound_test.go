package layout

import (
	"strconv"
	"testing"

	"github.com/offprint/offprint/fonts"
)

// TestCachesBounded: issue 14 (a page of a million paragraphs). A text
// of ever new words (numbered paragraphs) does not grow the per-word
// shaping and hyphenation caches past maxCached, and a word shaped again
// after the caches started over has the same glyphs.
func TestCachesBounded(t *testing.T) {
	ts := testTypesetter(t)
	first := ts.width("Paragraph", fonts.Regular, 10*Pt)
	for i := range maxCached + 100 {
		w := "Number" + strconv.Itoa(i)
		ts.width(w, fonts.Regular, 10*Pt)
		ts.hyphenPoints(w)
	}
	if n := len(ts.sh.texts); n > maxCached || len(ts.hcache) > maxCached {
		t.Errorf("caches hold %d shaped texts and %d hyphenations, bound %d", n, len(ts.hcache), maxCached)
	}
	if again := ts.width("Paragraph", fonts.Regular, 10*Pt); again != first {
		t.Errorf("width %v after the caches started over, %v before", again, first)
	}
}
