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

// AppendToPage runs fn to draw more content on page n (1-based, already
// added), after what the page has. On the page being drawn it simply
// draws; on a page that has ended the content goes into a second content
// stream of that page (its /Contents become an array), so that a page
// kept compressed (SetStreamPages) is not opened again. Text state that
// fpdf remembers from page to page is set again as needed.
func (f *Fpdf) AppendToPage(n int, fn func()) {
	if f.err != nil || n < 1 || n > f.page {
		return
	}
	if n == f.page && f.state == 2 {
		fn() // the page being drawn: straight on
		return
	}
	if f.pagesMore == nil {
		f.pagesMore = map[int][]byte{}
	}
	savedPage, savedState, savedBuf := f.page, f.state, f.pages[n]
	var savedTzPage int
	var savedTz float64
	if f.glyph != nil {
		savedTzPage, savedTz = f.glyph.tzPage, f.glyph.tz
		f.glyph.tzPage, f.glyph.tz = n, -1 // unknown: the next run sets it
	}
	f.pages[n] = bytes.NewBuffer(f.pagesMore[n])
	f.page, f.state = n, 2
	fn()
	f.pagesMore[n] = f.pages[n].Bytes()
	f.pages[n] = savedBuf
	f.page, f.state = savedPage, savedState
	if f.glyph != nil {
		f.glyph.tzPage, f.glyph.tz = savedTzPage, savedTz
	}
}

// moreObjects numbers the second content streams of the pages that have
// one (AppendToPage): after the objects putpages writes for the pages
// and, in a tagged document, their link annotations.
func (f *Fpdf) moreObjects(nb int) map[int]int {
	if len(f.pagesMore) == 0 {
		return nil
	}
	next := f.n + 2*nb + 1
	if f.structTree != nil {
		for p := 1; p <= nb; p++ {
			next += len(f.pageLinks[p])
		}
	}
	objs := map[int]int{}
	for p := 1; p <= nb; p++ {
		if _, ok := f.pagesMore[p]; ok {
			objs[p] = next
			next++
		}
	}
	return objs
}

// putMoreContents writes the second content streams numbered by
// moreObjects.
func (f *Fpdf) putMoreContents(objs map[int]int) {
	for p := 1; p <= f.page; p++ {
		obj, ok := objs[p]
		if !ok {
			continue
		}
		f.newobj()
		if f.n != obj {
			f.SetErrorf("fpdf: second content stream of page %d is object %d, expected %d", p, f.n, obj)
			return
		}
		data := f.pagesMore[p]
		if f.compress {
			mem := xmem.compress(data)
			z := mem.bytes()
			f.outf("<</Filter /FlateDecode /Length %d>>", len(z))
			f.putstream(z)
			mem.release()
		} else {
			f.outf("<</Length %d>>", len(data))
			f.putstream(data)
		}
		f.out("endobj")
		delete(f.pagesMore, p)
	}
}
