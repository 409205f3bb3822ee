package fonts

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	otfont "github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// LoadFile reads font number index of the font file at path (TrueType,
// OpenType with TrueType or CFF outlines, or a collection: .ttc, .otc)
// and returns it as a face that stands for style s (Regular, Italic, Bold
// or BoldItalic): a user's typeface or a fallback found on the machine.
func LoadFile(path string, index int, s Style) (*Face, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("fonts: %w", err)
	}
	f, err := Parse(data, index, s)
	if err != nil {
		return nil, fmt.Errorf("fonts: %s: %w", path, err)
	}
	f.File = path
	return f, nil
}

// Parse reads font number index of data (a font file or collection) as a
// face that stands for style s. The face keeps data.
func Parse(data []byte, index int, s Style) (*Face, error) {
	lds, err := opentype.NewLoaders(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a font file: %w", err)
	}
	if index < 0 || index >= len(lds) {
		return nil, fmt.Errorf("no font number %d (the file has %d)", index, len(lds))
	}
	ft, err := otfont.NewFont(lds[index])
	if err != nil {
		return nil, err
	}
	otf := otfont.NewFace(ft)
	face := &Face{Style: s, Data: data, Index: index, ot: ft, otf: otf, UnitsPerEm: int(ft.Upem())}
	if ext, ok := otf.FontHExtents(); ok {
		face.Ascent, face.Descent = int(ext.Ascender+0.5), int(-ext.Descender+0.5)
	}
	face.Name = postScriptName(data, index, ft)
	face.fillTable()
	return face, nil
}

// postScriptName is the face's PostScript name, or one made of its family
// and style when the name table has none.
func postScriptName(data []byte, index int, ft *otfont.Font) string {
	var buf sfnt.Buffer
	if c, err := sfnt.ParseCollection(data); err == nil {
		if f, err := c.Font(index); err == nil {
			if n, err := f.Name(&buf, sfnt.NameIDPostScript); err == nil && n != "" {
				return n
			}
		}
	}
	d := ft.Describe()
	name := strings.ReplaceAll(d.Family, " ", "")
	if a := d.Aspect; a.Weight >= otfont.WeightBold || a.Style == otfont.StyleItalic {
		name += "-"
		if a.Weight >= otfont.WeightBold {
			name += "Bold"
		}
		if a.Style == otfont.StyleItalic {
			name += "Italic"
		}
	}
	return name
}

// Outlines says how the face draws its glyphs: "truetype" (glyf
// outlines), "cff" (PostScript outlines, OpenType/CFF) or "bitmap"
// (colour bitmaps only, as Noto Color Emoji's CBDT).
func (f *Face) Outlines() string {
	f.kindOnce.Do(func() { f.kind = f.outlines() })
	return f.kind
}

func (f *Face) outlines() string {
	if f.ot.Flavor == opentype.OpenType {
		return "cff"
	}
	for _, r := range []rune{'0', 'A', 0x263A, 0x1F600} {
		if gid, ok := f.ot.NominalGlyph(r); ok {
			f.mu.Lock()
			data := f.otf.GlyphData(gid)
			f.mu.Unlock()
			if _, ok := data.(otfont.GlyphBitmap); ok {
				return "bitmap"
			}
			break
		}
	}
	return "truetype"
}
