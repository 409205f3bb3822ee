package image

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

var (
	// creditMarker finds an explicit credit at the end of a caption.
	creditMarker = lazyre.New(`(?:^|[\s(\[])(?:(?:[Pp]hoto(?:graph)?s?|[Ii]mage|[Pp]icture|[Ii]llustration|[Cc]redit|[Pp]hoto [Cc]redit|[Ff]otos?|[Bb]ild|[Cc]rédit|[Cc]rédito|[Ii]magen|[Ii]mmagine|Фото|صورة|צילום)\s*(?::|by)|[Cc]ourtesy of)\s+([^()\[\]]+?)[)\]]?\.?\s*$`)
	// agencies are words that mark the last sentence of a caption as a credit.
	agencies = lazyre.New(`\b(?:via|Getty|Reuters|AP|AFP|Associated Press|EPA|Shutterstock|Alamy|Bloomberg|Images|Photos?|Courtesy|NASA|Wikimedia|Unsplash|Xinhua|Anadolu|Sipa|Pool)\b|\w/\w`)
	// creditLabel finds a "Credit" label after the caption's last sentence,
	// as pages print it for screen readers and again on screen, often
	// glued to the text around it ("…underground.CreditCreditChang W.
	// Lee/The New York Times").
	creditLabel = lazyre.New(`(^|[.!?…”’")\]])(\s*)((?:Credits?\s*:?\s*){1,3})(\S[^\n]*)$`)
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
	lead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace)) // as TrimSpace trims
	t := strings.TrimSpace(s)
	if c, ok := labelledCredit(t); ok {
		return span{lead + c.capEnd, lead + c.from, lead + c.to}, true
	}
	if m := creditMarker.FindStringSubmatchIndex(t); m != nil {
		caption := strings.TrimRight(t[:m[0]], " \t\n(–—-:,;")
		return span{lead + len(caption), lead + m[2], lead + m[3]}, true
	}
	ends := sentenceEnd.FindAllStringIndex(t, -1)
	if len(ends) == 0 {
		return span{}, false
	}
	k := len(ends) - 1
	for k > 0 && t[ends[k][0]] == '.' && afterInitial(t[:ends[k][0]]) && nameBefore(t[ends[k-1][1]:ends[k][0]+1]) {
		k-- // "People gather. John F. Kennedy/AP": the credit's name is not cut at its initial
	}
	for ; k < len(ends); k++ {
		if c, ok := lastSentenceCredit(t, ends[k]); ok {
			return span{lead + c.capEnd, lead + c.from, lead + c.to}, true
		}
	}
	return span{}, false
}

// lastSentenceCredit reports whether what follows the sentence end at
// end ([start, end) in t) reads as a credit, and where it is.
func lastSentenceCredit(t string, end []int) (span, bool) {
	tail := strings.TrimSpace(t[end[1]:])
	if tail == "" || wordCount(tail) > 12 {
		return span{}, false
	}
	trimmed := strings.TrimSpace(strings.TrimSuffix(tail, "."))
	if trimmed == "" || strings.ContainsAny(trimmed[len(trimmed)-1:], ".!?:;,") {
		return span{}, false
	}
	if (agencies.MatchString(trimmed) && capitalised(trimmed) >= 0.6) || (tail == trimmed && isName(trimmed, 5)) {
		from := end[1] + strings.Index(t[end[1]:], trimmed)
		_, size := utf8.DecodeRuneInString(t[end[0]:]) // "…" is three bytes
		return span{end[0] + size, from, from + len(trimmed)}, true
	}
	return span{}, false
}

// afterInitial reports whether s, the text before a full stop, ends with
// a name's initial: "John F" or "J. R", a single capital letter standing
// as a word of its own (so "the U.S" ends a sentence).
func afterInitial(s string) bool {
	r, size := utf8.DecodeLastRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:len(s)-size])
	return len(s) == size || unicode.IsSpace(before)
}

