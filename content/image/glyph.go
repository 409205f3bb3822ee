package image

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
