package layout

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/go-text/typesetting/bidi"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

// TestBidiCharacterData checks the line reordering (reorder, rule L2)
// against Unicode's conformance data (a subset of BidiCharacterTest.txt,
// as go-text/typesetting ships it): every character a piece of its own,
// with the levels embeddingLevels resolves, must come out in the visual
// order the data gives.
func TestBidiCharacterData(t *testing.T) {
	data, err := os.ReadFile("testdata/BidiCharacterTest.txt")
	if err != nil {
		t.Fatal(err)
	}
	var p bidi.Paragraph
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, ";")
		if strings.HasPrefix(line, "#") || len(f) != 5 {
			continue
		}
		var text []rune
		for _, h := range strings.Fields(f[0]) {
			v, _ := strconv.ParseUint(h, 16, 32)
			text = append(text, rune(v))
		}
		s := string(text)
		levels := embeddingLevels(&p, s, f[1] == "1")
		var ps []placed
		for i, r := range s {
			// x in steps of 10 with a gap of 1: the order survives
			// the spaces reorder puts between pieces
			ps = append(ps, placed{f: &frag{text: string(r), level: levels[i]}, x: Length(len(ps) * 11), w: 10})
		}
		index := map[*frag]int{}
		for i, pc := range ps {
			index[pc.f] = i
		}
		var got []string
		for _, pc := range reorder(ps, Length(len(ps)*11), levels0(f[2])) {
			got = append(got, strconv.Itoa(index[pc.f]))
		}
		if want := strings.Fields(f[4]); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s (direction %s): visual order %v, want %v", f[0], f[1], got, want)
		}
		n++
	}
	if n < 500 {
		t.Errorf("only %d cases", n)
	}
}

func levels0(s string) uint8 {
	if s == "1" {
		return 1
	}
	return 0
}

func TestParagraphDirection(t *testing.T) {
	tests := []struct {
		lang, text string
		rtl        bool
	}{
		{"en", "Hello world", false},
		{"en", "مرحبا بالعالم", true},
		{"en", "Hello مرحبا", false},
		{"en", "2019 مرحبا", true}, // digits are weak
		{"ar", "Apple أعلنت اليوم", true},
		{"ar", "An English quote", false},
		{"he", "שלום", true},
		{"fa-IR", "Google سلام", true},
	}
	for _, tt := range tests {
		ts := testTypesetter(t)
		ts.language(tt.lang)
		if got := ts.rightToLeft([]span{{text: tt.text}}); got != tt.rtl {
			t.Errorf("%s %q: right to left = %v, want %v", tt.lang, tt.text, got, tt.rtl)
		}
	}
}

// visualRuns returns the runs of a line from left to right.
func visualRuns(ln lineBox) []TextRun {
	rs := append([]TextRun(nil), ln.texts...)
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].X < rs[j].X })
	return rs
}

// TestRightToLeftParagraphs lays out an Arabic and a Hebrew paragraph
// with embedded Latin words and numbers.
func TestRightToLeftParagraphs(t *testing.T) {
	tests := []struct {
		lang, text string
		face       fonts.Style
		first      string // the paragraph's first word
		ltr        []string
	}{
		{"ar", "افتتحت مكتبة الإسكندرية يوم الأحد قاعة جديدة منذ عام 2019 مع Windows 10 للباحثين عبر الإنترنت مجانًا، وقد أتاحت حتى الآن نحو أربعين ألف صفحة.",
			fonts.Arabic, "افتتحت", []string{"Windows", "10"}},
		{"he", "שָׁלוֹם עולם, זה טקסט בעברית עם מספר 42 ומילה English בתוך משפט ארוך מספיק כדי לשבור שורות אחדות בעמוד.",
			fonts.Hebrew, "שָׁלוֹם", []string{"42"}},
	}
	for _, tt := range tests {
		for _, align := range []Align{AlignLeft, AlignJustify} {
			ts := testTypesetter(t)
			ts.language(tt.lang)
			width := 200 * Pt
			st := textStyle{face: fonts.Regular, size: 10 * Pt, align: align}
			lines := ts.breakText(content.T(tt.text), st, width)
			if len(lines) < 2 {
				t.Fatalf("%s: %d lines", tt.lang, len(lines))
			}
			faces := map[fonts.Style]bool{}
			for i, ln := range lines {
				rs := visualRuns(ln)
				for _, r := range rs {
					if strings.ContainsRune(r.Text, replacement) {
						t.Errorf("%s line %d: U+FFFD in %q", tt.lang, i, r.Text)
					}
					faces[r.Face] = true
				}
				// right-aligned (ragged) or flush (justified): the last
				// run ends at the measure
				last := rs[len(rs)-1]
				end := last.X + glyphsWidth(last).Scale(int64(1000000+last.Expand), 1000000)
				if d := end - width; d > Pt/10 || d < -Pt/10 {
					t.Errorf("%s %s line %d ends at %v, not at the right margin %v", tt.lang, align, i, end, width)
				}
			}
			if !faces[tt.face] {
				t.Errorf("%s: no run in %v (faces %v)", tt.lang, tt.face, faces)
			}
			first := visualRuns(lines[0])
			// the rightmost run starts (in reading) with the first word,
			// whose first letter is its rightmost cluster
			if r := first[len(first)-1]; !strings.HasPrefix(r.Text, tt.first) {
				t.Errorf("%s %s: rightmost run %q does not start with the first word %q", tt.lang, align, r.Text, tt.first)
			} else if c := lastCluster(r); c == "" || !strings.HasPrefix(tt.first, c) {
				t.Errorf("%s %s: rightmost cluster of %q stands for %q, not the first letter", tt.lang, align, r.Text, c)
			}
			checkLTROrder(t, lines, tt.ltr)
		}
	}
}

