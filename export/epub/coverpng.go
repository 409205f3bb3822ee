package epub

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
)

// encodeGray4 writes img as a PNG of 4-bit grey pixels: 16 levels, what
// e-ink screens show, and half the bytes of an 8-bit image to compress.
// Rows are stored unfiltered except that a row equal to the one above is
// written as PNG's "Up" filter (all zeros), so the blank areas of a cover
// cost deflate almost nothing. The result is a valid PNG any reader
// decodes; it is several times faster than image/png on a cover.
func encodeGray4(img *image.Gray) ([]byte, error) {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	var quant [256]byte
	for v := range quant {
		quant[v] = byte((v + 8) / 17) // nearest of 0x00, 0x11, …, 0xff
	}
	rowLen := (w + 1) / 2
	raw := make([]byte, h*(rowLen+1)) // zeros: filter None, black
	var prev []byte
	for y := range h {
		row := raw[y*(rowLen+1) : (y+1)*(rowLen+1)]
		src := img.Pix[y*img.Stride : y*img.Stride+w]
		if prev != nil && bytes.Equal(src, prev) {
			row[0] = 2 // Up: the same bytes as the row above, so all zero
			continue
		}
		for x := 0; x+1 < w; x += 2 {
			row[1+x/2] = quant[src[x]]<<4 | quant[src[x+1]]
		}
		if w%2 == 1 {
			row[rowLen] = quant[src[w-1]] << 4
		}
		prev = src
	}
	var idat bytes.Buffer
	zw, err := zlib.NewWriterLevel(&idat, zlib.BestSpeed)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
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
