package plaintext

import (
	"fmt"
	"io"
	"time"
)

// Decision says what the reader made of one input line, or of one part of
// it when a line holds several things (a caption, its credit and an author
// bio run together give three decisions with the same Line).
type Decision struct {
	Line int    // 1-based input line number
	Text string // the line, the part of it the decision is about, or the paragraph a wrapped line starts
	Role string // what the text became: one of the Role… constants
	Rule string // the name of the rule that decided it (see the package doc)
}

// String formats the decision on one line: number, role, rule and the
// quoted text, e.g. `17 heading heading-title-case "Enter: ISIS-K."`.
func (d Decision) String() string {
	return fmt.Sprintf("%d %s %s %q", d.Line, d.Role, d.Rule, d.Text)
}

// The roles a line (or part of a line) can get.
const (
	RoleTitle       = "title"       // Meta.Title
	RoleSubtitle    = "subtitle"    // Meta.Subtitle (the dek)
	RoleByline      = "byline"      // Meta.Authors (and maybe Meta.Date)
	RoleDate        = "date"        // Meta.Date
	RoleCaption     = "caption"     // a Figure's caption
	RoleCredit      = "credit"      // a Figure's credit
	RoleAuthorBio   = "author-bio"  // Meta.Authors[i].Bio
	RoleHeading     = "heading"     // a level-2 Heading
	RoleParagraph   = "paragraph"   // a Paragraph
	RoleDateline    = "dateline"    // a Paragraph that opens with a dateline
	RoleListItem    = "list-item"   // an item of a List
	RoleQuote       = "quote"       // a paragraph of a Quote
	RoleSource      = "source"      // Meta.Publisher and Meta.SourceURL
	RoleRights      = "rights"      // Meta.Rights
	RoleRule        = "rule"        // a Rule (scene break)
	RoleBoilerplate = "boilerplate" // dropped: page furniture, not the article
	RolePullQuote   = "pull-quote"  // dropped: a pull quote repeating the article's text
	RoleBlank       = "blank"       // an empty line
)

