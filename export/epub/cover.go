package epub

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/go-text/typesetting/segmenter"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/language"
	"github.com/offprint/offprint/fonts"
)

// The generated cover: a 2:3 grey-scale page (sharp on e-ink, small as a
// PNG) with the publisher in a black band, the headline as large as fits,
// a short rule, the authors and the date.
const (
	coverW, coverH = 1200, 1800
	coverMargin    = 100
	coverMaxPx     = 2560 // longest side of a user's cover
	bandH          = 260
	titleTop       = bandH + 150
	titleBottom    = 1250
	titleMaxPx     = 150.0
	titleMinPx     = 44.0
)

// prepareCover sets b.cover: the user's image (transcoded or scaled as
// needed), a drawn cover, or none with Options.NoCover.
func (b *builder) prepareCover() error {
	if b.opts.NoCover {
		return nil
	}
	if b.opts.Cover != nil {
		im, err := prepareImage(b.opts.Cover, "cover", coverMaxPx)
		if err == nil && im.mediaType == mediaTypeOf[fmtSVG] {
			err = fmt.Errorf("SVG is not supported for covers")
		}
		if err != nil {
			return fmt.Errorf("epub: cover image: %w (use a JPEG, PNG, GIF or WebP image)", err)
		}
		im.alt, im.altKnown = "Cover of "+label(b.meta.Title, "the book"), true
		b.cover = im
		return nil
	}
	if f, err := coverFontFor(fonts.Bold, b.meta.Title, b.lang, b.opts.Fallback); err == nil && f == nil {
		b.warn(noCoverWarning)
		return nil
	}
	im, err := drawCover(b.meta, b.lang, b.opts.Fallback, b.warn)
	if err != nil {
		return fmt.Errorf("epub: draw the cover: %w", err)
	}
	b.cover = im
	return nil
}

// noCoverWarning is what Write says when it cannot draw the cover.
const noCoverWarning = "no cover: no font at hand draws this title's script; give one with --cover"

// coverFontFor returns the face that draws text on the cover: the
// embedded face of style when it draws all of it; else, when text holds
// Chinese, Japanese or Korean the embedded face lacks, the face sys finds
// on the machine for its first such character, if that face leaves out
// fewer of text's characters and draws most of it; else the embedded
// face when it draws most of text (drawsMost); nil when none does.
// Scripts that need shaping (Arabic, the Indic scripts) or reordering
// (Hebrew) get no face from the machine: the cover draws characters one
// by one, left to right. A nil sys finds none.
func coverFontFor(style fonts.Style, text, lang string, sys *fonts.System) (*coverFont, error) {
	f, err := loadCoverFont(style)
	if err != nil {
		return nil, err
	}
	lacks := f.lacks(text)
	if lacks == 0 {
		return f, nil
	}
	if mf := machineFontFor(f, style, text, lang, sys); mf != nil && mf.lacks(text) < lacks && drawsMost(mf, text) {
		return mf, nil
	}
	if drawsMost(f, text) {
		return f, nil
	}
	return nil, nil
}

// machineFontFor returns the face sys finds for the first Chinese,
// Japanese or Korean character of text that f lacks, or nil.
func machineFontFor(f *coverFont, style fonts.Style, text, lang string, sys *fonts.System) *coverFont {
	if sys == nil {
		return nil
	}
	for _, r := range text {
		if !language.IsCJK(r) || f.has(r) {
			continue
		}
		face := sys.Lookup(r, style, lang)
		if face == nil {
			return nil
		}
		mf, err := loadMachineFont(face)
		if err != nil {
			return nil // a damaged font on the machine: as without one
		}
		return mf
	}
	return nil
}

// lacks counts the visible characters of text that f cannot draw.
func (f *coverFont) lacks(text string) int {
	n := 0
	for _, r := range text {
		if unicode.IsGraphic(r) && !unicode.IsSpace(r) && !f.has(r) {
			n++
		}
	}
	return n
}

