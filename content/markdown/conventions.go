package markdown

import (
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/publicsuffix"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/content/image"
	"github.com/offprint/offprint/internal/lazyre"
)

// applyConventions recognises the small conventions of articles copied
// into Markdown and moves what they carry into the metadata or a figure:
//
//  1. Title: without a front-matter title, the first heading becomes the
//     title when it is a level-1 heading and no paragraph comes before it.
//     It is removed from the body (also when it repeats the front-matter
//     title); other headings keep their levels.
//  2. Head (the blocks right after the title, in any order):
//     - an all-italic paragraph whose end is a photo credit ("… March 22.
//     Sefa Karacan/Anadolu via Getty Images", "… (Photo: AP)") is the lead
//     picture's caption: it becomes a Figure (with the preceding image if
//     there is one) with Caption and Credit split;
//     - an all-italic paragraph without a credit is the dek (Meta.Subtitle);
//     - "By A and B" is the byline (Meta.Authors, article.ByNames);
//     - a short paragraph that starts with a name followed by "is", "covers",
//     "writes"… and names a job ("reporter", "editor"…) is the author's
//     bio (Meta.Authors[i].Bio).
//  3. Figures: an image followed by an all-italic paragraph takes it as
//     caption (and credit), anywhere in the body.
//  4. Source line: a last paragraph "Source: …" ("Sourse", a common typo,
//     "Via:", "Originally published at …") sets Meta.Publisher and
//     Meta.SourceURL (from its link, a URL or a domain) when the front
//     matter did not, and is removed.
//
// Rules 5 to 8 (subtitle heading, bold byline, platform boilerplate,
// badges) are described in furniture.go.
func applyConventions(doc *content.Document) {
	bs := doc.Blocks
	head := 0
	if at := titleHeading(bs); at >= 0 {
		h := bs[at].(*content.Heading)
		text := headingTitle(content.PlainText(h.Inlines))
		switch {
		case doc.Meta.Title == "":
			doc.Meta.Title, doc.Meta.TitleInlines = text, h.Inlines
		case !strings.EqualFold(headingTitle(doc.Meta.Title), text):
			at = -1 // a section heading under a front-matter title: it stays
		}
		if at >= 0 {
			bs = append(bs[:at], bs[at+1:]...)
			head = at
			bs = subtitleHeading(&doc.Meta, bs, at)
		}
	}
	bs = dropBoilerplate(bs)
	bs = captionFigures(bs)
	bs = readHead(&doc.Meta, bs, head)
	bs = readSourceLine(&doc.Meta, bs)
	doc.Blocks = trimRules(bs)
}

// titleHeading returns the index of the level-1 heading that opens the
// article, or -1.
func titleHeading(bs []content.Block) int {
	for i, b := range bs {
		switch b := b.(type) {
		case *content.Heading:
			if b.Level == 1 {
				return i
			}
			return -1
		case *content.Figure, *content.Rule:
			continue
		default:
			return -1
		}
	}
	return -1
}

// readHead applies the head conventions to the blocks from index at on.
func readHead(m *content.Meta, bs []content.Block, at int) []content.Block {
	for step := 0; step < 4 && at < len(bs); step++ {
		switch b := bs[at].(type) {
		case *content.Figure:
			at++
			continue
		case *content.Paragraph:
			if ins, ok := allEmph(b.Inlines); ok {
				caption, credit := image.SplitCaptionCredit(ins)
				if len(credit) > 0 {
					bs[at] = &content.Figure{Caption: caption, Credit: credit}
					at++
					continue
				}
				if text := content.PlainText(ins); m.Subtitle == "" && article.WordCount(text) <= 60 {
					m.Subtitle, m.SubtitleInlines = text, ins
					bs = append(bs[:at], bs[at+1:]...)
					continue
				}
				return bs
			}
			if name, date, ok := boldByline(b); ok && len(m.Authors) == 0 {
				if t, ok := article.ParsePartialDate(date); ok {
					m.Authors = append(m.Authors, content.Author{Name: name})
					if m.Date.IsZero() {
						m.Date = t
					}
					bs = append(bs[:at], bs[at+1:]...)
					continue
				}
			}
			text := content.PlainText(b.Inlines)
			if names := article.ByNames(text); names != nil && len(m.Authors) == 0 {
				for _, n := range names {
					m.Authors = append(m.Authors, content.Author{Name: n})
				}
				bs = append(bs[:at], bs[at+1:]...)
				continue
			}
			if name, ok := bio(text, m.Authors); ok {
				setBio(m, name, strings.TrimSpace(text))
				bs = append(bs[:at], bs[at+1:]...)
				continue
			}
		}
		return bs
	}
	return bs
}

