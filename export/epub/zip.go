package epub

import (
	"archive/zip"
	"bytes"
	"fmt"
	"hash/crc32"
	"strings"
	"time"
)

// containerXML is META-INF/container.xml: it points at the package
// document (byte for byte what go-epub wrote).
const containerXML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml" />
  </rootfiles>
</container>
`

// writeZip writes the package, once: mimetype first and stored, then
// the container, offprint's package document, and the files offprint
// planned in a fixed order, every entry at a fixed time. The content
// files were compressed as they were rendered; the rest is compressed
// here (deflate, level 5, as archive/zip does).
func (b *builder) writeZip() ([]byte, error) {
	items, err := b.manifest()
	if err != nil {
		return nil, err
	}
	modified := b.modified()
	var out bytes.Buffer
	out.Grow(b.packedSize() + 4096)
	z := zip.NewWriter(&out)
	if err := storeFile(z, "mimetype", []byte("application/epub+zip"), modified); err != nil {
		return nil, err
	}
	head := []*item{{path: "../META-INF/container.xml", data: []byte(containerXML)}, {path: "package.opf", data: b.packageDocument(items, b.identifier(), modified)}}
	for _, it := range append(head, items...) {
		name := strings.TrimPrefix("EPUB/"+it.path, "EPUB/../")
		switch {
		case it.packed != nil:
			err = packedFile(z, name, it.packed, modified)
		case it.media:
			err = b.mediaFile(z, name, it.data, modified)
		default:
			err = b.deflateFile(z, name, it.data, modified)
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

// packedSize is about what the zip will take: the packed content files
// and the images and fonts at their size.
func (b *builder) packedSize() int {
	n := 0
	for _, f := range b.files {
		n += len(f.packed.data) + 200
	}
	for _, im := range b.images {
		n += len(im.data)
	}
	if b.cover != nil {
		n += len(b.cover.data)
	}
	for _, f := range b.fonts {
		n += len(f.data)
	}
	return n
}

// manifest lists the publication's files in their final order: the cover,
// the navigation documents and stylesheet, the text in reading order, the
// images in order of appearance, the fonts. The nav document is not in the
// spine: MuPDF and FBReader would show it, hidden landmarks included, as a
// page of the text.
func (b *builder) manifest() ([]*item, error) {
	var items []*item
	kept := func(id, path, mediaType, properties string, data []byte) error {
		items = append(items, &item{id: id, path: path, mediaType: mediaType, properties: properties, data: data, media: true})
		return nil
	}
	if b.cover != nil {
		items = append(items, &item{id: "cover", path: xhtmlFolder + "/cover.xhtml", mediaType: "application/xhtml+xml", properties: "svg", data: b.coverDocument(), spine: true})
		if err := kept("cover-image", imageFolder+"/"+b.cover.name, b.cover.mediaType, "cover-image", b.cover.data); err != nil {
			return nil, err
		}
	}
	items = append(items,
		&item{id: "nav", path: "nav.xhtml", mediaType: "application/xhtml+xml", properties: "nav", data: b.navDocument()},
		&item{id: "ncx", path: "toc.ncx", mediaType: "application/x-dtbncx+xml", data: b.ncxDocument(b.identifier())})
	if err := kept("css", cssFolder+"/style.css", "text/css", "", []byte(b.stylesheet())); err != nil {
		return nil, err
	}
	for i, f := range b.files {
		path := xhtmlFolder + "/" + f.name
		items = append(items, &item{id: fmt.Sprintf("x%03d", i+1), path: path, mediaType: "application/xhtml+xml", packed: f.packed, spine: true})
	}
	for i, im := range b.images {
		if err := kept(fmt.Sprintf("img%03d", i+1), imageFolder+"/"+im.name, im.mediaType, "", im.data); err != nil {
			return nil, err
		}
	}
	fontFiles, err := b.fontAssets()
	if err != nil {
		return nil, err
	}
	for i, f := range fontFiles {
		if err := kept(fmt.Sprintf("font%d", i+1), fontFolder+"/"+f.name, f.mediaType, "", f.data); err != nil {
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

// deflateFile compresses a file with the packer's compressor and writes
// it as zip.Writer.CreateHeader would have (deflate, level 5, with a data
// descriptor: see packedFile): the same bytes, without the zip writer's
// own compressor (each allocates over 600 KB).
func (b *builder) deflateFile(z *zip.Writer, name string, data []byte, t time.Time) error {
	p, err := b.packer.pack(data)
	if err != nil {
		return err
	}
	return packedFile(z, name, p, t)
}

// mediaFile compresses a stylesheet, image or font with the packer's
// compressor and writes it under offprint's header without a data
// descriptor: the bytes go-epub's entries had when they were copied from
// its zip, when the package was still written twice.
func (b *builder) mediaFile(z *zip.Writer, name string, data []byte, t time.Time) error {
	p, err := b.packer.pack(data)
	if err != nil {
		return err
	}
	return writePacked(z, header(name, zip.Deflate, t), p)
}
