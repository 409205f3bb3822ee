package plaintext

import (
	"strings"
	"sync"
	"unicode"

	"github.com/offprint/offprint/internal/lazyre"
)

// A page sets its promotions between the paragraphs of a story in square
// brackets, a line of their own: "[Read: Why Tunisia …]", "[What you need
// to know to start the day: Get New York Today in your inbox.]", "[Sign
// up for our newsletter.]". An editor sets text that is the article's in
// brackets too: a correction ("[This article has been updated to …]"), a
// note ("[Editor's note: …]"), a transcript's cue ("[Laughter]"), a
// reference ("[1]"), a translator's note. A bracketed line is a promotion
// by what it says — a label and a title, or a call to read, get, sign
// up, listen … — and never when it reads as an editor's.

// bracketLabelRE matches a promotion's label and the title after it:
// "Read: Why Tunisia …", "Related: …", "See also: …". The label is one to
// four words.
var bracketLabelRE = lazyre.New(`^\p{L}[\p{L}’' ]{0,30}:\s*\S`)

// editorialRE matches the opening of a bracketed line that is the
// editor's, not the page's: a note, a correction or an update ("Editor's
// note: …", "Correction: …", "Update, March 3: …", "Translator's note:
// …", "N. d. T.: …", "Anm. d. Red.: …"), a disclosure or warning, a
// transcript's cue ("Inaudible", "Crosstalk", "sic") or a sentence about
// the article itself ("This article …", "An earlier version …").
var editorialRE = lazyre.New(`(?i)^(?:(?:editor|editors|author|translator|publisher)[’']?s?[’']? note|ed\.|note|notes|nb|n\.\s?b\.|correction|corrections|corrected|clarification|update|updated|updates|translation|translated|disclosure|disclaimer|(?:content |trigger )?warning|spoiler|sic|inaudible|crosstalk|unintelligible|n\.\s?d\.\s?[rtla]\.|anm\.|anmerkung|hinweis|korrektur|berichtigung|aktualisierung|aktualisiert|nota|nota del (?:editor|traductor|autor)|nota de la redacción|nota da redação|note de la rédaction|note du traducteur|rectificatif|mise à jour|actualización|actualizado|corrección|aggiornamento|correzione|atualização|atualizado|correção|noot van de redactie|correctie|rectificatie|(?:this|the|an earlier|a previous|an? (?:earlier|previous) version of this) (?:article|story|post|piece|essay|interview|transcript|report|version))(?:[^\p{L}]|$)`)

// promoVerb says how strongly a verb opening a clause makes a promotion:
// a strong one does alone ("Subscribe …", "Listen to …"), a weak one
// with a promotion's noun ("Read more …", "Get … in your inbox").
type promoVerb uint8

const (
	promoWeak promoVerb = iota + 1
	promoStrong
)

// promoVerbs are the imperatives that open a promotion's clause, lower
// case, in English and the other major European languages; a verb of
// two words is looked up with the word after it ("sign up", "check
// out", "lesen sie").
var promoVerbs = sync.OnceValue(func() map[string]promoVerb {
	m := map[string]promoVerb{}
	add := func(kind promoVerb, words string) {
		for _, w := range strings.Split(words, ",") {
			m[strings.TrimSpace(w)] = kind
		}
	}
	add(promoStrong, "subscribe, sign up, download, listen, watch, register, click, tap, don’t miss, don't miss, catch up, keep up, follow")
	add(promoWeak, "read, get, see, join, explore, discover, find, learn, like, try, check out, stay, more")
	add(promoStrong, "abonnieren sie, abonnieren, melden sie, laden sie, hören sie, folgen sie, lesen sie, sehen sie")
	add(promoStrong, "abonnez-vous, inscrivez-vous, téléchargez, écoutez, suivez, regardez, lisez, lire aussi, à lire aussi")
	add(promoStrong, "suscríbete, regístrate, descarga, escucha, sigue, mira, lee también, lea también, leer más")
	add(promoStrong, "iscriviti, abbonati, scarica, ascolta, segui, guarda, leggi anche")
	add(promoStrong, "assine, inscreva-se, baixe, ouça, siga, assista, leia também, veja também")
	add(promoStrong, "abonneer, schrijf je, luister, volg, bekijk, lees ook")
	add(promoWeak, "lesen, lire, lee, lea, leggi, leia, veja, lees, découvrez, retrouvez, descubre, scopri, descubra, ontdek")
	return m
})

