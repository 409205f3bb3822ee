package sources

import (
	"strings"
	"unicode"

	"github.com/offprint/offprint/content"
)

// SectionID is the anchor (content.Heading.ID) of the Sources section that
// Annotate appends, whatever the language of its heading; content.AssignIDs
// keeps it unless an earlier heading already uses it.
const SectionID = "sources"

// addSection appends the Sources section: the people quoted, the lead
// photo's credit and the publication, with the heading and labels in the
// document's language. It adds nothing when there is nothing to cite (the
// article's own title alone is not a source) or when the document already
// ends with the section.
func addSection(doc *content.Document, people []found) {
	if len(bodyBlocks(doc.Blocks)) != len(doc.Blocks) {
		return
	}
	w := wordsFor(doc.Meta.Language)
	var items [][]content.Block
	item := func(s string) {
		items = append(items, []content.Block{&content.Paragraph{Inlines: content.T(s)}})
	}
	for _, f := range people {
		item(finish(describe(f.p)))
	}
	if c := leadCredit(doc.Blocks); c != "" {
		item(finish(w.credit(c)))
	}
	if s := w.publication(doc.Meta); s != "" {
		item(s)
	}
	if len(items) == 0 {
		return
	}
	doc.Blocks = append(doc.Blocks,
		&content.Heading{Level: topLevel(doc.Blocks), Inlines: content.T(w.Sources), ID: SectionID},
		&content.List{Items: items})
}

// leadCredit is the credit of the first figure.
func leadCredit(blocks []content.Block) string {
	credit, done := "", false
	content.WalkBlocks(blocks, func(b content.Block) {
		if f, ok := b.(*content.Figure); ok && !done {
			credit, done = strings.TrimSpace(content.PlainText(f.Credit)), true
		}
	})
	return credit
}

// credit labels a photo credit ("Photo: Jae C. Hong/AP"), unless the
// credit already says what it is ("Photograph: …", "Photo by …",
// "Illustration: …", "© …").
func (w vocab) credit(c string) string {
	if labelled(c) {
		return c
	}
	return w.Photo + c
}

// creditLabels are the words that start a labelled credit, in the
// languages offprint has words for.
var creditLabels = map[string]bool{
	"photo": true, "photos": true, "photograph": true, "photographs": true, "photography": true,
	"photographed": true, "picture": true, "pictures": true, "image": true, "images": true,
	"illustration": true, "illustrations": true, "graphic": true, "graphics": true, "video": true,
	"credit": true, "credits": true, "courtesy": true, "source": true,
	"foto": true, "fotos": true, "fotografie": true, "fotografia": true, "fotografía": true,
	"bild": true, "bilder": true, "abbildung": true, "grafik": true, "quelle": true,
	"crédit": true, "crédits": true, "illustración": true, "ilustración": true, "ilustração": true,
	"imagen": true, "imagem": true, "immagine": true, "afbeelding": true, "beeld": true, "illustratie": true,
}

// creditBy are the words for "by" after a credit label ("Photo by …",
// "Foto von …", "Photo par …").
var creditBy = map[string]bool{"by": true, "von": true, "par": true, "de": true, "di": true, "da": true, "door": true, "por": true, "of": true}

// labelled reports whether a credit starts with its own label: "©", or one
// or two label words ("Photo", "Photo credit") followed by a colon, a
// dash or a word for "by".
func labelled(c string) bool {
	if strings.HasPrefix(c, "©") || strings.HasPrefix(strings.ToLower(c), "(c) ") {
		return true
	}
	rest := c
	for n := 0; n < 2; n++ {
		word, after := leadingWord(rest)
		if !creditLabels[strings.ToLower(word)] {
			return false
		}
		after = strings.TrimLeft(after, " \u00a0\u202f")
		if strings.HasPrefix(after, ":") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "|") {
			return true
		}
		if next, _ := leadingWord(after); creditBy[strings.ToLower(next)] {
			return true
		}
		rest = after
	}
	return false
}

// leadingWord splits the letters at the start of s from the rest.
func leadingWord(s string) (word, rest string) {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s, ""
	}
	return s[:end], s[end:]
}

// publication describes where the article was published: publisher,
// title, date, URL and retrieval date, as far as the metadata says. It is
// empty when neither the publisher nor the URL is known: the title and
// date alone only repeat the article's own head.
func (w vocab) publication(m content.Meta) string {
	if strings.TrimSpace(m.Publisher) == "" && strings.TrimSpace(m.SourceURL) == "" {
		return ""
	}
	var parts []string
	if m.Publisher != "" {
		parts = append(parts, m.Publisher)
	}
	if strings.TrimSpace(m.Title) != "" {
		parts = append(parts, w.quote(m.Title))
	}
	if !m.Date.IsZero() {
		parts = append(parts, w.formatDate(m.Date))
	}
	s := strings.Join(parts, ", ")
	if s != "" {
		s = finish(s)
	}
	if m.SourceURL != "" {
		s = strings.TrimSpace(s + " " + m.SourceURL)
	}
	if !m.Retrieved.IsZero() {
		s = strings.TrimSpace(s + " (" + w.Retrieved + " " + w.formatDate(m.Retrieved) + ")")
	}
	return s
}

// topLevel is the highest heading level of the body (the smallest number),
// or 2 when it has no headings.
func topLevel(blocks []content.Block) int {
	level := 0
	content.WalkBlocks(blocks, func(b content.Block) {
		if h, ok := b.(*content.Heading); ok && h.Level >= 1 && (level == 0 || h.Level < level) {
			level = h.Level
		}
	})
	if level == 0 {
		return 2
	}
	return level
}
