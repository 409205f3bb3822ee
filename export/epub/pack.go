package epub

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	goepub "github.com/go-shiori/go-epub"
)

// go-epub keeps its working files in a process-global storage. offprint
// selects the in-memory one once, and serialises WriteTo because that
// storage is a plain map, unsafe for concurrent use.
var (
	memoryFS   sync.Once
	memoryFSMu sync.Mutex
)

// offline is the HTTP transport given to go-epub: every media file is a
// data: URL, and nothing may ever be fetched behind the user's back.
type offline struct{}

func (offline) RoundTrip(r *http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("epub: refusing to fetch %s: offprint works offline", r.URL.Redacted())
}

// short cuts an error of go-epub, which quotes whole data: URLs, to a
// readable length.
func short(err error) error {
	msg := err.Error()
	if len(msg) <= 300 {
		return err
	}
	return errors.New(msg[:150] + " … " + msg[len(msg)-100:])
}

func dataURL(mediaType string, data []byte) string {
	return "data:" + mediaType + ";base64," + base64.StdEncoding.EncodeToString(data)
}

// finish packages the collected files and writes the EPUB to w.
func (b *builder) finish(w io.Writer) error {
	if err := b.prepareCover(); err != nil {
		return err
	}
	raw, err := b.goEpub()
	if err != nil {
		return fmt.Errorf("epub: package with go-epub: %w", err)
	}
	out, err := b.normalise(raw)
	if err != nil {
		return fmt.Errorf("epub: normalise the package: %w", err)
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("epub: write: %w", err)
	}
	return nil
}

