// Package image loads the pictures of an article for the readers: data:
// URIs, files next to a saved page (never outside its folder) and, only when
// the caller allows it, http(s) URLs through a fetch.Client.
//
// Load sniffs the bytes rather than trusting names or headers, keeps JPEG,
// PNG, GIF and SVG as they are, transcodes WebP, BMP and TIFF to PNG (e-readers
// and the PDF writer do not read them) and reports the pixel size.
package image

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	stdimage "image"
	_ "image/gif"  // register GIF for DecodeConfig
	_ "image/jpeg" // register JPEG for DecodeConfig
	"image/png"
	"io/fs"
	"net/url"
	"strings"

	_ "golang.org/x/image/bmp"  // register BMP for transcoding
	_ "golang.org/x/image/tiff" // register TIFF for transcoding
	_ "golang.org/x/image/webp" // register WebP for transcoding

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/fetch"
	"github.com/offprint/offprint/internal/lazyre"
)

// Defaults used when a LoadOptions field is zero.
const (
	DefaultMaxBytes  = 20 << 20 // 20 MiB per image
	DefaultMaxPixels = 64 << 20 // 64 megapixels, against decompression bombs
)

// Errors Load returns (wrapped with the reference); test with errors.Is.
var (
	ErrRemote      = errors.New("remote images are not fetched (use --fetch-images or a URL input)")
	ErrOutside     = errors.New("image path leaves the page's folder")
	ErrNoBase      = errors.New("relative image path but no folder to resolve it in")
	ErrUnsupported = errors.New("unsupported image format")
	ErrTooLarge    = errors.New("image is too large")
)

// LoadOptions says where Load may look for an image. The zero value allows
// only data: URIs.
type LoadOptions struct {
	BaseDir   string          // folder that relative paths resolve in; "" = no local files
	BaseURL   string          // page URL that relative references resolve against (URL inputs); wins over BaseDir
	Client    *fetch.Client   // nil = never use the network
	Context   context.Context // for network requests; nil = context.Background()
	MaxBytes  int64           // largest encoded image; 0 = DefaultMaxBytes
	MaxPixels int64           // largest width*height; 0 = DefaultMaxPixels
	Alt       string          // copied into Image.Alt
}

// Load reads the image that ref names (a data: URI, a path relative to
// BaseDir, or an http(s) URL when a Client is given) and returns it ready
// for the writers. Errors say what was wrong; readers turn them into
// warnings and keep the caption.
func Load(ref string, opts LoadOptions) (*content.Image, error) {
	ref = strings.TrimSpace(ref)
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxPixels <= 0 {
		opts.MaxPixels = DefaultMaxPixels
	}
	data, source, err := readRef(ref, opts)
	if err != nil {
		return nil, fmt.Errorf("image %s: %w", shorten(ref), err)
	}
	img, err := Decode(data, opts.MaxPixels)
	if err != nil {
		return nil, fmt.Errorf("image %s: %w", shorten(source), err)
	}
	img.Alt = opts.Alt
	img.Source = source
	return img, nil
}

// readRef returns the bytes ref names and a printable source for messages.
func readRef(ref string, opts LoadOptions) ([]byte, string, error) {
	if ref == "" {
		return nil, "", errors.New("empty image reference")
	}
	if hasScheme(ref, "data") {
		data, err := decodeDataURI(ref, opts.MaxBytes)
		return data, "data: URI", err
	}
	u, err := url.Parse(ref)
	if err != nil {
		if strings.Contains(ref, "://") {
			return nil, "", fmt.Errorf("bad reference: %w", err)
		}
		// Not a valid URL ("100%.png"): a file name written as is.
		u = &url.URL{Path: ref}
	}
	if u.Scheme == "" && u.Host != "" {
		// A protocol-relative address ("//cdn.example.com/a.jpg").
		u.Scheme = "https"
		if b, err := url.Parse(opts.BaseURL); err == nil && b.Scheme == "http" {
			u.Scheme = "http"
		}
	}
	if opts.BaseURL != "" && !u.IsAbs() {
		base, err := url.Parse(opts.BaseURL)
		if err != nil {
			return nil, "", fmt.Errorf("bad base URL: %w", err)
		}
		u = base.ResolveReference(u)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return fetchRemote(u.String(), opts)
	case "file":
		data, err := readLocal(opts.BaseDir, u.Path, true, opts.MaxBytes)
		return data, u.Path, err
	case "":
		data, err := readLocal(opts.BaseDir, u.Path, false, opts.MaxBytes)
		if errors.Is(err, fs.ErrNotExist) && u.RawPath == "" && strings.Contains(ref, "%") {
			// A file whose name holds a literal "%xx", saved unescaped.
			raw, _, _ := strings.Cut(ref, "?")
			data, err = readLocal(opts.BaseDir, raw, false, opts.MaxBytes)
		}
		return data, u.Path, err
	}
	return nil, "", fmt.Errorf("%w: scheme %q", ErrUnsupported, u.Scheme)
}