// nameBefore reports whether s, the words between a sentence's end and
// an initial ("John F."), are only the first names and initials of one
// person: one to three capitalised words.
func nameBefore(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// labelledCredit finds a credit after a "Credit" label that follows the
// caption's last sentence. The label counts when it is glued to the text
// around it, repeated, followed by a colon, or followed by what reads as
// a credit (an agency, a slash between names, a short name), so that a
// caption sentence about "Credit Suisse" is left alone.
func labelledCredit(t string) (span, bool) {
	m := creditLabel.FindStringSubmatchIndex(t)
	if m == nil {
		return span{}, false
	}
	label, rest := t[m[6]:m[7]], strings.TrimRight(t[m[8]:m[9]], ". ")
	if rest == "" || wordCount(rest) > 12 {
		return span{}, false
	}
	glued := m[4] == m[5] && m[2] != m[3] || !strings.HasSuffix(label, " ")
	repeated := strings.Count(label, "Credit") > 1
	reads := (agencies.MatchString(rest) && capitalised(rest) >= 0.6) || isName(rest, 5)
	if !glued && !repeated && !strings.Contains(label, ":") && !reads {
		return span{}, false
	}
	return span{m[3], m[8], m[8] + len(rest)}, true
}

// TrimCreditLabel drops the brackets around a whole credit and a
// "Credit" label (or several, or "Image credit", "Photo credit") opening
// it: "CreditChang W. Lee", "Credit: AP" and "(Image credit: NASA)" give
// "Chang W. Lee", "AP" and "NASA". Other credits ("Creditor Bank") are
// returned as they are.
func TrimCreditLabel(ins []content.Inline) []content.Inline {
	text := content.PlainText(ins)
	if start, end, ok := bracketed(text); ok {
		ins = content.TrimInlines(content.SliceInlines(ins, start, end))
		text = content.PlainText(ins)
	}
	end := creditLabelEnd(text)
	if end == 0 || strings.TrimSpace(text[end:]) == "" {
		return ins
	}
	return content.TrimInlines(content.SliceInlines(ins, end, len(text)))
}

// bracketed reports whether s, spaces aside, is one pair of round
// brackets around some text, and returns where that text starts and ends:
// "(Walt Disney Co.)", not "(AP) Jo Ko (left)".
func bracketed(s string) (start, end int, ok bool) {
	start = len(s) - len(strings.TrimLeft(s, " \u00a0"))
	end = len(strings.TrimRight(s, " \u00a0"))
	if end-start < 3 || s[start] != '(' || s[end-1] != ')' {
		return 0, 0, false
	}
	depth := 0
	for i := start; i < end-1; i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return 0, 0, false // the first bracket closes before the end
			}
		}
	}
	return start + 1, end - 1, depth == 1
}

// creditLabels are the labels TrimCreditLabel drops, the longest first;
// the first letter is matched as written ("Credit", not "credit"), the
// rest in any case ("Image Credit", "CREDIT").
var creditLabels = []string{"Image credits", "Image credit", "Photo credits", "Photo credit", "Credits", "Credit"}

// creditLabelEnd returns the offset after the "Credit" labels that open
// s, or 0.
func creditLabelEnd(s string) int {
	end := 0
	for range 3 {
		rest := strings.TrimLeft(s[end:], " \u00a0")
		word := ""
		for _, w := range creditLabels {
			if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) && rest[0] == w[0] {
				word = rest[:len(w)]
				break
			}
		}
		after := rest[len(word):]
		if word == "" || after != "" && !startsLabelEnd(after) {
			break
		}
		after = strings.TrimLeft(after, " :\u00a0")
		end = len(s) - len(after)
	}
	return end
}

// startsLabelEnd reports text that may follow a label: a space, a colon
// or a capital letter (the name glued to it).
func startsLabelEnd(s string) bool {
	r := []rune(s[:min(len(s), 4)])
	return len(r) > 0 && (r[0] == ' ' || r[0] == ':' || r[0] == '\u00a0' || unicode.IsUpper(r[0]))
}

// IsCredit reports whether s, as a whole, reads as a photo credit: an
// explicit one ("Photo: AP", "Credit Jo Lee"), an agency or a slash
// between names ("Jo Lee/Reuters"), or a short name.
func IsCredit(s string) bool {
	s = strings.TrimSpace(s)
	if end := creditLabelEnd(s); end > 0 {
		s = strings.TrimSpace(s[end:])
	} else if m := creditMarker.FindStringIndex(s); m != nil && strings.TrimSpace(s[:m[0]]) == "" {
		return true
	}
	s = strings.TrimSuffix(s, ".")
	if s == "" || wordCount(s) > 12 || strings.ContainsAny(s, ".!?;") && !isInitials(s) {
		return false
	}
	return (agencies.MatchString(s) && capitalised(s) >= 0.6) || isName(s, 5)
}

// isInitials reports a name whose only full stops follow initials or
// abbreviations ("Chang W. Lee", "J.R. Smith/AP").
func isInitials(s string) bool {
	for _, w := range strings.Fields(s) {
		if strings.ContainsAny(w, "!?;") {
			return false
		}
		if i := strings.IndexByte(w, '.'); i >= 0 && len([]rune(strings.TrimRight(w, ".")))-strings.Count(w, ".") > 2 && !strings.Contains(w, "/") {
			return false
		}
	}
	return true
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
func isName(s string, maxWords int) bool { return article.IsName(s, maxWords) }

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

func wordCount(s string) int { return article.WordCount(s) }
