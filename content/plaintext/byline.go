package plaintext

import (
	"strings"
	"time"
	"unicode"

	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// byline is what a byline line says.
type byline struct {
	names   []string
	date    time.Time
	updated bool
}

var (
	trailingOn = lazyre.New(`(?i)(?:[\s,]+(?:on|at))?[\s,]*$`)
	bylineCut  = lazyre.New(`(?i)\s+(?:\||·|•|—|–|-)\s+|\s+(?:updated|published|posted)\b`)
)

// affiliationWords start the affiliation that may follow a name in a
// byline ("By Jane Doe, Associated Press"). The affiliation is dropped.
var affiliationWords = map[string]bool{
	"associated": true, "press": true, "news": true, "times": true, "post": true,
	"staff": true, "reporter": true, "reporters": true, "writer": true,
	"correspondent": true, "editor": true, "reuters": true, "ap": true,
	"afp": true, "bloomberg": true, "cnn": true, "bbc": true, "npr": true,
	"contributor": true, "journal": true, "magazine": true, "tribune": true,
	"herald": true, "wire": true, "desk": true, "senior": true, "chief": true,
	"special": true, "for": true, "the": true, "of": true, "in": true,
	"columnist": true, "producer": true, "deputy": true, "managing": true,
}

// parseByline reads a byline: "By Jane Doe and John Roe", "By JANE DOE,
// Associated Press", "By Jane Doe | Updated March 25, 2024", "By Jane
// DoeMarch 25, 2024" (a date glued to the name: article.UnglueDate). Every
// name must look like a personal name, so a sentence starting with "By"
// fails.
func parseByline(s string) (byline, bool) {
	var b byline
	rest, ok := article.CutBy(s)
	if !ok || runeCount(s) > 200 || isWireCredits(s) {
		return b, false // "Reporting by …; Editing by …" names editors too
	}
	rest = article.UnglueDate(rest) // "Carrie ArnoldNovember 15, 2019"
	if m := bylineCut.FindStringIndex(rest); m != nil {
		if t, upd, ok := article.ParseDateLine(strings.TrimLeft(rest[m[0]:], " |·•—–-")); ok {
			b.date, b.updated = t, upd
		}
		rest = rest[:m[0]]
	} else if ds := article.FindDates(rest); len(ds) > 0 {
		if t, upd, ok := article.ParseDateLine(rest[ds[0].Start:]); ok {
			b.date, b.updated = t, upd
			rest = trailingOn.ReplaceAllString(rest[:ds[0].Start], "") // "Posted by Jane Doe on March 3, 2024"
		}
	}
	if agency, ok := strings.CutSuffix(strings.TrimSpace(rest), " Staff"); ok && article.IsWireService(agency) {
		rest = agency // "By Reuters Staff"
	}
	if article.IsWireService(rest) {
		b.names = []string{strings.TrimRight(strings.TrimSpace(rest), ".")} // "By The Associated Press"
		return b, true
	}
	names, ok := parseNames(rest)
	b.names = names
	return b, ok
}

// parseNames reads a list of names ("Jane Doe, John Roe and Ann Poe"),
// dropping affiliations. It fails unless every part is a name.
func parseNames(s string) ([]string, bool) {
	var names []string
	for _, part := range splitNames(s) {
		name, ok := personalName(part)
		if !ok {
			return nil, false
		}
		if name != "" {
			names = append(names, name)
		}
	}
	return names, len(names) > 0
}

// nameOnlyByline reads a byline without "By": a line that is only names
// of two to four words each ("Jane Doe and John Roe"), or one name of two
// words followed by a job title ("Damian Carrington Environment editor",
// "Jane Doe, Senior Reporter"). A line with a tab is a table's row
// ("Rang<TAB>DFL-Tabelle<TAB>Wahre Tabelle"), never a byline.
func nameOnlyByline(s string) ([]string, bool) {
	if runeCount(s) > 80 || strings.ContainsRune(s, '\t') {
		return nil, false
	}
	if w := firstWord(s); article.IsByWord(w) && w == strings.ToLower(w) && len(s) > len(w) && isCapitalized(strings.TrimSpace(s[len(w):])) {
		s = strings.TrimSpace(s[len(w):]) // "di Giulia Ferraresi": the "by" word is no part of the name
	}
	if names, ok := parseNames(s); ok && allNameWords(s, names) && !nonNameLine(s) {
		return names, true
	}
	toks := tokenize(s)
	if len(toks) < 3 || len(toks) > 7 || !isJobTitle(toks[2:]) {
		return nil, false
	}
	name := strings.TrimRight(s[:toks[1].end], ",")
	if !isBioName(tokenize(name)) {
		return nil, false
	}
	return []string{article.Unshout(name)}, true
}

// allNameWords reports whether the names account for every word of s and
// each has two to four words.
func allNameWords(s string, names []string) bool {
	words := 0
	for _, n := range names {
		w := len(tokenize(n))
		if w < 2 || w > 4 {
			return false
		}
		words += w
	}
	return words == article.WordCount(strings.Join(splitNames(s), " "))
}

// isJobTitle reports whether toks are a journalist's job title: a few
// words, the last (or one after a comma) an affiliation word such as
// editor, correspondent or reporter.
func isJobTitle(toks []token) bool {
	for _, t := range toks {
		w := strings.ToLower(strings.Trim(t.text, ",;"))
		if affiliationWords[w] && !smallWords[w] {
			return true
		}
		if !isCapitalized(t.text) && !smallWords[w] {
			return false
		}
	}
	return false
}

// honorifics open a name with an academic or medical title.
var honorifics = map[string]bool{"dr": true, "prof": true, "professor": true, "dr.": true, "prof.": true}

// allTitled reports whether every name opens with an honorific ("Dr.
// Helen Okoye and Prof. Martin Sauer"): a line of such names under a
// title is a byline even when the body follows it at once.
func allTitled(names []string) bool {
	for _, n := range names {
		if !honorifics[strings.ToLower(firstWord(n))] {
			return false
		}
	}
	return len(names) > 0
}

// jobTitleLine reports whether the whole of s is a journalist's job title,
// desk or outlet ("Staff Writer", "Sports Reporter", "The Millbrook
// Courier"): at most 60 characters and six words, each capitalised or a
// small word, the last one a word such as writer, reporter or editor or
// a newspaper word such as Times, Courier or Herald, no punctuation.
func jobTitleLine(s string) bool {
	toks := tokenize(s)
	if runeCount(s) > 60 || len(toks) == 0 || len(toks) > 6 || strings.ContainsAny(s, ".,;:!?") {
		return false
	}
	for _, t := range toks {
		if !isCapitalized(t.text) && !smallWords[strings.ToLower(t.text)] {
			return false
		}
	}
	last := strings.ToLower(toks[len(toks)-1].text)
	return article.IsJobNoun(last) || outletWords[last]
}

// outletWords end a newspaper's name: a byline's outlet line ("The
// Millbrook Courier", "Staff, Daily Herald") is dropped like a job title.
var outletWords = map[string]bool{
	"times": true, "post": true, "journal": true, "tribune": true, "herald": true,
	"courier": true, "gazette": true, "news": true, "magazine": true,
	"chronicle": true, "examiner": true, "observer": true, "register": true,
	"inquirer": true, "bulletin": true, "dispatch": true, "telegraph": true,
	"sentinel": true, "ledger": true, "globe": true, "enquirer": true,
	"monitor": true, "citizen": true, "democrat": true, "star-tribune": true,
	"advocate": true, "press": true, "today": true, "independent": true,
}

// personalName strips an affiliation from part and reports whether what is
// left is a personal name (one to five capitalised words, particles
// allowed). An affiliation alone gives "", true.
func personalName(part string) (string, bool) {
	toks := tokenize(part)
	n := 0
	for n < len(toks) && !affiliationWords[strings.ToLower(toks[n].text)] {
		n++
	}
	if n == 0 {
		return "", len(toks) > 0 && isCapitalized(toks[0].text)
	}
	if n > 5 {
		return "", false
	}
	for _, t := range toks[:n] {
		if !article.IsNameWord(t.text) {
			return "", false
		}
	}
	return article.Unshout(part[:toks[n-1].end]), true
}

// splitNames splits the names of a byline ("Jane Doe, John Roe and Ann
// Poe") after the punctuation that may end it.
func splitNames(s string) []string { return article.SplitNames(strings.TrimRight(s, " ,;")) }

// bioVerbs follow the author's name at the start of an author bio.
var bioVerbs = map[string]bool{
	"covers": true, "is": true, "was": true, "writes": true, "reports": true,
	"edits": true, "hosts": true, "leads": true, "joined": true, "has": true,
	"served": true, "teaches": true, "oversees": true, "contributes": true,
	"previously": true, "currently": true, "focuses": true,
}

// findBio returns the byte offset where an author bio starts in s, and the
// author's name: a personal name of two or three words followed by a bio
// verb ("Ellen Ioanes covers …"). After the start of s, the bio must follow
// the end of a sentence or a photo credit. A bio that does not follow a
// credit must speak of journalism. It returns -1 when there is none.
func findBio(s string, afterCredit bool) (int, string) {
	toks := tokenize(s)
	lastJob := -2 // where s last speaks of journalism, found once: a long line has many bio verbs
	aboutJournalism := func(start int) bool {
		if lastJob == -2 {
			lastJob = article.LastJobMention(s)
		}
		return lastJob >= start
	}
	for j := 2; j < len(toks); j++ {
		if !bioVerbs[toks[j].text] {
			continue
		}
		best, bestComplete := -1, false
		for n := 2; n <= 3 && j-n >= 0; n++ {
			i := j - n
			if !isBioName(toks[i:j]) {
				break
			}
			if i == 0 || endsSentence(toks[i-1].text) {
				if best < 0 && aboutJournalism(toks[i].start) {
					best = i
				}
				continue
			}
			if afterCredit {
				prefix := s[:toks[i].start]
				if _, _, rule := findCredit(prefix); rule != "" {
					complete := completeCredit(toks[:i])
					if best < 0 || complete && !bestComplete {
						best, bestComplete = i, complete
					}
				}
			}
		}
		if best >= 0 {
			return toks[best].start, s[toks[best].start:toks[j-1].end]
		}
	}
	return -1, ""
}

// completeCredit reports whether toks end in a way a credit ends: a known
// agency, a "Name/Agency" word or a closing bracket.
func completeCredit(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1].text
	if slashJoins(last) || strings.HasSuffix(last, ")") {
		return true
	}
	words := make([]string, 0, 4)
	for _, t := range toks[max(0, len(toks)-4):] {
		words = append(words, t.text)
	}
	for k := range words {
		if endsWithAgency(words[k:]) {
			return true
		}
	}
	return false
}

