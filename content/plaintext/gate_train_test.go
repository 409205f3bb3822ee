package plaintext

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The heading gate's trainer. TestGateWeights reads the development sets
// (never real-blind), runs the hand rules on every article, labels each
// heading they find from the set's labels, fits the logistic model and
// checks that gate_weights.go holds what it fits; with -gate.write (go
// generate) it writes the file instead.

var gateWrite = flag.Bool("gate.write", false, "write gate_weights.go from the development sets (go generate)")

// gateDevSets are the sets the gate learns from, and is cross-validated
// over one set at a time. real-blind is not among them: it is the honest
// measure.
var gateDevSets = []string{headingsDir, heldOutDir, heldOut2Dir, heldOut3Dir, heldOut4Dir, realDevDir}

// Training parameters: full-batch gradient descent from zero weights, so
// the result depends on nothing but the data and its order.
const (
	gateSteps = 3000
	gateRate  = 0.5
	gateL2    = 0.003
)

// gateSample is one candidate heading: its features, its label (1 for a
// heading) and its set.
type gateSample struct {
	x    [gateFeatureCount]float64
	y    float64
	set  int
	page int // the article's index within its set
}

// gateData runs the rules over every development set and returns the
// candidates and each set's score by the rules alone.
func gateData(t *testing.T) ([]gateSample, []headingScore) {
	t.Helper()
	var samples []gateSample
	base := make([]headingScore, len(gateDevSets))
	for s, dir := range gateDevSets {
		for page, a := range loadLabelled(t, dir) {
			c, err := classifyRules(strings.NewReader(a.input), Options{})
			if err != nil {
				t.Fatalf("%s: %v", a.name, err)
			}
			var ds []Decision
			if err := c.each(false, func(it *item) { ds = append(ds, it.Decision) }); err != nil {
				t.Fatal(err)
			}
			addHeadingScore(&base[s], ds, a.labels)
			cands := c.gateCandidates()
			ga := newGateArticle(c, cands)
			for _, i := range cands {
				kind := a.labels[c.lines[i].num]
				if kind == labelEither {
					continue
				}
				g := gateSample{set: s, page: page, y: gateFlag(kind == labelHeading)}
				ga.features(i, &g.x)
				samples = append(samples, g)
			}
		}
	}
	return samples, base
}

// addHeadingScore counts the headings of ds against labels as scoreSet
// does.
func addHeadingScore(s *headingScore, ds []Decision, labels map[int]string) {
	roles := lineRoles(ds)
	for n, r := range roles {
		got, want := r[RoleHeading], labels[n] == labelHeading
		switch {
		case labels[n] == labelEither:
		case got && want:
			s.tp++
		case got:
			s.fp++
		case want:
			s.fn++
		}
	}
}

// gateFit fits the logistic model to the samples for which use is true.
func gateFit(samples []gateSample, use func(gateSample) bool) [gateFeatureCount]float64 {
	var w, g [gateFeatureCount]float64
	// every set weighs the same, however many candidates it has
	var per [16]float64
	for _, s := range samples {
		if use(s) {
			per[s.set]++
		}
	}
	sets := 0.0
	for _, c := range per {
		if c > 0 {
			sets++
		}
	}
	if sets == 0 {
		return w
	}
	for step := 0; step < gateSteps; step++ {
		g = [gateFeatureCount]float64{}
		for k := range samples {
			s := &samples[k]
			if !use(*s) {
				continue
			}
			d := float64(gateScore(&w, &s.x)-s.y) / float64(per[s.set]*sets)
			for j := range g {
				g[j] += float64(d * s.x[j])
			}
		}
		for j := range w {
			reg := float64(gateL2 * w[j])
			if j == gfBias {
				reg = 0
			}
			w[j] -= float64(gateRate * float64(g[j]+reg))
		}
	}
	return w
}

// gateOutcome is a set's score once the gate, at some threshold, has
// turned the candidates below it into paragraphs.
func gateOutcome(base headingScore, probs []float64, samples []gateSample, threshold float64) headingScore {
	s := base
	for k, p := range probs {
		if p >= threshold {
			continue
		}
		if samples[k].y == 1 {
			s.tp, s.fn = s.tp-1, s.fn+1
		} else {
			s.fp--
		}
	}
	return s
}

// gateCrossValidate fits the model once per set, on the others, and
// returns every sample's score by the model that did not see its set.
func gateCrossValidate(samples []gateSample) []float64 {
	probs := make([]float64, len(samples))
	for s := range gateDevSets {
		w := gateFit(samples, func(g gateSample) bool { return g.set != s })
		for k := range samples {
			if samples[k].set == s {
				probs[k] = gateScore(&w, &samples[k].x)
			}
		}
	}
	return probs
}

// gateCrossValidatePages scores the samples of set s in five folds of
// its pages, each by a model fitted on every other sample: how the gate
// does on unseen pages of a kind it has learnt from.
func gateCrossValidatePages(samples []gateSample, s int) []float64 {
	probs := make([]float64, len(samples))
	for fold := 0; fold < 5; fold++ {
		out := func(g gateSample) bool { return g.set == s && g.page%5 == fold }
		w := gateFit(samples, func(g gateSample) bool { return !out(g) })
		for k := range samples {
			if out(samples[k]) {
				probs[k] = gateScore(&w, &samples[k].x)
			}
		}
	}
	return probs
}

