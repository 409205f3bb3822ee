package epub_test

import (
	"encoding/xml"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/epub"
	"github.com/offprint/offprint/internal/testtool"
)

// wideTableDoc is an article with a table too wide for a phone: twelve
// columns, long words, numbers and cells of several lines.
func wideTableDoc() *content.Document {
	head := []string{"Country", "Capital", "Population (m)", "Area (km²)", "GDP ($bn)", "GDP per head ($)",
		"Life expectancy", "Median age", "Urban share", "Rail network (km)", "Internet users", "Official languages"}
	rows := [][]string{
		{"Portugal", "Lisbon", "10.4", "92,212", "255", "24,540", "81.1", "46.2", "67%", "2,526", "85%", "Portuguese"},
		{"Belgium", "Brussels", "11.8", "30,689", "632", "53,560", "81.9", "41.8", "98%", "3,607", "94%", "Dutch, French, German"},
		{"Netherlands", "Amsterdam", "17.9", "41,850", "1,118", "62,460", "81.7", "42.6", "93%", "3,223", "97%", "Dutch"},
		{"Switzerland", "Bern", "8.8", "41,285", "885", "100,570", "83.9", "42.7", "74%", "5,317", "96%", "German, French, Italian, Romansh"},
		{"Liechtenstein", "Vaduz", "0.04", "160", "7", "197,500", "83.0", "43.7", "14%", "9", "99%", "German"},
	}
	tbl := &content.Table{}
	var hcells []content.Cell
	for _, h := range head {
		hcells = append(hcells, content.Cell{Inlines: tx(h)})
	}
	tbl.Header = [][]content.Cell{hcells}
	for _, r := range rows {
		var cells []content.Cell
		for _, c := range r {
			cells = append(cells, content.Cell{Inlines: tx(c)})
		}
		tbl.Rows = append(tbl.Rows, cells)
	}
	return &content.Document{
		Meta: content.Meta{Title: "Western Europe in numbers", Language: "en"},
		Blocks: []content.Block{
			para(text("The table below is meant to be read across a row.")),
			tbl,
			para(text("Figures are rounded.")),
		},
	}
}

// TestMuPDFTable renders a wide table with mutool, MuPDF's renderer (as
// SumatraPDF and other MuPDF readers lay EPUBs out), on a phone-sized and
// a tablet-sized page, and checks that no rule crosses a glyph and that no
// two glyphs of a line overlap (a word running into the next column).
func TestMuPDFTable(t *testing.T) {
	mutool := testtool.Require(t, "mutool")
	dir := t.TempDir()
	file := filepath.Join(dir, "table.epub")
	if d := os.Getenv("OFFPRINT_EPUB_SAMPLES"); d != "" {
		dir, file = d, filepath.Join(d, "table.epub")
	}
	if err := os.WriteFile(file, write(t, wideTableDoc(), epub.Options{NoCover: true}), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]string{{"360", "540"}, {"420", "595"}, {"800", "600"}} {
		t.Run(size[0]+"x"+size[1], func(t *testing.T) {
			out := filepath.Join(dir, "trace-"+size[0]+".xml")
			cmd := exec.Command(mutool, "draw", "-W", size[0], "-H", size[1], "-F", "trace", "-o", out, file)
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("mutool draw: %v\n%s", err, msg)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			pages, err := parseTrace(data)
			if err != nil {
				t.Fatal(err)
			}
			glyphs := 0
			for i, p := range pages {
				glyphs += len(p.glyphs)
				for _, problem := range p.collisions() {
					t.Errorf("page %d: %s", i+1, problem)
				}
			}
			if glyphs == 0 {
				t.Fatal("mutool drew no text")
			}
		})
	}
}

// box is an axis-aligned rectangle in page coordinates (y down).
type box struct{ x0, y0, x1, y1 float64 }

func (a box) overlaps(b box) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

// glyph is one drawn character: its approximate ink box and baseline.
type glyph struct {
	r        rune
	ink      box
	baseline float64
}

// tracePage is what one page of `mutool draw -F trace` draws.
type tracePage struct {
	glyphs []glyph
	rules  []box // filled paths: borders and rules
}

