package epub

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"html"
	"io"
	"strings"
	"time"

	"github.com/offprint/offprint/internal/goepub"
)

// cssHref is the stylesheet as go-epub's AddCSS names it for a section.
const cssHref = "../" + cssFolder + "/style.css"

// packed is a content file as it goes into the zip: compressed the way
// archive/zip compresses (deflate, level 5), with the CRC and size its
// header needs. A section is packed as soon as it is rendered, so the
// book holds its text compressed, once, instead of every section's
// markup in go-epub's files and the zip read back.
type packed struct {
	data []byte // the deflated content
	crc  uint32
	size uint64 // uncompressed
}

// packer compresses content files with one reused compressor (a new
// one allocates about a megabyte).
type packer struct {
	buf bytes.Buffer
	fw  *flate.Writer
}

// packSection writes the XHTML file of a section with body as go-epub
// frames it, with the changes go-epub's output needs (lang attributes,
// numeric character references, no unused epub: namespace), and
// compresses it.
func (pk *packer) packSection(title, lang, body string) (*packed, error) {
	head, tail, err := goepub.SectionFrame(title, cssHref)
	if err != nil {
		return nil, err
	}
	usesEpub := strings.Contains(head, " epub:type=") || strings.Contains(body, " epub:type=") || strings.Contains(tail, " epub:type=")
	if !usesEpub {
		head = strings.Replace(head, epubNS, "", 1)
	}
	head = namedRefs.Replace(head)
	i := strings.Index(head, goEpubHTML)
	if i < 0 || i > 512 {
		return nil, errors.New("go-epub's XHTML has no <html> element where expected")
	}
	at := i + len(goEpubHTML)
	head = head[:at] + langAttrs(lang) + head[at:]
	// No named reference spans the joins: the frame ends and starts
	// the body with a line break.
	return pk.compress(func(w io.Writer) error {
		if _, err := io.WriteString(w, head); err != nil {
			return err
		}
		if _, err := namedRefs.WriteString(w, body); err != nil {
			return err
		}
		_, err := namedRefs.WriteString(w, tail)
		return err
	})
}

// pack compresses data.
func (pk *packer) pack(data []byte) (*packed, error) {
	return pk.compress(func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// compress packs what write writes.
func (pk *packer) compress(write func(io.Writer) error) (*packed, error) {
	pk.buf.Reset()
	if pk.fw == nil {
		var err error
		if pk.fw, err = flate.NewWriter(&pk.buf, 5); err != nil { // archive/zip's compressor
			return nil, err
		}
	} else {
		pk.fw.Reset(&pk.buf)
	}
	sum := crc32.NewIEEE()
	w := &countingWriter{w: pk.fw, sum: sum}
	if err := write(w); err != nil {
		return nil, err
	}
	if err := pk.fw.Close(); err != nil {
		return nil, err
	}
	return &packed{data: bytes.Clone(pk.buf.Bytes()), crc: sum.Sum32(), size: uint64(w.n)}, nil
}

// countingWriter counts and checksums what it passes on.
type countingWriter struct {
	w   io.Writer
	sum hash.Hash32
	n   int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.sum.Write(p)
	c.n += int64(len(p))
	return c.w.Write(p)
}

// packedFile writes a packed file under offprint's header, with the data
// descriptor and versions zip.Writer.CreateHeader gives an entry it
// compresses itself (TestPackSection compares them).
func packedFile(z *zip.Writer, name string, p *packed, t time.Time) error {
	h := header(name, zip.Deflate, t)
	h.Flags |= 0x8 // a data descriptor follows, as CreateHeader writes
	h.CreatorVersion = 20
	h.ReaderVersion = 20
	return writePacked(z, h, p)
}

// writePacked writes p's compressed bytes as the entry h, with p's
// checksum and sizes.
func writePacked(z *zip.Writer, h *zip.FileHeader, p *packed) error {
	h.CRC32 = p.crc
	h.CompressedSize64 = uint64(len(p.data))
	h.UncompressedSize64 = p.size
	w, err := z.CreateRaw(h)
	if err != nil {
		return err
	}
	_, err = w.Write(p.data)
	return err
}

// addFile renders nothing more: it packs the content file body and keeps
// what the stylesheet (its classes) and the embedded fonts (its
// characters) need of it, then lets the body go.
func (b *builder) addFile(name, title, lang, body string) {
	if b.stopped() {
		return
	}
	title = label(title, "Untitled")
	f := &xfile{name: name, title: title, lang: lang}
	b.files = append(b.files, f)
	addClasses(b.usedClasses, body)
	if b.opts.EmbedFonts {
		addRunes(b.runes, title)
		addRunes(b.runes, html.UnescapeString(tagRE.ReplaceAllString(body, "")))
	}
	p, err := b.packer.packSection(title, lang, body)
	if err != nil {
		b.err = errors.Join(b.err, fmt.Errorf("%s: %w", name, err))
		return
	}
	f.packed = p
}
