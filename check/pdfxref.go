package check

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"

	"github.com/offprint/offprint/internal/lazyre"
)

// Limits on the work done for one PDF.
const (
	maxPDFSize      = 512 << 20 // bytes read
	maxStreamSize   = 64 << 20  // bytes one stream may decode to
	maxDecodedTotal = 256 << 20 // bytes all streams may decode to
	maxXrefSections = 256       // cross-reference sections followed via /Prev
	maxLookups      = 1 << 20   // object look-ups
)

// xrefEntry locates an object: at an offset, or inside an object stream
// (found there by its number, so the table's index in the stream is not
// kept).
type xrefEntry struct {
	offset int64 // for objects stored directly
	stream int64 // object stream number, or 0
}

// pdfFile is a parsed PDF: its data, cross-reference table and trailer.
type pdfFile struct {
	data      []byte
	ends      []int // offsets of every "endstream"
	xref      map[int64]xrefEntry
	trailer   pdfDict
	cache     map[int64]any
	objStms   map[int64]map[int64]any // decoded object streams
	loading   map[int64]bool          // object streams being decoded
	lookups   int
	decoded   int64           // bytes decoded from streams
	scanned   int64           // bytes scanned by the lexer
	exhausted bool            // the parsing budget ran out
	found     map[int64]int64 // object headers found by scanning, or nil
	misplaced int             // objects not at their xref offset
}

// openPDF reads the cross-reference data; when it is broken it reports a
// problem and rebuilds the table by scanning the file for objects.
func openPDF(data []byte, ps *problems) *pdfFile {
	f := &pdfFile{data: data, ends: endstreams(data), xref: make(map[int64]xrefEntry), cache: make(map[int64]any),
		objStms: make(map[int64]map[int64]any), loading: make(map[int64]bool)}
	if err := f.readXref(); err != nil {
		ps.add("pdf-xref", "cross-reference data is broken (%v); the file was scanned instead", err)
		f.xref = make(map[int64]xrefEntry)
		f.trailer = nil
		f.scan()
	}
	return f
}

// startxrefRE finds the startxref offset.
var startxrefRE = lazyre.New(`startxref\s+(\d+)`)

// readXref follows startxref and the /Prev chain.
func (f *pdfFile) readXref() error {
	tail := f.data[max(0, len(f.data)-4096):]
	ms := startxrefRE.FindAllSubmatch(tail, -1)
	if ms == nil {
		return fmt.Errorf("no startxref")
	}
	off, err := strconv.ParseInt(string(ms[len(ms)-1][1]), 10, 64)
	if err != nil {
		return fmt.Errorf("bad startxref: %w", err)
	}
	seen := make(map[int64]bool)
	for i := 0; ; i++ {
		if seen[off] || i >= maxXrefSections {
			return fmt.Errorf("cyclic /Prev chain at offset %d", off)
		}
		seen[off] = true
		trailer, err := f.readSection(off)
		if err != nil {
			return err
		}
		if f.trailer == nil {
			f.trailer = trailer
		}
		if xs, ok := trailer["XRefStm"].(int64); ok && !seen[xs] {
			seen[xs] = true
			if _, err := f.readSection(xs); err != nil {
				return err
			}
		}
		prev, ok := trailer["Prev"].(int64)
		if !ok {
			break
		}
		off = prev
	}
	if _, ok := f.trailer["Root"]; !ok {
		return fmt.Errorf("trailer has no /Root")
	}
	return nil
}

// readSection reads an xref table and its trailer, or an xref stream, at
// off. Entries already known (from newer sections) are kept.
func (f *pdfFile) readSection(off int64) (pdfDict, error) {
	if off < 0 || off >= int64(len(f.data)) {
		return nil, fmt.Errorf("xref offset %d out of range", off)
	}
	l := &pdfLexer{data: f.data, pos: int(off)}
	l.skipSpace()
	if bytes.HasPrefix(f.data[l.pos:], []byte("xref")) {
		l.pos += 4
		return f.readTable(l)
	}
	_, v, err := f.objectAt(off)
	if err != nil {
		return nil, fmt.Errorf("xref at %d: %w", off, err)
	}
	s, ok := v.(*pdfStream)
	if !ok || s.dict["Type"] != pdfName("XRef") {
		return nil, fmt.Errorf("no xref table or stream at offset %d", off)
	}
	return s.dict, f.readXrefStream(s)
}