// The rule names used in Decision.Rule; the package documentation explains
// each one.
const (
	ruleBlank             = "blank-line"
	ruleBoilerplate       = "boilerplate"
	ruleFirstLine         = "first-line"
	ruleDek               = "dek-before-front-matter"
	ruleByline            = "byline-by"
	ruleBylineAgency      = "byline-wire-service"
	ruleBylinePosted      = "byline-date-by"
	ruleBylineForeign     = "byline-other-language"
	ruleDateLine          = "date-line"
	ruleDateTop           = "date-line-top"
	ruleCreditParens      = "credit-parenthesised"
	ruleCreditLabel       = "credit-label"
	ruleCreditAgency      = "credit-agency"
	ruleCreditGlued       = "credit-glued-label"
	ruleCaption           = "caption-before-credit"
	ruleCaptionAbove      = "caption-above-credit-line"
	ruleBio               = "author-bio-name-verb"
	ruleSourceLabel       = "source-label"
	ruleSourceBare        = "source-bare-address"
	ruleListBullet        = "list-bullet"
	ruleListNumber        = "list-number"
	ruleQuoteMarker       = "quote-marker"
	ruleQuoteRepeat       = "pull-quote-repeated"
	ruleQuoteAttributed   = "pull-quote-attributed"
	ruleHeadingShort      = "heading-short-unpunctuated"
	ruleHeadingTitle      = "heading-title-case"
	ruleHeadingQuestion   = "heading-short-question"
	ruleDateline          = "dateline"
	ruleParagraph         = "paragraph"
	ruleShortRun          = "short-line-run"
	ruleHeadingNumbered   = "heading-numbered"
	ruleHeadingNumeral    = "heading-numeral"
	ruleSceneBreak        = "scene-break"
	ruleRights            = "rights-line"
	ruleBylineName        = "byline-name-only"
	ruleWrapped           = "joined-wrapped-line"
	ruleListColon         = "list-after-colon"
	ruleQA                = "interview-q-and-a"
	ruleCreditContributor = "credit-contributor"
	ruleBioByline         = "author-bio-byline-name"
	rulePrintNote         = "print-edition-note"
	ruleDatePlace         = "date-line-place"
	ruleEndMark           = "end-mark"
	ruleRelated           = "related-links"
	ruleDekDateline       = "dek-before-dateline"
	ruleImageLabel        = "image-label-pair"
	ruleLivePost          = "live-post-time"
	ruleBylineJob         = "byline-job-title"
	ruleSpeaker           = "transcript-speaker"
	ruleDropCap           = "drop-cap-split"
	ruleKicker            = "kicker-line"
	ruleEditorsNote       = "editors-note-top"
	ruleGalleryCounter    = "gallery-counter"
	ruleBracketPromo      = "bracket-promo"
	rulePromoLabel        = "promo-label"
	ruleStepLabel         = "step-label"
	ruleDialogue          = "dialogue-line"
	ruleBracketed         = "bracketed-line"
	ruleInterviewQ        = "interview-question"
	ruleHeadingPair       = "heading-pair"
	ruleHeadingColon      = "heading-colon-label"
	ruleDateStamp         = "date-stamp-line"
	ruleReportingFrom     = "reporting-from"
	ruleLinkRow           = "link-row"
	ruleShopButton        = "shop-button"
	ruleSourceNote        = "source-note"
	ruleSectionName       = "heading-section-name"
	ruleNarrativeQ        = "narrative-question"
	ruleCaptionBelow      = "caption-below-credit"
	ruleFactLine          = "fact-line"
	ruleCreditAfter       = "credit-after-caption"
	ruleCreditLike        = "credit-like-others"
	ruleCounterCredit     = "counter-credit"
	ruleTableRow          = "table-row"
	ruleFigureLabel       = "figure-label"
	ruleByLabel           = "by-label"
	ruleCommenter         = "commenter-line"
	ruleRepeated          = "repeated-line"
	ruleContact           = "contact-line"
	ruleNameByDate        = "name-by-date"
	ruleSignature         = "signature-line"
	ruleHeadingTOC        = "heading-toc-entry"
	ruleBreadcrumb        = "breadcrumb"
	ruleLoneNumeral       = "lone-numeral"
	ruleEntryNumerals     = "entry-numerals"
	ruleWhLabel           = "heading-wh-label"
	ruleListLabel         = "heading-list-label"
	ruleCallout           = "callout-label"
	ruleRunOn             = "run-on-line"
	ruleEditLink          = "heading-edit-link"
	ruleAmidFurniture     = "amid-furniture"
	ruleOverCredit        = "over-credit-line"
	ruleButtonRow         = "button-row"
	rulePageLabel         = "page-label"
	ruleNewsletterBox     = "newsletter-box"
	ruleOverCaption       = "over-caption"
	ruleMetaLine          = "metadata-line"
	ruleBylineLine        = "byline-line"
	ruleNewTabLink        = "new-tab-link"
	ruleCodeLine          = "code-line"
	ruleAuthorBox         = "author-box"
	ruleSubLabel          = "heading-sub-label"
	ruleBeforeProse       = "heading-before-prose"
	ruleAfterProse        = "heading-after-prose"
	ruleNameAtTop         = "name-at-top"
	ruleLongUnpunctuated  = "long-unpunctuated"
	ruleFigures           = "figures-line"
	ruleNamedCaption      = "caption-named"
	ruleCaptionWithCredit = "caption-with-credit"
	ruleWithoutEditLink   = "without-edit-link"
)

// item is a Decision with what the classifier parsed out of the text, so
// that Read builds the document from exactly what Explain reports.
type item struct {
	Decision
	names        []string  // byline: authors; author-bio: the author
	date         time.Time // byline, date: the date named
	src          source    // source: what it names
	body         string    // list-item: the text without its marker; drop-cap-split: the joined text
	stamp        string    // live-post-time: the time that opens the post
	number       int       // list-item: its number
	lead         int       // paragraph: byte length of a bold label ("Q:")
	level        int       // heading: its level, when not 2
	updated      bool      // the date is an update, not the publication
	ordered      bool      // list-item: numbered
	continued    bool      // a wrapped line already joined to the line before
	captionBelow bool      // credit: its caption is the next line (caption-below-credit)
}

// Explain reports, for every input line, the role it got and the rule that
// decided it, in input order. Read builds its document from exactly these
// decisions. It fails on the inputs Read refuses.
func Explain(r io.Reader, opts Options) ([]Decision, error) {
	c, err := classify(r, opts)
	if err != nil {
		return nil, err
	}
	var out []Decision
	err = c.each(false, func(it *item) { out = append(out, it.Decision) })
	return out, err
}
