package article

import (
	"sort"
	"strings"

	"github.com/offprint/offprint/internal/lazyre"
)

// The one list of the words of a journalist's or a contributor's job, for
// every reader: the job title under a byline ("Staff Writer", "Climate
// reporter, BBC News"), the capitalised words of a byline that are no
// name ("Jane Doe, Senior Editor") and the author bio that speaks of
// journalism ("Ellen Ioanes covers breaking news as the weekend reporter
// at Vox").

// jobNouns name a job, singular and lower case.
var jobNouns = map[string]bool{
	"writer": true, "reporter": true, "correspondent": true, "editor": true,
	"columnist": true, "contributor": true, "producer": true, "critic": true,
	"photographer": true, "journalist": true, "intern": true, "desk": true,
	"analyst": true, "author": true, "professor": true, "director": true,
	"researcher": true, "host": true, "fellow": true, "staff": true,
}

// jobModifiers qualify a job in a title and are no part of a name
// ("Senior Editor", "Contributing Writer").
var jobModifiers = map[string]bool{
	"senior": true, "chief": true, "deputy": true, "associate": true,
	"contributing": true, "managing": true, "freelance": true,
}

// jobPhrases speak of a journalist's work in a bio besides the nouns.
var jobPhrases = []string{"covers", "writes about", "reports on", "newsletter", "bureau", "freelance"}

// IsJobNoun reports whether w, in any case, singular or plural, with
// punctuation around it, names a job: "reporter", "Editors", "staff,".
func IsJobNoun(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",;:.()"))
	return jobNouns[w] || strings.HasSuffix(w, "s") && jobNouns[w[:len(w)-1]]
}

// IsJobTitleWord reports whether w is a word of a job title: a job noun
// or a word that qualifies one ("Senior", "Managing").
func IsJobTitleWord(w string) bool {
	return IsJobNoun(w) || jobModifiers[strings.ToLower(strings.Trim(w, ",;:.()"))]
}

// jobMentionRE matches a job noun or phrase as whole words, plural
// allowed; built at first use, not at package init.
var jobMentionRE = lazyre.NewFunc(func() string {
	return `(?i)\b(?:` + strings.Join(append(nounList(), jobPhrases...), "|") + `)s?\b`
})

// nounList returns the job nouns, sorted, so that the expression is the
// same on every run.
func nounList() []string {
	l := make([]string, 0, len(jobNouns))
	for n := range jobNouns {
		l = append(l, n)
	}
	sort.Strings(l)
	return l
}

// LastJobMention returns the byte offset of the last word or phrase of s
// that speaks of a job or of a journalist's work ("reporter", "covers",
// "writes about"), or -1.
func LastJobMention(s string) int {
	last := -1
	for _, m := range jobMentionRE.FindAllStringIndex(s, -1) {
		last = m[0]
	}
	return last
}
