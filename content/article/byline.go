package article

import (
	"strings"
	"unicode"

	"github.com/offprint/offprint/internal/lazyre"
)

// englishBy are the words that open an English byline: "By", "Written
// by", "Reporting by", "Interview by", "A short story by", "Author:"…
const englishBy = `by|written by|words by|story by|text by|reporting by|reported by|posted by|interview by|interviewed by|review by|reviewed by|essay by|fiction by|(?:an? )?(?:short )?(?:story|poem|essay|novel|column|commentary|analysis) by|authors?:`

// otherBy are the words for "by" that open a byline in German, French,
// Spanish, Italian, Dutch, the Scandinavian languages, Polish, Russian,
// Arabic and Hebrew. ("da" and "de", which IsByWord also knows, are left
// out: they open names too.)
const otherBy = `von|par|por|di|door|av|af|przez|автор|بقلم|מאת`

var (
	byPrefixRE    = lazyre.New(`(?i)^(?:` + englishBy + `)[\s:]+`)
	byAnyPrefixRE = lazyre.New(`(?i)^\s*(?:` + englishBy + `|` + otherBy + `)\s*:?\s+`)
)

// CutBy cuts the words that open an English byline ("By ", "Written by
// ", "Interview by: ", "Author: ") from s and returns the rest; ok is
// false when s opens with none.
func CutBy(s string) (rest string, ok bool) {
	loc := byPrefixRE.FindStringIndex(s)
	if loc == nil {
		return s, false
	}
	return s[loc[1]:], true
}

// CutByAnyLanguage cuts what CutBy cuts, or a word for "by" in another
// language ("von ", "Par ", "przez ", "بقلم "), with an optional colon,
// from s and returns the rest; ok is false when s opens with none.
func CutByAnyLanguage(s string) (rest string, ok bool) {
	loc := byAnyPrefixRE.FindStringIndex(s)
	if loc == nil {
		return s, false
	}
	return s[loc[1]:], true
}

// wireServices are news agencies credited as the author of wire copy.
var wireServices = map[string]bool{
	"associated press": true, "the associated press": true, "ap": true,
	"reuters": true, "afp": true, "agence france-presse": true, "bloomberg": true,
	"bloomberg news": true, "dpa": true, "efe": true, "xinhua": true,
	"tass": true, "ansa": true, "pa media": true, "press association": true,
	"upi": true, "kyodo news": true, "ap news": true,
}

// IsWireService reports whether the whole of s (a final full stop aside)
// names a news agency credited as the author of wire copy ("The Associated
// Press", "Reuters").
func IsWireService(s string) bool {
	return wireServices[strings.ToLower(strings.TrimSpace(strings.TrimRight(s, ".")))]
}

// namesAnyRE matches what joins the names of a byline in English,
// German ("und"), French ("et"), Spanish ("y"), Portuguese and Italian
// ("e") and Dutch ("en"), besides commas and "&".
var namesAnyRE = lazyre.New(`\s*(?:,\s*(?:und|et|y|e|en|and)\s+|,\s*|\s+(?:und|et|y|e|en|and)\s+|\s*&\s*)`)