// gateTotals adds the per-set scores at threshold.
func gateTotals(base []headingScore, probs []float64, samples []gateSample, threshold float64) (headingScore, []headingScore) {
	per := make([]headingScore, len(base))
	var sum headingScore
	for s := range base {
		var ps []float64
		var ss []gateSample
		for k := range samples {
			if samples[k].set == s {
				ps, ss = append(ps, probs[k]), append(ss, samples[k])
			}
		}
		per[s] = gateOutcome(base[s], ps, ss, threshold)
		sum.tp, sum.fp, sum.fn = sum.tp+per[s].tp, sum.fp+per[s].fp, sum.fn+per[s].fn
	}
	return sum, per
}

// gateChooseThreshold picks, from the cross-validated scores, the
// threshold with the best pooled F1. (The stricter choice, the best
// recall with a pooled precision of at least minPrecision, is 0.86 and
// keeps a third of the headings of real pages: see doc.go.)
func gateChooseThreshold(base []headingScore, probs []float64, samples []gateSample) float64 {
	best, bestF := 0.0, -1.0
	for t := 0; t < 100; t++ {
		th := float64(t) / 100
		sum, _ := gateTotals(base, probs, samples, th)
		if f := f1(sum); f > bestF {
			best, bestF = th, f
		}
	}
	return best
}

// f1 is the harmonic mean of precision and recall.
func f1(s headingScore) float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// TestGateWeights fits the gate on the development sets and checks that
// gate_weights.go is what the fit gives (with -gate.write: writes it).
// It logs the leave-one-set-out scores behind the threshold.
func TestGateWeights(t *testing.T) {
	if testing.Short() {
		t.Skip("fits a model over every development set")
	}
	samples, base := gateData(t)
	probs := gateCrossValidate(samples)
	th := gateChooseThreshold(base, probs, samples)
	sum, per := gateTotals(base, probs, samples, th)
	for s, dir := range gateDevSets {
		t.Logf("%-10s rules p %.3f r %.3f (tp %d fp %d fn %d); gated (left out) p %.3f r %.3f (tp %d fp %d fn %d)",
			filepath.Base(dir), base[s].precision(), base[s].recall(), base[s].tp, base[s].fp, base[s].fn,
			per[s].precision(), per[s].recall(), per[s].tp, per[s].fp, per[s].fn)
	}
	t.Logf("leave-one-set-out at %.2f: p %.3f r %.3f (tp %d fp %d fn %d), %d candidates", th, sum.precision(), sum.recall(), sum.tp, sum.fp, sum.fn, len(samples))
	w := gateFit(samples, func(gateSample) bool { return true })
	if testing.Verbose() { // the curves behind the choice, and the weights
		gateLogCurve(t, "leave-one-set-out", base, probs, samples)
		rd, pp := len(gateDevSets)-1, gateCrossValidatePages(samples, len(gateDevSets)-1)
		for t20 := 0; t20 < 20; t20++ {
			_, per := gateTotals(base, pp, samples, float64(t20)/20)
			t.Logf("real-dev, five folds of pages, at %.2f: p %.3f r %.3f (tp %d fp %d fn %d)", float64(t20)/20, per[rd].precision(), per[rd].recall(), per[rd].tp, per[rd].fp, per[rd].fn)
		}
		for k := range w {
			t.Logf("weight %-32s %+.3f", gateFeatureNames[k], w[k])
		}
	}
	src := gateSource(t, &w, th)
	const file = "gate_weights.go"
	if *gateWrite {
		if err := os.WriteFile(file, src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, src) {
		t.Errorf("%s is stale: run go generate ./content/plaintext", file)
	}
}

// gateLogCurve logs the pooled and per-set precision/recall of the
// scores probs at thresholds 0 to 0.95.
func gateLogCurve(t *testing.T, name string, base []headingScore, probs []float64, samples []gateSample) {
	t.Helper()
	t.Logf("%s: threshold, all sets, then %v", name, gateDevSets)
	for t20 := 0; t20 < 20; t20++ {
		sum, per := gateTotals(base, probs, samples, float64(t20)/20)
		line := fmt.Sprintf("%.2f %.3f/%.3f", float64(t20)/20, sum.precision(), sum.recall())
		for s := range per {
			line += fmt.Sprintf(" | %.3f/%.3f", per[s].precision(), per[s].recall())
		}
		t.Log(line)
	}
}

// gateSource renders the weights file.
func gateSource(t *testing.T, w *[gateFeatureCount]float64, threshold float64) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("// Code generated by TestGateWeights (go generate); DO NOT EDIT.\n\npackage plaintext\n\n")
	b.WriteString("// gateThreshold is the score under which the heading gate makes a\n// heading a paragraph, chosen by leave-one-set-out cross-validation.\n")
	fmt.Fprintf(&b, "const gateThreshold = %.2f\n\n", threshold)
	b.WriteString("// gateWeights are the heading gate's logistic-regression weights, one\n// per feature of gate_features.go, fitted on the development sets.\n")
	b.WriteString("var gateWeights = [gateFeatureCount]float64{\n")
	for k, v := range w {
		v = math.Round(v*1e4) / 1e4
		if v == 0 {
			v = 0 // no "-0"
		}
		fmt.Fprintf(&b, "\t%s, // %s\n", strconvWeight(v), gateFeatureNames[k])
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// strconvWeight formats a weight with four decimals.
func strconvWeight(v float64) string { return fmt.Sprintf("%.4f", v) }
