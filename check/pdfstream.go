package check

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
)

// decode returns the decoded data of a stream. It supports no filter and
// FlateDecode with PNG predictors, within the size limits.
func (f *pdfFile) decode(s *pdfStream) ([]byte, error) {
	filters := s.dict["Filter"]
	if a, ok := filters.(pdfArray); ok && len(a) == 1 {
		filters = a[0]
	}
	switch filters {
	case nil:
		return s.raw, nil
	case pdfName("FlateDecode"):
	default:
		return nil, fmt.Errorf("unsupported filter %v", filters)
	}
	budget := min(int64(maxStreamSize), maxDecodedTotal-f.decoded)
	zr, err := zlib.NewReader(bytes.NewReader(s.raw))
	if err != nil {
		return nil, fmt.Errorf("flate: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, budget+1))
	f.decoded += int64(len(out))
	if int64(len(out)) > budget {
		return nil, fmt.Errorf("stream decodes to more than %d bytes", budget)
	}
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("flate: %w", err)
	}
	parms := s.dict["DecodeParms"]
	if a, ok := parms.(pdfArray); ok && len(a) == 1 {
		parms = a[0]
	}
	if p, ok := parms.(pdfDict); ok {
		return unpredict(out, p)
	}
	return out, nil
}

// unpredict undoes a PNG predictor (Predictor >= 10) on decoded data.
func unpredict(data []byte, p pdfDict) ([]byte, error) {
	pred, _ := p["Predictor"].(int64)
	if pred < 10 {
		if pred > 1 {
			return nil, fmt.Errorf("unsupported predictor %d", pred)
		}
		return data, nil
	}
	cols, ok := p["Columns"].(int64)
	if !ok {
		cols = 1
	}
	colors, ok := p["Colors"].(int64)
	if !ok {
		colors = 1
	}
	bpc, ok := p["BitsPerComponent"].(int64)
	if !ok {
		bpc = 8
	}
	if cols < 1 || cols > 1<<16 || colors < 1 || colors > 32 || bpc < 1 || bpc > 16 {
		return nil, fmt.Errorf("bad predictor parameters")
	}
	bpp := int((colors*bpc + 7) / 8)
	rowLen := int((cols*colors*bpc + 7) / 8)
	prev := make([]byte, rowLen)
	var out []byte
	for len(data) >= rowLen+1 {
		typ, row := data[0], data[1:rowLen+1]
		data = data[rowLen+1:]
		cur := make([]byte, rowLen)
		for i := range row {
			var left, upLeft byte
			if i >= bpp {
				left, upLeft = cur[i-bpp], prev[i-bpp]
			}
			cur[i] = row[i] + pngFilter(typ, left, prev[i], upLeft)
		}
		out = append(out, cur...)
		prev = cur
	}
	return out, nil
}

// pngFilter returns the predictor value of PNG filter typ.
func pngFilter(typ, left, up, upLeft byte) byte {
	switch typ {
	case 1:
		return left
	case 2:
		return up
	case 3:
		return byte((int(left) + int(up)) / 2)
	case 4:
		p := int(left) + int(up) - int(upLeft)
		pa, pb, pc := abs(p-int(left)), abs(p-int(up)), abs(p-int(upLeft))
		switch {
		case pa <= pb && pa <= pc:
			return left
		case pb <= pc:
			return up
		}
		return upLeft
	}
	return 0
}

// abs returns |x|.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
