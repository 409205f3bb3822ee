package layout

import (
	"unicode/utf8"

	"github.com/go-text/typesetting/di"
	otfont "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
)

// This file is the shaping stage: text in one face and one direction
// becomes glyphs (go-text/typesetting's HarfBuzz port), with the font's
// kerning and standard ligatures. Widths of boxes, hyphens and spaces
// are shaped widths, so the line breaker measures what the page shows.
//
// Text is shaped once per face, direction and string, in font units
// (independent of the type size), and cached: a document repeats its
// words, so most boxes are a map lookup. The glyphs of a run at a given
// size are cached too, and shared (read only) by every run that draws the
// same text, which keeps a long book's glyph slices from growing with its
// length.

// shapeKey identifies a shaped text.
type shapeKey struct {
	face *fonts.Face
	text string
	rtl  bool
	feat feature // the font's superior or inferior forms
}

// feature is an OpenType feature a text may be shaped with: the font's
// own superior forms (note calls, superscripts) or inferior forms
// (subscripts).
type feature uint8

const (
	featNone feature = iota
	featSups         // OpenType sups
	featSubs         // OpenType subs
)

// unitGlyph is a glyph in font units times 64 (26.6 fixed point at a
// size of one em per unit, so exact).
type unitGlyph struct {
	id         uint16
	adv        int32
	dx, dy     int32
	start, end int32 // byte offsets of the glyph's cluster in the text
	first      bool  // the cluster's first glyph (in visual order), which carries its text
}

// shapedText is a shaped string: its glyphs in visual order.
type shapedText struct {
	text   string
	glyphs []unitGlyph
	adv    int64 // total advance, font units × 64
}

// sizedKey identifies the glyphs of a shaped text at one size.
type sizedKey struct {
	s    *shapedText
	size Length
}

// shaper shapes text and caches the results; it belongs to one
// typesetter (a HarfBuzz shaper is not safe for concurrent use).
type shaper struct {
	hb      shaping.HarfbuzzShaper
	faces   map[*fonts.Face]*otfont.Face
	texts   map[shapeKey]*shapedText
	sized   map[sizedKey][]Glyph
	bitmaps map[bitmapKey]*content.Image // emoji pictures (emoji.go)
	runes   []rune
	lang    language.Language
	hits    int // cache statistics (see cacheCost)
	misses  int
}

func newShaper() *shaper {
	return &shaper{
		faces:   map[*fonts.Face]*otfont.Face{},
		texts:   map[shapeKey]*shapedText{},
		sized:   map[sizedKey][]Glyph{},
		bitmaps: map[bitmapKey]*content.Image{},
	}
}

// featureSets turn on the font's superior forms (note calls,
// superscripts) or inferior forms (subscripts). Kerning (kern) and
// standard ligatures (liga, clig) need no request: HarfBuzz applies them
// to horizontal text by default, and asking for them again makes every
// shaping call slower (a plan with user features).
var featureSets = [...][]shaping.FontFeature{
	featSups: {{Tag: ot.MustNewTag("sups"), Value: 1}},
	featSubs: {{Tag: ot.MustNewTag("subs"), Value: 1}},
}

func (sh *shaper) face(f *fonts.Face) *otfont.Face {
	of, ok := sh.faces[f]
	if !ok {
		of = otfont.NewFace(f.Font())
		sh.faces[f] = of
	}
	return of
}

// shape returns text shaped in face f, right to left when rtl, with
// feature feat.
func (sh *shaper) shape(f *fonts.Face, text string, rtl bool, feat feature) *shapedText {
	k := shapeKey{f, text, rtl, feat}
	if s, ok := sh.texts[k]; ok {
		sh.hits++
		return s
	}
	sh.misses++
	s := sh.shapeNew(f, text, rtl, feat)
	if len(sh.texts) >= maxCached {
		// Shaped texts already handed out stay valid: the caches only
		// forget them.
		clear(sh.texts)
		clear(sh.sized)
	}
	sh.texts[k] = s
	return s
}

// maxCached bounds the per-word caches of shaping and hyphenation: an
// article's vocabulary is a few thousand words, but a text of ever new
// ones (numbers, codes) would keep every word's glyphs and breaks to the
// end (a page of a million numbered paragraphs: over 500 MB). Past the
// bound a cache starts again.
const maxCached = 1 << 16