// drawsMost reports whether f draws most of text: more than half of its
// letters and digits (of its other visible characters when it has none).
// A cover whose title the font cannot draw would show an empty page
// under the publisher's band. An empty text is drawable (the cover says
// "Untitled").
func drawsMost(f *coverFont, text string) bool {
	count := func(keep func(rune) bool) (all, missing int) {
		for _, r := range text {
			if keep(r) {
				all++
				if !f.has(r) {
					missing++
				}
			}
		}
		return all, missing
	}
	all, missing := count(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	if all == 0 {
		all, missing = count(func(r rune) bool { return unicode.IsGraphic(r) && !unicode.IsSpace(r) })
	}
	return all == 0 || 2*missing < all
}

// drawCover renders the cover from the metadata with the embedded fonts:
// the headline as large as fits its box, then a short rule and the
// authors, the whole group placed a little above the middle of the space
// between the band and the date.
func drawCover(m content.Meta, lang string, sys *fonts.System, warn func(string)) (*asset, error) {
	c, err := drawCanvas(m, lang, sys, warn)
	if err != nil {
		return nil, err
	}
	data, err := encodeGray4(c.w, c.rows)
	if err != nil {
		return nil, err
	}
	l := words(lang)
	alt := l.cover + ": " + label(m.Title, "Untitled")
	if by := byline(m.Authors, lang); by != "" {
		alt += ", " + strings.Replace(by, l.by+" ", strings.ToLower(l.by)+" ", 1)
	}
	return &asset{name: "cover.png", mediaType: "image/png", data: data, width: coverW, height: coverH, alt: alt, altKnown: true}, nil
}

// drawCanvas draws the cover's pixels, finding faces for what the
// embedded fonts cannot draw in sys (coverFontFor).
func drawCanvas(m content.Meta, lang string, sys *fonts.System, warn func(string)) (*canvas, error) {
	c := newCanvas(coverW, coverH, warn)
	c.lang, c.sys = lang, sys
	width := coverW - 2*coverMargin
	pub := strings.ToUpper(strings.TrimSpace(m.Publisher))
	if pub == "" {
		c.fill(image.Rect(0, 0, coverW, bandH/6), 0) // a thin rule, not an empty band
	} else {
		c.fill(image.Rect(0, 0, coverW, bandH), 0)
		face, lines, err := c.fit(fonts.Bold, pub, width, 110, 64, 36, 1)
		if err != nil {
			return nil, err
		}
		c.lines(face, lines, coverMargin, bandH/2+face.Metrics().CapHeight.Round()/2, 0, color.Gray{Y: 0xff})
	}
	title, titleLines, err := c.fit(fonts.Bold, label(m.Title, "Untitled"), width, titleBottom-titleTop, titleMaxPx, titleMinPx, 0)
	if err != nil {
		return nil, err
	}
	var by font.Face
	var byLines []string
	if names := strings.Join(authorNames(m.Authors), ", "); names != "" {
		if by, byLines, err = c.fit(fonts.Italic, names, width, 3*70, 56, 36, 3); err != nil {
			return nil, err
		}
	}
	const gap, rule = 70, 8
	block := blockHeight(title, titleLines) + gap + rule
	if by != nil {
		block += gap + blockHeight(by, byLines)
	}
	space := coverH - coverMargin - 80 - titleTop
	y := titleTop + max(0, space-block)*2/5
	y = c.lines(title, titleLines, coverMargin, y+title.Metrics().Ascent.Round(), lineHeight(title), color.Gray{Y: 0x10})
	y += title.Metrics().Descent.Round() + gap
	c.fill(image.Rect(coverMargin, y, coverMargin+160, y+rule), 0)
	if by != nil {
		c.lines(by, byLines, coverMargin, y+rule+gap+by.Metrics().Ascent.Round(), lineHeight(by), color.Gray{Y: 0x20})
	}
	if !m.Date.IsZero() {
		face, lines, err := c.fit(fonts.Regular, formatDate(m, lang), width, 60, 44, 44, 1)
		if err != nil {
			return nil, err
		}
		c.lines(face, lines, coverMargin, coverH-coverMargin, 0, color.Gray{Y: 0x30})
	}
	return c, nil
}

// blockHeight is the height of lines set in face, from the top of the
// first line to the bottom of the last.
func blockHeight(face font.Face, lines []string) int {
	m := face.Metrics()
	return (len(lines)-1)*lineHeight(face) + m.Ascent.Round() + m.Descent.Round()
}

// canvas is the cover being drawn: rows of grey pixels, w wide. Most of
// a cover is rows of one grey level across the whole width (margins, the
// band, the space between lines): those share one slice per level, and a
// row gets its own pixels only when something is drawn on part of it, so
// that the blank rows are neither filled nor compared pixel by pixel.
type canvas struct {
	w, h  int
	rows  [][]byte
	own   []bool           // rows[y] belongs to that row alone
	plain map[uint8][]byte // the shared rows, by grey level
	slab  []byte           // pixels for rows not yet given their own
	warn  func(string)
	lang  string        // the document's language, for regional forms of Han characters
	sys   *fonts.System // where fit finds faces the embedded fonts lack; nil: none
}

// newCanvas returns a white canvas of w × h pixels.
func newCanvas(w, h int, warn func(string)) *canvas {
	c := &canvas{w: w, h: h, rows: make([][]byte, h), own: make([]bool, h), plain: map[uint8][]byte{}, warn: warn}
	c.fill(c.bounds(), 0xff)
	return c
}

func (c *canvas) bounds() image.Rectangle { return image.Rect(0, 0, c.w, c.h) }

// row returns row y's own pixels, copying the shared row it had.
func (c *canvas) row(y int) []byte {
	if !c.own[y] {
		if len(c.slab) < c.w {
			c.slab = make([]byte, 64*c.w)
		}
		r := c.slab[:c.w:c.w]
		c.slab = c.slab[c.w:]
		copy(r, c.rows[y])
		c.rows[y], c.own[y] = r, true
	}
	return c.rows[y]
}

// fit returns the largest face of style, between maxPx and minPx, at which
// text wrapped to width fits in height (and in maxLines lines when
// maxLines > 0) with every word whole, and the wrapped lines. At the
// smallest size a word wider than the line is broken, and lines that do
// not fit are cut, the last one ending with an ellipsis.
func (c *canvas) fit(style fonts.Style, text string, width, height int, maxPx, minPx float64, maxLines int) (font.Face, []string, error) {
	f, err := coverFontFor(style, text, c.lang, c.sys)
	if err == nil && f == nil {
		f, err = loadCoverFont(style) // drawable leaves out what it cannot draw
	}
	if err != nil {
		return nil, nil, err
	}
	text = c.drawable(f, text)
	for size := maxPx; ; size *= 0.92 {
		size = max(size, minPx)
		face, err := opentype.NewFace(f.sf, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
		if err != nil {
			return nil, nil, err
		}
		if size > minPx && !wordsFit(face, text, width) {
			continue // smaller, rather than a word broken between letters ("Internationali|zation")
		}
		lines := wrap(face, text, width)
		fitN := max(1, height/lineHeight(face))
		if maxLines > 0 {
			fitN = min(fitN, maxLines)
		}
		if len(lines) <= fitN {
			return face, lines, nil
		}
		if size == minPx {
			lines = lines[:fitN]
			lines[fitN-1] = ellipsize(face, lines[fitN-1], width)
			return face, lines, nil
		}
	}
}

// drawable drops the characters the face lacks (with a warning) rather
// than drawing empty boxes.
func (c *canvas) drawable(f *coverFont, text string) string {
	var missing []rune
	for _, r := range text {
		if r >= ' ' && !f.has(r) && !slices.Contains(missing, r) {
			missing = append(missing, r)
		}
	}
	if len(missing) == 0 {
		return text
	}
	if c.warn != nil {
		c.warn(fmt.Sprintf("cover: the cover's font has no glyph for %q; left out of the cover", string(missing)))
	}
	return strings.Map(func(r rune) rune {
		if r >= ' ' && !f.has(r) {
			return -1
		}
		return r
	}, text)
}

// coverFont is an embedded face parsed with x/image's sfnt, which reads
// glyphs when they are asked for: the cover needs a few dozen, and an
// EPUB-only export then never parses a whole font with go-text as the
// PDF's shaper does (fonts.Get).
type coverFont struct {
	sf  *opentype.Font
	buf sfnt.Buffer
}

// machineFonts holds the faces found on the machine, parsed once each.
var machineFonts struct {
	sync.Mutex
	byFace map[*fonts.Face]*opentype.Font
}

// loadMachineFont parses face, a font of the machine (of a collection
// too), for the cover.
func loadMachineFont(face *fonts.Face) (*coverFont, error) {
	machineFonts.Lock()
	defer machineFonts.Unlock()
	if sf, ok := machineFonts.byFace[face]; ok {
		return &coverFont{sf: sf}, nil // a Buffer of its own: sfnt's Font is shared, its Buffer not
	}
	col, err := opentype.ParseCollection(face.Data)
	if err != nil {
		return nil, err
	}
	sf, err := col.Font(face.Index)
	if err != nil {
		return nil, err
	}
	if machineFonts.byFace == nil {
		machineFonts.byFace = map[*fonts.Face]*opentype.Font{}
	}
	machineFonts.byFace[face] = sf
	return &coverFont{sf: sf}, nil
}

func loadCoverFont(s fonts.Style) (*coverFont, error) {
	data, err := fonts.Data(s)
	if err != nil {
		return nil, err
	}
	sf, err := opentype.Parse(data)
	if err != nil {
		return nil, err
	}
	return &coverFont{sf: sf}, nil
}

// has reports whether the face has a glyph for r.
func (f *coverFont) has(r rune) bool {
	i, err := f.sf.GlyphIndex(&f.buf, r)
	return err == nil && i != 0
}

// lines draws lines from baseline y, lead pixels apart, and returns the
// last baseline.
func (c *canvas) lines(face font.Face, lines []string, x, y, lead int, ink color.Gray) int {
	for i, l := range lines {
		if i > 0 {
			y += lead
		}
		c.text(face, l, fixed.P(x, y), ink.Y)
	}
	return y
}

// text draws s with its baseline starting at dot, blending each glyph's
// coverage into the grey pixels (what font.Drawer does, without the
// generic, slow, colour-model path that *image.Gray takes in image/draw).
func (c *canvas) text(face font.Face, s string, dot fixed.Point26_6, ink uint8) {
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			dot.X += face.Kern(prev, r)
		}
		dr, mask, mp, adv, ok := face.Glyph(dot, r)
		if ok {
			c.blend(dr, mask, mp, ink)
		}
		dot.X += adv
		prev = r
	}
}

