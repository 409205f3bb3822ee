package plaintext

import (
	"flag"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var showLayoutDiff = flag.Bool("layoutdiff", false, "list the lines of the dev and hand-written heading sets whose heading decision changes when blank lines are removed")

// withoutBlankLines returns a with every blank line removed and its
// labels renumbered to match, and, for each new line number, the line
// number it had in a: the same article as a scrape with one block per
// line and no blank lines between.
func withoutBlankLines(a labelled) (labelled, []int) {
	lines := strings.Split(a.input, "\n")
	renum := make(map[int]int, len(lines)) // old line -> new line
	orig := []int{0}                       // new line -> old line
	kept := make([]string, 0, len(lines))
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		kept = append(kept, l)
		renum[i+1] = len(kept)
		orig = append(orig, i+1)
	}
	out := labelled{name: a.name, input: strings.Join(kept, "\n") + "\n", labels: map[int]string{}}
	for n, kind := range a.labels {
		if m, ok := renum[n]; ok {
			out.labels[m] = kind
		}
	}
	return out, orig
}

// headingLines returns the lines the classifier reads as headings in a.
func headingLines(t *testing.T, a labelled) map[int]bool {
	t.Helper()
	ds, err := Explain(strings.NewReader(a.input), Options{})
	if err != nil {
		t.Fatalf("%s: %v", a.name, err)
	}
	hs := map[int]bool{}
	for n, rs := range lineRoles(ds) {
		if rs[RoleHeading] {
			hs[n] = true
		}
	}
	return hs
}

// TestHeadingsOneBlockPerLine reports heading precision and recall of
// every heading set twice: as written (mostly a blank line between
// blocks) and with every blank line removed, as scraped text often comes
// with one block per line. Where every block is set apart by a blank
// line the blank lines carry no information, so the two should agree.
// It reports and does not fail. With -layoutdiff it lists, for the dev
// and hand-written sets only (never the blind ones), the lines whose
// heading decision differs between the two layouts.
func TestHeadingsOneBlockPerLine(t *testing.T) {
	dirs := []string{headingsDir, heldOutDir, heldOut2Dir, heldOut3Dir, heldOut4Dir, realDevDir, realBlindDir, realDev2Dir, realBlind2Dir, realDev3Dir, realBlind3Dir, realDev4Dir, realBlind4Dir}
	blind := map[string]bool{realBlindDir: true, realBlind2Dir: true, realBlind3Dir: true, realBlind4Dir: true}
	for _, dir := range dirs {
		arts := loadLabelled(t, dir)
		flat := make([]labelled, len(arts))
		origs := make([][]int, len(arts))
		for i, a := range arts {
			flat[i], origs[i] = withoutBlankLines(a)
		}
		s, f := scoreArticles(t, arts, false), scoreArticles(t, flat, false)
		t.Logf("%-11s written P/R %.3f/%.3f (fp %d fn %d)  one-block-per-line P/R %.3f/%.3f (fp %d fn %d)",
			filepath.Base(dir), s.precision(), s.recall(), s.fp, s.fn, f.precision(), f.recall(), f.fp, f.fn)
		if !*showLayoutDiff || blind[dir] {
			continue
		}
		for i, a := range arts {
			logLayoutDiff(t, a, flat[i], origs[i])
		}
	}
}

// logLayoutDiff logs the lines of a read as a heading in one layout and
// not in the other, numbered as in a.
func logLayoutDiff(t *testing.T, a, flat labelled, orig []int) {
	t.Helper()
	written, one := headingLines(t, a), map[int]bool{}
	for n := range headingLines(t, flat) {
		one[orig[n]] = true
	}
	var diff []int
	for n := range written {
		if !one[n] {
			diff = append(diff, n)
		}
	}
	for n := range one {
		if !written[n] {
			diff = append(diff, n)
		}
	}
	sort.Ints(diff)
	lines := strings.Split(a.input, "\n")
	for _, n := range diff {
		t.Logf("%s:%d: heading written %v, one block per line %v (label %q): %.70s",
			a.name, n, written[n], one[n], a.labels[n], strings.TrimSpace(lines[n-1]))
	}
}
