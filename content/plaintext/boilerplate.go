package plaintext

import (
	"strings"
	"unicode/utf8"

	"github.com/offprint/offprint/internal/lazyre"
)

// boilerplateLines are whole lines of page furniture that scrapers copy
// along with an article (compared lower-cased, without punctuation).
var boilerplateLines = map[string]bool{
	"advertisement": true, "ad": true, "ads": true, "sponsored": true,
	"sponsored content": true, "skip advertisement": true,
	"story continues below advertisement": true, "continue reading": true,
	"continue reading the main story": true, "article continues below": true, "continue reading below": true,
	"story continues below": true, "story continues below gallery": true, "article continues below advertisement": true,
	"scroll to continue": true, "scroll to continue with content": true,
	"share": true, "share this": true, "share this article": true,
	"share this story": true, "share full article": true, "share on facebook": true,
	"share on twitter": true, "share on x": true, "share on linkedin": true,
	"share via email": true, "tweet": true, "email": true, "print": true,
	"copy link": true, "link copied": true, "save": true, "save article": true,
	"gift this article": true, "comments": true, "show comments": true,
	"skip to content": true, "skip to main content": true, "menu": true,
	"subscribe": true, "sign up": true, "sign in": true, "log in": true,
	"read more": true, "see more": true, "most popular": true, "loading": true,
	"supported by": true, "listen to this article": true, "facebook": true,
	"twitter": true, "linkedin": true, "whatsapp": true, "reddit": true,
	"close": true, "follow": true,
	// galleries (and picturePlaceholders)
	"view gallery": true, "open gallery": true, "play video": true, "enlarge image": true,
	"media playback is unsupported on your device": true, // a video player's text where it cannot play
	// forums, comments and documentation pages
	"reply": true, "report": true, "quote": true, "add a comment": true,
	"was this page helpful": true, "was this article helpful": true, "was this helpful": true,
	"thanks for your feedback": true, "thank you for your feedback": true,
	"improve this answer": true, "improve this question": true, "post as a guest": true,
	"edit this page": true, "edit this page on github": true, "edit on github": true,
	"download pdf": true, "download as pdf": true, "pdf herunterladen": true,
	"télécharger le pdf": true, "descargar pdf": true, "scarica pdf": true, "baixar pdf": true,
	// labels of the links to other stories, in the languages the reader knows
	"featured video": true, "relacionadas": true, "relacionados": true, "polecane": true, "tag": true,
	"previous": true, "next": true, "previous post": true, "next post": true,
	"previous article": true, "next article": true, "listen": true, "share this post": true, "toggle caption": true, "hide caption": true, "enlarge this image": true,
	// newsletters and encyclopedias
	"view in browser": true, "view this email in your browser": true,
	"view online": true, "from wikipedia the free encyclopedia": true, "contents": true,
	// live blogs
	"live": true, "key events": true, "show key events only": true,
	"please turn on javascript": true, "please turn on javascript to use this feature": true,
	// press releases
	"for immediate release": true, "news release": true, "press release": true,
	"media release": true, "for release": true,
	// paywalls
	"suscríbete": true, "abbonati": true, "abonnez-vous": true, "assine": true,
	"jetzt abonnieren": true, "already a subscriber": true,
	// recipe blogs
	"jump to recipe": true, "print recipe": true, "pin recipe": true,
	"jump to video": true, "save recipe": true, "rate this recipe": true,
	// wire services
	"our standards the thomson reuters trust principles": true,
}

// picturePlaceholders are the lines that stand for a picture the scrape
// left out ("Image", "Photo"): page furniture, and the start of a
// figure, so the line above one is no caption of the credit below it
// (pictureBetween). Compared as boilerplateLines are.
var picturePlaceholders = map[string]bool{
	"image": true, "photo": true, "picture": true, "foto": true, "imagen": true, "imagem": true,
}

// pageNumberRE matches a page number that a copy from a PDF or a print
// page keeps between paragraphs: "Page 3", "Page 3 of 8", "- 3 -". A bare
// number is left alone: it may number a section.
var pageNumberRE = openedRE{[]string{"page"}, lazyre.New(`^(?i:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$|^[-–—]\s+\d{1,4}\s+[-–—]$`)}

