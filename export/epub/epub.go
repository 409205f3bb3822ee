// Package epub writes a content.Document (or a content.Book) as an EPUB 3
// publication that real e-readers get right: XHTML sections straight from
// the model in go-epub's XHTML frame (internal/goepub), zipped once by
// offprint itself: its own package document, nav and NCX with nested
// headings and landmarks, a cover declared the EPUB 3 and EPUB 2 ways, and
// byte-for-byte reproducible output.
//
// The rules it follows are those of docs/ereader-notes.md: each note is
// written once, in a notes section at the end of its article (the endnotes
// pattern of Standard Ebooks, which readers show as pop-ups), the nav
// document stays out of the spine, the cover page is one page, every
// XHTML file has an XML declaration and a language, images are JPEG, PNG,
// GIF or SVG with non-empty alt text, and toc.ncx carries the package
// identifier.
package epub

import (
	"time"

	"github.com/offprint/offprint/fonts"
)

// DefaultMaxImagePx is the longest side, in pixels, that images are scaled
// down to when Options.MaxImagePx is zero.
const DefaultMaxImagePx = 1600

// Options controls Write and WriteBook. The zero value is ready to use: a
// generated cover, no embedded fonts, images up to DefaultMaxImagePx and a
// modification date derived from the content.
type Options struct {
	// Cover is the user's cover image (JPEG, PNG, GIF, or WebP, which is
	// transcoded). When nil, Write draws a cover from the metadata, or
	// leaves it out with a warning when no font at hand can draw most of
	// the title (Arabic, or CJK without Fallback).
	Cover []byte
	// Fallback finds faces on the machine for a drawn cover whose title
	// the embedded fonts cannot draw: Chinese, Japanese and Korean
	// (scripts drawn without shaping). Nil finds none, so the cover
	// never depends on the machine. The CLI passes the PDF's fallback,
	// fonts.DefaultSystem() or the --font-dir folders.
	Fallback *fonts.System
	// NoCover leaves the cover out entirely (Cover is then ignored).
	NoCover bool
	// EmbedFonts embeds the Noto Serif faces of package fonts, each cut
	// down to the characters the book uses, and uses them through
	// @font-face. Off by default: readers prefer their own fonts.
	EmbedFonts bool
	// MaxImagePx scales images whose longest side is larger down to it;
	// 0 means DefaultMaxImagePx.
	MaxImagePx int
	// Modified is written as dcterms:modified and as the time of every zip
	// entry. The CLI passes SOURCE_DATE_EPOCH when it is set. When zero,
	// the document's date is used, else 1980-01-01T00:00:00Z, the
	// reproducible-builds convention for "unknown".
	Modified time.Time
	// Warn receives non-fatal problems (an image that cannot be decoded, a
	// note call without its note…); nil discards them.
	Warn func(string)
}
