package plaintext

import (
	"strings"

	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// The bylines of this file complete parseByline's "By NAME": a blog's
// "Posted on DATE by NAME" and bylines in other languages.

// parsePostedByline reads "Posted on DATE by NAME": the words before "by"
// must be a date line and the rest a byline's names.
func parsePostedByline(s string) (byline, bool) {
	var b byline
	if runeCount(s) > 200 {
		return b, false
	}
	date, rest, ok := article.CutPostedBy(s)
	if !ok {
		return b, false
	}
	t, upd, ok := article.ParseDateLine(date)
	if !ok {
		return b, false
	}
	names, ok := bylineNames(rest)
	if !ok {
		return b, false
	}
	b.names, b.date, b.updated = names, t, upd
	return b, true
}

// bylineNames reads the names of a byline after its "By", dropping a date
// or an affiliation after them.
func bylineNames(rest string) ([]string, bool) {
	if m := bylineCut.FindStringIndex(rest); m != nil {
		rest = rest[:m[0]]
	}
	if article.IsWireService(rest) {
		return []string{strings.TrimRight(strings.TrimSpace(rest), ".")}, true
	}
	return parseNames(rest)
}

// maxForeignByline is the longest byline in another language, in
// characters: these words open ordinary sentences too, so the line must be
// short.
const maxForeignByline = 80

// parseForeignByline reads a byline in German, French, Spanish,
// Portuguese, Italian or Dutch: "Von Katharina Müller", "Par Élodie
// Beauséjour et Jean Dupont", "Un texte de Frédéric Zalac d'Enquête".
// Each name must be two to four name words,
// because these words also open sentences ("Par ailleurs, …", "Di solito
// …", "Von Berlin aus …"); a date after "|" or "—" is read.
func parseForeignByline(s string) (byline, bool) {
	var b byline
	if runeCount(s) > maxForeignByline {
		return b, false
	}
	rest, ok := article.CutCapitalBy(s)
	if !ok {
		return b, false
	}
	if cut := bylineCut.FindStringIndex(rest); cut != nil {
		if t, upd, ok := article.ParseDateLine(strings.TrimLeft(rest[cut[0]:], " |·•—–-")); ok {
			b.date, b.updated = t, upd
		}
		rest = rest[:cut[0]]
	}
	names, ok := foreignNames(rest)
	if loc := affiliationRE.FindStringIndex(rest); !ok && loc != nil {
		names, ok = foreignNames(rest[:loc[0]]) // "Un texte de Frédéric Zalac d'Enquête"
	}
	b.names = names
	return b, ok
}

// affiliationRE finds the newsroom or programme a French byline gives
// after the name with "d'": "Frédéric Zalac d'Enquête".
var affiliationRE = lazyre.New(`\s+d['’]\p{Lu}`)

// foreignNames reads the names of a byline in another language: each
// two to four name words.
func foreignNames(rest string) ([]string, bool) {
	var names []string
	for _, part := range article.SplitNamesAnyLanguage(rest) {
		toks := tokenize(part)
		if len(toks) < 2 || len(toks) > 4 || !isBioName(toks) {
			return nil, false
		}
		names = append(names, article.Unshout(part))
	}
	return names, len(names) > 0
}

// isBylineText reports whether s is a byline of any form with "by" or its
// translation: such a line is never a section heading.
func isBylineText(s string) bool {
	if _, ok := parseByline(s); ok {
		return true
	}
	if _, ok := parsePostedByline(s); ok {
		return true
	}
	_, ok := parseForeignByline(s)
	return ok || isWireCredits(s)
}

// creditClauseRE opens one clause of a wire story's closing credits:
// "Reporting by", "Additional reporting by", "Editing by", "Writing by".
var creditClauseRE = lazyre.New(`(?i)^(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics|fact-checking|production)\s+by\s+\p{Lu}`)

// isWireCredits reports whether s is a wire story's credit line, clauses
// that each name who reported, wrote or edited, joined by semicolons
// ("Reporting by Yimou Lee; Editing by Kim Coghill"). Such a line is
// never a heading; it stays a paragraph, as its editors are no authors.
func isWireCredits(s string) bool {
	parts := strings.Split(strings.TrimRight(s, ". "), ";")
	if runeCount(s) > 300 || len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !creditClauseRE.MatchString(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}
