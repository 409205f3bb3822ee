// Package language guesses the language of a text that does not name
// it: by its script when most of its letters are of one script that one
// language writes (Hangul, kana, Han, Greek, Hebrew, Thai…), else by the
// frequency of the function words of the Latin-script languages it knows.
package language

import (
	"strings"
	"sync"
	"unicode"
)

// languages are the Latin-script languages Detect tells apart by their
// function words, in the order
// that breaks ties.
var languages = []string{"en", "de", "fr", "es", "it", "pt", "nl", "pl"}

// functionWords are the most frequent short words of each language the
// reader recognises (articles, pronouns, prepositions, conjunctions,
// auxiliaries). Words that several languages share count less; see
// Detect.
var functionWords = map[string]string{
	"en": "the and of to a in is that it was for on are with as he she they be at by this have from or had not but were his her which their been has would will there who what when we you i an said its than more about into also after could",
	"de": "der die das und ist nicht ein eine einen einem einer zu den dem des mit sich auf für im von auch es an wird werden sind hat haben wie nach bei aus noch sie er wir ich aber oder wenn dass nur um so schon zum zur über vor kann war man sagt",
	"fr": "le la les de des du un une et est en que qui dans pour pas sur au aux par plus ne se ce il elle ils sont ont mais avec son sa ses leur nous vous je été cette comme où aussi déjà être avait était d l qu n s c j",
	"es": "el la los las de del y en que un una es por con para no se su sus al lo como más pero fue son está ha han también este esta muy sobre entre cuando ya ser hay desde porque dijo",
	"it": "il lo la i gli le di del della dei delle e è che un una per non con si da in al alla sono ha come più ma anche questo questa nel nella dal ci loro essere stato già perché tra sul",
	"pt": "o a os as de do da dos das e é que um uma em no na nos nas para por com não se ao mais mas como foi são está também seu sua ele ela pelo pela já muito entre quando disse ter",
	"nl": "de het een en van in is dat op te zijn niet met voor die er aan maar ook als bij door om naar ze hij zij wordt werd nog over uit dan kan heeft hebben meer deze wat worden al geen tot",
	"pl": "i w z na się nie do to że o jest jak po co tak za od ale przez przy był była było są być jego jej ich który która które także już tylko może czy oraz dla jednak tym ze jako",
}

// Limits of language detection.
const (
	langMaxWords = 3000 // words read: enough to decide, cheap on long texts
	langMinScore = 8    // weighted function words the best language needs
	langMinShare = 15   // percent of the words that must be its function words
	langMargin   = 200  // percent of the runner-up's score the best needs: twice
)

// wordLanguages maps each function word to the languages that use it,
// built at first use: at package init it cost every start of offprint
// (--version included) about 400 allocations.
var wordLanguages = sync.OnceValue(buildWordLanguages)

// buildWordLanguages inverts functionWords.
func buildWordLanguages() map[string][]string {
	m := make(map[string][]string)
	for _, lang := range languages {
		for _, w := range strings.Fields(functionWords[lang]) {
			m[w] = append(m[w], lang)
		}
	}
	return m
}

// Detect guesses the language of the texts, a primary language subtag, or
// "" when it cannot tell: by script first (scriptLanguage), else from the
// frequency of function words (language-detect): each word of a language's list scores
// one point, shared among the languages that use it ("de" is French,
// Spanish, Portuguese and Dutch). The best language must score at least
// langMinScore, its words must make up langMinShare percent of the text,
// and it must score at least twice as much as the runner-up; otherwise the
// language is left unknown ("").
func Detect(texts []string) string {
	if lang := scriptLanguage(texts); lang != "" {
		return lang
	}
	score := make(map[string]float64)
	wordLangs := wordLanguages()
	words := 0
texts:
	for _, text := range texts {
		for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if words == langMaxWords {
				break texts // enough read: the texts left are not even split
			}
			words++
			langs := wordLangs[w]
			for _, l := range langs {
				score[l] += 1 / float64(len(langs))
			}
		}
	}
	best, bestScore, second := "", 0.0, 0.0
	for _, l := range languages {
		switch s := score[l]; {
		case s > bestScore:
			best, bestScore, second = l, s, bestScore
		case s > second:
			second = s
		}
	}
	if bestScore < langMinScore || bestScore*100 < float64(words*langMinShare) || bestScore*100 < second*langMargin {
		return ""
	}
	return best
}
