package epub

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"strings"

	"golang.org/x/image/webp"

	contentimage "github.com/offprint/offprint/content/image"
)

// maxPixels caps the size of an image offprint agrees to decode (a guard
// against decompression bombs): 64 megapixels.
const maxPixels = 64 << 20

// asset is a file of the publication other than XHTML: an image, the
// cover, a font or the stylesheet.
type asset struct {
	name      string // file name inside its folder, e.g. "fig-001.jpg"
	mediaType string
	data      []byte
	width     int    // pixels, 0 when unknown (SVG)
	height    int    // pixels, 0 when unknown (SVG)
	alt       string // text alternative (images)
	altKnown  bool   // alt came from the source or a caption, not a fallback
}

// Formats recognised by sniffImage.
const (
	fmtUnknown = ""
	fmtJPEG    = "jpeg"
	fmtPNG     = "png"
	fmtGIF     = "gif"
	fmtWebP    = "webp"
	fmtSVG     = "svg"
)

var extOf = map[string]string{fmtJPEG: ".jpg", fmtPNG: ".png", fmtGIF: ".gif", fmtSVG: ".svg"}

var mediaTypeOf = map[string]string{
	fmtJPEG: "image/jpeg", fmtPNG: "image/png", fmtGIF: "image/gif", fmtSVG: "image/svg+xml",
}

// sniffImage names the format of data from its first bytes; the media
// type a reader claims is not trusted.
func sniffImage(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("\xff\xd8\xff")):
		return fmtJPEG
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return fmtPNG
	case bytes.HasPrefix(data, []byte("GIF87a")), bytes.HasPrefix(data, []byte("GIF89a")):
		return fmtGIF
	case len(data) >= 12 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WEBP":
		return fmtWebP
	}
	head := data[:min(len(data), 1024)]
	if bytes.Contains(head, []byte("<svg")) {
		return fmtSVG
	}
	return fmtUnknown
}

// prepareImage turns the bytes of an image into what an EPUB may carry:
// JPEG, PNG and GIF pass through unless their longest side exceeds maxPx
// (then they are scaled down), WebP is transcoded (JPEG when opaque, PNG
// otherwise), SVG passes through when it is self-contained. base names the
// file without its extension.
func prepareImage(data []byte, base string, maxPx int) (*asset, error) {
	f := sniffImage(data)
	switch f {
	case fmtUnknown:
		return nil, errors.New("not a JPEG, PNG, GIF, WebP or SVG image")
	case fmtSVG:
		if err := checkSVG(data); err != nil {
			return nil, err
		}
		return &asset{name: base + ".svg", mediaType: mediaTypeOf[fmtSVG], data: data}, nil
	}
	cfg, _, err := decodeConfig(data, f)
	if err != nil {
		return nil, fmt.Errorf("read %s header: %w", f, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > maxPixels {
		return nil, fmt.Errorf("%s of %dx%d pixels: too large or empty", f, cfg.Width, cfg.Height)
	}
	if f != fmtWebP && max(cfg.Width, cfg.Height) <= maxPx {
		return &asset{name: base + extOf[f], mediaType: mediaTypeOf[f], data: data, width: cfg.Width, height: cfg.Height}, nil
	}
	var img image.Image
	if max(cfg.Width, cfg.Height) > maxPx {
		// Decoded once and reduced as it is read (a PNG row by row, or pass
		// by pass if interlaced).
		w, h := fitSize(cfg.Width, cfg.Height, maxPx)
		img, err = contentimage.DecodeReduced(data, w, h)
	} else {
		img, err = decode(data, f)
	}
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", f, err)
	}
	out := fmtPNG
	if f == fmtJPEG || (f == fmtWebP && opaque(img)) {
		out = fmtJPEG
	}
	var buf bytes.Buffer
	if out == fmtJPEG {
		err = jpeg.Encode(&buf, img, &jpeg.Options{Quality: 85})
	} else {
		err = png.Encode(&buf, img)
	}
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", out, err)
	}
	b := img.Bounds()
	return &asset{name: base + extOf[out], mediaType: mediaTypeOf[out], data: buf.Bytes(), width: b.Dx(), height: b.Dy()}, nil
}

func decodeConfig(data []byte, f string) (image.Config, string, error) {
	if f == fmtWebP {
		cfg, err := webp.DecodeConfig(bytes.NewReader(data))
		return cfg, f, err
	}
	return image.DecodeConfig(bytes.NewReader(data))
}

func decode(data []byte, f string) (image.Image, error) {
	r := bytes.NewReader(data)
	switch f {
	case fmtWebP:
		return webp.Decode(r)
	case fmtGIF:
		return gif.Decode(r)
	case fmtPNG:
		return png.Decode(r)
	}
	return jpeg.Decode(r)
}

// fitSize returns the size of a w×h picture scaled so that its longest
// side is maxPx.
func fitSize(w, h, maxPx int) (int, int) {
	if w >= h {
		return maxPx, max(1, h*maxPx/w)
	}
	return max(1, w*maxPx/h), maxPx
}

// opaque reports whether every pixel of img is fully opaque.
func opaque(img image.Image) bool {
	if o, ok := img.(interface{ Opaque() bool }); ok {
		return o.Opaque()
	}
	return false
}

// checkSVG accepts an SVG that is well-formed XML with an <svg> root and
// that neither runs scripts nor loads remote resources (both would need
// manifest declarations and break offline reading).
func checkSVG(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	root := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("SVG is not well-formed: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = se.Name.Local
			if se.Name.Space != "http://www.w3.org/2000/svg" {
				return errors.New("SVG root is not in the SVG namespace")
			}
		}
		if se.Name.Local == "script" || se.Name.Local == "foreignObject" {
			return fmt.Errorf("SVG has a <%s> element", se.Name.Local)
		}
		for _, a := range se.Attr {
			v := strings.ToLower(strings.TrimSpace(a.Value))
			if (a.Name.Local == "href" || a.Name.Local == "src") && (strings.Contains(v, "://") || strings.HasPrefix(v, "//")) {
				return errors.New("SVG refers to a remote resource")
			}
		}
	}
	if root != "svg" {
		return errors.New("SVG has no <svg> root element")
	}
	return nil
}
