package epub

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/offprint/offprint/internal/goepub"
)

// kindleMaxBytes is the largest book Send to Kindle accepts by e-mail.
const kindleMaxBytes = 50 << 20

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
	if b.stopped() {
		return fmt.Errorf("epub: %w", b.stop)
	}
	if b.err != nil {
		return fmt.Errorf("epub: %w", b.err)
	}
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
	if len(out) > kindleMaxBytes {
		b.warn(fmt.Sprintf("the EPUB is %d MB: Send to Kindle rejects books over 50 MB; lower the image size limit", len(out)>>20))
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("epub: write: %w", err)
	}
	return nil
}

// goEpub hands every file to go-epub and returns the zip it writes.
func (b *builder) goEpub() ([]byte, error) {
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
	fontFiles, err := b.fontAssets()
	if err != nil {
		return nil, err
	}
	for _, f := range fontFiles {
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
	if css != cssHref {
		return nil, fmt.Errorf("go-epub put the stylesheet at %s, not %s", css, cssHref)
	}
	// The content files were packed as they were rendered (addFile).
	var buf bytes.Buffer
	_, err = e.WriteTo(&buf) // in memory: offprint's go-epub keeps storage per book
	return buf.Bytes(), err
}

// goEpubHTML is how go-epub opens <html> in the XHTML files it writes.
const goEpubHTML = `<html xmlns="http://www.w3.org/1999/xhtml"`

// epubNS is the declaration of the epub: namespace go-epub writes.
const epubNS = ` xmlns:epub="http://www.idpf.org/2007/ops"`

// namedRefs turns the named character references go-epub's templates
// write into numeric ones, as escapeTo writes them.
var namedRefs = strings.NewReplacer("&amp;", "&#38;", "&lt;", "&#60;", "&gt;", "&#62;", "&quot;", "&#34;", "&apos;", "&#39;")