// readTable reads the subsections of a classic xref table and its trailer.
func (f *pdfFile) readTable(l *pdfLexer) (pdfDict, error) {
	for {
		l.skipSpace()
		kw := l.keyword()
		if kw == "trailer" {
			v, err := l.object(0)
			d, ok := v.(pdfDict)
			if err != nil || !ok {
				return nil, fmt.Errorf("bad trailer")
			}
			return d, nil
		}
		start, err1 := strconv.ParseInt(kw, 10, 64)
		l.skipSpace()
		count, err2 := strconv.ParseInt(l.keyword(), 10, 64)
		if err1 != nil || err2 != nil || start < 0 || count < 0 || count > int64(len(f.data)/18) {
			return nil, fmt.Errorf("bad xref subsection %q", truncate(kw, 20))
		}
		for i := int64(0); i < count; i++ {
			l.skipSpace()
			o, e1 := strconv.ParseInt(l.keyword(), 10, 64)
			l.skipSpace()
			_, e2 := strconv.ParseInt(l.keyword(), 10, 64)
			l.skipSpace()
			typ := l.keyword()
			if e1 != nil || e2 != nil || (typ != "n" && typ != "f") {
				return nil, fmt.Errorf("bad xref entry for object %d", start+i)
			}
			if _, known := f.xref[start+i]; !known && typ == "n" {
				f.xref[start+i] = xrefEntry{offset: o}
			}
		}
	}
}

// readXrefStream decodes the entries of a cross-reference stream.
func (f *pdfFile) readXrefStream(s *pdfStream) error {
	data, err := f.decode(s)
	if err != nil {
		return fmt.Errorf("xref stream: %w", err)
	}
	w, ok := ints(s.dict["W"])
	if !ok || len(w) != 3 || w[0] < 0 || w[1] < 0 || w[2] < 0 || w[0] > 8 || w[1] > 8 || w[2] > 8 {
		return fmt.Errorf("xref stream: bad /W")
	}
	index, ok := ints(s.dict["Index"])
	if !ok {
		size, _ := s.dict["Size"].(int64)
		index = []int64{0, size}
	}
	rowLen := int(w[0] + w[1] + w[2])
	if rowLen == 0 || len(index)%2 != 0 {
		return fmt.Errorf("xref stream: bad /W or /Index")
	}
	for i := 0; i+1 < len(index); i += 2 {
		for n := int64(0); n < index[i+1]; n++ {
			if len(data) < rowLen {
				return nil // short stream: keep what was read
			}
			row := data[:rowLen]
			data = data[rowLen:]
			typ := int64(1)
			if w[0] > 0 {
				typ = field(row[:w[0]])
			}
			a := field(row[w[0] : w[0]+w[1]]) // offset, or object stream number
			num := index[i] + n
			if _, known := f.xref[num]; known {
				continue
			}
			switch typ {
			case 1:
				f.xref[num] = xrefEntry{offset: a}
			case 2:
				f.xref[num] = xrefEntry{stream: a}
			}
		}
	}
	return nil
}

// field decodes a big-endian unsigned field.
func field(b []byte) int64 {
	var v int64
	for _, c := range b {
		v = v<<8 | int64(c)
	}
	return v
}

// ints converts an array of integers.
func ints(v any) ([]int64, bool) {
	a, ok := v.(pdfArray)
	if !ok {
		return nil, false
	}
	out := make([]int64, 0, len(a))
	for _, x := range a {
		i, ok := x.(int64)
		if !ok {
			return nil, false
		}
		out = append(out, i)
	}
	return out, true
}

// scan rebuilds the cross-reference table from object headers (later
// definitions win) and finds a trailer or a catalog.
func (f *pdfFile) scan() {
	for num, off := range f.headers() {
		f.xref[num] = xrefEntry{offset: off}
	}
	if i := bytes.LastIndex(f.data, []byte("trailer")); i >= 0 {
		l := &pdfLexer{data: f.data, pos: i + len("trailer")}
		if v, err := l.object(0); err == nil {
			if d, ok := v.(pdfDict); ok && d["Root"] != nil {
				f.trailer = d
				return
			}
		}
	}
	// No trailer: use the dictionary of the cross-reference stream that
	// comes last in the file, else the catalog with the highest number.
	f.trailer = pdfDict{}
	var xrefDict pdfDict
	bestOff := int64(-1)
	for _, num := range slices.Sorted(maps.Keys(f.xref)) {
		switch v := f.resolve(pdfRef{num: num}).(type) {
		case *pdfStream:
			if off := f.xref[num].offset; v.dict["Type"] == pdfName("XRef") && v.dict["Root"] != nil && off > bestOff {
				xrefDict, bestOff = v.dict, off
			}
		case pdfDict:
			if v["Type"] == pdfName("Catalog") {
				f.trailer["Root"] = pdfRef{num: num}
			}
		}
	}
	if xrefDict != nil {
		f.trailer = xrefDict
	}
}

// headers returns the offset of every "n g obj" header in the file (the
// last one for each number), scanning the file on first use.
func (f *pdfFile) headers() map[int64]int64 {
	if f.found != nil {
		return f.found
	}
	f.found = make(map[int64]int64)
	for off := 0; ; {
		i := bytes.Index(f.data[off:], []byte("obj"))
		if i < 0 {
			return f.found
		}
		off += i + 3
		if num, start, ok := objHeader(f.data, off-3); ok {
			f.found[num] = int64(start)
		}
	}
}

