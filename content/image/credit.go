package image

import (
	"strings"
	"unicode"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/lazyre"
)

var (
	// creditMarker finds an explicit credit at the end of a caption.
	creditMarker = lazyre.New(`(?:^|[\s(\[])(?:(?:[Pp]hoto(?:graph)?s?|[Ii]mage|[Pp]icture|[Ii]llustration|[Cc]redit|[Pp]hoto [Cc]redit|[Ff]otos?|[Bb]ild|[Cc]rédit|[Cc]rédito|[Ii]magen|[Ii]mmagine|Фото|صورة|צילום)\s*(?::|by)|[Cc]ourtesy of)\s+([^()\[\]]+?)[)\]]?\.?\s*$`)
	// agencies are words that mark the last sentence of a caption as a credit.
	agencies = lazyre.New(`\b(?:via|Getty|Reuters|AP|AFP|Associated Press|EPA|Shutterstock|Alamy|Bloomberg|Images|Photos?|Courtesy|NASA|Wikimedia|Unsplash|Xinhua|Anadolu|Sipa|Pool)\b|\w/\w`)
	// sentenceEnd finds the boundaries after which a credit may start.
	sentenceEnd = lazyre.New(`[.!?…][”’"')]?\s+`)
)

// SplitCredit separates a trailing photo credit from a caption. It returns
// the caption unchanged and an empty credit when it finds none.
func SplitCredit(s string) (caption, credit string) {
	c, ok := creditSpan(s)
	if !ok {
		return strings.TrimSpace(s), ""
	}
	return strings.TrimSpace(s[:c.capEnd]), s[c.from:c.to]
}

// span locates a credit in a caption's text: the caption is [0, capEnd)
// (trimmed at both ends by the callers), the credit [from, to).
type span struct{ capEnd, from, to int }

// creditSpan finds a trailing credit in s: an explicit marker ("Photo:",
// "Credit", "Courtesy of") or a last sentence that reads like one (an
// agency, a slash between names, a short capitalised name).
func creditSpan(s string) (span, bool) {
	lead := len(s) - len(strings.TrimLeft(s, " \t\n\u00a0"))
	t := strings.TrimSpace(s)
	if m := creditMarker.FindStringSubmatchIndex(t); m != nil {
		caption := strings.TrimRight(t[:m[0]], " \t\n(–—-:,;")
		return span{lead + len(caption), lead + m[2], lead + m[3]}, true
	}
	ends := sentenceEnd.FindAllStringIndex(t, -1)
	if len(ends) == 0 {
		return span{}, false
	}
	last := ends[len(ends)-1]
	tail := strings.TrimSpace(t[last[1]:])
	if tail == "" || wordCount(tail) > 12 {
		return span{}, false
	}
	trimmed := strings.TrimSpace(strings.TrimSuffix(tail, "."))
	if trimmed == "" || strings.ContainsAny(trimmed[len(trimmed)-1:], ".!?:;,") {
		return span{}, false
	}
	if (agencies.MatchString(trimmed) && capitalised(trimmed) >= 0.6) || (tail == trimmed && isName(trimmed, 5)) {
		from := lead + last[1] + strings.Index(t[last[1]:], trimmed)
		return span{lead + last[0] + 1, from, from + len(trimmed)}, true
	}
	return span{}, false
}

// SplitCaptionCredit separates a trailing photo credit from the caption
// inlines ins, as SplitCredit does with their plain text, keeping the
// markup (links, emphasis, note calls) on both sides. Without a credit,
// ins is returned as it is and credit is nil.
func SplitCaptionCredit(ins []content.Inline) (caption, credit []content.Inline) {
	text := content.PlainText(ins)
	c, ok := creditSpan(text)
	if !ok {
		return ins, nil
	}
	credit = content.TrimInlines(content.SliceInlines(ins, c.from, c.to))
	credit = append(credit, content.NoteCalls(content.SliceInlines(ins, c.to, len(text)))...)
	return content.TrimInlines(content.SliceInlines(ins, 0, c.capEnd)), credit
}

// isName reports whether s is 2..maxWords capitalised words (a person or
// agency), allowing a few lower-case particles such as "de" or "van".
func isName(s string, maxWords int) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > maxWords || !unicode.IsUpper([]rune(words[0])[0]) {
		return false
	}
	for _, w := range words {
		if !unicode.IsUpper([]rune(w)[0]) && !nameParticles[w] {
			return false
		}
	}
	return true
}

var nameParticles = map[string]bool{"de": true, "da": true, "di": true, "van": true, "von": true, "der": true, "den": true, "del": true, "la": true, "le": true, "bin": true, "ibn": true, "al": true, "y": true}

// capitalised returns the share of words in s that start with an upper-case
// letter or join two names with a slash ("Karacan/Anadolu").
func capitalised(s string) float64 {
	words := strings.Fields(s)
	if len(words) == 0 {
		return 0
	}
	n := 0
	for _, w := range words {
		if unicode.IsUpper([]rune(w)[0]) || strings.Contains(w, "/") {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

func wordCount(s string) int { return len(strings.Fields(s)) }
