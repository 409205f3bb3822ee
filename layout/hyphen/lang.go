package hyphen

import (
	"bufio"
	"embed"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// patternFS holds the hyph-utf8 pattern (.pat.txt) and exception (.hyp.txt)
// files; patterns/README.md says where each comes from and under which licence.
//
//go:embed patterns/*.txt
var patternFS embed.FS

// source names the embedded files of one pattern set. The loaded Hyphenator
// is built once, on first use, and never changes afterwards.
type source struct {
	tag        string // canonical tag, e.g. "en-us"
	patterns   string // file under patterns/
	exceptions string // file under patterns/, may be empty

	once sync.Once
	h    *Hyphenator // nil when the patterns failed to load
}

// sources is the fixed table of embedded pattern sets, keyed by canonical tag.
// Only the sync.Once inside each entry ever changes state.
var sources = map[string]*source{
	"en-us": {tag: "en-us", patterns: "hyph-en-us.pat.txt", exceptions: "hyph-en-us.hyp.txt"},
	"en-gb": {tag: "en-gb", patterns: "hyph-en-gb.pat.txt", exceptions: "hyph-en-gb.hyp.txt"},
	"de":    {tag: "de", patterns: "hyph-de-1996.pat.txt"},
	"fr":    {tag: "fr", patterns: "hyph-fr.pat.txt"},
	"es":    {tag: "es", patterns: "hyph-es.pat.txt"},
	"it":    {tag: "it", patterns: "hyph-it.pat.txt"},
	"pt":    {tag: "pt", patterns: "hyph-pt.pat.txt", exceptions: "hyph-pt.hyp.txt"},
	"da":    {tag: "da", patterns: "hyph-da.pat.txt"},
	"nb":    {tag: "nb", patterns: "hyph-nb.pat.txt", exceptions: "hyph-nb.hyp.txt"},
	// Nynorsk uses the same hyph-no patterns as Bokmål, with its own exceptions.
	"nn": {tag: "nn", patterns: "hyph-nb.pat.txt", exceptions: "hyph-nn.hyp.txt"},
}

// britishRegions are the English-speaking regions that follow British
// spelling (and so British hyphenation) rather than American.
var britishRegions = map[string]bool{
	"gb": true, "uk": true, "ie": true, "au": true, "nz": true, "za": true,
	"in": true, "sg": true, "hk": true, "mt": true, "ng": true, "ke": true,
}

// Languages returns the canonical tags of the embedded pattern sets, sorted.
func Languages() []string {
	return slices.Sorted(maps.Keys(sources))
}

// For returns the shared Hyphenator for a BCP 47 language tag ("en",
// "en-US", "en_GB", "de-DE", "pt-BR", …) with the default minima, or nil
// when no patterns are embedded for that language (callers then do not
// hyphenate). Patterns load on first use; should embedded data ever fail
// to load (a build defect that TestAllLanguagesLoad guards against), For
// returns nil too. For is safe for concurrent use, and so is the
// Hyphenator it returns.
func For(lang string) *Hyphenator {
	src := lookup(lang)
	if src == nil {
		return nil
	}
	src.once.Do(func() {
		// a load error leaves h nil: For then returns nil, as documented
		src.h, _ = load(src)
	})
	return src.h
}

// New returns a fresh Hyphenator for lang with the given minima and its own
// word cache, or nil when no patterns are embedded for lang. The patterns
// themselves are loaded once and shared with For.
func New(lang string, opts Options) *Hyphenator {
	base := For(lang)
	if base == nil {
		return nil
	}
	return base.with(opts)
}

// lookup maps a BCP 47 tag to the best embedded pattern set, or nil.
func lookup(tag string) *source {
	tag = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(tag, "_", "-")))
	if src, ok := sources[tag]; ok {
		return src
	}
	parts := strings.Split(tag, "-")
	primary := parts[0]
	switch primary {
	case "en":
		if britishRegions[region(parts[1:])] {
			return sources["en-gb"]
		}
		return sources["en-us"]
	case "no":
		return sources["nb"]
	}
	return sources[primary]
}

// region returns the region subtag among the subtags after the primary
// language (skipping a four-letter script such as "Latn"), or "".
func region(subtags []string) string {
	for _, s := range subtags {
		switch {
		case len(s) == 4: // script
			continue
		case len(s) == 2 || (len(s) == 3 && s[0] >= '0' && s[0] <= '9'):
			return s
		default:
			return ""
		}
	}
	return ""
}

// load parses the embedded files of src into a Hyphenator.
func load(src *source) (*Hyphenator, error) {
	data, err := patternFS.ReadFile("patterns/" + src.patterns)
	if err != nil {
		return nil, fmt.Errorf("hyphen %s: %w", src.tag, err)
	}
	pats, err := compileLiang(string(data))
	if err != nil {
		return nil, fmt.Errorf("hyphen %s: %s: %w", src.tag, src.patterns, err)
	}
	h := &Hyphenator{
		tag:         src.tag,
		pats:        pats,
		apostrophes: strings.ContainsAny(string(data), "'’"),
		leftMin:     DefaultLeftMin,
		rightMin:    DefaultRightMin,
		cache:       newCache(defaultCacheSize),
	}
	if src.exceptions != "" {
		exc, err := patternFS.ReadFile("patterns/" + src.exceptions)
		if err != nil {
			return nil, fmt.Errorf("hyphen %s: %w", src.tag, err)
		}
		h.exceptions = parseExceptions(string(exc))
	}
	return h, nil
}

// parseExceptions reads a hyph-utf8 .hyp.txt list ("as-so-ciate", one word
// a line) into lower-cased words mapped to rune positions of their breaks.
// A word listed without hyphens ("present") maps to no breaks at all.
func parseExceptions(text string) map[string][]int {
	m := make(map[string][]int)
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "%") {
			continue
		}
		var word strings.Builder
		var pos []int
		n := 0
		for _, r := range strings.ToLower(line) {
			if r == '-' {
				pos = append(pos, n)
				continue
			}
			word.WriteRune(r)
			n++
		}
		m[word.String()] = pos
	}
	return m
}
