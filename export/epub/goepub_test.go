package epub

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/internal/goepub"
)

// The EPUB was once written by go-epub and its zip rewritten; these are
// the helpers of the tests that hold offprint's own zip to what that
// pipeline wrote.

// offline is the HTTP transport given to go-epub: nothing is fetched.
type offline struct{}

func (offline) RoundTrip(r *http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("epub: refusing to fetch %s: offprint works offline", r.URL.Redacted())
}

func dataURL(mediaType string, data []byte) string {
	return "data:" + mediaType + ";base64," + base64.StdEncoding.EncodeToString(data)
}

// archive is a zip go-epub wrote, read back.
type archive map[string]*zip.File

func readArchive(raw []byte) (archive, error) {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, err
	}
	a := make(archive, len(zr.File))
	for _, f := range zr.File {
		a[f.Name] = f
	}
	return a, nil
}

// file returns the entry at name (a path under EPUB/ unless it starts
// with "META-INF/").
func (a archive) file(name string) (*zip.File, error) {
	if !strings.HasPrefix(name, "META-INF/") {
		name = "EPUB/" + name
	}
	f, ok := a[name]
	if !ok {
		return nil, fmt.Errorf("go-epub left out %s", name)
	}
	return f, nil
}

// read returns the content of the entry at name.
func (a archive) read(name string) ([]byte, error) {
	f, err := a.file(name)
	if err != nil {
		return nil, err
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// rawEntry returns the compressed bytes of an entry.
func (a archive) rawEntry(t *testing.T, name string) []byte {
	t.Helper()
	f, err := a.file(name)
	if err != nil {
		t.Fatal(err)
	}
	r, err := f.OpenRaw()
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestMediaAsGoEpub: the stylesheet, images and fonts offprint compresses
// itself are the bytes go-epub's zip held for them, and the container is
// go-epub's.
func TestMediaAsGoEpub(t *testing.T) {
	font, err := fonts.Data(fonts.Regular)
	if err != nil {
		t.Fatal(err)
	}
	cover, err := drawCover(content.Meta{Title: "A cover to compress", Publisher: "offprint", Authors: []content.Author{{Name: "A. Writer"}}}, "en", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	css := []byte(strings.Repeat("p { margin: 0 }\n", 500))
	e, err := goepub.NewEpub("Book")
	if err != nil {
		t.Fatal(err)
	}
	e.Client = &http.Client{Transport: offline{}}
	if _, err := e.AddCSS(dataURL("text/css", css), "style.css"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.AddImage(dataURL("image/png", cover.data), "cover.png"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.AddFont(dataURL("application/octet-stream", font), "f.ttf"); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := e.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	arc, err := readArchive(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var pk packer
	for name, data := range map[string][]byte{cssFolder + "/style.css": css, imageFolder + "/cover.png": cover.data, fontFolder + "/f.ttf": font} {
		p, err := pk.pack(data)
		if err != nil {
			t.Fatal(err)
		}
		if want := arc.rawEntry(t, name); !bytes.Equal(p.data, want) {
			t.Errorf("%s: packed %d bytes, go-epub's zip %d, or other bytes", name, len(p.data), len(want))
		}
	}
	container, err := arc.read("META-INF/container.xml")
	if err != nil {
		t.Fatal(err)
	}
	if string(container) != containerXML {
		t.Errorf("container.xml: %q, go-epub wrote %q", containerXML, container)
	}
}
