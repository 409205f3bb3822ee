package html

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/article"
)

// Bold headings. Many CMSs let an author head a section with a bold line
// rather than a heading element (<p><strong>Powder</strong></p>, WordPress's
// classic editor): a reader sees a heading, the model saw a paragraph, and
// neither table of contents listed the sections. boldHeadings makes such
// paragraphs headings, at the level of the article's own headings, when
// they are at least minBoldHeadings and boldOverHeadings times as many as
// the article's own headings (a "Rocker Pics" heading at the end does not
// make fifteen bold sections paragraphs), each a short bold line (at most
// maxBoldHeadingWords words, with letters, no full stop, comma or colon
// at its end, not only a link, printed once) standing between paragraphs
// of text: a page that heads its sections in bold does so throughout,
// while a lone bold line is emphasis, bold lines one under another are a
// list or a box, and a line that leads into the text ("Quellen:") or a
// teaser's link heads nothing. When half of them or more ask a question
// the page is an interview, whose questions stay paragraphs.

const (
	minBoldHeadings     = 2
	maxBoldHeadingWords = 10
	boldOverHeadings    = 3 // how many times the article's own headings the bold ones must be
)

// boldHeadings returns blocks with their bold headings made headings:
// of level 2, or of the highest level of the article's own.
func boldHeadings(blocks []content.Block) []content.Block {
	printed := map[string]int{} // how often each bold line is printed
	for _, b := range blocks {
		if text, ok := boldLine(b); ok {
			printed[text]++
		}
	}
	var at []int
	headings, level := 0, 2
	for i, b := range blocks {
		if h, ok := b.(*content.Heading); ok {
			if headings++; headings == 1 || h.Level < level {
				level = h.Level
			}
		}
		if boldHeading(blocks, i, printed) {
			at = append(at, i)
		}
	}
	if len(at) < minBoldHeadings || len(at) < boldOverHeadings*headings || 2*questions(blocks, at) >= len(at) {
		return blocks // the article heads its sections itself; an interview's questions are no sections
	}
	for _, i := range at {
		s := blocks[i].(*content.Paragraph).Inlines[0].(*content.Strong)
		blocks[i] = &content.Heading{Level: level, Inlines: trimInlines(s.Inlines)}
	}
	return blocks
}

// boldHeading reports whether blocks[i] is a paragraph of one short bold
// line between paragraphs (the one under it of text, not bold too),
// printed once (printed counts the bold lines of blocks): a label printed
// over each box ("Zagłosuj w ankiecie") heads no section.
func boldHeading(blocks []content.Block, i int, printed map[string]int) bool {
	text, ok := boldLine(blocks[i])
	if !ok || i == 0 || i+1 >= len(blocks) {
		return false
	}
	if _, prose := blocks[i+1].(*content.Paragraph); !prose {
		return false
	}
	if _, bold := boldLine(blocks[i+1]); bold {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text)
	return !strings.ContainsRune(".,;:", r) && article.WordCount(text) <= maxBoldHeadingWords &&
		strings.ContainsFunc(text, unicode.IsLetter) && !linkOnly(blocks[i]) && printed[text] == 1
}

// questions counts the bold lines at blocks[at] that ask a question.
func questions(blocks []content.Block, at []int) int {
	n := 0
	for _, i := range at {
		if text, _ := boldLine(blocks[i]); strings.HasSuffix(text, "?") {
			n++
		}
	}
	return n
}

// linkOnly reports whether the bold line of b is a link and nothing else:
// a teaser's title ("Click here to get the app").
func linkOnly(b content.Block) bool {
	s := b.(*content.Paragraph).Inlines[0].(*content.Strong)
	ins := trimInlines(s.Inlines)
	_, ok := ins[0].(*content.Link)
	return len(ins) == 1 && ok
}

// boldLine returns the text of b when it is a paragraph whose only inline
// is bold text.
func boldLine(b content.Block) (string, bool) {
	p, ok := b.(*content.Paragraph)
	if !ok || len(p.Inlines) != 1 {
		return "", false
	}
	s, ok := p.Inlines[0].(*content.Strong)
	if !ok {
		return "", false
	}
	text := strings.TrimSpace(content.PlainText(s.Inlines))
	return text, text != ""
}
