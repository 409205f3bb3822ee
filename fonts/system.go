package fonts

import (
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode"

	otfont "github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/fontscan"
	"github.com/go-text/typesetting/language"
)

// System finds faces for characters the embedded faces lack, among the
// fonts of the machine (the system font folders, scanned once by
// go-text's fontscan, which keeps an index in the user's cache folder)
// and the font folders a user names. It is lazy: nothing is scanned
// until the first character no embedded face has. A System is safe for
// concurrent use.
//
// Text the embedded faces cover never reaches a System, so the output
// for such text does not depend on the machine.
type System struct {
	dirs     []string // the user's folders, searched before the system's
	noSystem bool     // only the user's folders

	once  sync.Once
	mu    sync.Mutex
	fm    *fontscan.FontMap
	err   error
	faces map[fontscan.Location]*Face
	runes map[sysKey]*Face
	files map[string][]byte // font files read, shared by the faces of a collection
}

type sysKey struct {
	r     rune
	style Style
	lang  string
}

// NewSystem returns a finder that searches the font files in dirs (and
// their subfolders) first, then, unless userOnly, the system's fonts.
func NewSystem(dirs []string, userOnly bool) *System {
	return &System{dirs: dirs, noSystem: userOnly, faces: map[fontscan.Location]*Face{}, runes: map[sysKey]*Face{}, files: map[string][]byte{}}
}

var (
	defaultSystem     *System
	defaultSystemOnce sync.Once
)

// DefaultSystem returns the finder over the system fonts that every
// layout without font options shares (so the scan happens once a
// process).
func DefaultSystem() *System {
	defaultSystemOnce.Do(func() { defaultSystem = NewSystem(nil, false) })
	return defaultSystem
}

// Err reports why the fonts could not be scanned, or nil.
func (s *System) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

func (s *System) init() {
	s.fm = fontscan.NewFontMap(log.New(io.Discard, "", 0))
	for _, d := range s.dirs {
		s.addDir(d)
	}
	if !s.noSystem {
		if err := s.fm.UseSystemFonts(cacheDir()); err != nil && len(s.dirs) == 0 {
			s.err = err
		}
	}
}

// addDir adds the font files under dir to the map.
func (s *System) addDir(dir string) {
	_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !isFontFile(path) {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return nil
		}
		defer f.Close()
		_ = s.fm.AddFont(f, path, "")
		return nil
	})
}

// isFontFile reports whether path names a font file by its extension.
func isFontFile(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".ttf", ".otf", ".ttc", ".otc":
		return true
	}
	return false
}

// cacheDir is where fontscan keeps its index of the system fonts.
func cacheDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "offprint", "fontscan")
	}
	return filepath.Join(os.TempDir(), "offprint-fontscan")
}

// Lookup returns a face that draws r in the manner of style (serif where
// one exists, and its weight and slant), or nil when no font has r. lang
// (BCP 47, may be "") picks the regional forms of Han characters. Noto's
// faces for the script of r come first: Noto Serif <Script>, then Noto
// Sans <Script>, then any serif face, then any face.
func (s *System) Lookup(r rune, style Style, lang string) *Face {
	s.once.Do(s.init)
	s.mu.Lock()
	defer s.mu.Unlock()
	k := sysKey{r, style, lang}
	if f, ok := s.runes[k]; ok {
		return f
	}
	f := s.lookup(r, style, lang)
	s.runes[k] = f
	return f
}

func (s *System) lookup(r rune, style Style, lang string) *Face {
	if s.err != nil {
		return nil
	}
	q := fontscan.Query{Families: append(scriptFamilies(r, lang), fontscan.Serif)}
	switch style {
	case Mono: // code: a monospace face first, then one for the script
		q.Families = append(monoFamilies(q.Families), q.Families...)
	case Italic, BoldItalic:
		q.Aspect.Style = otfont.StyleItalic
	}
	if style == Bold || style == BoldItalic || style == ArabicBold || style == HebrewBold {
		q.Aspect.Weight = otfont.WeightBold
	}
	s.fm.SetQuery(q)
	s.fm.SetScript(language.LookupScript(r))
	of := s.fm.ResolveFace(r)
	if of == nil {
		return nil
	}
	if _, ok := of.NominalGlyph(r); !ok {
		return nil
	}
	loc := s.fm.FontLocation(of.Font)
	if f, ok := s.faces[loc]; ok {
		return f
	}
	f, err := s.load(loc, style)
	if err != nil {
		f = nil
	}
	s.faces[loc] = f
	return f
}

// load reads the face at loc, sharing the file's bytes with the other
// faces of a collection (Noto CJK's .ttc holds every region). The caller
// holds mu.
func (s *System) load(loc fontscan.Location, style Style) (*Face, error) {
	data, ok := s.files[loc.File]
	if !ok {
		var err error
		if data, err = os.ReadFile(loc.File); err != nil {
			return nil, fmt.Errorf("fonts: %w", err)
		}
		s.files[loc.File] = data
	}
	f, err := Parse(data, int(loc.Index), style)
	if err != nil {
		return nil, fmt.Errorf("fonts: %s: %w", loc.File, err)
	}
	f.File = loc.File
	return f, nil
}

// scriptFamilies are the Noto families made for the script of r.
// monoFamilies returns the monospace families to ask for before the
// script's own: the generic monospace, and Noto Sans Mono CJK for CJK
// (fonts-noto-cjk; fontscan's generic monospace does not list it).
func monoFamilies(script []string) []string {
	out := []string{fontscan.Monospace}
	for _, f := range script {
		if region, ok := strings.CutPrefix(f, "Noto Sans CJK "); ok {
			out = append(out, "Noto Sans Mono CJK "+region)
		}
	}
	return out
}

func scriptFamilies(r rune, lang string) []string {
	name := ""
	for n, tab := range unicode.Scripts {
		if n != "Common" && n != "Inherited" && unicode.Is(tab, r) {
			name = n
			break
		}
	}
	switch name {
	case "":
		return nil
	case "Han", "Hiragana", "Katakana", "Bopomofo", "Hangul":
		region := "SC"
		switch l := strings.ToLower(lang); {
		case name == "Hangul" || strings.HasPrefix(l, "ko"):
			region = "KR"
		case name == "Hiragana" || name == "Katakana" || strings.HasPrefix(l, "ja"):
			region = "JP"
		case strings.HasPrefix(l, "zh-tw") || strings.HasPrefix(l, "zh-hant") || strings.HasPrefix(l, "zh-hk"):
			region = "TC"
		}
		return []string{"Noto Serif CJK " + region, "Noto Sans CJK " + region}
	}
	name = strings.ReplaceAll(name, "_", " ")
	return []string{"Noto Serif " + name, "Noto Sans " + name}
}
