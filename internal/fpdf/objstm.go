package fpdf

// offprint patch: compressed object streams (PDF 1.5). The many small
// dictionaries of a tagged document (structure elements, pages, link
// annotations, outline items) are packed into /ObjStm streams and the
// cross-reference table becomes a stream: a 1000-page book's structure
// tree shrinks to a tenth.

import (
	"bytes"
	"encoding/binary"
	"strconv"
)

// objStmSize is the number of objects in an object stream.
const objStmSize = 200

// objStms holds the packed objects of a document.
type objStms struct {
	hold    bool           // an object is being captured: do not flush
	pending []packedObj    // objects not yet in a stream
	where   map[int][2]int // object number → its stream's object number and index
}

// packedObj is an object's number and dictionary.
type packedObj struct {
	n    int
	body []byte
}

// packs reports whether objects go into object streams: PDF 1.5 or later,
// compressed and not encrypted (the streams would need encrypting).
func (f *Fpdf) packs() bool {
	return f.compress && !f.protect.encrypted && (f.pdfVersion >= pdfVers1_5 || f.structTree != nil)
}

// packedObj writes an object that is not a stream: write puts its value
// out (f.out) between what newobj and "endobj" would. Where the document
// packs objects, it is held for an object stream instead; either way it
// takes the next object number.
func (f *Fpdf) packedObj(write func()) {
	if !f.packs() || f.state == 2 {
		f.newobj()
		write()
		f.out("endobj")
		return
	}
	if f.objStm == nil {
		f.objStm = &objStms{where: map[int][2]int{}}
	}
	f.n++
	for j := len(f.offsets); j <= f.n; j++ {
		f.offsets = append(f.offsets, 0)
	}
	start := f.buffer.Len()
	f.objStm.hold = true
	write()
	f.objStm.hold = false
	body := bytes.Clone(f.buffer.Bytes()[start:])
	f.buffer.Truncate(start)
	f.objStm.pending = append(f.objStm.pending, packedObj{f.n, body})
}

// putObjStms writes the held objects in object streams.
func (f *Fpdf) putObjStms() {
	if f.objStm == nil {
		return
	}
	p := f.objStm.pending
	for len(p) > 0 {
		k := min(len(p), objStmSize)
		f.putObjStm(p[:k])
		p = p[k:]
	}
	f.objStm.pending = nil
}

// putObjStm writes one object stream of objs.
func (f *Fpdf) putObjStm(objs []packedObj) {
	var head, data []byte
	for _, o := range objs {
		head = strconv.AppendInt(head, int64(o.n), 10)
		head = append(head, ' ')
		head = strconv.AppendInt(head, int64(len(data)), 10)
		head = append(head, ' ')
		data = append(data, o.body...)
	}
	f.newobj()
	for i, o := range objs {
		f.objStm.where[o.n] = [2]int{f.n, i}
	}
	mem := xmem.compress(append(head, data...))
	z := mem.bytes()
	f.outf("<</Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d>>", len(objs), len(head), len(z))
	f.putstream(z)
	mem.release()
	f.out("endobj")
}

// putXRefStream ends the document with a cross-reference stream, which
// can point into object streams, in place of the table and trailer.
func (f *Fpdf) putXRefStream(root, info int) {
	f.newobj()
	size := f.n + 1
	w := 4
	if f.offsets[f.n] >= 1<<32 {
		w = 8
	}
	row := make([]byte, 1+w+2)
	var table []byte
	for j := range size {
		clear(row)
		switch at, packed := f.objStm.where[j]; {
		case j == 0:
			row[1+w], row[2+w] = 0xff, 0xff // the head of the free list
		case packed:
			row[0] = 2
			putUint(row[1:1+w], uint64(at[0]))
			binary.BigEndian.PutUint16(row[1+w:], uint16(at[1]))
		default:
			row[0] = 1
			putUint(row[1:1+w], uint64(f.offsets[j]))
		}
		table = append(table, row...)
	}
	mem := xmem.compress(table)
	z := mem.bytes()
	f.outf("<</Type /XRef /Size %d /W [1 %d 2] /Root %d 0 R /Info %d 0 R /Filter /FlateDecode /Length %d>>", size, w, root, info, len(z))
	f.putstream(z)
	mem.release()
	f.out("endobj")
	f.out("startxref")
	f.outf("%d", f.offsets[f.n])
	f.out("%%EOF")
}

// putUint writes v big-endian in the bytes of b.
func putUint(b []byte, v uint64) {
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
}
