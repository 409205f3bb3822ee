package epub

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/internal/lazyre"
	"github.com/offprint/offprint/internal/ttfsubset"
)

//go:embed style.css
var styleCSS string

// fontFace is how the stylesheet names an embedded face.
type fontFace struct {
	style fonts.Style
	file  string
	css   string // font-weight and font-style declarations
}

var embeddedFaces = []fontFace{
	{fonts.Regular, "NotoSerif-Regular.ttf", "font-weight: normal; font-style: normal;"},
	{fonts.Italic, "NotoSerif-Italic.ttf", "font-weight: normal; font-style: italic;"},
	{fonts.Bold, "NotoSerif-Bold.ttf", "font-weight: bold; font-style: normal;"},
	{fonts.BoldItalic, "NotoSerif-BoldItalic.ttf", "font-weight: bold; font-style: italic;"},
}

// stylesheet returns the CSS of the book: the rules of style.css that
// apply to classes the book uses (see pruneCSS), with @font-face rules for
// the Noto Serif faces when they are embedded.
func (b *builder) stylesheet() string {
	css := pruneCSS(styleCSS, b.classes())
	if !b.opts.EmbedFonts {
		return css
	}
	for _, f := range embeddedFaces {
		css += "@font-face { font-family: \"Noto Serif\"; " + f.css + " src: url(../" + fontFolder + "/" + f.file + "); }\n"
	}
	return css + "body { font-family: \"Noto Serif\", serif; }\n"
}

// fontAssets returns the font files to embed (none unless asked): each
// face cut down to the characters the book shows (see usedRunes). The
// subsets are made once per book.
func (b *builder) fontAssets() ([]*asset, error) {
	if !b.opts.EmbedFonts || b.fonts != nil {
		return b.fonts, nil
	}
	runes := b.usedRunes()
	for _, f := range embeddedFaces {
		file, err := fonts.Data(f.style) // the file alone: no parse for shaping
		if err != nil {
			return nil, err
		}
		data, err := ttfsubset.Subset(file, runes)
		if err != nil {
			return nil, fmt.Errorf("subset %s: %w", f.file, err)
		}
		b.fonts = append(b.fonts, &asset{name: f.file, mediaType: "font/ttf", data: data})
	}
	return b.fonts, nil
}

// tagRE matches a tag of the markup offprint writes.
var tagRE = lazyre.New(`<[^>]*>`)

// usedRunes returns the characters the reader may draw with the embedded
// faces: the text of every XHTML file and of the table of contents, the
// digits and full stop of list numbers, list bullets, and the hyphens a
// reading system adds when it hyphenates.
func (b *builder) usedRunes() []rune {
	seen := maps.Clone(b.runes) // the content files' (see addFile)
	add := func(s string) { addRunes(seen, s) }
	add("0123456789. \u00a0-\u2010\u00ad•◦▪")
	var walk func([]*tocEntry)
	walk = func(es []*tocEntry) {
		for _, e := range es {
			add(e.label)
			walk(e.kids)
		}
	}
	walk(b.toc)
	l := words(b.lang)
	add(l.contents + l.cover + l.notes + l.start + "Landmarks")
	out := make([]rune, 0, len(seen))
	for r := range seen {
		if r >= ' ' {
			out = append(out, r)
		}
	}
	slices.Sort(out)
	return out
}

// classRE finds the class attributes of the markup offprint writes.
var classRE = lazyre.New(`class="([^"]*)"`)

// classes returns the class names used in the book's XHTML files, the
// cover page and the nav document.
func (b *builder) classes() map[string]bool {
	used := maps.Clone(b.usedClasses) // the content files' (see addFile)
	if b.cover != nil {
		addClasses(used, string(b.coverDocument()))
	}
	return used
}

// addClasses adds the class names markup uses to used, and the
// elements of prunedElements it uses as "<name>".
func addClasses(used map[string]bool, markup string) {
	for _, m := range classRE.FindAllStringSubmatch(markup, -1) {
		for _, c := range strings.Fields(m[1]) {
			used[c] = true
		}
	}
	for _, el := range prunedElements {
		if strings.Contains(markup, "<"+el+">") {
			used["<"+el+">"] = true
		}
	}
}

// prunedElements are the elements whose rules (a selector that is the
// bare element name) the stylesheet keeps only for books that use them.
var prunedElements = []string{"sup", "sub"}

// addRunes adds the characters of s to seen.
func addRunes(seen map[rune]bool, s string) {
	for _, r := range s {
		seen[r] = true
	}
}

// selectorClassRE finds the class names in a CSS selector.
var selectorClassRE = lazyre.New(`\.([A-Za-z_][A-Za-z0-9_-]*)`)

// pruneCSS drops the selectors of css that name a class no file uses, and
// the rules left without a selector, so that epubcheck's usage report
// lists no unused selector. css is plain rules (selectors { declarations })
// and comments, with no nested blocks.
func pruneCSS(css string, used map[string]bool) string {
	var sb strings.Builder
	sb.Grow(len(css))
	for css != "" {
		open := strings.IndexByte(css, '{')
		if open < 0 {
			sb.WriteString(css)
			break
		}
		end := strings.IndexByte(css[open:], '}')
		if end < 0 {
			sb.WriteString(css)
			break
		}
		end += open + 1
		head, rule := css[:open], css[open:end]
		css = css[end:]
		lead, selectors := splitComments(head)
		sb.WriteString(lead)
		var keep []string
		for _, sel := range strings.Split(selectors, ",") {
			if selectorUsed(sel, used) {
				keep = append(keep, strings.TrimSpace(sel))
			}
		}
		if len(keep) > 0 {
			sb.WriteString(strings.Join(keep, ", ") + " " + rule)
		} else {
			css = strings.TrimPrefix(css, "\n")
		}
	}
	return sb.String()
}

// splitComments splits what comes before a rule's '{' into the comments
// and white space that precede it and its selectors.
func splitComments(head string) (lead, selectors string) {
	if i := strings.LastIndex(head, "*/"); i >= 0 {
		lead, head = head[:i+2], head[i+2:]
	}
	trimmed := strings.TrimLeft(head, " \t\r\n")
	return lead + head[:len(head)-len(trimmed)], trimmed
}

// selectorUsed reports whether a selector applies to the book: every
// class it names is used, and a bare element of prunedElements is.
func selectorUsed(sel string, used map[string]bool) bool {
	if el := strings.TrimSpace(sel); slices.Contains(prunedElements, el) {
		return used["<"+el+">"]
	}
	for _, m := range selectorClassRE.FindAllStringSubmatch(sel, -1) {
		if !used[m[1]] {
			return false
		}
	}
	return true
}
