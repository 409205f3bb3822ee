package image

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	stdimage "image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/fetch"
)

func testImage(w, h int) stdimage.Image {
	m := stdimage.NewRGBA(stdimage.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			m.Set(x, y, color.RGBA{uint8(x * 40), uint8(y * 40), 128, 255})
		}
	}
	return m
}

func encoded(t testing.TB, format string, w, h int) []byte {
	t.Helper()
	var buf bytes.Buffer
	var err error
	switch format {
	case "png":
		err = png.Encode(&buf, testImage(w, h))
	case "jpeg":
		err = jpeg.Encode(&buf, testImage(w, h), nil)
	case "gif":
		err = gif.Encode(&buf, testImage(w, h), nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const svg = `<?xml version="1.0"?>
<!-- a comment -->
<!DOCTYPE svg>
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5"/></svg>`

// folder builds a saved-page folder: page_files/ with images, a file
// outside the folder and a symlink pointing at it.
func folder(t *testing.T) (base, outside string) {
	t.Helper()
	dir := t.TempDir()
	base = filepath.Join(dir, "saved")
	files := filepath.Join(base, "page_files")
	if err := os.MkdirAll(files, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p string, data []byte) {
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	webp, err := os.ReadFile("testdata/gopher.webp")
	if err != nil {
		t.Fatal(err)
	}
	write(filepath.Join(files, "photo.jpg"), encoded(t, "jpeg", 4, 3))
	write(filepath.Join(files, "my chart.png"), encoded(t, "png", 5, 2))
	write(filepath.Join(files, "anim.gif"), encoded(t, "gif", 2, 2))
	write(filepath.Join(files, "gopher.webp"), webp)
	write(filepath.Join(files, "logo.svg"), []byte(svg))
	write(filepath.Join(files, "evil.svg"), []byte(`<svg><script>alert(1)</script></svg>`))
	write(filepath.Join(files, "onload.svg"), []byte(`<svg onload="alert(1)"><rect/></svg>`))
	write(filepath.Join(files, "remote.svg"), []byte(`<svg xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://example.com/x.png"/></svg>`))
	write(filepath.Join(files, "notes.txt"), []byte("not an image"))
	write(filepath.Join(files, "png-named.jpg"), encoded(t, "png", 1, 1))
	write(filepath.Join(files, "100%.png"), encoded(t, "png", 2, 1))
	write(filepath.Join(files, "50%20off.png"), encoded(t, "png", 3, 1))
	outside = filepath.Join(dir, "secret.png")
	write(outside, encoded(t, "png", 1, 1))
	if err := os.Symlink(outside, filepath.Join(files, "link.png")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("photo.jpg", filepath.Join(files, "inside-link.jpg")); err != nil {
		t.Fatal(err)
	}
	return base, outside
}

func TestLoadLocal(t *testing.T) {
	base, outside := folder(t)
	tests := []struct {
		ref  string
		want string // "type WxH" or "error: substring"
	}{
		{"page_files/photo.jpg", "image/jpeg 4x3"},
		{"./page_files/photo.jpg?v=2#x", "image/jpeg 4x3"},
		{"page_files/my%20chart.png", "image/png 5x2"},
		{"page_files/my chart.png", "image/png 5x2"},
		{"page_files/100%.png", "image/png 2x1"},
		{"page_files/50%20off.png", "image/png 3x1"},
		{"page_files/anim.gif", "image/gif 2x2"},
		{"page_files/gopher.webp", "image/png 75x100"},
		{"page_files/logo.svg", "image/svg+xml 0x0"},
		{"page_files/png-named.jpg", "image/png 1x1"},
		{"page_files/inside-link.jpg", "image/jpeg 4x3"},
		{"page_files/../page_files/photo.jpg", "image/jpeg 4x3"},
		{"page_files/evil.svg", "error: scripts"},
		{"page_files/onload.svg", "error: scripts"},
		{"page_files/remote.svg", "error: remote references"},
		{"page_files/notes.txt", "error: unsupported"},
		{"page_files/missing.png", "error: no file page_files/missing.png"},
		{"page_files", "error: not a regular file"},
		{"../secret.png", "error: leaves the page's folder"},
		{"page_files/../../secret.png", "error: leaves the page's folder"},
		{"page_files/link.png", "error: leaves the page's folder"},
		{outside, "error: leaves the page's folder"},
		{"file://" + filepath.ToSlash(outside), "error: leaves the page's folder"},
		{"file://" + filepath.ToSlash(filepath.Join(base, "page_files", "photo.jpg")), "image/jpeg 4x3"},
		{"https://example.com/a.png", "error: remote images are not fetched"},
		{"ftp://example.com/a.png", "error: unsupported"},
		{"", "error: empty"},
	}
	for _, tt := range tests {
		t.Run(tt.ref, func(t *testing.T) {
			img, err := Load(tt.ref, LoadOptions{BaseDir: base, Alt: "alt"})
			checkResult(t, img, err, tt.want)
		})
	}
}

func checkResult(t *testing.T, img *content.Image, err error, want string) {
	t.Helper()
	if msg, ok := strings.CutPrefix(want, "error: "); ok {
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Fatalf("error = %v, want one containing %q", err, msg)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprintf("%s %dx%d", img.MediaType, img.Width, img.Height); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestLoadNoBase(t *testing.T) {
	_, err := Load("photo.jpg", LoadOptions{})
	if !errors.Is(err, ErrNoBase) {
		t.Fatalf("error = %v, want ErrNoBase", err)
	}
}

func TestLoadDataURI(t *testing.T) {
	b64 := base64.StdEncoding.EncodeToString(encoded(t, "png", 3, 2))
	tests := []struct {
		ref, want string
	}{
		{"data:image/png;base64," + b64, "image/png 3x2"},
		{"DATA:image/png;BASE64," + b64[:20] + "\n " + b64[20:], "image/png 3x2"},
		{"data:;base64," + strings.TrimRight(b64, "="), "image/png 3x2"},
		{"data:image/svg+xml," + strings.ReplaceAll(svg, " ", "%20"), "image/svg+xml 0x0"},
		{"data:image/png;base64,!!!", "error: bad base64"},
		{"data:image/png", "error: without a comma"},
		{"data:text/plain,hello", "error: unsupported"},
	}
	for _, tt := range tests {
		t.Run(shorten(tt.ref), func(t *testing.T) {
			img, err := Load(tt.ref, LoadOptions{})
			checkResult(t, img, err, tt.want)
		})
	}
}

func TestLoadLimits(t *testing.T) {
	data := encoded(t, "png", 20, 20)
	uri := "data:image/png;base64," + base64.StdEncoding.EncodeToString(data)
	if _, err := Load(uri, LoadOptions{MaxBytes: 10}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("byte cap: %v", err)
	}
	if _, err := Load(uri, LoadOptions{MaxPixels: 399}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("pixel cap: %v", err)
	}
	if _, err := Load(uri, LoadOptions{MaxPixels: 400}); err != nil {
		t.Errorf("at the pixel cap: %v", err)
	}
}

func TestLoadRemote(t *testing.T) {
	png := encoded(t, "png", 2, 3)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/img/a.png" {
			http.NotFound(w, r)
			return
		}
		w.Write(png)
	}))
	defer srv.Close()
	client := fetch.NewClient(fetch.ClientOptions{AllowPrivate: true}) // the test server is on 127.0.0.1
	tests := []struct {
		ref  string
		opts LoadOptions
		want string
	}{
		{srv.URL + "/img/a.png", LoadOptions{Client: client}, "image/png 2x3"},
		{"a.png", LoadOptions{Client: client, BaseURL: srv.URL + "/img/page.html"}, "image/png 2x3"},
		{"/img/a.png", LoadOptions{Client: client, BaseURL: srv.URL + "/x/y"}, "image/png 2x3"},
		{"//" + strings.TrimPrefix(srv.URL, "http://") + "/img/a.png", LoadOptions{Client: client, BaseURL: srv.URL + "/"}, "image/png 2x3"},
		{"//cdn.example.com/a.png", LoadOptions{BaseDir: "."}, "error: remote images are not fetched"},
		{"a.png", LoadOptions{BaseURL: srv.URL + "/img/page.html"}, "error: remote images are not fetched"},
		{srv.URL + "/nope.png", LoadOptions{Client: client}, "error: 404"},
	}
	for _, tt := range tests {
		t.Run(tt.ref, func(t *testing.T) {
			tt.opts.Context = context.Background()
			img, err := Load(tt.ref, tt.opts)
			checkResult(t, img, err, tt.want)
		})
	}
}

func TestIsSVG(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{svg, true},
		{"\xef\xbb\xbf<svg>", true},
		{"<svgx>", false},
		{"<html><svg>", false},
		{"<?xml", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isSVG([]byte(tt.in)); got != tt.want {
			t.Errorf("isSVG(%q) = %v", tt.in, got)
		}
	}
}

func ExampleLoad() {
	// A one-pixel PNG as a data: URI, as SingleFile saves pages.
	var buf bytes.Buffer
	png.Encode(&buf, stdimage.NewGray(stdimage.Rect(0, 0, 1, 1)))
	ref := "data:image/png;base64," + base64.StdEncoding.EncodeToString(buf.Bytes())
	img, err := Load(ref, LoadOptions{Alt: "a dot"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.MediaType, img.Width, img.Height, img.Alt)
	_, err = Load("../outside.png", LoadOptions{BaseDir: "."})
	fmt.Println(err)
	// Output:
	// image/png 1 1 a dot
	// image ../outside.png: image path leaves the page's folder
}
