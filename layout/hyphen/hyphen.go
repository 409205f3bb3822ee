// Package hyphen finds where words and URLs may break at a line end.
//
// Words are hyphenated with Franklin M. Liang's algorithm ("Word
// Hy-phen-a-tion by Com-put-er", Stanford, 1983) over the TeX hyph-utf8
// patterns, embedded for en-us, en-gb, de, fr, es, it, pt, da, nb and nn
// (see patterns/README.md), applied by this package (liang.go).
// Tokens that are not prose words (numbers, acronyms, URLs, e-mail
// addresses) are never hyphenated; URLs break at their punctuation instead
// (see URLBreaks and IsURL).
//
// Offsets returned by this package are byte offsets into the string given,
// so the caller can slice the token it laid out without re-scanning it.
package hyphen

// Default minima, as in TeX's English setup (\lefthyphenmin=2,
// \righthyphenmin=3): a break leaves at least 2 letters before it on the
// line and carries at least 3 letters to the next line.
const (
	DefaultLeftMin  = 2
	DefaultRightMin = 3
)

// maxWordBytes bounds the tokens Points considers: the pattern matcher is
// quadratic in word length and no real word is this long.
const maxWordBytes = 256

// Options tunes a Hyphenator made with New. Zero values mean the defaults.
type Options struct {
	LeftMin  int // letters kept before a break; 0 means DefaultLeftMin
	RightMin int // letters carried after a break; 0 means DefaultRightMin
}

// Hyphenator finds hyphenation points for one language. It is immutable
// apart from its concurrency-safe word cache, so one value may be shared by
// many goroutines. Get one from For or New.
type Hyphenator struct {
	tag         string
	pats        *liang           // read-only after loading
	exceptions  map[string][]int // lower-cased word → rune break positions
	apostrophes bool             // patterns treat apostrophes as letters (fr, it)
	leftMin     int              // letters kept before a break
	rightMin    int              // letters carried after a break
	cache       *cache           // core word → byte offsets inside it
}

// Lang returns the canonical tag of the patterns h uses, e.g. "en-us".
func (h *Hyphenator) Lang() string { return h.tag }

// with returns a copy of h with the minima from opts and an empty cache.
func (h *Hyphenator) with(opts Options) *Hyphenator {
	c := *h
	c.leftMin, c.rightMin = DefaultLeftMin, DefaultRightMin
	if opts.LeftMin > 0 {
		c.leftMin = opts.LeftMin
	}
	if opts.RightMin > 0 {
		c.rightMin = opts.RightMin
	}
	c.cache = newCache(defaultCacheSize)
	return &c
}

// Points returns the byte offsets inside word where a line may break, in
// increasing order, or nil. At a point p the line ends with word[:p] and
// the next starts with word[p:]; Explicit(word, p) tells whether a hyphen
// must be drawn at the end of the line (it need not after an existing dash).
//
// word is one whitespace-free token as it appears in the text: leading and
// trailing punctuation and quotes (“word,”) are skipped and never split.
// Tokens with digits, '@' or '/', and all-capital or camel-case words
// (NATO, ISIS-K, iPhone) get no points. A word with an explicit hyphen or
// dash (well-known, Kabul–Kandahar) breaks only after it. Each break keeps
// at least the left minimum of letters before it and the right minimum
// after it. Results are cached per word; Points is safe for concurrent use.
func (h *Hyphenator) Points(word string) []int {
	return h.points(word, true)
}

// points implements Points; useCache is false only in benchmarks.
func (h *Hyphenator) points(word string, useCache bool) []int {
	if h == nil || len(word) > maxWordBytes || !candidate(word) {
		return nil
	}
	start, end := trimToLetters(word)
	if start >= end {
		return nil
	}
	core := word[start:end]
	var pts []int
	if !useCache {
		pts = h.corePoints(core)
	} else if cached, ok := h.cache.get(core); ok {
		pts = cached
	} else {
		pts = h.corePoints(core)
		h.cache.put(core, pts)
	}
	if len(pts) == 0 {
		return nil
	}
	out := make([]int, len(pts))
	for i, p := range pts {
		out[i] = start + p
	}
	return out
}

// corePoints computes the break offsets of a word already trimmed to begin
// and end with a letter.
func (h *Hyphenator) corePoints(core string) []int {
	if !properCase(core) {
		return nil
	}
	if hasExplicitBreak(core) {
		return explicitPoints(core, h.leftMin, h.rightMin)
	}
	if pos, ok := h.exceptions[lower(core)]; ok {
		return runeOffsets(core, 0, pos, h.leftMin, h.rightMin)
	}
	var out []int
	for _, seg := range letterRuns(core, h.apostrophes) {
		out = append(out, h.segmentPoints(core[seg[0]:seg[1]], seg[0])...)
	}
	return out
}

// segmentPoints runs the patterns over seg, a run of letters starting at
// byte offset base of the core word, and returns core offsets.
func (h *Hyphenator) segmentPoints(seg string, base int) []int {
	if letterCount(seg) < h.leftMin+h.rightMin {
		return nil
	}
	return runeOffsets(seg, base, h.pats.hyphenate(seg), h.leftMin, h.rightMin)
}

// Explicit reports whether the break at byte offset p of word follows an
// existing hyphen or dash, so the line ends with it and no hyphen is added.
// After a soft hyphen (U+00AD) Explicit is false: draw a visible hyphen and
// drop the soft hyphen itself, which is never drawn.
func Explicit(word string, p int) bool {
	if p <= 0 || p > len(word) {
		return false
	}
	r := lastRune(word[:p])
	return isDash(r)
}
