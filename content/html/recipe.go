package html

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/language"
	"github.com/offprint/offprint/content/locale"
)

// A recipe's ingredients. Recipe sites set the ingredients apart from the
// method, in a box or a table beside it, and readability keeps the
// method, the longer text: the book lost the list a cook needs first.
// Such pages describe the recipe in JSON-LD (schema.org's Recipe, for
// search engines), ingredients included. When the body holds fewer than
// half of them, recipeIngredients puts them back, a heading in the
// document's language ("Zutaten") over a list, at the top of the body.

// Bounds of a recipe's ingredients.
const (
	minIngredients      = 2       // fewer make no list
	maxIngredients      = 200     // more are not read
	maxIngredientLength = 300     // longer ones are cut there, in runes
	maxIngredientSearch = 1 << 20 // bytes of the body's text the ingredients are looked for in
)

// recipeIngredients returns blocks with the page's recipe ingredients
// put back at the top when the body lost them.
func recipeIngredients(p *page, m content.Meta, blocks []content.Block) []content.Block {
	items := p.ingredients()
	if len(items) < minIngredients {
		return blocks
	}
	text := content.BlocksText(blocks)
	if len(text) > maxIngredientSearch {
		text = text[:maxIngredientSearch] // each item is looked for in it: bounded work on a huge page
	}
	text = normText(text)
	present := 0
	for _, it := range items {
		if strings.Contains(text, normText(it)) {
			present++
		}
	}
	if 2*present >= len(items) {
		return blocks
	}
	lang := m.Language
	if lang == "" {
		lang = language.Detect(append([]string{m.Title}, items...))
	}
	w, _ := locale.For(lang)
	list := &content.List{}
	for _, it := range items {
		list.Items = append(list.Items, []content.Block{&content.Paragraph{Inlines: content.T(it)}})
	}
	return append([]content.Block{&content.Heading{Level: 2, Inlines: content.T(w.Ingredients)}, list}, blocks...)
}

// ingredients returns the recipeIngredient of the page's first JSON-LD
// Recipe, as plain text.
func (p *page) ingredients() []string {
	for _, o := range p.jsonLD {
		for _, t := range jsonStrings(o["@type"]) {
			if t != "Recipe" {
				continue
			}
			var out []string
			for _, s := range jsonStrings(o["recipeIngredient"]) {
				if s = collapse(html.UnescapeString(s)); s != "" && len(out) < maxIngredients {
					if r := []rune(s); len(r) > maxIngredientLength {
						s = string(r[:maxIngredientLength]) + "…"
					}
					out = append(out, s)
				}
			}
			return out
		}
	}
	return nil
}
