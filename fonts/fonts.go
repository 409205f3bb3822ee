// Package fonts embeds offprint's default typefaces (Noto Serif in four
// styles and Go Mono, with Noto Naskh Arabic and Noto Serif Hebrew as
// fallbacks for right-to-left scripts, see Fallback) and answers metric
// questions about them: advance widths, ascent, descent and which runes a
// face covers. It also reads font files (LoadFile, Parse: a user's
// typeface, collections included) and finds faces on the machine for the
// characters the embedded ones lack (System, over go-text's fontscan).
//
// Metrics are in font design units (Face.UnitsPerEm per em); Width turns
// them into points for a given size.
package fonts

import (
	_ "embed" // the font files
	"fmt"
	"sync"

	otfont "github.com/go-text/typesetting/font"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The font files are embedded as byte slices, not an embed.FS: reading a
// file of an embed.FS copies it (600 KB a face) at every call.
var (
	//go:embed noto/NotoSerif-Regular.ttf
	notoSerifRegular []byte
	//go:embed noto/NotoSerif-Italic.ttf
	notoSerifItalic []byte
	//go:embed noto/NotoSerif-Bold.ttf
	notoSerifBold []byte
	//go:embed noto/NotoSerif-BoldItalic.ttf
	notoSerifBoldItalic []byte
	//go:embed noto/NotoNaskhArabic-Regular.ttf
	notoNaskhArabicRegular []byte
	//go:embed noto/NotoNaskhArabic-Bold.ttf
	notoNaskhArabicBold []byte
	//go:embed noto/NotoSerifHebrew-Regular.ttf
	notoSerifHebrewRegular []byte
	//go:embed noto/NotoSerifHebrew-Bold.ttf
	notoSerifHebrewBold []byte
	//go:embed noto/LICENSE
	notoLicense string
)

// Style selects one of the embedded faces.
type Style int

// The embedded faces.
const (
	Regular    Style = iota // Noto Serif Regular
	Italic                  // Noto Serif Italic
	Bold                    // Noto Serif Bold
	BoldItalic              // Noto Serif Bold Italic
	Mono                    // Go Mono
	Arabic                  // Noto Naskh Arabic Regular (fallback for Arabic script)
	ArabicBold              // Noto Naskh Arabic Bold
	Hebrew                  // Noto Serif Hebrew Regular (fallback for Hebrew script)
	HebrewBold              // Noto Serif Hebrew Bold
	numStyles
)

// Styles lists every embedded face, in Style order.
var Styles = []Style{Regular, Italic, Bold, BoldItalic, Mono, Arabic, ArabicBold, Hebrew, HebrewBold}

// fileData returns the embedded file of style s.
func fileData(s Style) []byte {
	switch s {
	case Regular:
		return notoSerifRegular
	case Italic:
		return notoSerifItalic
	case Bold:
		return notoSerifBold
	case BoldItalic:
		return notoSerifBoldItalic
	case Arabic:
		return notoNaskhArabicRegular
	case ArabicBold:
		return notoNaskhArabicBold
	case Hebrew:
		return notoSerifHebrewRegular
	case HebrewBold:
		return notoSerifHebrewBold
	}
	return gomono.TTF
}

var names = [numStyles]string{
	Regular:    "NotoSerif",
	Italic:     "NotoSerif-Italic",
	Bold:       "NotoSerif-Bold",
	BoldItalic: "NotoSerif-BoldItalic",
	Mono:       "GoMono",
	Arabic:     "NotoNaskhArabic",
	ArabicBold: "NotoNaskhArabic-Bold",
	Hebrew:     "NotoSerifHebrew",
	HebrewBold: "NotoSerifHebrew-Bold",
}

// String returns the face's PostScript-like name, e.g. "NotoSerif-Bold".
func (s Style) String() string {
	if s < 0 || s >= numStyles {
		return fmt.Sprintf("Style(%d)", int(s))
	}
	return names[s]
}

// tableSize is how many runes (from U+0000) get a precomputed advance.
// It covers Latin, Greek, Cyrillic and General Punctuation.
const tableSize = 0x2100

// Face is one embedded font with its metrics. A Face is safe for
// concurrent use.
type Face struct {
	Style      Style
	Name       string // PostScript name, unique per face (e.g. "NotoSerif-Regular")
	Data       []byte // the font file, unchanged (TrueType/OpenType, or a collection)
	Index      int    // which font of a collection Data holds; 0 for a single font
	UnitsPerEm int    // design units per em
	Ascent     int    // above the baseline, design units (positive)
	Descent    int    // below the baseline, design units (positive)

	// File is where a face found on the machine was read from; "" for
	// an embedded face.
	File string

	ot        *otfont.Font     // the parsed font, for shaping (safe for concurrent use)
	advances  [tableSize]int32 // advance in design units; -1 when not covered
	mu        sync.Mutex       // guards otf for runes outside the table
	otf       *otfont.Face     // private face for metric lookups
	kindOnce  sync.Once
	kind      string // Outlines
	decorOnce sync.Once
	decor     Decor // Decor
}

var (
	faces    [numStyles]*Face
	errs     [numStyles]error
	loadOnce [numStyles]sync.Once
)

// Get returns the embedded face of style s, loading it on first use.
func Get(s Style) (*Face, error) {
	if s < 0 || s >= numStyles {
		return nil, fmt.Errorf("fonts: no face %v", s)
	}
	loadOnce[s].Do(func() { faces[s], errs[s] = load(s) })
	return faces[s], errs[s]
}

// MustGet is Get for callers that cannot recover: the faces are embedded,
// so a failure is a build defect, not bad input.
func MustGet(s Style) *Face {
	f, err := Get(s)
	if err != nil {
		panic(err)
	}
	return f
}

// Data returns the font file of style s as embedded, without parsing it
// with go-text: for callers that read a few glyphs their own way (the
// EPUB's drawn cover), which need not pay for Get's parse. The bytes are
// shared: callers must not modify them.
func Data(s Style) ([]byte, error) {
	if s < 0 || s >= numStyles {
		return nil, fmt.Errorf("fonts: no face %v", s)
	}
	return fileData(s), nil
}

// License returns the licence text of the Noto fonts (Go Mono's licence is
// the Go project's BSD licence).
func License() string {
	return notoLicense
}

func load(s Style) (*Face, error) {
	data := fileData(s)
	f, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("fonts: parse %v: %w", s, err)
	}
	ot, err := parseForShaping(data)
	if err != nil {
		return nil, fmt.Errorf("fonts: parse %v: %w", s, err)
	}
	face := &Face{Style: s, Data: data, ot: ot.Font, otf: ot, UnitsPerEm: int(f.UnitsPerEm())}
	var buf sfnt.Buffer
	if face.Name, err = f.Name(&buf, sfnt.NameIDPostScript); err != nil {
		return nil, fmt.Errorf("fonts: name %v: %w", s, err)
	}
	ppem := fixed.I(face.UnitsPerEm)
	m, err := f.Metrics(&buf, ppem, font.HintingNone)
	if err != nil {
		return nil, fmt.Errorf("fonts: metrics %v: %w", s, err)
	}
	face.Ascent, face.Descent = m.Ascent.Round(), m.Descent.Round()
	face.fillTable()
	return face, nil
}