// heardOnRE matches a broadcaster's programme line above a story's text:
// "Heard on Morning Edition", "As heard on All Things Considered"; the
// programme is one to five capitalised words.
var heardOnRE = lazyre.New(`^(?:As )?[Hh]eard on(?:\s+(?:\p{Lu}[\p{L}'’&-]*|the|of|and|&)){1,5}(?m:$)`) // (?m:$): see lazyre

// issueLineRE matches a newsletter's or magazine's issue line: "Issue No.
// 212", "Issue #87", "Issue 61 · Spring 2025", "Ausgabe Nr. 14"; and a
// broadcaster's section line over a story, "From the section Premier
// League".
var issueLineRE = lazyre.New(`(?i)^(?:(?:issue|edition|ausgabe|numéro|número|numero|nummer|wydanie)\s+(?:no\.?\s*|nr\.?\s*|#\s*)?\d+(?:\s*[·|,–—-]\s*\S.{0,30})?|from the section\s+(?-i:\p{Lu})[^,.]{0,40})$`)

// moreOnRE matches a label over links to more stories on a topic: "More
// on" (in, about) and one to three words, nothing after them ("MORE ON
// EDUCATION", "More on Brexit"). A label ending in an arrow ("More in
// Politics »") is a link under its section's heading (more-link), and
// "More on this story" opens the related stories under the article
// (relatedHeaders).
var moreOnRE = lazyre.New(`(?i)^more (?:on|in|about)(?: [\p{L}\p{N}'’&-]+){1,3}$`)

// boilerplatePrefix matches short lines that invite the reader somewhere
// else ("Sign up for our newsletter", "Related: …", "Read more: …",
// "Listen to this article · 5 min"), unless they name the source.
var boilerplatePrefix = lazyre.New(`(?i)^(?:sign up for|subscribe to|follow us on|click here to|share this|related:|related articles?:|recommended:|listen to this article|advertisement\b|most read:|read more:|see more:|read also:|also read:|see also:|also:\s*(?:see|read|watch|check out)\s|more from|filed under:?\s|filed in:\s|tagged:\s|tags:\s|categories:\s|posted in:\s|embargoed until|embargoed for release|regístrate gratis|si tienes cuenta en|se adhiere a los criterios de|subscribe to continue|create a free account to|continua a leggere|abonnez-vous pour|pour lire la suite)`)

// relativeTimeRE matches the relative times pages show instead of a date:
// "5 hours ago", "Updated 2 days ago".
// Reading times ("5 min read") are page furniture too.
var relativeTimeRE = openedRE{[]string{"updated", "published", "posted", "a", "an"}, lazyre.New(`(?i)^(?:(?:updated|published|posted)\s+)?(?:an?|\d+)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$|^\d+\s*(?:min|minute)s?\s+read$`)}

// socialRE matches the comment counters and sharing buttons under an
// article: "Read 212 Comments", "123 comments", "Comments (4)", "View all
// 1.2K comments", the count over a thread's answers or replies ("4
// Answers", "12 replies", "2 réponses": without its number the word may
// head a section), "Leave a comment", "Share on Facebook", "Share via
// WhatsApp", "Follow us on Instagram".
var socialRE = openedRE{[]string{"read", "view", "show", "see", "load", "join", "comment", "comments", "leave", "post", "add", "write", "share", "send", "follow"}, lazyre.New(`(?i)^(?:(?:read|view|show|see|load|join)\s+(?:all\s+|the\s+)?)?(?:\d[\d,.]*k?\s+)?comments?(?:\s*\(\d[\d,.]*k?\))?$|^(?:read|view|show|see)\s+(?:all\s+)?\d[\d,.]*k?\s+(?:comments?|replies|responses)$|^\d[\d,.]*k?\s+(?:comments?|answers?|repl(?:y|ies)|responses?|shares|likes|antworten|réponses?|respuestas?|risposte|respostas?|antwoorden|odpowiedzi|svar)$|^(?:leave|post|add|write)\s+a\s+(?:comment|reply)$|^(?:share|post|send)\s+(?:it\s+|this\s+(?:article|story|post)\s+)?(?:on|via|to|with)\s+\S+(?:\s+\S+)?$|^follow\s+(?:us|me)\s+on\s+\S+`)}

