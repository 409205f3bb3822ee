package plaintext

import (
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/publicsuffix"

	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// source is what a source line says: a publisher name, an address, or both.
type source struct {
	publisher string
	url       string
	label     string // the domain label the publisher was guessed from, if it was
}

// sourceLabels are the words that introduce a source line, compared after
// lower-casing with a small edit distance ("Sourse:" is "Source:").
var sourceLabels = []string{
	"source", "sources", "via", "from", "original", "original article",
	"originally published at", "originally published on", "originally published in",
	"originally published by", "originally appeared at", "originally appeared on",
	"originally appeared in", "first published at", "first published on",
	"first published in", "first published by", "read more at", "read more on",
	"read the original at", "read the original on", "read the full article at",
	"read the full story at", "published in", "published by", "published at",
	"published on", "article from", "story from", "link", "url",
	// Other languages: German, French (with the space before the colon),
	// Spanish, Italian and Portuguese, Dutch.
	"quelle", "quellen", "fuente", "fuentes", "fonte", "fontes", "fonti", "bron",
	"publié sur", "publié dans", "zuerst erschienen bei", "zuerst erschienen in",
}

// colonOnly are labels accepted only when a colon follows ("From: The Atlantic").
var colonOnly = map[string]bool{
	"from": true, "link": true, "url": true, "original": true, "quelle": true,
	"quellen": true, "fuente": true, "fuentes": true, "fonte": true,
	"fontes": true, "fonti": true, "bron": true,
}

var (
	urlRE    = lazyre.New(`^(?i)https?://[^\s/$.?#][^\s]*$`)
	domainRE = lazyre.New(`^(?i)(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,24}(?:/\S*)?$`)
)

// parseSourceLine recognises a source line and returns what it names and
// the rule that matched: "source-label" (a label such as "Source:" or
// "Originally published at", typos allowed) or "source-bare-address" (a
// line that is only a URL or a domain).
func parseSourceLine(s string) (src source, rule string, ok bool) {
	if runeCount(s) > 300 {
		return src, "", false
	}
	if src, ok := parseSourceValue(s, true); ok {
		return src, ruleSourceBare, true
	}
	label, value, colon := splitLabel(s)
	if label == "" || (!colon && colonOnly[label]) {
		return src, "", false
	}
	if src, ok := parseSourceValue(value, false); ok {
		return src, ruleSourceLabel, true
	}
	return src, "", false
}

// splitLabel finds a source label at the start of s (allowing typos) and
// returns it in its canonical spelling with the rest of the line.
func splitLabel(s string) (label, value string, colon bool) {
	toks := firstTokens(s, 5)
	for n := len(toks); n >= 1; n-- {
		head := strings.ToLower(s[:toks[n-1].end])
		colon = strings.HasSuffix(head, ":")
		head = strings.TrimRight(head, ":-–— ")
		for _, l := range sourceLabels {
			if head == l || (len(l) >= 5 && abs(len(head)-len(l)) <= maxTypos(l) && editDistance(head, l) <= maxTypos(l)) {
				return l, strings.TrimLeft(s[toks[n-1].end:], " :-–—"), colon
			}
		}
	}
	return "", "", false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// maxTypos is how many typing errors a label of that length may have.
func maxTypos(label string) int {
	if len(label) >= 12 {
		return 2
	}
	return 1
}

// parseSourceValue reads what follows a source label: a URL, a domain, a
// publication name, or a name with an address ("The Guardian
// (theguardian.com)"). A bare line must be an address alone.
func parseSourceValue(v string, bare bool) (src source, ok bool) {
	v = strings.TrimSpace(strings.TrimRight(v, ". "))
	if bare && strings.ContainsAny(v, " \t") {
		return src, false // a bare address is one word
	}
	if ds := findDatesIfAny(v, bare); len(ds) > 0 && ds[len(ds)-1].End == len(v) {
		v = strings.TrimRight(v[:ds[len(ds)-1].Start], " ,;:-–—|(") // "Source: CNN, March 25, 2024"
	}
	if v == "" {
		return src, false
	}
	toks := tokenize(v)
	last := strings.Trim(toks[len(toks)-1].text, "()<>[],;")
	u, isAddr := address(last)
	if bare {
		if len(toks) != 1 || !isAddr {
			return src, false
		}
		return guessedSource(u), true
	}
	name := v
	if isAddr {
		name = strings.TrimRight(v[:toks[len(toks)-1].start], " ,;:-–—|(")
		src.url = u
	}
	if name != "" {
		if !isPublicationName(name) {
			return src, false
		}
		src.publisher = name
	} else {
		src = guessedSource(u)
	}
	return src, true
}

// findDatesIfAny returns the dates of a labelled value (none for a bare
// address).
func findDatesIfAny(v string, bare bool) []article.DateSpan {
	if bare || !strings.ContainsAny(v, "0123456789") {
		return nil
	}
	return article.FindDates(v)
}

// address returns w as an absolute URL when it is a URL or a domain name.
func address(w string) (string, bool) {
	if urlRE.MatchString(w) {
		if u, err := url.Parse(w); err == nil && u.Host != "" {
			return w, true
		}
		return "", false
	}
	if domainRE.MatchString(w) && !strings.Contains(w, "..") {
		return "https://" + strings.ToLower(w[:hostEnd(w)]) + w[hostEnd(w):], true
	}
	return "", false
}

func hostEnd(w string) int {
	if i := strings.IndexByte(w, '/'); i >= 0 {
		return i
	}
	return len(w)
}

// isPublicationName reports whether s looks like the name of a publication:
// at most six words, each capitalised or a small joining word, no sentence.
func isPublicationName(s string) bool {
	toks := tokenize(s)
	if len(toks) == 0 || len(toks) > 6 || !isCapitalized(toks[0].text) {
		return false
	}
	for _, t := range toks {
		w := strings.ToLower(t.text)
		if !isCapitalized(t.text) && !smallWords[w] && w != "&" {
			return false
		}
	}
	return !strings.ContainsAny(s, "!?") && !strings.Contains(s, ". ")
}

// guessedSource names the publisher of address u from its domain.
func guessedSource(u string) source {
	name, label := publisherFor(u)
	if name != "" && label == "" {
		return source{publisher: name, url: u}
	}
	return source{publisher: name, url: u, label: label}
}

// nameInText looks for the publication's name as written in the article:
// capitalised words whose letters spell the domain label, with or without
// a leading "The" ("The Daily Ledger" for dailyledger.com). It returns ""
// when no text spells it.
func nameInText(label string, texts []string) string {
	if len(label) < 4 {
		return ""
	}
	for _, want := range []string{"the" + label, label} {
		for _, text := range texts {
			if name := spelledIn(want, text); name != "" {
				return name
			}
		}
	}
	return ""
}

// spelledIn returns the run of capitalised words of text whose letters are
// want, or "".
func spelledIn(want, text string) string {
	toks := tokenize(text)
	for i := range toks {
		spelled := ""
		for j := i; j < len(toks) && j < i+6 && unicode.IsUpper(firstLetter(toks[j].text)); j++ {
			spelled += letters(toks[j].text)
			if spelled == want {
				name := strings.TrimRight(text[toks[i].start:toks[j].end], ".,;:!?)’'”\"")
				return strings.TrimLeftFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) // "(Reuters)"
			}
			if !strings.HasPrefix(want, spelled) {
				break
			}
		}
	}
	return ""
}

// knownPublishers is a convenience for sites whose name is not their domain
// label capitalised. Any other domain falls back to publisherFor's rule.
var knownPublishers = map[string]string{
	"vox.com": "Vox", "nytimes.com": "The New York Times",
	"washingtonpost.com": "The Washington Post", "theguardian.com": "The Guardian",
	"bbc.co.uk": "BBC", "bbc.com": "BBC", "apnews.com": "AP News",
	"wsj.com": "The Wall Street Journal", "ft.com": "Financial Times",
	"theatlantic.com": "The Atlantic", "newyorker.com": "The New Yorker",
	"economist.com": "The Economist", "aljazeera.com": "Al Jazeera",
	"theverge.com": "The Verge", "latimes.com": "Los Angeles Times",
	"nbcnews.com": "NBC News", "cbsnews.com": "CBS News", "abcnews.go.com": "ABC News",
}

// blogPlatforms host many publications, each on its own subdomain
// ("example.substack.com" is "Example", not "Substack").
var blogPlatforms = map[string]bool{
	"substack.com": true, "medium.com": true, "wordpress.com": true,
	"blogspot.com": true, "tumblr.com": true, "ghost.io": true,
	"beehiiv.com": true, "typepad.com": true, "livejournal.com": true,
}

// publisherFor names the site of an address: the known name of its
// registered domain (or of the blog, on a blogging platform), else that
// domain's first label capitalised (an
// initialism when it has at most three letters: "cnn.com" is "CNN"), with
// hyphens read as spaces ("the-intercept.com" is "The Intercept"). It
// also returns the label when the name is such a guess.
func publisherFor(addr string) (name, label string) {
	u, err := url.Parse(addr)
	if err != nil || u.Hostname() == "" {
		return "", ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if name, ok := knownPublishers[host]; ok {
		return name, ""
	}
	reg, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		reg = host
	}
	if name, ok := knownPublishers[reg]; ok {
		return name, ""
	}
	if sub, ok := strings.CutSuffix(host, "."+reg); ok && blogPlatforms[reg] {
		reg = sub[strings.LastIndexByte(sub, '.')+1:] + "." + reg // the blog, not the platform
	}
	label, _, _ = strings.Cut(reg, ".")
	if len(label) <= 3 {
		return strings.ToUpper(label), label
	}
	words := strings.Split(label, "-")
	for i, w := range words {
		r := []rune(w)
		if len(r) > 0 {
			r[0] = unicode.ToUpper(r[0])
		}
		words[i] = string(r)
	}
	return strings.Join(words, " "), strings.ReplaceAll(label, "-", "")
}