func (sh *shaper) shapeNew(f *fonts.Face, text string, rtl bool, feat feature) *shapedText {
	s := &shapedText{text: text}
	if text == "" {
		return s
	}
	sh.runes = sh.runes[:0]
	offsets := make([]int32, 0, len(text)+1)
	for i, r := range text {
		sh.runes = append(sh.runes, r)
		offsets = append(offsets, int32(i))
	}
	offsets = append(offsets, int32(len(text)))
	in := shaping.Input{
		Text:      sh.runes,
		RunStart:  0,
		RunEnd:    len(sh.runes),
		Direction: di.DirectionLTR,
		Face:      sh.face(f),
		Size:      fixed.I(f.UnitsPerEm),
		Script:    scriptOf(sh.runes),
		Language:  sh.lang,
	}
	if rtl {
		in.Direction = di.DirectionRTL
	}
	if feat != featNone {
		in.FontFeatures = featureSets[feat]
	}
	out := sh.hb.ShapeNoExtents(in)
	s.glyphs = make([]unitGlyph, len(out.Glyphs))
	seen := -1
	for i, g := range out.Glyphs {
		ug := unitGlyph{id: uint16(g.GlyphID), adv: int32(g.Advance), dx: int32(g.XOffset), dy: int32(g.YOffset)}
		c := g.TextIndex()
		lo, hi := min(c, len(sh.runes)), min(c+g.RunesCount(), len(sh.runes))
		ug.start, ug.end = offsets[lo], offsets[hi]
		if c != seen {
			// the first glyph of its cluster carries the cluster's text
			seen = c
			ug.first = true
		}
		s.glyphs[i] = ug
		s.adv += int64(g.Advance)
	}
	return s
}

// scriptOf returns the script of the first character of rs that has
// one (letters; not digits, punctuation or spaces).
func scriptOf(rs []rune) language.Script {
	for _, r := range rs {
		if sc := language.LookupScript(r); sc != language.Common && sc != language.Inherited && sc != language.Unknown {
			return sc
		}
	}
	return language.Latin
}

// scale converts font units × 64 of face f to a length at size.
func scale(v int64, f *fonts.Face, size Length) Length {
	return Length(v * int64(size) / (int64(f.UnitsPerEm) * 64))
}

// widthAt returns the width of s at size: its total advance, scaled
// once (so that widths scale linearly with the size; each glyph's
// Advance is scaled on its own and may differ by a unit of Length).
func (s *shapedText) widthAt(f *fonts.Face, size Length) Length {
	return scale(s.adv, f, size)
}

// prefixWidth returns the advance, at size, of the clusters of s that
// start before byte offset at (in either direction): the width a box
// ending at a break inside the text gets, so that the boxes of an
// unbroken word add up to its shaped width.
func (s *shapedText) prefixWidth(at int, f *fonts.Face, size Length) Length {
	var adv int64
	for _, g := range s.glyphs {
		if int(g.start) < at {
			adv += int64(g.adv)
		}
	}
	return scale(adv, f, size)
}

// hasForms reports whether face f has forms of feature feat (superior
// or inferior) for every character of text: shaping with the feature
// changes each glyph.
func (sh *shaper) hasForms(f *fonts.Face, text string, feat feature) bool {
	plain, forms := sh.shape(f, text, false, featNone), sh.shape(f, text, false, feat)
	if len(plain.glyphs) != len(forms.glyphs) || len(plain.glyphs) == 0 {
		return false
	}
	for i := range plain.glyphs {
		if plain.glyphs[i].id == forms.glyphs[i].id {
			return false
		}
	}
	return true
}

// boundary reports whether byte offset at of s starts a cluster: a break
// there does not cut a ligature.
func (s *shapedText) boundary(at int) bool {
	for _, g := range s.glyphs {
		if int(g.start) == at {
			return true
		}
	}
	return false
}