// commentCountRE matches the line that opens a page's comments, in
// English and the other languages the reader knows: "12 comments",
// "Comments (4)", "12 commentaires", "Kommentare", "3 comentarios",
// "5 commenti", "8 reacties", and with the count after the word, as a
// button prints it: "Comment 214", "Komentarze (12)".
var commentCountRE = lazyre.New(`(?i)^(?:\d[\d,.]*k?\s+)?(?:comments?|commentaires?|kommentare?|kommentarer|comentarios?|comentários?|commenti|reacties|reacciones|komentarze|komentarzy|komentarz)(?:\s*\(\d[\d,.]*k?\)|\s+\d[\d,.]*k?)?$`)

// openedRE is a regular expression whose every match opens with a digit,
// a sign, or one of words (in any case): a line that opens with another
// word of ASCII letters is turned away before the costlier match.
type openedRE struct {
	words []string
	re    *lazyre.Regexp
}

// MatchString reports whether s matches the expression.
func (o openedRE) MatchString(s string) bool {
	i := 0
	for i < len(s) && asciiLetter(s[i]) {
		i++
	}
	if i == 0 || i < len(s) && s[i] >= utf8.RuneSelf {
		return o.re.MatchString(s) // no ASCII word first: the expression decides
	}
	for _, w := range o.words {
		if strings.EqualFold(s[:i], w) {
			return o.re.MatchString(s)
		}
	}
	return false
}

// isBoilerplate reports whether s is page furniture, not article text.
func isBoilerplate(s string) bool {
	if runeCount(s) > 150 {
		return false
	}
	key := strings.Join(strings.Fields(strings.ToLower(strings.Map(func(r rune) rune {
		if strings.ContainsRune(".,:;!?…·|•()[]\"'“”’", r) {
			return ' '
		}
		return r
	}, s))), " ")
	if boilerplateLines[key] || picturePlaceholders[key] || newsDeskRE.MatchString(s) || heardOnRE.MatchString(s) || pageNumberRE.MatchString(s) || relativeTimeRE.MatchString(s) || socialRE.MatchString(strings.TrimRight(s, ".!:")) ||
		commentCountRE.MatchString(strings.TrimRight(s, ".!:")) || len(s) <= 60 && (issueLineRE.MatchString(s) || moreOnRE.MatchString(s) && !relatedHeaders[key]) {
		return true
	}
	if !boilerplatePrefix.MatchString(s) || strings.Contains(strings.TrimRight(s, "."), ". ") {
		return false
	}
	_, _, source := parseSourceLine(s) // "Read more at vox.com" names the source
	return !source
}

// newsDeskRE matches the desk line of a broadcaster's web page: the
// outlet's name ending in "News", a comma and the place or team ("BBC
// News, Somerset", "Sky News, Westminster", "Channel 4 News, Glasgow").
// The outlet's name needs an initialism, a number or a known outlet word,
// so "Good News, Everyone" is not one.
var newsDeskRE = lazyre.New(`^(?:\p{Lu}[\p{L}&]*\s+|\d+\s+){0,2}(?:\p{Lu}{2,5}|\d+|Sky|Fox|Channel|Jazeera)\s+News,\s+\p{Lu}[\p{L}'’\-]*(?:\s+(?:\p{Lu}[\p{L}'’\-]*|and|of)){0,3}$`)

// pictureBetween reports whether a picture's placeholder ("Image",
// "Photo") stands between lines i and j: it opens the next figure, so
// line i is not the caption of a credit on line j.
func (c *classifier) pictureBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if t := c.text(k); len(t) <= 10 && picturePlaceholders[strings.ToLower(strings.TrimSpace(t))] {
			return true
		}
	}
	return false
}
