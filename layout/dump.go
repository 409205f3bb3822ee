package layout

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Dump writes the result as stable text, one item per line, lengths in
// points with three decimals at most: the backbone of golden tests.
//
//	page 1 595.276pt×841.89pt
//	  text 85.039pt 120.5pt NotoSerif-Bold 22pt "ISIS-K has"
//	  rule 85.039pt 700pt 198.425pt 700pt 0.4pt
//	  link 90pt 300pt 5pt 8pt dest=n2.1
//	  dest n2.1 702pt
//	outline 2 "What we know" page=1 y=400pt dest=h-what-we-know
//	stats pages=6 lines=280 overfull=0 …
func (r *Result) Dump(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, pg := range r.Pages {
		fmt.Fprintf(bw, "page %d %v×%v\n", pg.Number, pg.Width, pg.Height)
		for _, t := range pg.Texts {
			expand := ""
			if t.Expand != 0 {
				expand = fmt.Sprintf(" expand=%d", t.Expand)
			}
			fmt.Fprintf(bw, "  text %v %v %v %v %s%s%s\n", t.X, t.Y, t.Face, t.Size, strconv.Quote(t.Text), expand, dumpGlyphs(t))
		}
		for _, l := range pg.Rules {
			fmt.Fprintf(bw, "  rule %v %v %v %v %v\n", l.X1, l.Y1, l.X2, l.Y2, l.Thickness)
		}
		for _, im := range pg.Images {
			fmt.Fprintf(bw, "  image %v %v %v %v %s %d bytes\n", im.X, im.Y, im.W, im.H, im.Image.MediaType, len(im.Image.Data))
		}
		for _, l := range pg.Links {
			target := "dest=" + l.Dest
			if l.URL != "" {
				target = "url=" + l.URL
			}
			fmt.Fprintf(bw, "  link %v %v %v %v %s\n", l.X, l.Y, l.W, l.H, target)
		}
		for _, d := range pg.Dests {
			fmt.Fprintf(bw, "  dest %s %v\n", d.Name, d.Y)
		}
	}
	for _, o := range r.Outline {
		fmt.Fprintf(bw, "outline %d %s page=%d y=%v dest=%s\n", o.Level, strconv.Quote(o.Title), o.Page, o.Y, o.Dest)
	}
	for _, w := range r.Warnings {
		fmt.Fprintf(bw, "warning %s\n", w)
	}
	fmt.Fprintf(bw, "stats %s\n", r.Stats)
	return bw.Flush()
}

// String formats the report on one line: "pages=6 lines=280 overfull=0 …".
func (s Stats) String() string {
	return fmt.Sprintf("pages=%d lines=%d overfull=%d loose=%d hyphenated=%d consecutive-hyphens=%d page-end-hyphens=%d short-pages=%d widows=%d orphans=%d headings-at-bottom=%d notes-off-page=%d notes-lost=%d notes-split=%d missing-glyphs=%d",
		s.Pages, s.Lines, s.Overfull, s.Loose, s.Hyphenated, s.ConsecutiveHyphens, s.PageEndHyphens, s.ShortPages, s.Widows, s.Orphans, s.HeadingsAtBottom, s.NotesOffPage, s.NotesLost, s.NotesSplit, s.MissingGlyphs)
}

// dumpGlyphs notes what shaping changed in a run: a face other than the
// embedded one its style names, and the glyphs of a run that has fewer or
// more glyphs than characters (ligatures, marks), as font glyph IDs.
func dumpGlyphs(t TextRun) string {
	s := ""
	if t.Font != nil && t.Font.Name != t.Face.String() && !t.Font.Embedded() {
		s = " font=" + t.Font.Name
	}
	if len(t.Glyphs) != utf8.RuneCountInString(t.Text) {
		ids := make([]string, len(t.Glyphs))
		for i, g := range t.Glyphs {
			ids[i] = strconv.Itoa(int(g.ID))
		}
		s += " glyphs=" + strings.Join(ids, ",")
	}
	return s
}