// captionFigures gives a figure followed by an all-italic paragraph that
// paragraph as caption (and credit).
func captionFigures(bs []content.Block) []content.Block {
	out := bs[:0]
	for i := 0; i < len(bs); i++ {
		out = append(out, bs[i])
		f, ok := bs[i].(*content.Figure)
		if !ok || f.Image == nil || i+1 >= len(bs) {
			continue
		}
		p, ok := bs[i+1].(*content.Paragraph)
		if !ok {
			continue
		}
		ins, ok := allEmph(p.Inlines)
		if text := content.PlainText(ins); ok && article.WordCount(text) <= 80 {
			f.Caption, f.Credit = image.SplitCaptionCredit(ins)
			if f.Image.Alt == "" {
				f.Image.Alt = content.PlainText(f.Caption)
			}
			i++
		}
	}
	return out
}

// allEmph returns the inside of a paragraph that is one emphasis (italic)
// span, ignoring surrounding white space.
func allEmph(ins []content.Inline) ([]content.Inline, bool) {
	var inner []content.Inline
	for _, in := range ins {
		switch in := in.(type) {
		case *content.Emph:
			if inner != nil {
				return nil, false
			}
			inner = in.Inlines
		case *content.Text:
			if strings.TrimSpace(in.Text) != "" {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	return inner, inner != nil
}

// sentenceEnd finds sentence boundaries.
var sentenceEnd = lazyre.New(`[.!?…][”’"')]?\s+`)

var (
	bioVerbs      = lazyre.New(`^(?:is|was|covers|covered|writes|wrote|reports|has|edits|leads|serves|joined|previously|contributes|hosts|teaches|works)\b`)
	reporterVerbs = lazyre.New(`^(?:covers|covered|writes|wrote|reports|edits|hosts)$`)
	personRE      = lazyre.New(`(?:^|[.!?]\s+)(?:She|He|They|Her|His|Their)\b`)
)

// bio reports whether text is an author's note ("Ellen Ioanes covers
// breaking news as the weekend reporter at Vox. She …") and whose.
func bio(text string, known []content.Author) (string, bool) {
	text = strings.TrimSpace(text)
	if article.WordCount(text) > 100 || len(sentenceEnd.FindAllStringIndex(text, -1)) > 4 || article.LastJobMention(text) < 0 {
		return "", false
	}
	for _, a := range known {
		if rest, ok := strings.CutPrefix(text, a.Name+" "); ok && bioVerbs.MatchString(rest) {
			return a.Name, true
		}
	}
	words := strings.Fields(text)
	for n := 2; n <= 4 && n < len(words); n++ {
		name := strings.Join(words[:n], " ")
		if !article.IsName(name, 4) {
			break
		}
		if bioVerbs.MatchString(words[n]) {
			// Without a known author, ask for a person: a pronoun
			// ("She previously…") or a reporter's verb ("covers"), so
			// that "Acme Tools is a library for editors" stays text.
			if len(known) > 0 || !(personRE.MatchString(text) || reporterVerbs.MatchString(words[n])) {
				return "", false
			}
			return name, true
		}
	}
	return "", false
}

func setBio(m *content.Meta, name, text string) {
	for i := range m.Authors {
		if m.Authors[i].Name == name {
			m.Authors[i].Bio = text
			return
		}
	}
	m.Authors = append(m.Authors, content.Author{Name: name, Bio: text})
}

var sourceLine = lazyre.New(`(?i)^(?:(?:source|sourse|sources|via|from|read more at|published at)\s*:|(?:originally|first) published (?:at|in|on|by)\s*:?)\s*(.+?)\.?$`)

// readSourceLine applies convention 4 to the last block.
func readSourceLine(m *content.Meta, bs []content.Block) []content.Block {
	if len(bs) == 0 {
		return bs
	}
	p, ok := bs[len(bs)-1].(*content.Paragraph)
	if !ok {
		return bs
	}
	text := strings.TrimSpace(content.PlainText(p.Inlines))
	sm := sourceLine.FindStringSubmatch(text)
	if sm == nil || article.WordCount(sm[1]) > 12 {
		return bs
	}
	name, link := strings.TrimSpace(sm[1]), ""
	content.WalkInlines(p.Inlines, func(in content.Inline) {
		if l, ok := in.(*content.Link); ok && link == "" && content.IsExternalURL(l.URL) {
			link = l.URL
			name = strings.TrimSpace(content.PlainText(l.Inlines))
		}
	})
	switch {
	case link != "":
	case content.IsExternalURL(name):
		link = name
	case isDomain(name):
		link = "https://" + name
	}
	if content.IsExternalURL(name) {
		if u, err := url.Parse(name); err == nil {
			name = u.Host
		}
	}
	if isDomain(name) {
		name = strings.TrimPrefix(name, "www.")
		if spelled := nameInText(name, bs[:len(bs)-1]); spelled != "" {
			name = spelled
		}
	}
	if m.Publisher == "" {
		m.Publisher = name
	}
	if m.SourceURL == "" {
		m.SourceURL = link
	}
	return bs[:len(bs)-1]
}

// headingTitle is a title from a heading, without a final full stop
// (headlines copied from pages often keep one; "…", "?" and "!" stay).
func headingTitle(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") {
		s = strings.TrimSpace(strings.TrimSuffix(s, "."))
	}
	return s
}

// nameInText returns how the article writes the name of the publication
// at domain: a run of capitalised words whose letters spell the domain's
// label, with or without "The" ("Vox" for vox.com, "The Daily Ledger"
// for dailyledger.com), or "".
func nameInText(domain string, blocks []content.Block) string {
	label := domain
	if suffix, _ := publicsuffix.PublicSuffix(domain); suffix != "" && len(suffix) < len(domain) {
		label = strings.TrimSuffix(domain, "."+suffix)
	}
	if i := strings.LastIndexByte(label, '.'); i >= 0 {
		label = label[i+1:]
	}
	if len(label) < 3 {
		return ""
	}
	text := content.BlocksText(blocks)
	for _, want := range []string{"the" + label, label} {
		if name := spelledIn(want, text); name != "" {
			return name
		}
	}
	return ""
}

// spelledIn returns the first run of capitalised words of text whose
// letters, lower-cased, are want.
func spelledIn(want, text string) string {
	words := strings.Fields(text)
	for i := range words {
		spelled := ""
		for j := i; j < len(words) && j < i+5; j++ {
			w := strings.TrimFunc(words[j], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if w == "" || !unicode.IsUpper([]rune(w)[0]) {
				break
			}
			spelled += strings.ToLower(w)
			if spelled == want {
				return strings.TrimFunc(strings.Join(words[i:j+1], " "), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			}
			if !strings.HasPrefix(want, spelled) {
				break
			}
		}
	}
	return ""
}

var domainRE = lazyre.New(`^(?i)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$`)

func isDomain(s string) bool { return domainRE.MatchString(s) }