// objHeader reports whether the "obj" keyword at i ends an "n g obj"
// header, returning the object number and the header's offset.
func objHeader(data []byte, i int) (num int64, start int, ok bool) {
	if i+3 < len(data) && !isPDFSpace(data[i+3]) && !isPDFDelim(data[i+3]) {
		return 0, 0, false // "objx", not the keyword
	}
	genStart, genEnd := digitsBefore(data, i)
	if genStart == genEnd || genEnd == i {
		return 0, 0, false
	}
	numStart, numEnd := digitsBefore(data, genStart)
	if numStart == numEnd || numEnd == genStart {
		return 0, 0, false
	}
	if numStart > 0 && !isPDFSpace(data[numStart-1]) && !isPDFDelim(data[numStart-1]) {
		return 0, 0, false
	}
	n, err := strconv.ParseInt(string(data[numStart:numEnd]), 10, 64)
	return n, numStart, err == nil
}

// digitsBefore skips white space backwards from i, then up to 10 digits,
// and returns the span of those digits.
func digitsBefore(data []byte, i int) (start, end int) {
	end = i
	for end > 0 && isPDFSpace(data[end-1]) {
		end--
	}
	start = end
	for start > 0 && end-start < 10 && data[start-1] >= '0' && data[start-1] <= '9' {
		start--
	}
	return start, end
}

// resolve follows a reference (once: a reference to a reference is treated
// as null, which also ends cycles). Other values are returned as they are.
func (f *pdfFile) resolve(v any) any {
	r, ok := v.(pdfRef)
	if !ok {
		return v
	}
	if v, ok := f.cache[r.num]; ok {
		return v
	}
	f.lookups++
	if f.lookups > maxLookups {
		return nil
	}
	v = f.load(r.num)
	if _, isRef := v.(pdfRef); isRef {
		v = nil
	}
	f.cache[r.num] = v
	return v
}

// load reads object num from its place in the file, or nil.
func (f *pdfFile) load(num int64) any {
	e, ok := f.xref[num]
	if !ok {
		return nil
	}
	if e.stream == 0 {
		n, v, err := f.objectAt(e.offset)
		if err == nil && n == num {
			return v
		}
		// The table is wrong about this object: look where it really is.
		f.misplaced++
		off, found := f.headers()[num]
		if !found || off == e.offset {
			return nil
		}
		if n, v, err = f.objectAt(off); err != nil || n != num {
			return nil
		}
		return v
	}
	objs := f.objectStream(e.stream)
	return objs[num]
}

// objectStream decodes the object stream num and returns its objects.
func (f *pdfFile) objectStream(num int64) map[int64]any {
	if objs, ok := f.objStms[num]; ok || f.loading[num] {
		return objs
	}
	f.loading[num] = true
	defer delete(f.loading, num)
	objs := make(map[int64]any)
	f.objStms[num] = objs
	e, ok := f.xref[num]
	if !ok || e.stream != 0 {
		return objs
	}
	_, v, err := f.objectAt(e.offset)
	s, ok := v.(*pdfStream)
	if err != nil || !ok {
		return objs
	}
	data, err := f.decode(s)
	if err != nil {
		return objs
	}
	n, _ := s.dict["N"].(int64)
	first, _ := s.dict["First"].(int64)
	if first < 0 || first > int64(len(data)) {
		return objs
	}
	l := &pdfLexer{data: data}
	for i := int64(0); i < n && i < int64(len(data)); i++ {
		on, err1 := l.object(0)
		off, err2 := l.object(0)
		onum, ok1 := on.(int64)
		ooff, ok2 := off.(int64)
		if err1 != nil || err2 != nil || !ok1 || !ok2 || ooff < 0 || first+ooff >= int64(len(data)) {
			break
		}
		if f.overBudget() {
			break
		}
		ol := &pdfLexer{data: data, pos: int(first + ooff)}
		if v, err := ol.object(0); err == nil {
			objs[onum] = v
		}
		f.scanned += int64(ol.pos) - (first + ooff)
	}
	f.scanned += int64(l.pos)
	return objs
}

// errBudget is returned once the parsing budget of a file is spent.
var errBudget = errors.New("too complex: parsing budget spent")

// overBudget reports whether the lexer has scanned too much, which only
// hostile files do (objects overlapping each other many times).
func (f *pdfFile) overBudget() bool {
	return f.scanned > 4*int64(len(f.data))+1<<20
}

// objectAt parses the indirect object at off within the parsing budget,
// returning its number and value.
func (f *pdfFile) objectAt(off int64) (int64, any, error) {
	if f.overBudget() {
		f.exhausted = true
		return 0, nil, errBudget
	}
	num, v, n, err := objectAt(f.data, f.ends, off)
	f.scanned += int64(n)
	return num, v, err
}