// collisions lists rules that cross a glyph, and glyphs of one baseline
// that overlap (by more than kerning would).
func (p tracePage) collisions() []string {
	var out []string
	for _, r := range p.rules {
		for _, g := range p.glyphs {
			if g.r != ' ' && r.overlaps(g.ink) {
				out = append(out, fmt.Sprintf("a rule at %.1f,%.1f–%.1f,%.1f crosses %q at %.1f,%.1f", r.x0, r.y0, r.x1, r.y1, g.r, g.ink.x0, g.baseline))
				break
			}
		}
	}
	for i, a := range p.glyphs {
		for _, b := range p.glyphs[i+1:] {
			if a.r == ' ' || b.r == ' ' || math.Abs(a.baseline-b.baseline) > 0.5 {
				continue
			}
			shrunk := box{a.ink.x0 + 0.5, a.ink.y0, a.ink.x1 - 0.5, a.ink.y1}
			if shrunk.overlaps(b.ink) {
				out = append(out, fmt.Sprintf("%q and %q overlap at %.1f,%.1f", a.r, b.r, a.ink.x0, a.baseline))
			}
		}
	}
	return out
}

// traceXML is the part of mutool's trace format the test reads.
type traceXML struct {
	Pages []struct {
		Texts []struct {
			Transform string `xml:"transform,attr"`
			Spans     []struct {
				Trm    string `xml:"trm,attr"`
				Glyphs []struct {
					Unicode string  `xml:"unicode,attr"`
					X       float64 `xml:"x,attr"`
					Y       float64 `xml:"y,attr"`
					Adv     float64 `xml:"adv,attr"`
				} `xml:"g"`
			} `xml:"span"`
		} `xml:"fill_text"`
		Paths []struct {
			Transform string `xml:"transform,attr"`
			Points    []struct {
				XMLName xml.Name
				X       float64 `xml:"x,attr"`
				Y       float64 `xml:"y,attr"`
			} `xml:",any"`
		} `xml:"fill_path"`
	} `xml:"page"`
}

// parseTrace reads the glyphs and filled paths of each page. Glyph ink is
// approximated by the advance width and 0.7 em above to 0.2 em below the
// baseline; transforms are assumed to be translations (what mutool uses
// for reflowed EPUB pages).
func parseTrace(data []byte) ([]tracePage, error) {
	var doc traceXML
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("parse mutool trace: %w", err)
	}
	var pages []tracePage
	for _, pg := range doc.Pages {
		var p tracePage
		for _, ft := range pg.Texts {
			dx, dy := translation(ft.Transform)
			for _, sp := range ft.Spans {
				size := 0.0
				if f := strings.Fields(sp.Trm); len(f) == 4 {
					size, _ = strconv.ParseFloat(f[0], 64)
				}
				for _, g := range sp.Glyphs {
					r := []rune(g.Unicode + " ")[0]
					x, y := g.X+dx, g.Y+dy
					p.glyphs = append(p.glyphs, glyph{r: r, baseline: y, ink: box{x, y - 0.7*size, x + g.Adv*size, y + 0.2*size}})
				}
			}
		}
		for _, fp := range pg.Paths {
			dx, dy := translation(fp.Transform)
			if len(fp.Points) == 0 {
				continue
			}
			b := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
			for _, pt := range fp.Points {
				if pt.XMLName.Local != "moveto" && pt.XMLName.Local != "lineto" && pt.XMLName.Local != "curveto" {
					continue
				}
				b = box{min(b.x0, pt.X+dx), min(b.y0, pt.Y+dy), max(b.x1, pt.X+dx), max(b.y1, pt.Y+dy)}
			}
			p.rules = append(p.rules, b)
		}
		pages = append(pages, p)
	}
	return pages, nil
}

// translation returns e and f of a PDF matrix "a b c d e f".
func translation(m string) (float64, float64) {
	f := strings.Fields(m)
	if len(f) != 6 {
		return 0, 0
	}
	e, _ := strconv.ParseFloat(f[4], 64)
	g, _ := strconv.ParseFloat(f[5], 64)
	return e, g
}
