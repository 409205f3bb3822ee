package layout

import (
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

// TestShapeCache checks that a word is shaped once however often it
// occurs, and reports what the cache holds.
func TestShapeCache(t *testing.T) {
	ts := testTypesetter(t)
	ts.language("en")
	st := textStyle{face: fonts.Regular, size: 10 * Pt, align: AlignJustify}
	text := strings.Repeat("The office staff affirmed the official figures again. ", 40)
	ts.breakText(content.T(text), st, 200*Pt)
	misses := ts.sh.misses
	ts.breakText(content.T(text), st, 200*Pt)
	if ts.sh.misses != misses {
		t.Errorf("the second setting shaped %d texts again", ts.sh.misses-misses)
	}
	if misses > 40 {
		t.Errorf("%d texts shaped for 8 distinct words", misses)
	}
	n, bytes := ts.sh.cacheCost()
	if n == 0 || bytes == 0 || bytes > 64<<10 {
		t.Errorf("cache: %d entries, %d bytes", n, bytes)
	}
	t.Logf("shaped %d, hits %d, cache %d entries ≈ %d bytes", misses, ts.sh.hits, n, bytes)
}
