package epub

import (
	_ "embed"

	"github.com/offprint/offprint/fonts"
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

// stylesheet returns the CSS of the book, with @font-face rules for the
// Noto Serif faces when they are embedded.
func (b *builder) stylesheet() string {
	if !b.opts.EmbedFonts {
		return styleCSS
	}
	css := styleCSS
	for _, f := range embeddedFaces {
		css += "@font-face { font-family: \"Noto Serif\"; " + f.css + " src: url(../" + fontFolder + "/" + f.file + "); }\n"
	}
	return css + "body { font-family: \"Noto Serif\", serif; }\n"
}

// fontAssets returns the font files to embed (none unless asked).
func (b *builder) fontAssets() []*asset {
	if !b.opts.EmbedFonts {
		return nil
	}
	out := make([]*asset, 0, len(embeddedFaces))
	for _, f := range embeddedFaces {
		out = append(out, &asset{name: f.file, mediaType: "font/ttf", data: fonts.MustGet(f.style).Data})
	}
	return out
}
