package golden

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// genSuffix marks a part that describes an image to generate.
const genSuffix = ".gen"

// Extract writes the archive's parts, except those named in skip, as
// files under dir; a part's name is its slash-separated path. A part named
// X.gen holds "jpeg|png|gif WxH" and becomes a generated image X of that
// format and size, so that cases can carry images as text.
func (a *Archive) Extract(t testing.TB, dir string, skip ...string) {
	t.Helper()
	for _, f := range a.Files {
		if slices.Contains(skip, f.Name) {
			continue
		}
		name, data := f.Name, []byte(f.Data)
		if gen, ok := strings.CutSuffix(name, genSuffix); ok {
			var err error
			name = gen
			if data, err = genImage(strings.TrimSpace(string(f.Data))); err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		write(t, p, data)
	}
}

// Image returns a patterned image described by spec, "jpeg|png|gif WxH",
// encoded in that format, failing the test on a bad spec.
func Image(t testing.TB, spec string) []byte {
	t.Helper()
	data, err := genImage(spec)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// genImage encodes a patterned image described by spec, "FORMAT WxH".
func genImage(spec string) ([]byte, error) {
	var format string
	var w, h int
	if _, err := fmt.Sscanf(spec, "%s %dx%d", &format, &w, &h); err != nil {
		return nil, fmt.Errorf("bad image spec %q: %w", spec, err)
	}
	if w <= 0 || h <= 0 || w*h > 1<<24 {
		return nil, fmt.Errorf("bad image size in %q", spec)
	}
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range m.Pix {
		m.Pix[i] = uint8(i * 7)
	}
	m.Set(0, 0, color.Black)
	var buf bytes.Buffer
	var err error
	switch format {
	case "jpeg":
		err = jpeg.Encode(&buf, m, nil)
	case "png":
		err = png.Encode(&buf, m)
	case "gif":
		err = gif.Encode(&buf, m, nil)
	default:
		return nil, fmt.Errorf("unknown image format %q", format)
	}
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", spec, err)
	}
	return buf.Bytes(), nil
}