func (c *canvas) blend(dr image.Rectangle, mask image.Image, mp image.Point, ink uint8) {
	clip := dr.Intersect(c.bounds())
	if clip.Empty() {
		return
	}
	alpha, ok := mask.(*image.Alpha)
	if !ok {
		alpha = image.NewAlpha(image.Rect(0, 0, clip.Dx(), clip.Dy()))
		draw.Draw(alpha, alpha.Rect, mask, mp.Add(clip.Min.Sub(dr.Min)), draw.Src)
		mp, dr = image.Point{}, clip
	}
	for y := clip.Min.Y; y < clip.Max.Y; y++ {
		mx, my := mp.X+clip.Min.X-dr.Min.X, mp.Y+y-dr.Min.Y
		i := alpha.PixOffset(mx, my)
		cover := alpha.Pix[i : i+clip.Dx()]
		var row []byte // taken when the glyph covers a pixel of it
		for k, a8 := range cover {
			if a8 == 0 {
				continue
			}
			if row == nil {
				row = c.row(y)[clip.Min.X:clip.Max.X]
			}
			a := uint32(a8) * 0x101
			row[k] = uint8((uint32(row[k])*(0xffff-a) + uint32(ink)*a) / 0xffff)
		}
	}
}

// fill paints r in grey level v.
func (c *canvas) fill(r image.Rectangle, v uint8) {
	r = r.Intersect(c.bounds())
	if r.Empty() {
		return
	}
	if r.Min.X == 0 && r.Max.X == c.w {
		plain, ok := c.plain[v]
		if !ok {
			plain = bytes.Repeat([]byte{v}, c.w)
			c.plain[v] = plain
		}
		for y := r.Min.Y; y < r.Max.Y; y++ {
			c.rows[y], c.own[y] = plain, false
		}
		return
	}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := c.row(y)[r.Min.X:r.Max.X]
		for i := range row {
			row[i] = v
		}
	}
}

