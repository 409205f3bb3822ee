package hyphen

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

// mark returns word with sep inserted at each of the byte offsets pts.
func mark(word string, pts []int, sep string) string {
	var b strings.Builder
	last := 0
	for _, p := range pts {
		b.WriteString(word[last:p])
		b.WriteString(sep)
		last = p
	}
	b.WriteString(word[last:])
	return b.String()
}

func TestPointsEnglish(t *testing.T) {
	h := For("en")
	tests := []struct {
		word, want string
	}{
		{"hyphenation", "hy-phen-ation"},
		{"Hyphenation", "Hy-phen-ation"},
		{"“hyphenation,”", "“hy-phen-ation,”"},
		{"(hyphenation).", "(hy-phen-ation)."},
		{"‘developers’", "‘de-vel-op-ers’"},
		{"responsibility", "re-spon-si-bil-ity"},
		{"Khorasan’s", "Kho-rasan’s"},            // possessive stays with the last part
		{"organization’s", "or-ga-ni-za-tion’s"}, //
		{"naïve", "naïve"},                       // too short for 2+3
		{"cat", "cat"},                           //
		{"a", "a"},                               //
		{"", ""},                                 //
		{"—", "—"},                               //
		{"“”", "“”"},                             //
		{"ISIS-K", "ISIS-K"},                     // acronym
		{"NATO", "NATO"},                         //
		{"NATO’s", "NATO’s"},                     //
		{"UNESCO", "UNESCO"},                     //
		{"iPhone", "iPhone"},                     // camel case: a brand
		{"McDonald", "McDonald"},                 //
		{"2024", "2024"},                         // numbers
		{"covid19", "covid19"},                   //
		{"140th", "140th"},                       //
		{"https://vox.com/world", "https://vox.com/world"},
		{"name@example.com", "name@example.com"},
		{"@journalist", "@journalist"},
		{"and/or", "and/or"},
		{"snake_case_identifier", "snake_case_identifier"},
		{"well-known", "well--known"}, // explicit hyphen: break after it only
		{"mother-in-law", "mother--in--law"},
		{"e-mail", "e-mail"},                        // one letter before the hyphen
		{"E\u0301-mail", "E\u0301-mail"},            // one letter and its accent, decomposed
		{"Re\u0301-mail", "Re\u0301--mail"},         // two letters, one accented
		{"anti-inflammatory", "anti--inflammatory"}, //
		{"Kabul–Kandahar", "Kabul–-Kandahar"},       // en dash
		{"attack—the", "attack—-the"},               // em dash between words
		{"co--operation", "co---operation"},         // break after the last of a run
		{"hy\u00adphenation", "hy\u00ad-phenation"}, // soft hyphen: author's choice only
		{"non\u2011linear", "non\u2011linear"},      // non-breaking hyphen
		{"e.g.", "e.g."},
	}
	for _, tt := range tests {
		got := mark(tt.word, h.Points(tt.word), "-")
		if got != tt.want {
			t.Errorf("Points(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestExceptions(t *testing.T) {
	h := For("en-US")
	// The exception list overrides what the patterns alone would say.
	for _, tt := range []struct{ word, want string }{
		{"associate", "as-so-ciate"},
		{"Associates", "As-so-ciates"},
		{"project", "project"},
		{"reciprocity", "reci-procity"},
	} {
		core := lower(tt.word)
		fromPatterns := mark(core, runeOffsets(core, 0, h.pats.hyphenate(core), 2, 3), "-")
		if fromPatterns == lower(tt.want) {
			t.Errorf("%s: patterns alone already give %q: the case tests nothing", tt.word, fromPatterns)
		}
		if got := mark(tt.word, h.Points(tt.word), "-"); got != tt.want {
			t.Errorf("Points(%q) = %q, want %q (patterns alone: %q)", tt.word, got, tt.want, fromPatterns)
		}
	}
}

func TestPointsLanguages(t *testing.T) {
	tests := []struct {
		lang, word, want string
	}{
		{"en-GB", "hyphenation", "hy-phen-a-tion"},
		{"de-DE", "Silbentrennung", "Sil-ben-tren-nung"},
		{"de", "Donaudampfschifffahrt", "Do-nau-dampf-schiff-fahrt"},
		{"fr", "hyphénation", "hy-phé-na-tion"},
		{"fr-CA", "l’organisation", "l’or-ga-ni-sa-tion"},
		{"es", "responsabilidad", "res-pon-sa-bi-li-dad"},
		{"es-MX", "Casa", "Casa"},
		{"it", "responsabilità", "re-spon-sa-bi-lità"},
		{"pt-BR", "computador", "com-pu-ta-dor"},
		{"pt", "hardware", "hard-ware"}, // from hyph-pt.hyp.txt
		{"nb", "betre", "be-tre"},       // from hyph-nb.hyp.txt
	}
	for _, tt := range tests {
		h := For(tt.lang)
		if h == nil {
			t.Errorf("For(%q) = nil", tt.lang)
			continue
		}
		if got := mark(tt.word, h.Points(tt.word), "-"); got != tt.want {
			t.Errorf("%s: Points(%q) = %q, want %q", tt.lang, tt.word, got, tt.want)
		}
	}
}

// TestAllLanguagesLoad checks that every embedded set loads and breaks a
// long word of its language somewhere.
func TestAllLanguagesLoad(t *testing.T) {
	words := map[string]string{
		"da": "uddannelsesinstitution", "de": "Bundesverfassungsgericht",
		"en-gb": "internationalisation", "en-us": "internationalization",
		"es": "internacionalización", "fr": "internationalisation",
		"it": "internazionalizzazione", "nb": "internasjonalisering",
		"nn": "internasjonalisering", "pt": "internacionalização",
	}
	for _, tag := range Languages() {
		h := For(tag)
		if h == nil {
			t.Errorf("For(%q) = nil", tag)
			continue
		}
		if h.Lang() != tag {
			t.Errorf("For(%q).Lang() = %q", tag, h.Lang())
		}
		if pts := h.Points(words[tag]); len(pts) < 3 {
			t.Errorf("%s: Points(%q) = %v, want at least 3 breaks", tag, words[tag], pts)
		}
	}
}

func TestFor(t *testing.T) {
	tests := []struct{ tag, want string }{
		{"en", "en-us"}, {"en-US", "en-us"}, {"EN_us", "en-us"}, {"en-CA", "en-us"},
		{"en-GB", "en-gb"}, {"en_gb", "en-gb"}, {"en-AU", "en-gb"}, {"en-Latn-GB", "en-gb"},
		{"en-IE", "en-gb"}, {"de", "de"}, {"de-DE", "de"}, {"de-CH", "de"}, {"de-AT", "de"},
		{"fr", "fr"}, {"fr-CA", "fr"}, {"es-419", "es"}, {"it-IT", "it"}, {"pt-BR", "pt"},
		{"da-DK", "da"}, {"no", "nb"}, {"nb-NO", "nb"}, {"nn", "nn"}, {" en ", "en-us"},
		{"ru", ""}, {"nl", ""}, {"", ""}, {"x", ""}, {"-", ""}, {"zh-Hans-CN", ""},
	}
	for _, tt := range tests {
		h := For(tt.tag)
		got := ""
		if h != nil {
			got = h.Lang()
		}
		if got != tt.want {
			t.Errorf("For(%q) = %q, want %q", tt.tag, got, tt.want)
		}
	}
}

func TestOptions(t *testing.T) {
	tests := []struct {
		opts       Options
		word, want string
	}{
		{Options{}, "hyphenation", "hy-phen-ation"},
		{Options{LeftMin: 3}, "hyphenation", "hyphen-ation"},
		{Options{RightMin: 6}, "hyphenation", "hy-phenation"},
		{Options{LeftMin: 1, RightMin: 1}, "developers", "de-vel-op-er-s"},
		{Options{LeftMin: 5}, "well-known", "well-known"},
	}
	for _, tt := range tests {
		h := New("en", tt.opts)
		if got := mark(tt.word, h.Points(tt.word), "-"); got != tt.want {
			t.Errorf("New(en, %+v).Points(%q) = %q, want %q", tt.opts, tt.word, got, tt.want)
		}
	}
	if New("ru", Options{}) != nil {
		t.Error("New(ru) != nil")
	}
	// New must not change the shared Hyphenator.
	if got := mark("hyphenation", For("en").Points("hyphenation"), "-"); got != "hy-phen-ation" {
		t.Errorf("shared Hyphenator changed by New: %q", got)
	}
}

func TestNilHyphenator(t *testing.T) {
	var h *Hyphenator
	if pts := h.Points("hyphenation"); pts != nil {
		t.Errorf("nil Hyphenator: Points = %v", pts)
	}
}

func TestExplicit(t *testing.T) {
	tests := []struct {
		word string
		p    int
		want bool
	}{
		{"well-known", 5, true},
		{"well-known", 4, false},
		{"hyphenation", 2, false},
		{"Kabul–Kandahar", len("Kabul–"), true},
		{"hy\u00adphen", len("hy\u00ad"), false},
		{"x", 0, false},
		{"x", 5, false},
	}
	for _, tt := range tests {
		if got := Explicit(tt.word, tt.p); got != tt.want {
			t.Errorf("Explicit(%q, %d) = %v, want %v", tt.word, tt.p, got, tt.want)
		}
	}
}

// TestOneLetterPatterns checks patterns of one letter ("1b": break
// before every b), which a matcher that looks up substrings of two or
// more letters would miss, and a pattern with no letters.
func TestOneLetterPatterns(t *testing.T) {
	l, err := compileLiang("1b\nb1a\n2bl\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		want []int
	}{
		{"abab", []int{1, 2, 3}}, // a-b-a-b: "1b" before each b, "b1a" after
		{"ablb", []int{3}},       // "2bl" forbids a-b before l; "1b" allows l-b
		{"abb", []int{1, 2}},     // "1b" before a b at the word end too
		{"ABAB", []int{1, 2, 3}}, // words are matched in lower case
	}
	for _, tt := range tests {
		if got := l.hyphenate(tt.word); !slices.Equal(got, tt.want) {
			t.Errorf("%q → %v, want %v", tt.word, got, tt.want)
		}
	}
	for _, bad := range []string{"1b 12", "3"} {
		if _, err := compileLiang(bad); err == nil {
			t.Errorf("%q: pattern with no letters: want error", bad)
		}
	}
}

// TestDuplicatePatterns checks that a pattern given twice keeps the
// higher priority at each position, as Liang's algorithm does where two
// patterns match.
func TestDuplicatePatterns(t *testing.T) {
	l, err := compileLiang("a1bc ab1c")
	if err != nil {
		t.Fatal(err)
	}
	if got := l.hyphenate("abc"); !slices.Equal(got, []int{1, 2}) {
		t.Errorf("abc → %v, want [1 2] (a1b from the first, b1c from the second)", got)
	}
}

func TestConcurrentPoints(t *testing.T) {
	words := strings.Fields("hyphenation responsibility Afghanistan encompasses " +
		"rhizomatic perpetrated “acknowledged,” well-known")
	want := make([][]int, len(words))
	ref := New("en", Options{})
	for i, w := range words {
		want[i] = ref.Points(w)
	}
	h := New("en", Options{})
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				k := (g + i) % len(words)
				if got := h.Points(words[k]); !slices.Equal(got, want[k]) {
					t.Errorf("Points(%q) = %v, want %v", words[k], got, want[k])
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestCacheBounded(t *testing.T) {
	c := newCache(4)
	for _, w := range []string{"a", "b", "c", "d", "e", "f"} {
		c.put(w, []int{1})
	}
	n := 0
	c.m.Range(func(any, any) bool { n++; return true })
	if n > 4 {
		t.Errorf("cache holds %d words, limit 4", n)
	}
	if _, ok := c.get("f"); !ok {
		t.Error("most recent word not cached")
	}
}

func TestPointsReturnsCopy(t *testing.T) {
	h := New("en", Options{})
	first := h.Points("hyphenation")
	first[0] = 99
	if got := h.Points("hyphenation"); got[0] == 99 {
		t.Error("Points returned the cached slice itself")
	}
}