func (f *Face) fillTable() {
	for r := range rune(tableSize) {
		f.advances[r] = f.lookup(r)
	}
}

// Font returns the parsed font, for shaping (go-text/typesetting). It is
// safe for concurrent use; make a font.Face of it per goroutine.
func (f *Face) Font() *otfont.Font { return f.ot }

// Embedded reports whether the face is one of offprint's own (the same
// on every machine) rather than one read from a file.
func (f *Face) Embedded() bool { return f.File == "" }

// lookup returns the advance of r in design units, or -1 when the face has
// no glyph for it. The caller holds mu or owns the face exclusively.
func (f *Face) lookup(r rune) int32 {
	gid, ok := f.ot.NominalGlyph(r)
	if !ok || gid == 0 {
		return -1
	}
	return int32(f.otf.HorizontalAdvance(gid))
}

func (f *Face) advance(r rune) int32 {
	if r >= 0 && r < tableSize {
		return f.advances[r]
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.lookup(r)
}

// Has reports whether the face has a glyph for r.
func (f *Face) Has(r rune) bool { return f.advance(r) >= 0 }

// Advance returns the advance width of r in design units, and false when
// the face has no glyph for it (the width is then 0).
func (f *Face) Advance(r rune) (int, bool) {
	a := f.advance(r)
	if a < 0 {
		return 0, false
	}
	return int(a), true
}

// Width returns the width of s in points at size pt, without kerning (the
// PDF writer does not kern either). Runes the face lacks count as zero.
func (f *Face) Width(s string, size float64) float64 {
	units := 0
	for _, r := range s {
		if a := f.advance(r); a > 0 {
			units += int(a)
		}
	}
	return float64(units) * size / float64(f.UnitsPerEm)
}

// Missing returns the distinct runes of s that the face cannot draw, in
// order of first appearance. Control characters are not reported.
func (f *Face) Missing(s string) []rune {
	var out []rune
	for _, r := range s {
		if r < ' ' || f.Has(r) {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o == r
		}
		if !dup {
			out = append(out, r)
		}
	}
	return out
}