// checkLTROrder checks that the words of ltr, when on one line, are drawn
// left to right in their order.
func checkLTROrder(t *testing.T, lines []lineBox, ltr []string) {
	t.Helper()
	for _, ln := range lines {
		var xs []Length
		for _, w := range ltr {
			for _, r := range ln.texts {
				if i := strings.Index(r.Text, w); i >= 0 {
					xs = append(xs, r.X+Length(i)) // same run: byte order is drawing order
				}
			}
		}
		if len(xs) != len(ltr) {
			continue
		}
		if !sort.SliceIsSorted(xs, func(i, j int) bool { return xs[i] < xs[j] }) {
			t.Errorf("left-to-right words %q drawn out of order at %v", ltr, xs)
		}
		return
	}
	t.Errorf("left-to-right words %q not found on one line", ltr)
}

// TestArabicWordInEnglish: a left-to-right paragraph quoting an Arabic
// word keeps its order and reverses only the word.
func TestArabicWordInEnglish(t *testing.T) {
	ts := testTypesetter(t)
	st := textStyle{face: fonts.Regular, size: 10 * Pt, align: AlignLeft}
	lines := ts.breakText(content.T("The word مكتبة الإسكندرية means library of Alexandria."), st, 400*Pt)
	if len(lines) != 1 {
		t.Fatalf("%d lines", len(lines))
	}
	rs := visualRuns(lines[0])
	var got []string
	for _, r := range rs {
		got = append(got, r.Text)
	}
	// runs left to right; an Arabic run's text in reading order
	want := []string{"The", "word", "الإسكندرية", "مكتبة", "means", "library", "of", "Alexandria."}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("runs %q, want %q", got, want)
	}
	if rs[0].X != 0 {
		t.Errorf("line starts at %v", rs[0].X)
	}
}

// TestLeftToRightUnchanged: Latin text is one run per word group as
// before, untouched by the bidi pass.
func TestLeftToRightUnchanged(t *testing.T) {
	ts := testTypesetter(t)
	got, _ := setText(ts, "Plain English text (with brackets) and 2019.", 400*Pt, AlignLeft)
	if strings.Join(got, "|") != "Plain English text (with brackets) and 2019." {
		t.Errorf("got %q", got)
	}
}

// FuzzBidiLines sets arbitrary text as a right-to-left (Arabic document)
// paragraph: the runs of a line never overlap, stay inside the measure,
// and draw every character of the shaped text exactly once.
func FuzzBidiLines(f *testing.F) {
	for _, s := range []string{
		"افتتحت مكتبة الإسكندرية يوم الأحد (سنة 2019) مع Windows 10، ثم «القاهرة».",
		"שָׁלוֹם עולם, 42 English בתוך.",
		"plain English (with brackets) 12.5%",
		"a ب c د 1 2 3 ـبـ لا",
	} {
		f.Add(s)
	}
	ts := testTypesetter(f)
	ts.language("ar")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		width := 150 * Pt
		for _, align := range []Align{AlignLeft, AlignJustify} {
			st := textStyle{face: fonts.Regular, size: 10 * Pt, align: align}
			lines := ts.breakText(content.T(s), st, width)
			got := 0
			for i, ln := range lines {
				rs := visualRuns(ln)
				for k, r := range rs {
					w := glyphsWidth(r).Scale(int64(1000000+r.Expand), 1000000)
					if r.X < -Pt/10-ln.over-ln.hangL || r.X+w > width+Pt/10+ln.hangR {
						t.Fatalf("%s line %d: run %q at %v+%v outside the measure", align, i, r.Text, r.X, w)
					}
					// (a lone combining mark is a run of no width, drawn
					// over its neighbour)
					if k+1 < len(rs) && w > 0 && glyphsWidth(rs[k+1]) > 0 && r.X+w > rs[k+1].X+Pt/10 {
						t.Fatalf("%s line %d: run %q at %v+%v overlaps %q at %v", align, i, r.Text, r.X, w, rs[k+1].Text, rs[k+1].X)
					}
					got += countDrawn(r.Text)
				}
			}
			want := countDrawn(ts.cleanFallback(s, fonts.Regular))
			if got != want {
				t.Fatalf("%s: %d characters drawn, want %d", align, got, want)
			}
		}
	})
}

// countDrawn counts the characters of s other than spaces and hyphens
// (line-end hyphens are added, no text has them otherwise in the fuzz
// runs of a language without patterns).
func countDrawn(s string) int {
	n := 0
	for _, r := range s {
		if !isSpace(r) {
			n++
		}
	}
	return n
}

// glyphsWidth is the advance of a shaped run's glyphs.
func glyphsWidth(r TextRun) Length {
	var w Length
	for _, g := range r.Glyphs {
		w += g.Advance
	}
	return w
}

// lastCluster is the text of the rightmost cluster of a run (its glyphs
// are in visual order, a cluster's text on its first glyph).
func lastCluster(r TextRun) string {
	for i := len(r.Glyphs) - 1; i >= 0; i-- {
		if r.Glyphs[i].Text != "" {
			return r.Glyphs[i].Text
		}
	}
	return ""
}
