package fpdf

import (
	"bytes"
)

// This file (offprint patch) lets a program add to a page after it has
// ended, which a document streamed page by page needs for what only its
// end decides: links to later pages and "n / N" folios.

// OnPage runs fn with page n (1-based, already added) as the current page
// for annotations: the links fn adds (Link, LinkString, SetLinkContents,
// PageLinkCount) go to page n. fn must not draw.
func (f *Fpdf) OnPage(n int, fn func()) {
	if f.err != nil || n < 1 || n > f.page {
		return
	}
	saved := f.page
	f.page = n
	fn()
	f.page = saved
}

// AppendToPage runs fn to draw more content at the end of page n
// (1-based, already added), even once the page has ended and, with
// SetStreamPages, been compressed (it is then decompressed, added to and
// compressed again). Text state that fpdf remembers from page to page is
// set again on page n as needed.
func (f *Fpdf) AppendToPage(n int, fn func()) {
	if f.err != nil || n < 1 || n > f.page {
		return
	}
	if n == f.page && f.state == 2 {
		fn() // the page being drawn: straight on
		return
	}
	if n < len(f.pagesZ) && f.pagesZ[n] != nil {
		mem, err := xmem.uncompress(f.pagesZ[n])
		if err != nil {
			f.err = err
			return
		}
		f.pages[n] = bytes.NewBuffer(append([]byte(nil), mem.bytes()...))
		mem.release()
		f.pagesZ[n] = nil
	}
	savedPage, savedState := f.page, f.state
	var savedTzPage int
	var savedTz float64
	if f.glyph != nil {
		savedTzPage, savedTz = f.glyph.tzPage, f.glyph.tz
		f.glyph.tzPage, f.glyph.tz = n, -1 // unknown: the next run sets it
	}
	f.page, f.state = n, 2
	fn()
	f.page, f.state = savedPage, savedState
	if f.glyph != nil {
		f.glyph.tzPage, f.glyph.tz = savedTzPage, savedTz
	}
	if f.streamPages && f.compress {
		mem := xmem.compress(f.pages[n].Bytes())
		f.pagesZ[n] = append([]byte(nil), mem.bytes()...)
		mem.release()
		f.pages[n] = new(bytes.Buffer)
	}
}
