package plaintext

import (
	"strings"
	"unicode"

	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// The rules of this file keep out of the headings the short lines that
// tell about the article rather than title a part of it: who wrote or
// checked it, when, how long it takes to read, which issue it is in —
// whatever else the line says.

var (
	// checkedByRE opens a line that names who wrote, checked or edited
	// the article: "Reviewed by", "Medically reviewed by", "Fact checked
	// by", "Edited by", "Illustrated by".
	checkedByRE = lazyre.New(`(?i)^(?:(?:medically|expert|clinically)\s+)?(?:reviewed|fact[- ]?checked|checked|edited|verified|illustrated|photographed|produced)\s+by:?\s+`)
	// reportingRoleRE opens what follows a correspondent's name: ",
	// reporting from Atlanta", ", in Kyiv".
	reportingRoleRE = lazyre.New(`(?i)^(?:reporting|reports|writing)\s+(?:from|in)\s+\p{Lu}`)
	// newTabRE finds the note a link's text keeps when copied from a page
	// that opens it elsewhere: ", opens new tab", "(opens in a new
	// window)", "öffnet in neuem Tab", "s'ouvre dans un nouvel onglet".
	newTabRE = lazyre.New(`(?i)(?:opens?\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)|öffnet\s+in\s+(?:einem\s+)?neuen\s+(?:tab|fenster)|s'ouvre\s+dans\s+un(?:e)?\s+nouv\S+\s+(?:onglet|fenêtre)|se\s+abre\s+en\s+una\s+nueva\s+(?:pestaña|ventana)|si\s+apre\s+in\s+una\s+nuova\s+(?:scheda|finestra)|abre\s+em\s+uma\s+nova\s+(?:aba|janela)|opent\s+in\s+(?:een\s+)?nie(?:uw|uwe)\s+(?:tabblad|venster))\)?(?m:$)`)
	// figureTitleRE matches the label of a table or a figure with its
	// title, in English and other languages: "Table 1. Open-access
	// networks", "Figure 2: Growth", "Abbildung 3: …", "Tableau 1 : …".
	figureTitleRE = lazyre.New(`^(?i:table|tab\.|figure|fig\.|chart|graph|exhibit|map|tabelle|abbildung|abb\.|grafik|tableau|graphique|tabla|gráfico|figura|tabella|grafico|tabela|tabel|figuur|tabell|figur|wykres|tabela)\s+\d{1,3}[a-z]?\s?[.:]\s+\S`)
)

// issueWords name a magazine's issue or edition after its month and year
// ("June 2024 Issue", "Ausgabe März 2024"), compared lower-cased.
var issueWords = map[string]bool{
	"issue": true, "edition": true, "ausgabe": true, "édition": true, "numéro": true,
	"edición": true, "número": true, "edizione": true, "numero": true, "edição": true,
	"editie": true, "nummer": true, "utgåva": true, "wydanie": true, "numer": true,
}

// metaLineRule returns the rule by which s, a short line that passes the
// heading tests, tells about the article rather than heads a part of it,
// or "": a line with a reading time ("Fiction · 14 min read") or a full
// date ("Last medically reviewed on January 9, 2024"), or a month and a
// year with the word for an issue ("June 2024 Issue": metadata-line); a
// byline that goes on after the name (byline-line); the label of a table
// or a figure with its title ("Table 1. Open-access networks":
// figure-label); a link's text that says it opens a new tab
// (new-tab-link).
func metaLineRule(s string) string {
	digits := strings.ContainsAny(s, "0123456789")
	switch {
	case digits && (article.HasReadingTime(s) || len(article.FindDates(s)) > 0 || isIssue(s)):
		return ruleMetaLine
	case bylineLine(s):
		return ruleBylineLine
	case digits && figureTitleRE.MatchString(s):
		return ruleFigureLabel
	case newTabRE.MatchString(s):
		return ruleNewTabLink
	}
	return ""
}

// isIssue reports whether s is a month and a year with a word for an
// issue before or after them.
func isIssue(s string) bool {
	ws := strings.Fields(s)
	if len(ws) != 3 {
		return false
	}
	if issueWords[strings.ToLower(ws[len(ws)-1])] {
		return article.IsMonthYear(strings.Join(ws[:len(ws)-1], " "))
	}
	return issueWords[strings.ToLower(ws[0])] && article.IsMonthYear(strings.Join(ws[1:], " "))
}

// bylineLine reports whether s is a byline that goes on after its name:
// a word for "by" (or "Reviewed by", "Fact checked by") and a name, then
// the name's job, place or address ("By Dana Whitfield
// dwhitfield@valleycourier.com", "Por Rafael Nogueira, de Corumbá (MS)",
// "Reviewed by Nina Patel, certified bike mechanic"), or a name, a comma
// and where the correspondent reports from ("Maya Chen, reporting from
// Atlanta"). A phrase of common words after "By" ("By The Numbers") is
// no name.
func bylineLine(s string) bool {
	rest, by := article.CutByAnyLanguage(s)
	if !by {
		if loc := checkedByRE.FindStringIndex(s); loc != nil {
			rest, by = s[loc[1]:], true
		}
	}
	name, tail := cutName(rest)
	if !nameShaped(name) {
		return false
	}
	if by {
		return true
	}
	return strings.HasPrefix(tail, ",") && reportingRoleRE.MatchString(strings.TrimSpace(tail[1:]))
}

// cutName cuts s where a name would end: before a comma, a bar, a dash,
// a middle dot, a bracket or an e-mail address; it returns the name and
// the rest.
func cutName(s string) (name, rest string) {
	end := len(s)
	if i := strings.IndexAny(s, ",|—–·(@"); i >= 0 {
		end = i
		if s[i] == '@' { // the address's first word is no part of the name
			end = strings.LastIndexFunc(s[:i], unicode.IsSpace) + 1
		}
	}
	return strings.TrimSpace(s[:end]), s[end:]
}

// codeSignRE finds a sign of program code in a line: a snake_case
// identifier, or a line that ends with ";", "{" or "}", or holds "()",
// a call ("avg(n)": a letter right before a bracket), " = ", "=>" or "->".
var codeSignRE = lazyre.New(`(?:^|[^\pL\d_])\pL[\pL\d]*_[\pL\d_]*[\pL\d](?:$|[^\pL\d_])|[;{}](?m:$)|\(\)|\pL\(|\s=\s|=>|->`)

// codeLike reports whether s bears a sign of program code.
func codeLike(s string) bool {
	return strings.ContainsAny(s, "_;{}()=>") && codeSignRE.MatchString(s)
}

// shellSignRE finds a sign that a line is a command or a setting, which
// prose and headings never hold: an attribute given its value in quotes
// (`app:drawBorder="none|top"`), a variable set with no space around "="
// (`PATH=/usr/local/bin:/usr/bin`), a file's path of three parts or more
// (`/home/deploy/scripts/backup.sh`), an output redirected (`>> log`,
// `2>&1`), or a crontab's starred fields (`0 3 * * *`).
var shellSignRE = lazyre.New(`[\pL\d]="|^[A-Z][A-Z0-9_]*=\S|(?:^|\s)~?/[\w.-]+/[\w.-]+/[\w.-]|\s>>\s|\d>&\d|\*\s+\*\s+\*`)

// shellLike reports whether s bears a sign of a command line or a
// setting (shellSignRE): a line of code alone between paragraphs, which a
// reader reads as code, not as the title of what follows.
func shellLike(s string) bool {
	return strings.ContainsAny(s, "=/>*") && shellSignRE.MatchString(s)
}

// valediction reports whether s closes a letter: a line of at most four
// words that ends with a comma ("IN SOLIDARITY,", "Best wishes,",
// "Cordialement,").
func valediction(s string) bool {
	if lastRune(s) != ',' {
		return false
	}
	n := article.WordCount(s)
	return n > 0 && n <= 4
}
