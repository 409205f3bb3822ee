package epub

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"time"
)

// archive is go-epub's zip, read back.
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
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return data, nil
}

// normalise rewrites go-epub's zip into the final package: the files
// offprint planned, in a fixed order, with its own package document, nav,
// NCX and cover page, the language on every XHTML file, fixed entry
// times, and mimetype first and stored. Entries kept as go-epub wrote
// them (stylesheet, images, fonts) are copied without recompressing.
func (b *builder) normalise(raw []byte) ([]byte, error) {
	arc, err := readArchive(raw)
	if err != nil {
		return nil, err
	}
	items, err := b.manifest(arc)
	if err != nil {
		return nil, err
	}
	container, err := arc.read("META-INF/container.xml")
	if err != nil {
		return nil, err
	}
	if !bytes.Contains(container, []byte(`full-path="EPUB/package.opf"`)) {
		return nil, errors.New("go-epub's container does not point at EPUB/package.opf")
	}
	modified := b.modified()
	var out bytes.Buffer
	out.Grow(len(raw) + len(raw)/8)
	z := zip.NewWriter(&out)
	if err := storeFile(z, "mimetype", []byte("application/epub+zip"), modified); err != nil {
		return nil, err
	}
	head := []*item{{path: "../META-INF/container.xml", data: container}, {path: "package.opf", data: b.packageDocument(items, b.identifier(), modified)}}
	for _, it := range append(head, items...) {
		name := strings.TrimPrefix("EPUB/"+it.path, "EPUB/../")
		switch {
		case it.packed != nil:
			err = packedFile(z, name, it.packed, modified)
		case it.raw != nil:
			err = copyFile(z, name, it.raw, modified)
		default:
			err = deflateFile(z, name, it.data, modified)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// manifest lists the publication's files in their final order: the cover,
// the navigation documents and stylesheet, the text in reading order, the
// images in order of appearance, the fonts. The nav document is not in the
// spine: MuPDF and FBReader would show it, hidden landmarks included, as a
// page of the text.
func (b *builder) manifest(arc archive) ([]*item, error) {
	var items []*item
	kept := func(id, path, mediaType, properties string) error {
		f, err := arc.file(path)
		if err == nil {
			items = append(items, &item{id: id, path: path, mediaType: mediaType, properties: properties, raw: f})
		}
		return err
	}
	if b.cover != nil {
		items = append(items, &item{id: "cover", path: xhtmlFolder + "/cover.xhtml", mediaType: "application/xhtml+xml", properties: "svg", data: b.coverDocument(), spine: true})
		if err := kept("cover-image", imageFolder+"/"+b.cover.name, b.cover.mediaType, "cover-image"); err != nil {
			return nil, err
		}
	}
	items = append(items,
		&item{id: "nav", path: "nav.xhtml", mediaType: "application/xhtml+xml", properties: "nav", data: b.navDocument()},
		&item{id: "ncx", path: "toc.ncx", mediaType: "application/x-dtbncx+xml", data: b.ncxDocument(b.identifier())})
	if err := kept("css", cssFolder+"/style.css", "text/css", ""); err != nil {
		return nil, err
	}
	for i, f := range b.files {
		path := xhtmlFolder + "/" + f.name
		items = append(items, &item{id: fmt.Sprintf("x%03d", i+1), path: path, mediaType: "application/xhtml+xml", packed: f.packed, spine: true})
	}
	for i, im := range b.images {
		if err := kept(fmt.Sprintf("img%03d", i+1), imageFolder+"/"+im.name, im.mediaType, ""); err != nil {
			return nil, err
		}
	}
	fontFiles, err := b.fontAssets()
	if err != nil {
		return nil, err
	}
	for i, f := range fontFiles {
		if err := kept(fmt.Sprintf("font%d", i+1), fontFolder+"/"+f.name, f.mediaType, ""); err != nil {
			return nil, err
		}
	}
	return items, nil
}

// header returns a zip header with a fixed MS-DOS time and no extra
// fields (no extended timestamp, whose reading depends on the tool).
func header(name string, method uint16, t time.Time) *zip.FileHeader {
	if t.Year() < 1980 {
		t = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if t.Year() > 2107 {
		t = time.Date(2107, 12, 31, 23, 59, 58, 0, time.UTC)
	}
	return &zip.FileHeader{
		Name:   name,
		Method: method,
		//lint:ignore SA1019 the MS-DOS fields alone: Modified would add an extended timestamp field to every entry
		ModifiedDate: uint16((t.Year()-1980)<<9 | int(t.Month())<<5 | t.Day()),
		//lint:ignore SA1019 see ModifiedDate
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
		return err
	}
	_, err = w.Write(data)
	return err
}

// copyFile copies an entry of go-epub's zip as it is compressed, under
// offprint's header (name, fixed time, no data descriptor).
func copyFile(z *zip.Writer, name string, f *zip.File, t time.Time) error {
	h := header(name, f.Method, t)
	h.CRC32 = f.CRC32
	h.CompressedSize64 = f.CompressedSize64
	h.UncompressedSize64 = f.UncompressedSize64
	r, err := f.OpenRaw()
	if err != nil {
		return err
	}
	w, err := z.CreateRaw(h)
	if err != nil {
		return err
	}
	_, err = io.Copy(w, r)
	return err
}
