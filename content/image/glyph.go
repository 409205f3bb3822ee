package image

import (
	"strings"

	"github.com/offprint/offprint/content"
)

// GlyphPixels is the largest width and height, in pixels, of an image met
// in running text that stands for a character (an emoji, an icon, a small
// formula) rather than a picture.
const GlyphPixels = 48

// IsGlyph reports whether an image of w×h pixels met in running text
// stands for a character: both sides known and at most GlyphPixels. The
// readers keep such an image's alt text in the sentence; larger images
// become figures placed after the paragraph.
func IsGlyph(w, h int) bool {
	return w > 0 && w <= GlyphPixels && h > 0 && h <= GlyphPixels
}

// MissingCaption is the caption of a figure whose picture could not be
// loaded: its alt text is then the only trace of the picture, so it is
// kept. The caption itself when the alt text is empty or already in it
// (the alt text alone when there is no caption), else the alt text in
// brackets before the caption, as pandoc's plain-text writer shows an
// image: "[A crowd at the hall] People lay flowers…".
func MissingCaption(alt string, caption []content.Inline) []content.Inline {
	alt = strings.Join(strings.Fields(alt), " ")
	text := strings.Join(strings.Fields(content.PlainText(caption)), " ")
	switch {
	case alt == "" || strings.Contains(strings.ToLower(text), strings.ToLower(alt)):
		return caption
	case text == "":
		return content.T(alt)
	}
	out := append(content.T("["+alt+"] "), caption...)
	if t, ok := caption[0].(*content.Text); ok {
		out = append(content.T("["+alt+"] "+t.Text), caption[1:]...)
	}
	return out
}
