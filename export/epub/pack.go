package epub

import (
	"fmt"
	"io"
	"strings"
)

// kindleMaxBytes is the largest book Send to Kindle accepts by e-mail.
const kindleMaxBytes = 50 << 20

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
	out, err := b.writeZip()
	if err != nil {
		return fmt.Errorf("epub: package: %w", err)
	}
	if len(out) > kindleMaxBytes {
		b.warn(fmt.Sprintf("the EPUB is %d MB: Send to Kindle rejects books over 50 MB; lower the image size limit", len(out)>>20))
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("epub: write: %w", err)
	}
	return nil
}

// goEpubHTML is how go-epub opens <html> in the XHTML files it writes.
const goEpubHTML = `<html xmlns="http://www.w3.org/1999/xhtml"`

// epubNS is the declaration of the epub: namespace go-epub writes.
const epubNS = ` xmlns:epub="http://www.idpf.org/2007/ops"`

// namedRefs turns the named character references go-epub's templates
// write into numeric ones, as escapeTo writes them.
var namedRefs = strings.NewReplacer("&amp;", "&#38;", "&lt;", "&#60;", "&gt;", "&#62;", "&quot;", "&#34;", "&apos;", "&#39;")