// SplitNamesAnyLanguage splits the names of a byline in English, German,
// French, Spanish, Portuguese, Italian or Dutch: "A, B und C", "A et B",
// "A y B", "A e B", "A en B", "A & B". Unlike SplitNames it cuts at "y"
// and "e", so it suits bylines that open with the language's word for
// "by", not names such as "Ramón y Cajal" on their own.
func SplitNamesAnyLanguage(s string) []string {
	var out []string
	for _, n := range namesAnyRE.Split(strings.TrimRight(s, " ,;"), -1) {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// IsNameWord reports whether w can be a word of a personal name: a
// particle ("van", "de") or a capitalised word of letters, full stops,
// hyphens and apostrophes ("O’Brien", "J.", "Smith-Jones").
func IsNameWord(w string) bool {
	if IsParticle(strings.ToLower(w)) {
		return true
	}
	r := []rune(w)
	if len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false
	}
	for _, c := range r {
		if !unicode.IsLetter(c) && !strings.ContainsRune(".-'’", c) {
			return false
		}
	}
	return true
}

// Unshout writes a name printed in capitals ("HANNA ARHIROVA", "SEAN
// O’BRIEN") in title case ("Hanna Arhirova", "Sean O’brien" keeps the
// letter after an apostrophe small); other names are kept as printed.
func Unshout(name string) string {
	letters := 0
	for _, c := range name {
		if unicode.IsLetter(c) {
			if !unicode.IsUpper(c) {
				return name
			}
			letters++
		}
	}
	if letters == 0 {
		return name
	}
	r := []rune(strings.ToLower(name))
	up := true
	for i, c := range r {
		if up && unicode.IsLetter(c) {
			r[i] = unicode.ToUpper(c)
		}
		up = !unicode.IsLetter(c) && c != '’' && c != '\''
	}
	return string(r)
}

// ByNames returns the names of a line that is only an English byline,
// "By A, B and C" (CutBy, SplitNames), when each is a name of two to five
// words (IsName); else nil. A line of more than twelve words, or ending
// with a full stop, is a sentence, not a byline.
func ByNames(line string) []string {
	rest, ok := CutBy(strings.TrimSpace(line))
	if !ok || rest == "" || WordCount(rest) > 12 || strings.HasSuffix(rest, ".") {
		return nil
	}
	names := SplitNames(rest)
	for _, n := range names {
		if !IsName(n, 5) {
			return nil
		}
	}
	return names
}

// postedRE matches a byline that gives the date first: "Posted on February
// 4, 2024 by Jane Doe", "Published March 3, 2024 by Jane Doe".
// The verb may be left out: "February 10, 2024 by Maria Lopez".
var postedRE = lazyre.New(`(?i)^((?:(?:last\s+)?(?:posted|published|updated|written)(?:\s+on)?\s+)?.{6,60}?),?\s+by\s+(\S.*)$`)

// CutPostedBy cuts a byline that gives the date first ("Posted on
// February 4, 2024 by Jane Doe") at its "by": it returns what stands
// before it, the date with its verb, and the names after it. The caller
// checks that the first is a date line and the second names.
func CutPostedBy(s string) (date, names string, ok bool) {
	m := postedRE.FindStringSubmatch(s)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// capitalBylineRE matches the words that open a byline in German ("Von"),
// French ("Par"), Spanish and Portuguese ("Por"), Italian ("Di") and Dutch
// ("Door"), or the "a text by" of French and Spanish pages ("Un texte de",
// "Texto de"), capitalised or in capitals, or a phrase of writtenBy,
// followed by the names.
var capitalBylineRE = lazyre.New(`^(?:Von|VON|Par|PAR|Por|POR|Di|DI|Door|DOOR|Un texte de|UN TEXTE DE|Texte de|TEXTE DE|Un texto de|Texto de|TEXTO DE|` + writtenBy + `)\s+(\S.*)$`)

// writtenBy are the phrases for "written by", "a column by" and the like
// that open a byline in German, French, Spanish, Italian and Dutch
// ("Erstellt von Andri Bryner", "Eine Kolumne von Nils Pickert", "Écrit
// par …", "Publicado por …").
const writtenBy = `(?:Geschrieben|Verfasst|Erstellt) von|Ein (?:Beitrag|Gastbeitrag|Kommentar|Essay|Text) von|Eine (?:Kolumne|Analyse|Glosse|Reportage) von|` +
	`(?:Écrit|Publié|Rédigé) par|Une (?:chronique|tribune) de|(?:Escrito|Publicado|Redactado) por|(?:Scritto|Pubblicato) da|Geschreven door`

// CutCapitalBy cuts the word for "by" that opens a byline in German,
// French, Spanish, Portuguese, Italian or Dutch, capitalised ("Von
// Katharina Müller", "PAR Élodie Beauséjour"), and returns the rest.
// Unlike CutByAnyLanguage it takes the word only capitalised, as it
// opens a byline line; these words open sentences too ("Par ailleurs"),
// so the caller checks the names.
func CutCapitalBy(s string) (rest string, ok bool) {
	m := capitalBylineRE.FindStringSubmatch(s)
	if m == nil {
		return s, false
	}
	return m[1], true
}
