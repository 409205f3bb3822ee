package language

import (
	"unicode"
)

// Limits of the script test.
const (
	scriptMaxLetters = 20000 // letters read: enough to decide, cheap on long texts
	scriptMinLetters = 20    // letters a text needs before its script says anything
	scriptMinShare   = 60    // percent of the letters one script must hold
	kanaMinShare     = 5     // percent of the Han and kana letters that must be kana for Japanese
)

// scripts are the scripts that name their language, with the language:
// a text mostly in one of them is in that language. Han, kana and
// Cyrillic are told apart in scriptLanguage.
var scripts = []struct {
	table *unicode.RangeTable
	lang  string
}{
	{unicode.Hangul, "ko"},
	{unicode.Greek, "el"},
	{unicode.Hebrew, "he"},
	{unicode.Thai, "th"},
	{unicode.Georgian, "ka"},
	{unicode.Armenian, "hy"},
	{unicode.Devanagari, "hi"},
	{unicode.Bengali, "bn"},
	{unicode.Tamil, "ta"},
	{unicode.Khmer, "km"},
	{unicode.Lao, "lo"},
	{unicode.Myanmar, "my"},
	{unicode.Ethiopic, "am"},
	{unicode.Sinhala, "si"},
}

// letterCounts counts the letters of a text by script.
type letterCounts struct {
	all, han, kana, cyrillic, arabic int
	by                               []int        // letters of each of scripts
	marks                            map[rune]int // letters that tell the languages of one script apart

}

// scriptLanguage returns the language of the texts by their script: when
// scriptMinShare percent of their letters or more are of one script that
// one language writes ("ko" for Hangul, "el", "he", "th"…); "ja" for Han
// with kana among it, "zh" for Han alone; for Cyrillic and Arabic the
// letters only some of their languages write (cyrillicLanguage,
// arabicLanguage). Latin letters, and texts too short to tell, give "":
// the function words decide those.
func scriptLanguage(texts []string) string {
	c := letterCounts{by: make([]int, len(scripts)), marks: map[rune]int{}}
texts:
	for _, text := range texts {
		for _, r := range text {
			if c.all == scriptMaxLetters {
				break texts
			}
			if unicode.IsLetter(r) {
				c.add(r)
			}
		}
	}
	if c.all < scriptMinLetters {
		return ""
	}
	most := func(n int) bool { return n*100 >= c.all*scriptMinShare }
	switch {
	case most(c.han + c.kana):
		if c.kana*100 >= (c.han+c.kana)*kanaMinShare {
			return "ja"
		}
		return "zh"
	case most(c.cyrillic):
		return c.cyrillicLanguage()
	case most(c.arabic):
		return c.arabicLanguage()
	}
	for i, n := range c.by {
		if most(n) {
			return scripts[i].lang
		}
	}
	return ""
}

// add counts letter r.
func (c *letterCounts) add(r rune) {
	c.all++
	switch {
	case r < 0x370: // Latin and the letters before Greek
	case unicode.Is(unicode.Han, r):
		c.han++
	case unicode.In(r, unicode.Hiragana, unicode.Katakana):
		c.kana++
	case unicode.Is(unicode.Cyrillic, r):
		c.cyrillic++
		c.mark(unicode.ToLower(r), "ўіїєґјљњџђћѓќѕъ")
	case unicode.Is(unicode.Arabic, r):
		c.arabic++
		c.mark(r, "پچژگٹڈڑںے")
	default:
		for i, s := range scripts {
			if unicode.Is(s.table, r) {
				c.by[i]++
				break
			}
		}
	}
}

// mark counts r when it is one of letters.
func (c *letterCounts) mark(r rune, letters string) {
	for _, l := range letters {
		if r == l {
			c.marks[r]++
			return
		}
	}
}

// any reports whether the text has one of letters.
func (c *letterCounts) any(letters string) bool {
	for _, l := range letters {
		if c.marks[l] > 0 {
			return true
		}
	}
	return false
}

// bulgarianHardSigns is the share, per thousand Cyrillic letters, of hard
// signs (ъ) that makes Cyrillic text Bulgarian: Bulgarian writes one in
// every word like "във" or "България", Russian hardly ever.
const bulgarianHardSigns = 8

// cyrillicLanguage tells the languages of Cyrillic text apart by the
// letters only they write: ў Belarusian; і, ї, є, ґ Ukrainian; ѓ, ќ, ѕ
// Macedonian; ј, љ, њ, џ, ђ, ћ Serbian; many ъ Bulgarian; else Russian.
func (c *letterCounts) cyrillicLanguage() string {
	switch {
	case c.any("ў"):
		return "be"
	case c.any("іїєґ"):
		return "uk"
	case c.any("ѓќѕ"):
		return "mk"
	case c.any("јљњџђћ"):
		return "sr"
	case c.marks['ъ']*1000 >= c.cyrillic*bulgarianHardSigns:
		return "bg"
	}
	return "ru"
}

// arabicLanguage tells the languages of Arabic script apart: ٹ, ڈ, ڑ, ں,
// ے Urdu; پ, چ, ژ, گ (without those) Persian; else Arabic.
func (c *letterCounts) arabicLanguage() string {
	switch {
	case c.any("ٹڈڑںے"):
		return "ur"
	case c.any("پچژگ"):
		return "fa"
	}
	return "ar"
}

// IsCJK reports whether r is a Chinese, Japanese or Korean letter (Han,
// kana or hangul), of the scripts written without spaces between words.
// No such letter comes before U+1100, the first hangul jamo, so most
// letters are answered without a table.
func IsCJK(r rune) bool {
	return r >= 0x1100 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}
