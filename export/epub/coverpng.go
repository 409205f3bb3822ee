package epub

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/crc32"
)

// encodeGray4 writes the rows of grey pixels (w each) as a PNG of 4-bit grey pixels: 16 levels, what
// e-ink screens show, and half the bytes of an 8-bit image to compress.
// Rows are stored unfiltered except that a row equal to the one above is
// written as PNG's "Up" filter (all zeros). The rows that differ from
// the one above are deflated (fastest setting); a run of repeated rows,
// most of a cover (margins, the band, the space between lines), is
// written as a few back-references each, without passing its bytes
// through the compressor. The result is a valid PNG any reader decodes.
func encodeGray4(w int, rows [][]byte) ([]byte, error) {
	h := len(rows)
	var quant [256]byte
	for v := range quant {
		quant[v] = byte((v + 8) / 17) // nearest of 0x00, 0x11, …, 0xff
	}
	rowLen := (w + 1) / 2
	var idat bytes.Buffer
	idat.Write([]byte{0x78, 0x01}) // zlib: deflate, 32 KiB window, fastest
	zw, err := flate.NewWriter(&idat, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	sum := adler{a: 1}
	row := make([]byte, rowLen+1) // filter None
	var prev []byte
	for y := 0; y < h; {
		src := rows[y][:w]
		if prev != nil && rowLen < maxDistance && sameRow(src, prev) {
			n := 1
			for y+n < h && sameRow(rows[y+n][:w], prev) {
				n++
			}
			if err := zw.Flush(); err != nil {
				return nil, err
			}
			writeUpRows(&idat, rowLen, n)
			for range n {
				sum.upRow(rowLen)
			}
			zw.Reset(&idat) // what follows cannot refer to the rows written here
			y += n
			continue
		}
		for x := 0; x+1 < w; x += 2 {
			row[1+x/2] = quant[src[x]]<<4 | quant[src[x+1]]
		}
		if w%2 == 1 {
			row[rowLen] = quant[src[w-1]] << 4
		}
		if _, err := zw.Write(row); err != nil {
			return nil, err
		}
		sum.write(row)
		prev = src
		y++
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	var s [4]byte
	binary.BigEndian.PutUint32(s[:], sum.b<<16|sum.a)
	idat.Write(s[:])
	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = 4, 0 // bit depth 4, greyscale; compression, filter, interlace 0
	writeChunk(&out, "IHDR", ihdr)
	writeChunk(&out, "IDAT", idat.Bytes())
	writeChunk(&out, "IEND", nil)
	return out.Bytes(), nil
}

// sameRow reports whether rows a and b (of one length) hold the same
// pixels, at once when they are one slice.
func sameRow(a, b []byte) bool {
	return len(a) > 0 && &a[0] == &b[0] || bytes.Equal(a, b)
}

// adler is zlib's Adler-32 checksum, with a shortcut for Up rows.
type adler struct{ a, b uint32 }

const adlerMod = 65521

func (s *adler) write(p []byte) {
	for len(p) > 0 {
		n := min(len(p), 5552) // no overflow before the modulo
		for _, c := range p[:n] {
			s.a += uint32(c)
			s.b += s.a
		}
		s.a %= adlerMod
		s.b %= adlerMod
		p = p[n:]
	}
}

// upRow adds a row of filter byte 2 and n zeros.
func (s *adler) upRow(n int) {
	s.a = (s.a + 2) % adlerMod
	s.b = (s.b + s.a + uint32(n%adlerMod)*s.a) % adlerMod
}

// maxDistance is deflate's longest back-reference: rows longer than it
// are all deflated.
const maxDistance = 32768

// writeUpRows writes, after a sync flush (byte-aligned), a deflate block
// of fixed codes holding n rows of filter byte 2 (Up) and rowLen zeros,
// then an empty stored block to align the stream to a byte again.
func writeUpRows(out *bytes.Buffer, rowLen, n int) {
	bw := bitWriter{out: out}
	bw.bits(0, 1) // not the last block
	bw.bits(1, 2) // fixed Huffman codes
	bw.literal(2)
	bw.literal(0)
	if rowLen-1 >= 3 {
		bw.copies(rowLen-1, 1) // the rest of the first row's zeros
	} else {
		for range rowLen - 1 {
			bw.literal(0)
		}
	}
	if rest := (n - 1) * (rowLen + 1); rest >= 3 {
		bw.copies(rest, rowLen+1) // the rows below it
	} else if rest > 0 {
		bw.literal(2) // one more row of one byte
		bw.literal(0)
	}
	bw.code(0, 7) // end of block (256)
	bw.bits(0, 1) // an empty stored block, not the last
	bw.bits(0, 2)
	bw.align()
	out.Write([]byte{0, 0, 0xff, 0xff})
}

// bitWriter writes deflate's bits, least significant first.
type bitWriter struct {
	out  *bytes.Buffer
	acc  uint64
	nacc uint
}

func (w *bitWriter) bits(v uint32, n uint) {
	w.acc |= uint64(v) << w.nacc
	w.nacc += n
	for w.nacc >= 8 {
		w.out.WriteByte(byte(w.acc))
		w.acc >>= 8
		w.nacc -= 8
	}
}

// code writes a Huffman code of n bits, most significant bit first.
func (w *bitWriter) code(c uint32, n uint) {
	var r uint32
	for range n {
		r = r<<1 | c&1
		c >>= 1
	}
	w.bits(r, n)
}

func (w *bitWriter) align() {
	if w.nacc > 0 {
		w.bits(0, 8-w.nacc)
	}
}

// literal writes a literal byte in the fixed code.
func (w *bitWriter) literal(v byte) {
	if v < 144 {
		w.code(0x30+uint32(v), 8)
	} else {
		w.code(0x190+uint32(v)-144, 9)
	}
}

// copies writes back-references of total length n at distance dist
// (1 to 32768), in pieces of at most 258 (and at least 3; n is 0 or at
// least 3).
func (w *bitWriter) copies(n, dist int) {
	for n > 0 {
		l := min(n, 258)
		if n-l > 0 && n-l < 3 {
			l = n - 3
		}
		w.length(l)
		w.distance(dist)
		n -= l
	}
}

// length writes a match length (3 to 258) in the fixed code.
func (w *bitWriter) length(l int) {
	if l == 258 {
		w.symbol(285)
		return
	}
	code, base, extra := 257, 3, uint(0)
	for i := range 28 {
		e := uint(0)
		if i >= 8 {
			e = uint(i/4 - 1)
		}
		if l < base+1<<e {
			code, extra = 257+i, e
			break
		}
		base += 1 << e
	}
	w.symbol(uint32(code))
	w.bits(uint32(l-base), extra)
}

// symbol writes a length symbol (256 to 287) in the fixed code.
func (w *bitWriter) symbol(s uint32) {
	if s < 280 {
		w.code(s-256, 7)
	} else {
		w.code(0xc0+s-280, 8)
	}
}

// distance writes a distance (1 to 32768): a 5-bit code and its extra bits.
func (w *bitWriter) distance(d int) {
	code, base, extra := 0, 1, uint(0)
	for i := range 30 {
		e := uint(0)
		if i >= 4 {
			e = uint(i/2 - 1)
		}
		if d < base+1<<e {
			code, extra = i, e
			break
		}
		base += 1 << e
	}
	w.code(uint32(code), 5)
	w.bits(uint32(d-base), extra)
}

func writeChunk(out *bytes.Buffer, kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	out.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(kind))
	crc.Write(data)
	out.WriteString(kind)
	out.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	out.Write(n[:])
}
