package fonts

import (
	"errors"
	"fmt"
	"os"
	"strings"

	otfont "github.com/go-text/typesetting/font"
)

// UserFaces resolves a user's typeface: specs name, in order, the
// regular, bold, italic and bold italic faces, each a font file (a path
// that exists; in a collection the first font) or a family name found
// among the fonts of s. A single family name gives all four styles that
// family has. The result is indexed by Regular, Italic, Bold and
// BoldItalic; styles left nil keep the embedded Noto Serif.
func (s *System) UserFaces(specs []string) ([4]*Face, error) {
	var out [4]*Face
	order := []Style{Regular, Bold, Italic, BoldItalic}
	if len(specs) > len(order) {
		return out, fmt.Errorf("--font: at most 4 faces (regular, bold, italic, bold italic), got %d", len(specs))
	}
	for i, spec := range specs {
		st := order[i]
		if _, err := os.Stat(spec); err == nil {
			f, err := LoadFile(spec, 0, st)
			if err != nil {
				return out, err
			}
			out[st] = f
			continue
		}
		fam, err := s.Family(spec)
		if err != nil {
			return out, err
		}
		if len(specs) == 1 {
			return fam, nil
		}
		if out[st] = fam[st]; out[st] == nil {
			return out, fmt.Errorf("font family %q has no %s face", spec, strings.ToLower(styleWord[st]))
		}
	}
	return out, nil
}

var styleWord = map[Style]string{Regular: "Regular", Bold: "Bold", Italic: "Italic", BoldItalic: "Bold Italic"}

// Family returns the faces of the named family found among the fonts of
// s, indexed by Regular, Italic, Bold and BoldItalic (nil where the family
// has no such face); an error names a family that is not there.
func (s *System) Family(name string) ([4]*Face, error) {
	var out [4]*Face
	s.once.Do(s.init)
	s.mu.Lock()
	defer s.mu.Unlock()
	locs := s.fm.FindSystemFonts(name)
	if len(locs) == 0 {
		return out, fmt.Errorf("no font family %q on this machine (give a font file, or see fc-list : family)", name)
	}
	var errs []error
	for _, loc := range locs {
		f, err := s.load(loc, Regular)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		a := f.ot.Describe().Aspect
		st := Regular
		bold := a.Weight >= otfont.WeightBold
		italic := a.Style != otfont.StyleNormal
		switch {
		case bold && italic:
			st = BoldItalic
		case bold:
			st = Bold
		case italic:
			st = Italic
		}
		if a.Weight != otfont.WeightNormal && a.Weight != otfont.WeightBold || a.Stretch != otfont.StretchNormal && a.Stretch != 0 {
			continue // a light, black or condensed face: not one of the four
		}
		if out[st] == nil {
			f.Style = st
			out[st] = f
		}
	}
	if out == [4]*Face{} {
		return out, fmt.Errorf("font family %q: %w", name, errors.Join(errs...))
	}
	return out, nil
}
