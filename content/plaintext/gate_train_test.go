package plaintext

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
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

// Training parameters: boosting of stumps from a zero score, each round
// adding the stump of largest gain over quantile splits, so the result
// depends on nothing but the data and its order.
const (
	gateRounds = 150 // stumps
	gateRate   = 0.2 // shrinkage of each stump's steps
	gateL2     = 1.0 // added to the curvature of each side of a split
	gateSplits = 16  // quantiles tried as splits per feature
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
			for k, i := range cands {
				kind := a.labels[c.lines[i].num]
				if kind == labelEither {
					continue
				}
				g := gateSample{set: s, page: page, y: gateFlag(kind == labelHeading)}
				ga.features(k, &g.x)
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

// gateFit boosts stumps on the samples for which use is true: each
// round takes, over every feature and its quantile splits, the split of
// largest Newton gain on the logistic loss, and steps each side by its
// shrunk Newton step.
func gateFit(samples []gateSample, use func(gateSample) bool) []gateStump {
	var idx []int
	for k := range samples {
		if use(samples[k]) {
			idx = append(idx, k)
		}
	}
	if len(idx) == 0 {
		return nil
	}
	splits := gateSplitPoints(samples, idx)
	z := make([]float64, len(samples))
	g, h := make([]float64, len(samples)), make([]float64, len(samples))
	var model []gateStump
	for round := 0; round < gateRounds; round++ {
		for _, k := range idx {
			p := 1 / (1 + math.Exp(-z[k]))
			g[k], h[k] = samples[k].y-p, float64(p*(1-p))
		}
		best, bestGain := gateStump{}, -1.0
		for f := range splits {
			for _, sp := range splits[f] {
				var gl, hl, gr, hr float64
				for _, k := range idx {
					if samples[k].x[f] < sp {
						gl, hl = gl+g[k], hl+h[k]
					} else {
						gr, hr = gr+g[k], hr+h[k]
					}
				}
				gain := float64(gl*gl)/(hl+gateL2) + float64(gr*gr)/(hr+gateL2)
				if gain > bestGain {
					bestGain = gain
					best = gateStump{feature: f, split: sp, below: gateStep(gl, hl), above: gateStep(gr, hr)}
				}
			}
		}
		model = append(model, best)
		for _, k := range idx {
			if samples[k].x[best.feature] < best.split {
				z[k] += best.below
			} else {
				z[k] += best.above
			}
		}
	}
	return model
}

// gateStep is a side's shrunk Newton step, rounded to four decimals so
// that the generated file holds exactly what the trainer used.
func gateStep(g, h float64) float64 {
	v := math.Round(float64(gateRate*g)/(h+gateL2)*1e4) / 1e4
	if v == 0 {
		return 0 // no "-0"
	}
	return v
}

// gateSplitPoints returns, for every feature, the distinct values at its
// quantiles over the samples idx (but its least value, which splits
// nothing).
func gateSplitPoints(samples []gateSample, idx []int) [gateFeatureCount][]float64 {
	var out [gateFeatureCount][]float64
	vals := make([]float64, len(idx))
	for f := range out {
		for n, k := range idx {
			vals[n] = samples[k].x[f]
		}
		sort.Float64s(vals)
		for q := 1; q < gateSplits; q++ {
			v := vals[q*len(vals)/gateSplits]
			if v > vals[0] && (len(out[f]) == 0 || v > out[f][len(out[f])-1]) {
				out[f] = append(out[f], v)
			}
		}
	}
	return out
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
		m := gateFit(samples, func(g gateSample) bool { return g.set != s })
		for k := range samples {
			if samples[k].set == s {
				probs[k] = gateScore(m, &samples[k].x)
			}
		}
	}
	return probs
}

// gateCrossValidatePages scores every sample in five folds of the
// pages of every set, each fold by a model fitted on the other four:
// fitted, like the final model, on pages of every set, so its scores are
// on the final model's scale.
func gateCrossValidatePages(samples []gateSample) []float64 {
	probs := make([]float64, len(samples))
	for fold := 0; fold < 5; fold++ {
		m := gateFit(samples, func(g gateSample) bool { return g.page%5 != fold })
		for k := range samples {
			if samples[k].page%5 == fold {
				probs[k] = gateScore(m, &samples[k].x)
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

// gateChooseThreshold picks the threshold of best pooled F1 over the
// cross-validated scores probs.
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
// The threshold is the best pooled F1 over five folds of the pages of
// every set; it logs those scores and the leave-one-set-out ones, which
// say how the gate does on a kind of page it never saw.
func TestGateWeights(t *testing.T) {
	if testing.Short() {
		t.Skip("fits a model over every development set")
	}
	samples, base := gateData(t)
	pages := gateCrossValidatePages(samples)
	th := gateChooseThreshold(base, pages, samples)
	gateLogSets(t, fmt.Sprintf("five folds of pages, at %.2f", th), base, pages, samples, th)
	if testing.Verbose() {
		loso := gateCrossValidate(samples)
		lth := gateChooseThreshold(base, loso, samples)
		gateLogSets(t, fmt.Sprintf("leave one set out, at %.2f", lth), base, loso, samples, lth)
		gateLogSets(t, fmt.Sprintf("leave one set out, at %.2f", th), base, loso, samples, th)
		gateLogCurve(t, "five folds of pages", base, pages, samples)
		gateLogCurve(t, "leave one set out", base, loso, samples)
	}
	m := gateFit(samples, func(gateSample) bool { return true })
	if testing.Verbose() { // how each feature moves the score, summed over its stumps
		var n [gateFeatureCount]int
		var d [gateFeatureCount]float64
		for _, st := range m {
			n[st.feature]++
			d[st.feature] += st.above - st.below
		}
		for f := range n {
			if n[f] > 0 {
				t.Logf("feature %-32s %3d stumps, higher values %+.3f", gateFeatureNames[f], n[f], d[f])
			}
		}
	}
	src := gateSource(t, m, th)
	const file = "gate_weights.go"
	if *gateWrite {
		if err := os.WriteFile(file, src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if runtime.GOARCH != "amd64" {
		// The weights are fitted on amd64, where Go never fuses a
		// multiply and an add; arm64 and others may, which can round a
		// gain differently and pick another split. CI runs on amd64.
		t.Skipf("the staleness check of %s runs on amd64 only", file)
	}
	old, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, src) {
		t.Errorf("%s is stale: run go generate ./content/plaintext", file)
	}
}

// gateLogSets logs every set's score by the rules alone and gated with
// the scores probs at threshold th, and the pooled gated score.
func gateLogSets(t *testing.T, name string, base []headingScore, probs []float64, samples []gateSample, th float64) {
	t.Helper()
	sum, per := gateTotals(base, probs, samples, th)
	for s, dir := range gateDevSets {
		t.Logf("%s: %-10s rules p %.3f r %.3f (tp %d fp %d fn %d); gated p %.3f r %.3f (tp %d fp %d fn %d)",
			name, filepath.Base(dir), base[s].precision(), base[s].recall(), base[s].tp, base[s].fp, base[s].fn,
			per[s].precision(), per[s].recall(), per[s].tp, per[s].fp, per[s].fn)
	}
	t.Logf("%s: all        gated p %.3f r %.3f f1 %.3f (tp %d fp %d fn %d), %d candidates", name, sum.precision(), sum.recall(), f1(sum), sum.tp, sum.fp, sum.fn, len(samples))
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

// gateSource renders the model file.
func gateSource(t *testing.T, m []gateStump, threshold float64) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("// Code generated by TestGateWeights (go generate); DO NOT EDIT.\n\npackage plaintext\n\n")
	b.WriteString("// gateThreshold is the score under which the heading gate makes a\n// heading a paragraph: the best F1 over five folds of the development\n// sets' pages.\n")
	fmt.Fprintf(&b, "const gateThreshold = %.2f\n\n", threshold)
	b.WriteString("// gateModel is the heading gate's model, boosted stumps over the\n// features of gate_features.go, fitted on the development sets.\n")
	b.WriteString("var gateModel = []gateStump{\n")
	for _, st := range m {
		fmt.Fprintf(&b, "\t{%d, %s, %s, %s}, // %s\n", st.feature, strconv.FormatFloat(st.split, 'g', -1, 64),
			strconv.FormatFloat(st.below, 'f', -1, 64), strconv.FormatFloat(st.above, 'f', -1, 64), gateFeatureNames[st.feature])
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return src
}