// promoNouns are the words by which a clause opening with a weak
// promotion verb speaks of what the page offers: its newsletter, its
// app, more of its stories. Lower case, without punctuation.
var promoNouns = map[string]bool{
	"inbox": true, "newsletter": true, "newsletters": true, "email": true, "podcast": true,
	"episode": true, "app": true, "coverage": true, "more": true, "latest": true, "our": true,
	"here": true, "story": true, "stories": true, "article": true, "articles": true,
	"series": true, "updates": true, "video": true, "full": true, "facebook": true,
	"twitter": true, "instagram": true, "tiktok": true, "youtube": true, "free": true,
	"mehr": true, "hier": true, "plus": true, "ici": true, "más": true, "aquí": true,
	"più": true, "qui": true, "mais": true, "aqui": true, "meer": true,
	"artikel": true, "artículo": true, "articolo": true, "artigo": true, "nieuwsbrief": true,
	"boletín": true, "unsere": true, "notre": true, "nuestro": true, "nuestra": true,
}

// maxBracketPromo is the longest promotion in brackets, in characters.
const maxBracketPromo = 300

// isBracketPromo reports whether s, a whole line, is a promotion set in
// square brackets (bracket-promo).
func isBracketPromo(s string) bool {
	inner, ok := bracketedLine(s)
	if !ok || runeCount(inner) > maxBracketPromo || editorialRE.MatchString(inner) {
		return false
	}
	return bracketLabelRE.MatchString(inner) && labelWords4(inner) || promoWording(inner)
}

// bracketedLine returns the text inside s when the whole of s is one pair
// of square brackets (a full stop may follow it) with no other inside.
func bracketedLine(s string) (string, bool) {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if len(s) < 3 || s[0] != '[' || s[len(s)-1] != ']' {
		return "", false
	}
	inner := strings.TrimSpace(s[1 : len(s)-1])
	return inner, inner != "" && !strings.ContainsAny(inner, "[]")
}

// labelWords4 reports whether the label before the first colon of s has
// at most four words.
func labelWords4(s string) bool {
	label, _, _ := strings.Cut(s, ":")
	return len(strings.Fields(label)) <= 4
}

// promoWording reports whether a clause of s (the text after a colon, a
// full stop, a bar or a dash starts one) opens with a promotion's verb,
// capitalised: a strong one, or a weak one with a promotion's noun in
// the clause, or whether s names a newsletter or an inbox (signUpRE).
func promoWording(s string) bool {
	if signUpRE.MatchString(s) {
		return true
	}
	for clause := range strings.FieldsFuncSeq(s, func(r rune) bool { return strings.ContainsRune(":.!?|—–", r) }) {
		words := strings.Fields(strings.ToLower(clause))
		if len(words) < 2 || !unicode.IsUpper(firstRune(strings.TrimSpace(clause))) {
			continue
		}
		kind := promoVerbs()[words[0]]
		if k := promoVerbs()[words[0]+" "+words[1]]; k > kind {
			kind = k
		}
		if kind == promoStrong || kind == promoWeak && hasPromoNoun(words[1:]) {
			return true
		}
	}
	return false
}

// hasPromoNoun reports whether one of the words is a promotion's noun.
func hasPromoNoun(words []string) bool {
	for _, w := range words {
		if promoNouns[strings.Trim(w, ",;’'\"“”()")] {
			return true
		}
	}
	return false
}