// kernLost returns how much wider the part of s (left to right) before
// byte offset at gets when it ends a line there: the negative kerning of
// its last glyph with the next, which the break drops (0 when none).
func (sh *shaper) kernLost(s *shapedText, at int, f *fonts.Face, size Length) Length {
	last := -1
	for i, g := range s.glyphs {
		if int(g.start) >= at {
			break
		}
		last = i
	}
	if last < 0 {
		return 0
	}
	g := s.glyphs[last]
	nominal := int64(sh.face(f).HorizontalAdvance(otfont.GID(g.id)) * 64)
	if lost := nominal - int64(g.adv); lost > 0 {
		return scale(lost, f, size)
	}
	return 0
}

// glyphs returns the glyphs of s at size, shared by every run that draws
// the same text in the same face and size: callers must not modify them.
func (sh *shaper) glyphs(s *shapedText, f *fonts.Face, size Length) []Glyph {
	k := sizedKey{s, size}
	if gs, ok := sh.sized[k]; ok {
		return gs
	}
	gs := make([]Glyph, len(s.glyphs))
	for i, g := range s.glyphs {
		gs[i] = Glyph{
			ID:      g.id,
			Advance: scale(int64(g.adv), f, size),
			XOffset: scale(int64(g.dx), f, size),
			YOffset: scale(int64(g.dy), f, size),
		}
		if g.first {
			gs[i].Text = s.text[g.start:g.end]
		}
	}
	sh.sized[k] = gs
	return gs
}

// cacheCost estimates the memory the shaping caches hold, in bytes: the
// shaped texts with their glyphs and strings, and the per-size glyph
// slices (map overhead counted roughly, 48 bytes an entry).
func (sh *shaper) cacheCost() (entries int, bytes int64) {
	for k, s := range sh.texts {
		bytes += int64(len(k.text)) + 48 + 64 + int64(len(s.glyphs))*24
	}
	for _, gs := range sh.sized {
		bytes += 48 + int64(len(gs))*48
	}
	return len(sh.texts) + len(sh.sized), bytes
}

// shapePage gives glyphs to the runs that were not set as lines of a
// paragraph (folios, running heads, list markers, code, note numbers):
// left-to-right text in one face.
func (ts *typesetter) shapePage(pg *Page) {
	for i := range pg.Texts {
		t := &pg.Texts[i]
		if t.Glyphs != nil || t.Text == "" {
			continue
		}
		if t.Font == nil {
			t.Font = ts.m.face(t.Face)
		}
		t.Glyphs = ts.sh.glyphs(ts.sh.shape(t.Font, t.Text, false, featNone), t.Font, t.Size)
	}
	pg.Texts, pg.Images = ts.pictureRuns(pg.Texts, pg.Images)
}

// breakContext is how many characters on each side of a break
// breakEffect shapes: Arabic joining and ligatures reach one letter
// across a break, the rest is room for combining marks (which joining
// skips over).
const breakContext = 8

// breakEffect returns how much wider, at size, the two parts of text
// (one face, one direction) get when a line breaks at byte offset at:
// pre for the part before the break, which then ends a line, post for
// the part after, which starts the next. Arabic letters take their final
// and initial (or isolated) forms there instead of the joined ones. Each
// part is shaped on its own with the breakContext characters next to
// the break, and compared with the same characters shaped across it.
// The texts are shaped without the cache: most are never seen again.
func (sh *shaper) breakEffect(f *fonts.Face, text string, at int, rtl bool, size Length) (pre, post Length) {
	lo, hi := at, at
	for i := 0; i < breakContext && lo > 0; i++ {
		_, n := utf8.DecodeLastRuneInString(text[:lo])
		lo -= n
	}
	for i := 0; i < breakContext && hi < len(text); i++ {
		_, n := utf8.DecodeRuneInString(text[hi:])
		hi += n
	}
	joined := sh.shapeNew(f, text[lo:hi], rtl, featNone)
	var before int64 // advance of the clusters before the break, joined
	for _, g := range joined.glyphs {
		if int(g.start) < at-lo {
			before += int64(g.adv)
		}
	}
	left := sh.shapeNew(f, text[lo:at], rtl, featNone).adv
	right := sh.shapeNew(f, text[at:hi], rtl, featNone).adv
	return scale(left-before, f, size), scale(right-(joined.adv-before), f, size)
}