// goEpub hands every file to go-epub and returns the zip it writes.
func (b *builder) goEpub() ([]byte, error) {
	memoryFS.Do(func() { _ = goepub.Use(goepub.MemoryFS) })
	e, err := goepub.NewEpub(label(b.meta.Title, "Untitled"))
	if err != nil {
		return nil, err
	}
	e.Client = &http.Client{Transport: offline{}}
	e.SetLang(b.lang)
	css, err := e.AddCSS(dataURL("text/css", []byte(b.stylesheet())), "style.css")
	if err != nil {
		return nil, short(err)
	}
	for _, f := range b.fontAssets() {
		// The data: URL parser go-epub uses knows no "font/" type; the
		// manifest gets the real media type.
		if _, err := e.AddFont(dataURL("application/octet-stream", f.data), f.name); err != nil {
			return nil, short(err)
		}
	}
	for _, im := range b.images {
		if _, err := e.AddImage(dataURL(im.mediaType, im.data), im.name); err != nil {
			return nil, short(err)
		}
	}
	if b.cover != nil {
		p, err := e.AddImage(dataURL(b.cover.mediaType, b.cover.data), b.cover.name)
		if err != nil {
			return nil, short(err)
		}
		if err := e.SetCover(p, css); err != nil {
			return nil, err
		}
	}
	for _, f := range b.files {
		if _, err := e.AddSection(f.body, f.title, f.name, css); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	memoryFSMu.Lock()
	_, err = e.WriteTo(&buf)
	memoryFSMu.Unlock()
	return buf.Bytes(), err
}

// normalise rewrites go-epub's zip into the final package: the files
// offprint planned, in a fixed order, with its own package document, nav,
// NCX and cover page, the language on every XHTML file, fixed entry
// times, and mimetype first and stored.
func (b *builder) normalise(raw []byte) ([]byte, error) {
	files, err := unzip(raw)
	if err != nil {
		return nil, err
	}
	items, err := b.manifest(files)
	if err != nil {
		return nil, err
	}
	id := b.identifier()
	modified := b.modified()
	container, ok := files["META-INF/container.xml"]
	if !ok || !bytes.Contains(container, []byte(`full-path="EPUB/package.opf"`)) {
		return nil, errors.New("go-epub wrote no container pointing at EPUB/package.opf")
	}
	var out bytes.Buffer
	z := zip.NewWriter(&out)
	if err := storeFile(z, "mimetype", []byte("application/epub+zip"), modified); err != nil {
		return nil, err
	}
	entries := []*item{{path: "../META-INF/container.xml", data: container}, {path: "package.opf", data: b.packageDocument(items, id, modified)}}
	for _, it := range append(entries, items...) {
		name := strings.TrimPrefix("EPUB/"+it.path, "EPUB/../")
		if err := deflateFile(z, name, it.data, modified); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// manifest lists the publication's files in their final order, taking the
// bytes go-epub wrote (patched where needed) or offprint's own documents.
func (b *builder) manifest(files map[string][]byte) ([]*item, error) {
	from := func(path string) ([]byte, error) {
		d, ok := files["EPUB/"+path]
		if !ok {
			return nil, fmt.Errorf("go-epub left out %s", path)
		}
		return d, nil
	}
	var items []*item
	if b.cover != nil {
		data, err := from(imageFolder + "/" + b.cover.name)
		if err != nil {
			return nil, err
		}
		items = append(items,
			&item{id: "cover", path: xhtmlFolder + "/cover.xhtml", mediaType: "application/xhtml+xml", properties: "svg", data: b.coverDocument(), spine: true},
			&item{id: "cover-image", path: imageFolder + "/" + b.cover.name, mediaType: b.cover.mediaType, properties: "cover-image", data: data})
	}
	css, err := from(cssFolder + "/style.css")
	if err != nil {
		return nil, err
	}
	items = append(items,
		&item{id: "nav", path: "nav.xhtml", mediaType: "application/xhtml+xml", properties: "nav", data: b.navDocument(), spine: true},
		&item{id: "ncx", path: "toc.ncx", mediaType: "application/x-dtbncx+xml", data: b.ncxDocument(b.identifier())},
		&item{id: "css", path: cssFolder + "/style.css", mediaType: "text/css", data: css})
	for i, f := range b.files {
		data, err := from(xhtmlFolder + "/" + f.name)
		if err != nil {
			return nil, err
		}
		if data, err = setLanguage(data, f.lang); err != nil {
			return nil, fmt.Errorf("%s: %w", f.name, err)
		}
		items = append(items, &item{id: fmt.Sprintf("x%03d", i+1), path: xhtmlFolder + "/" + f.name, mediaType: "application/xhtml+xml", data: data, spine: true})
	}
	for i, im := range b.images {
		data, err := from(imageFolder + "/" + im.name)
		if err != nil {
			return nil, err
		}
		items = append(items, &item{id: fmt.Sprintf("img%03d", i+1), path: imageFolder + "/" + im.name, mediaType: im.mediaType, data: data})
	}
	for i, f := range b.fontAssets() {
		data, err := from(fontFolder + "/" + f.name)
		if err != nil {
			return nil, err
		}
		items = append(items, &item{id: fmt.Sprintf("font%d", i+1), path: fontFolder + "/" + f.name, mediaType: f.mediaType, data: data})
	}
	return items, nil
}

// goEpubHTML is how go-epub opens <html> in the XHTML files it writes.
const goEpubHTML = `<html xmlns="http://www.w3.org/1999/xhtml"`

// setLanguage adds lang and xml:lang to the <html> element go-epub wrote:
// readers hyphenate only when they know the language.
func setLanguage(data []byte, lang string) ([]byte, error) {
	i := bytes.Index(data, []byte(goEpubHTML))
	if i < 0 || i > 512 {
		return nil, errors.New("go-epub's XHTML has no <html> element where expected")
	}
	at := i + len(goEpubHTML)
	attrs := ` lang="` + escape(lang) + `" xml:lang="` + escape(lang) + `"`
	out := make([]byte, 0, len(data)+len(attrs))
	out = append(out, data[:at]...)
	out = append(out, attrs...)
	return append(out, data[at:]...), nil
}

// unzip reads every file of an archive into memory.
func unzip(raw []byte) (map[string][]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, err
	}
	files := make(map[string][]byte, len(zr.File))
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		files[f.Name] = data
	}
	return files, nil
}

// header returns a zip header with a fixed MS-DOS time and no extra
// fields (no extended timestamp, which would vary with the time zone
// handling of the tool that reads it).
func header(name string, method uint16, t time.Time) *zip.FileHeader {
	if t.Year() < 1980 {
		t = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return &zip.FileHeader{
		Name:         name,
		Method:       method,
		ModifiedDate: uint16((t.Year()-1980)<<9 | int(t.Month())<<5 | t.Day()),
		ModifiedTime: uint16(t.Hour()<<11 | t.Minute()<<5 | t.Second()/2),
	}
}

// storeFile writes an uncompressed entry without a data descriptor, as
// OCF requires of mimetype.
func storeFile(z *zip.Writer, name string, data []byte, t time.Time) error {
	h := header(name, zip.Store, t)
	h.CRC32 = crc32.ChecksumIEEE(data)
	h.CompressedSize64 = uint64(len(data))
	h.UncompressedSize64 = uint64(len(data))
	w, err := z.CreateRaw(h)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

func deflateFile(z *zip.Writer, name string, data []byte, t time.Time) error {
	w, err := z.CreateHeader(header(name, zip.Deflate, t))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
