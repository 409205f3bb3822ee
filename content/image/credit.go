package image

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/offprint/offprint/content"
)

var (
	// creditMarker finds an explicit credit at the end of a caption.
	creditMarker = regexp.MustCompile(`(?:^|[\s(\[])(?:(?:[Pp]hoto(?:graph)?s?|[Ii]mage|[Pp]icture|[Ii]llustration|[Cc]redit|[Pp]hoto [Cc]redit|[Ff]otos?|[Bb]ild|[Cc]rédit|[Cc]rédito|[Ii]magen|[Ii]mmagine|Фото|صورة|צילום)\s*(?::|by)|[Cc]ourtesy of)\s+([^()\[\]]+?)[)\]]?\.?\s*$`)
	// agencies are words that mark the last sentence of a caption as a credit.
	agencies = regexp.MustCompile(`\b(?:via|Getty|Reuters|AP|AFP|Associated Press|EPA|Shutterstock|Alamy|Bloomberg|Images|Photos?|Courtesy|NASA|Wikimedia|Unsplash|Xinhua|Anadolu|Sipa|Pool)\b|\w/\w`)
	// sentenceEnd finds the boundaries after which a credit may start.
	sentenceEnd = regexp.MustCompile(`[.!?…][”’"')]?\s+`)
)

// SplitCredit separates a trailing photo credit from a caption. It returns
// the caption unchanged and an empty credit when it finds none.
func SplitCredit(s string) (caption, credit string) {
	s = strings.TrimSpace(s)
	if m := creditMarker.FindStringSubmatchIndex(s); m != nil {
		caption = strings.TrimRight(strings.TrimSpace(s[:m[0]]), "(–—-:,;")
		return strings.TrimSpace(caption), strings.TrimSpace(s[m[2]:m[3]])
	}
	ends := sentenceEnd.FindAllStringIndex(s, -1)
	if len(ends) == 0 {
		return s, ""
	}
	last := ends[len(ends)-1]
	tail := strings.TrimSpace(s[last[1]:])
	if tail == "" || wordCount(tail) > 12 {
		return s, ""
	}
	trimmed := strings.TrimSpace(strings.TrimSuffix(tail, "."))
	if trimmed == "" || strings.ContainsAny(trimmed[len(trimmed)-1:], ".!?:;,") {
		return s, ""
	}
	if (agencies.MatchString(trimmed) && capitalised(trimmed) >= 0.6) || (tail == trimmed && isName(trimmed, 5)) {
		return strings.TrimSpace(s[:last[0]+1]), trimmed
	}
	return s, ""
}

// SplitCaptionCredit separates a trailing photo credit from the caption
// inlines ins, as SplitCredit does with their plain text. With a credit,
// the caption becomes plain text; without one, ins is returned as it is,
// keeping its emphasis and links.
func SplitCaptionCredit(ins []content.Inline) (caption []content.Inline, credit string) {
	text, credit := SplitCredit(content.PlainText(ins))
	if credit == "" {
		return ins, ""
	}
	return content.T(text), credit
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