// isBioName reports whether toks are a personal name, not "The Islamic State".
func isBioName(toks []token) bool {
	for _, t := range toks {
		if !article.IsNameWord(t.text) || strings.HasSuffix(t.text, ".") && !isInitial(t.text) || smallWords[strings.ToLower(t.text)] {
			return false
		}
	}
	return !notNames[toks[0].text]
}

// notNames are capitalised words that start sentences but never names.
var notNames = map[string]bool{
	"The": true, "This": true, "That": true, "These": true, "Those": true,
	"It": true, "He": true, "She": true, "They": true, "We": true, "But": true,
	"And": true, "Our": true, "His": true, "Her": true, "Their": true, "A": true,
	"An": true, "In": true, "On": true, "At": true, "As": true, "If": true,
}

// nonNameWords open a capitalised phrase that is no one's name: question
// words, determiners and the labels of sections ("What You'll Need",
// "Chapter One", "Our Picks").
var nonNameWords = map[string]bool{
	"what": true, "how": true, "why": true, "who": true, "where": true, "when": true,
	"which": true, "the": true, "a": true, "an": true, "this": true, "that": true,
	"our": true, "your": true, "my": true, "things": true, "top": true,
	"chapter": true, "part": true, "step": true, "section": true, "episode": true,
	"more": true, "about": true, "see": true, "read": true, "notes": true,
}

// nonNameLine reports whether s opens with a word that opens no name, or
// shouts: a line in capitals without a "By" is a section label ("TOP
// STORIES", "CHAPTER ONE"), not a byline.
func nonNameLine(s string) bool {
	if nonNameWords[strings.ToLower(firstWord(s))] {
		return true
	}
	return strings.IndexFunc(s, unicode.IsLower) < 0
}
