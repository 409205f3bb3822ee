package pdf_test

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/offprint/offprint/export/pdf"
	"github.com/offprint/offprint/internal/testtool"
)

// TestJustifiedEdges reads the line boxes back with pdftotext: justified
// lines, whose glyphs the layout widened or narrowed (TextRun.Expand),
// must end at the same right edge, which they only do when the PDF
// scales the glyphs as the layout measured them. The edge is where most
// lines end: a line ending in punctuation hangs past it (optical margin
// alignment) and is not counted.
func TestJustifiedEdges(t *testing.T) {
	path, _ := write(t, example(t), pdf.Options{Style: style(t, "a5"), Modified: date})
	out := testtool.Run(t, "pdftotext", "-bbox-layout", path, "-")
	var ends []float64
	count := map[float64]int{}
	for _, m := range regexp.MustCompile(`<line xMin="[0-9.]+" yMin="[0-9.]+" xMax="([0-9.]+)"`).FindAllStringSubmatch(out, -1) {
		x, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			t.Fatal(err)
		}
		ends = append(ends, x)
		count[float64(int(x*10+0.5))/10]++
	}
	right, most := 0.0, 0
	for x, n := range count {
		if n > most || n == most && x > right {
			right, most = x, n
		}
	}
	// without the scaling, lines end up to 2% (6pt) off the edge; a last
	// line of a paragraph may end just short of it by chance
	near, off := 0, 0
	for _, x := range ends {
		switch {
		case x > right+0.15:
			// hanging punctuation
		case x >= right-0.15:
			near++
		case x > right-3:
			off++
		}
	}
	if near < 50 || off > 2 {
		t.Errorf("%d lines end at the justified edge %.2fpt, %d within 3pt short of it", near, right, off)
	}
}
