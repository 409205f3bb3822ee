package check

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"
)

// limits bounds the work done on one EPUB. The zero value is not useful:
// use defaultLimits.
type limits struct {
	kindleSize int64 // larger EPUBs are reported (Kindle's limit is 50 MB)
	entry      int64 // largest zip entry read, uncompressed
	total      int64 // most bytes decompressed for one EPUB
}

// defaultLimits returns the limits EPUB uses. Send to Kindle rejects files
// of 50 MB and more; 45 MB keeps a margin ("well under 50 MB").
func defaultLimits() limits {
	return limits{kindleSize: 45 << 20, entry: 64 << 20, total: 256 << 20}
}

// epubMimetype is the required content of the mimetype entry.
const epubMimetype = "application/epub+zip"

// epubChecker holds the state of one EPUB check.
type epubChecker struct {
	problems
	lim   limits
	zr    *zip.Reader
	files map[string]*zip.File // by name
	read  int64                // bytes decompressed so far
	pkg   *opfPackage          // nil when the package document is unusable
	docs  map[string]*xhtmlDoc // parsed content documents, by zip path
	links []link               // every internal reference found
}

// EPUB checks the EPUB read from r, which holds size bytes. The error is
// non-nil only when r is not a zip archive at all; everything else is
// reported as problems.
func EPUB(r io.ReaderAt, size int64) ([]Problem, error) {
	return checkEPUB(r, size, defaultLimits())
}

// checkEPUB is EPUB with explicit limits.
func checkEPUB(r io.ReaderAt, size int64, lim limits) ([]Problem, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("not an EPUB (zip) file: %w", err)
	}
	c := &epubChecker{lim: lim, zr: zr, files: make(map[string]*zip.File), docs: make(map[string]*xhtmlDoc)}
	if size >= lim.kindleSize {
		c.add("kindle-size", "the EPUB is %.1f MB; Send to Kindle needs well under 50 MB (keep it below %d MB)",
			float64(size)/1e6, lim.kindleSize>>20)
	}
	for _, f := range zr.File {
		if _, dup := c.files[f.Name]; dup {
			c.add("epub-duplicate-entry", "zip entry %s appears more than once", f.Name)
		}
		c.files[f.Name] = f
	}
	c.checkMimetype()
	root := c.rootfile()
	if root != "" {
		c.checkPackage(root)
	}
	return c.list, nil
}

// checkMimetype checks that the first entry is an uncompressed "mimetype"
// holding exactly application/epub+zip.
func (c *epubChecker) checkMimetype() {
	if len(c.zr.File) == 0 || c.zr.File[0].Name != "mimetype" {
		if c.files["mimetype"] == nil {
			c.add("epub-mimetype", "no mimetype entry; it must be the first zip entry, stored, containing %q", epubMimetype)
		} else {
			c.add("epub-mimetype", "mimetype is not the first zip entry")
		}
	}
	f := c.files["mimetype"]
	if f == nil {
		return
	}
	if f.Method != zip.Store {
		c.add("epub-mimetype", "mimetype entry is compressed; it must be stored")
	}
	data, err := c.readFile(f.Name)
	if err != nil {
		return
	}
	if string(data) != epubMimetype {
		c.add("epub-mimetype", "mimetype entry contains %q, want exactly %q", truncate(string(data), 40), epubMimetype)
	}
}

// rootfile reads META-INF/container.xml and returns the path of the package
// document, or "" after reporting why there is none.
func (c *epubChecker) rootfile() string {
	const name = "META-INF/container.xml"
	if c.files[name] == nil {
		c.add("epub-container", "%s is missing", name)
		return ""
	}
	data, err := c.readFile(name)
	if err != nil {
		return ""
	}
	var ct struct {
		Rootfiles []struct {
			FullPath  string `xml:"full-path,attr"`
			MediaType string `xml:"media-type,attr"`
		} `xml:"rootfiles>rootfile"`
	}
	if err := xml.Unmarshal(data, &ct); err != nil {
		c.add("epub-container", "%s is not well-formed XML: %v", name, err)
		return ""
	}
	for _, rf := range ct.Rootfiles {
		if rf.MediaType != "application/oebps-package+xml" {
			continue
		}
		if c.files[rf.FullPath] == nil {
			c.add("epub-rootfile-missing", "%s names %q, which is not in the EPUB", name, rf.FullPath)
			return ""
		}
		return rf.FullPath
	}
	c.add("epub-container", "%s has no rootfile of media type application/oebps-package+xml", name)
	return ""
}

// readFile returns the uncompressed content of the zip entry name, reporting
// a problem (and returning an error) when it is unreadable or over the
// limits. Callers report a missing entry under their own rule first; here
// it is only an error.
func (c *epubChecker) readFile(name string) ([]byte, error) {
	f := c.files[name]
	if f == nil {
		return nil, fmt.Errorf("%s missing", name)
	}
	max := min(c.lim.entry, c.lim.total-c.read)
	if max <= 0 || f.UncompressedSize64 > uint64(max) {
		c.add("epub-too-large", "%s is too large to check (%d bytes)", name, f.UncompressedSize64)
		return nil, fmt.Errorf("%s too large", name)
	}
	rc, err := f.Open()
	if err != nil {
		c.add("epub-zip", "cannot open %s: %v", name, err)
		return nil, err
	}
	defer rc.Close()
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(rc, max+1))
	c.read += n
	if err != nil {
		c.add("epub-zip", "cannot read %s: %v", name, err)
		return nil, err
	}
	if n > max {
		c.add("epub-too-large", "%s is too large to check (more than %d bytes)", name, max)
		return nil, fmt.Errorf("%s too large", name)
	}
	return buf.Bytes(), nil
}

// resolve joins a relative URL path found in the document at base (a zip
// path) into a zip path. It reports ok=false for paths that leave the
// container.
func resolve(base, rel string) (string, bool) {
	if rel == "" {
		return base, true
	}
	p := path.Join(path.Dir(base), rel)
	if strings.HasPrefix(rel, "/") || p == ".." || strings.HasPrefix(p, "../") {
		return p, false
	}
	return p, true
}

// truncate shortens s to at most n bytes for messages.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
