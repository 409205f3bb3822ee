package plaintext

import (
	"sort"
	"strings"

	"github.com/offprint/offprint/internal/lazyre"
)

// qaRE matches the label that opens a line of an interview transcript:
// "Q: ", "A: ", "Q. ", "Question: ", "Answer: ".
var qaRE = lazyre.New(`^(?:(Q|Question)|(A|Answer))(?:\s*:|\.)\s+\S`)

// interview marks the lines of a question-and-answer interview: every
// paragraph opening with a question label ("Q:") and, when there is one,
// every paragraph opening with an answer label ("A:" alone may be an
// initial: "A. Smith said …") is a paragraph whose label is printed bold
// (interview-q-and-a); none of them can become a heading, however short
// the question.
func (c *classifier) interview(content []int) {
	c.transcript(content)
	var questions, answers []int
	for _, i := range content {
		if c.role(i) != RoleParagraph {
			continue
		}
		m := qaRE.FindStringSubmatchIndex(c.text(i))
		switch {
		case m == nil:
		case m[2] >= 0:
			questions = append(questions, i)
		default:
			answers = append(answers, i)
		}
	}
	if len(questions) == 0 {
		return
	}
	for _, i := range append(questions, answers...) {
		it := &c.res[i][0]
		it.Rule = ruleQA
		it.lead = qaLabelEnd(it.Text)
	}
}

// qaLabelEnd returns the byte length of the label of an interview line,
// its colon or full stop included ("Q:" in "Q: Why?").
func qaLabelEnd(s string) int {
	if i := strings.IndexAny(s, ":."); i > 0 {
		return i + 1
	}
	return 0
}

// speakerLabel is the speaker label of a broadcast transcript, its colon
// left out: a name in capitals, one to four words of two letters or more,
// and an optional role after a comma ("INSKEEP", "RACHEL NGUYEN, BYLINE").
const speakerLabel = `^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,(?:\s+\p{Lu}[\p{Lu}'’.-]*){1,3})?`

// speakerRE matches the speaker label that opens a line of a broadcast
// transcript, with its colon and text ("INSKEEP: ", "RACHEL NGUYEN,
// BYLINE: ").
var speakerRE = lazyre.New(speakerLabel + `:\s+\S`)

// speakerAloneRE matches a speaker label in capitals alone on its line.
var speakerAloneRE = lazyre.New(speakerLabel + `:(?m:$)`) // (?m:$): see lazyre

// mayBeLabelled is a cheap test before the label expressions: a colon
// within the first 60 bytes.
func mayBeLabelled(s string) bool {
	i := strings.IndexByte(s, ':')
	return i > 0 && i < 60
}

// transcript marks the lines of a broadcast transcript: when at least two
// body paragraphs open with a speaker label in capitals, each of them is
// a paragraph whose label is printed bold (transcript-speaker), never a
// heading, however short the line; a label alone on its line is bold
// whole.
func (c *classifier) transcript(content []int) {
	var lines, alone []int
	for _, i := range content {
		switch {
		case c.role(i) != RoleParagraph || !mayBeLabelled(c.text(i)):
		case speakerRE.MatchString(c.text(i)):
			lines = append(lines, i)
		case speakerAloneRE.MatchString(c.text(i)): // "STEVE INSKEEP, HOST:" on its own line
			alone = append(alone, i)
		}
	}
	if len(lines) < 2 {
		lines, alone = c.namedSpeakers(content), nil
	}
	if len(lines) < 2 {
		return
	}
	for _, i := range append(lines, alone...) {
		it := &c.res[i][0]
		it.Rule = ruleSpeaker
		it.lead = strings.Index(it.Text, ":") + 1
	}
}

// namedLabelRE matches a speaker label in title case: "Terry Gross: ".
var namedLabelRE = lazyre.New(`^(\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}):\s+\S`)

// namedSpeakers returns the body paragraphs of a transcript whose labels
// are names in title case ("Terry Gross: …"): at least two labels, each
// opening at least two paragraphs. A label seen once ("Update: …",
// "Pros: …") is no speaker.
func (c *classifier) namedSpeakers(content []int) []int {
	byLabel := map[string][]int{}
	for _, i := range content {
		if c.role(i) != RoleParagraph || !mayBeLabelled(c.text(i)) {
			continue
		}
		if m := namedLabelRE.FindStringSubmatch(c.text(i)); m != nil {
			byLabel[m[1]] = append(byLabel[m[1]], i)
		}
	}
	var lines []int
	speakers := 0
	for _, is := range byLabel {
		if len(is) >= 2 {
			speakers++
			lines = append(lines, is...)
		}
	}
	if speakers < 2 {
		return nil
	}
	sort.Ints(lines)
	return lines
}