func fetchRemote(u string, opts LoadOptions) ([]byte, string, error) {
	if opts.Client == nil {
		return nil, u, ErrRemote
	}
	ctx := opts.Context
	if ctx == nil {
		ctx = context.Background()
	}
	resp, err := opts.Client.Get(ctx, u)
	if err != nil {
		return nil, u, err
	}
	if int64(len(resp.Body)) > opts.MaxBytes {
		return nil, u, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, opts.MaxBytes)
	}
	return resp.Body, u, nil
}

// Decode sniffs data and returns it as an Image the writers accept:
// JPEG, PNG, GIF and SVG as they are; WebP, BMP and TIFF transcoded to PNG.
// Images over maxPixels (0 = DefaultMaxPixels) are refused before decoding.
func Decode(data []byte, maxPixels int64) (*content.Image, error) {
	if maxPixels <= 0 {
		maxPixels = DefaultMaxPixels
	}
	if isSVG(data) {
		if svgActiveRE.Match(data) {
			return nil, fmt.Errorf("%w: SVG with scripts, embedded HTML or remote references", ErrUnsupported)
		}
		return &content.Image{Data: data, MediaType: "image/svg+xml"}, nil
	}
	cfg, format, err := stdimage.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnsupported, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || int64(cfg.Width)*int64(cfg.Height) > maxPixels {
		return nil, fmt.Errorf("%w: %dx%d pixels", ErrTooLarge, cfg.Width, cfg.Height)
	}
	img := &content.Image{Data: data, Width: cfg.Width, Height: cfg.Height}
	switch format {
	case "jpeg", "png", "gif":
		img.MediaType = "image/" + format
		return img, nil
	}
	return transcode(img, format)
}

// transcode re-encodes a format the writers cannot use as PNG.
func transcode(img *content.Image, format string) (*content.Image, error) {
	m, _, err := stdimage.Decode(bytes.NewReader(img.Data))
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", format, err)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		return nil, fmt.Errorf("transcode %s to PNG: %w", format, err)
	}
	img.Data = buf.Bytes()
	img.MediaType = "image/png"
	return img, nil
}

// svgActiveRE finds what an e-book may not hold in an SVG image: scripts,
// event handlers, embedded HTML and references to remote resources.
var svgActiveRE = lazyre.New(`(?i)<script|<foreignobject|\son[a-z]+\s*=|(?:href|src)\s*=\s*["']\s*(?:https?:|//|javascript:)|url\(\s*["']?\s*(?:https?:|//)`)

// isSVG reports whether data looks like an SVG document: optional BOM, XML
// declaration, comments and doctype, then an <svg element.
func isSVG(data []byte) bool {
	head := data[:min(len(data), 4096)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	for {
		head = bytes.TrimLeft(head, " \t\r\n")
		switch {
		case bytes.HasPrefix(head, []byte("<?")):
			head = skipPast(head, "?>")
		case bytes.HasPrefix(head, []byte("<!--")):
			head = skipPast(head, "-->")
		case bytes.HasPrefix(head, []byte("<!")):
			head = skipPast(head, ">")
		default:
			return bytes.HasPrefix(head, []byte("<svg")) && len(head) > 4 &&
				strings.ContainsRune(" \t\r\n>/", rune(head[4]))
		}
		if head == nil {
			return false
		}
	}
}

func skipPast(b []byte, end string) []byte {
	i := bytes.Index(b, []byte(end))
	if i < 0 {
		return nil
	}
	return b[i+len(end):]
}

func hasScheme(ref, scheme string) bool {
	return len(ref) > len(scheme) && ref[len(scheme)] == ':' && strings.EqualFold(ref[:len(scheme)], scheme)
}

// shorten keeps error messages readable when ref is a long data: URI.
func shorten(ref string) string {
	if len(ref) > 80 {
		return ref[:60] + "…"
	}
	return ref
}
