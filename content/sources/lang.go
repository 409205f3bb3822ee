package sources

import (
	"strings"
	"time"

	"github.com/offprint/offprint/content/locale"
)

// vocab is what the pass writes into a document, in one language: the
// words of the locale table (content/locale).
type vocab struct{ locale.Words }

// wordsFor returns the words for a BCP 47 language tag, English when the
// table has none for it.
func wordsFor(lang string) vocab {
	w, _ := locale.For(lang)
	return vocab{w}
}

// primaryLang returns the primary subtag of a language tag (locale.Primary).
func primaryLang(lang string) string { return locale.Primary(lang) }

// isSectionTitle reports whether s is the Sources heading in one of the
// languages the pass writes.
func isSectionTitle(s string) bool {
	for _, w := range locale.All() {
		if s == w.Sources {
			return true
		}
	}
	return false
}

// formatDate writes t (its UTC calendar day) the way the language does.
func (w vocab) formatDate(t time.Time) string { return w.Date(t) }

// quote puts the language's quotation marks around a title. Quotation
// marks already around the whole title are dropped first, and double
// marks inside it become single ones (“‘Quoted’: a title”), so that the
// marks are never doubled.
func (w vocab) quote(title string) string {
	title = strings.TrimSpace(title)
	if inner, ok := outerQuoted(title); ok {
		title = inner
	}
	title = innerDoubles.Replace(title)
	return w.Open + title + w.Close
}

// innerDoubles turns double quotation marks into the matching single ones.
var innerDoubles = strings.NewReplacer("“", "‘", "”", "’", "„", "‚", "«", "‹", "»", "›")

// quotePairs are the opening and closing double quotation marks of the
// languages offprint reads.
var quotePairs = [][2]string{{"“", "”"}, {"\"", "\""}, {"„", "“"}, {"„", "”"}, {"«", "»"}, {"»", "«"}, {"”", "”"}, {"‘", "’"}, {"'", "'"}}

// outerQuoted returns the title without the quotation marks around it
// when a pair of marks encloses the whole title (and no other mark of the
// pair closes inside it).
func outerQuoted(s string) (string, bool) {
	for _, p := range quotePairs {
		if len(s) <= len(p[0])+len(p[1]) || !strings.HasPrefix(s, p[0]) || !strings.HasSuffix(s, p[1]) {
			continue
		}
		inner := strings.TrimSpace(s[len(p[0]) : len(s)-len(p[1])])
		if inner == "" || strings.Contains(inner, p[1]) || strings.Contains(inner, p[0]) {
			continue
		}
		return inner, true
	}
	return s, false
}
