package pdf

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"math"

	"github.com/offprint/offprint/content"
	contentimage "github.com/offprint/offprint/content/image"
)

// Print resolution of pictures: one of more than maxPPI pixels an inch
// at the size it is printed is scaled down to printPPI (the press rule of
// PDF presets: downsample above 450 to 300 pixels an inch). A photo of
// 8000 pixels printed 16 cm wide becomes 1890 pixels wide.
const (
	printPPI = 300
	maxPPI   = 450
)

// embeddable checks an image by decoding it and returns data fpdf reads
// for a picture drawn w×h points large: JPEG and GIF as they are (a JPEG
// checked without holding its pixels), PNG re-encoded when interlaced or
// deeper than 8 bits per channel, and a picture finer than maxPPI scaled
// down to printPPI (decoded once, a PNG or sequential JPEG reduced as its
// rows are read) and re-encoded: JPEG stays JPEG, the rest becomes PNG.
func embeddable(img *content.Image, w, h float64) ([]byte, string, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(img.Data))
	if err != nil {
		return nil, "", fmt.Errorf("cannot be decoded: %w", err)
	}
	if tw, th := printPixels(w, printPPI), printPixels(h, printPPI); cfg.Width > printPixels(w, maxPPI) && cfg.Height > printPixels(h, maxPPI) && tw > 0 && th > 0 {
		return reduced(img.Data, format, tw, th)
	}
	if format == "jpeg" {
		// Passed through: decoded only to check it, a row at a time.
		if err := contentimage.CheckJPEG(img.Data); err != nil {
			return nil, "", fmt.Errorf("cannot be decoded: %w", err)
		}
		return img.Data, "JPG", nil
	}
	decoded, format, err := image.Decode(bytes.NewReader(img.Data))
	if err != nil {
		return nil, "", fmt.Errorf("cannot be decoded: %w", err)
	}
	switch format {
	case "gif":
		return img.Data, "GIF", nil
	case "png":
		if len(img.Data) > 28 && (img.Data[24] > 8 || img.Data[28] != 0) {
			var buf bytes.Buffer
			if err := png.Encode(&buf, toNRGBA(decoded)); err != nil {
				return nil, "", fmt.Errorf("cannot be re-encoded: %w", err)
			}
			return buf.Bytes(), "PNG", nil
		}
		return img.Data, "PNG", nil
	}
	return nil, "", fmt.Errorf("unsupported format %s", format)
}

// printPixels is the number of pixels a length of pt points takes at
// ppi pixels an inch.
func printPixels(pt float64, ppi int) int {
	return int(math.Ceil(pt / 72 * float64(ppi)))
}

// reduced decodes data once, scales it to w×h pixels and encodes it
// again: JPEG as JPEG, the rest as PNG (which keeps transparency).
func reduced(data []byte, format string, w, h int) ([]byte, string, error) {
	m, err := contentimage.DecodeReduced(data, w, h)
	if err != nil {
		return nil, "", fmt.Errorf("cannot be decoded: %w", err)
	}
	var buf bytes.Buffer
	if format == "jpeg" {
		if err := jpeg.Encode(&buf, m, &jpeg.Options{Quality: 90}); err != nil {
			return nil, "", fmt.Errorf("cannot be re-encoded: %w", err)
		}
		return buf.Bytes(), "JPG", nil
	}
	if err := png.Encode(&buf, m); err != nil {
		return nil, "", fmt.Errorf("cannot be re-encoded: %w", err)
	}
	return buf.Bytes(), "PNG", nil
}
