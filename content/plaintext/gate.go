package plaintext

import (
	"io"
	"math"
	"strconv"
)

//go:generate go test -count=1 -run ^TestGateWeights$ . -gate.write

// ruleHeadingGate names a line the rules made a heading and the heading
// gate turned back into a paragraph; Explain gives it as
// "heading-gate(RULE SCORE)".
const ruleHeadingGate = "heading-gate"

// classify reads r, decides every line by the hand rules, then lets the
// heading gate overrule their headings; each (see classifier.each) gives
// the items in input order.
func classify(r io.Reader, opts Options) (*classifier, error) {
	c, err := classifyRules(r, opts)
	if err != nil {
		return nil, err
	}
	c.gate(gateModel, gateThreshold)
	return c, nil
}

// gate scores every heading the rules found with the model m and makes a
// paragraph of each that scores below threshold. All scores are taken
// before any heading changes, so the order does not matter.
func (c *classifier) gate(m []gateStump, threshold float64) {
	cands := c.gateCandidates()
	if len(cands) == 0 {
		return
	}
	a := newGateArticle(c, cands)
	scores := make([]float64, len(cands))
	var x [gateFeatureCount]float64
	for k := range cands {
		a.features(k, &x)
		scores[k] = gateScore(m, &x)
	}
	for k, i := range cands {
		if scores[k] >= threshold {
			continue
		}
		it := &c.res[i][0]
		it.Rule = ruleHeadingGate + "(" + it.Rule + " " + strconv.FormatFloat(scores[k], 'f', 2, 64) + ")"
		it.Role, it.level = RoleParagraph, 0
	}
}

// gateCandidates returns the indexes of the lines the rules made a
// heading of their own: not a live blog's post title, whose time line
// leads it, nor a step label, nor a heading that the page's structure
// marks (structuralHeading).
func (c *classifier) gateCandidates() []int {
	var out []int
	for i, items := range c.res {
		if len(items) != 1 || items[0].Role != RoleHeading || items[0].stamp != "" {
			continue
		}
		if r := items[0].Rule; r == ruleLivePost || r == ruleStepLabel || structuralHeading(r) || r == ruleHeadingCJK || cjkText(items[0].Text) || isPostLead(items[0].Text) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// gateStump is one step of the gate's model: it adds below to the
// candidate's log-odds when its feature is under split, else above.
type gateStump struct {
	feature      int
	split        float64
	below, above float64
}

// gateScore is the model's probability that the candidate with features
// x is a heading: the logistic of the sum of its stumps' steps.
func gateScore(m []gateStump, x *[gateFeatureCount]float64) float64 {
	z := 0.0
	for _, s := range m {
		if x[s.feature] < s.split {
			z += s.below
		} else {
			z += s.above
		}
	}
	return 1 / (1 + math.Exp(-z))
}