func lineHeight(face font.Face) int {
	m := face.Metrics()
	return (m.Ascent + m.Descent).Round() * 105 / 100
}

// wrap breaks text into lines no wider than width, greedily, between
// its units (breakUnits); a unit wider than a line is broken between
// characters.
func wrap(face font.Face, text string, width int) []string {
	limit := fixed.I(width)
	space := font.MeasureString(face, " ")
	var lines []string
	line, lineW := "", fixed.Int26_6(0)
	for _, u := range breakUnits(text) {
		word, ww := u.text, font.MeasureString(face, u.text)
		for ww > limit {
			head, rest := splitWord(face, word, limit)
			if line != "" {
				lines = append(lines, line)
			}
			lines = append(lines, head)
			line, lineW = "", 0
			word, ww = rest, font.MeasureString(face, rest)
		}
		sep, sepW := "", fixed.Int26_6(0)
		if u.space {
			sep, sepW = " ", space
		}
		switch {
		case line == "":
			line, lineW = word, ww
		case lineW+sepW+ww <= limit:
			line, lineW = line+sep+word, lineW+sepW+ww
		default:
			lines = append(lines, line)
			line, lineW = word, ww
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// wordsFit reports whether every unit of text (breakUnits) is at most
// width wide.
func wordsFit(face font.Face, text string, width int) bool {
	for _, u := range breakUnits(text) {
		if measure(face, u.text) > width {
			return false
		}
	}
	return true
}

// unit is a piece of text the cover's lines break between: a word, or,
// in a word of Chinese, Japanese or Korean, the run between two of UAX
// #14's break opportunities (a character, with the punctuation that may
// not start or end a line).
type unit struct {
	text  string
	space bool // a space stands before it
}

// breakUnits splits text into units: its words, and the words with
// ideographs, kana or hangul at their line break opportunities.
func breakUnits(text string) []unit {
	var seg segmenter.Segmenter
	var out []unit
	for _, w := range strings.Fields(text) {
		if !strings.ContainsFunc(w, language.IsCJK) || seg.InitWithString(w) != nil {
			out = append(out, unit{w, true})
			continue
		}
		it, start := seg.LineIterator(), 0
		for it.Next() {
			l := it.Line()
			end := l.OffsetInBytes + l.LengthInBytes
			if end > start && end <= len(w) {
				out = append(out, unit{w[start:end], start == 0})
				start = end
			}
		}
		if start < len(w) {
			out = append(out, unit{w[start:], start == 0})
		}
	}
	return out
}

// splitWord returns the longest head of word (at least one character) no
// wider than limit, and the rest.
func splitWord(face font.Face, word string, limit fixed.Int26_6) (string, string) {
	end := 0
	for i, r := range word {
		next := i + len(string(r))
		if end > 0 && font.MeasureString(face, word[:next]) > limit {
			break
		}
		end = next
	}
	return word[:end], word[end:]
}

// ellipsize shortens line until it fits width with "…" appended.
func ellipsize(face font.Face, line string, width int) string {
	limit := fixed.I(width)
	for line != "" && font.MeasureString(face, line+"…") > limit {
		r := []rune(line)
		line = strings.TrimSpace(string(r[:len(r)-1]))
	}
	return line + "…"
}

// measure returns the width of s in whole pixels.
func measure(face font.Face, s string) int {
	return font.MeasureString(face, s).Ceil()
}
