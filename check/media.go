package check

import (
	"bytes"
	"io"
	"path"
	"slices"
	"strings"
)

// extTypes returns the media types accepted for a file extension, the
// preferred one first, or nil for extensions it does not know.
func extTypes(ext string) []string {
	switch ext {
	case ".xhtml", ".html", ".htm":
		return []string{"application/xhtml+xml"}
	case ".css":
		return []string{"text/css"}
	case ".ncx":
		return []string{"application/x-dtbncx+xml"}
	case ".png":
		return []string{"image/png"}
	case ".jpg", ".jpeg":
		return []string{"image/jpeg"}
	case ".gif":
		return []string{"image/gif"}
	case ".svg":
		return []string{"image/svg+xml"}
	case ".webp":
		return []string{"image/webp"}
	case ".ttf":
		return []string{"font/ttf", "application/x-font-ttf", "application/font-sfnt", "application/vnd.ms-opentype", "font/sfnt"}
	case ".otf":
		return []string{"font/otf", "application/x-font-otf", "application/font-sfnt", "application/vnd.ms-opentype", "font/sfnt"}
	case ".woff":
		return []string{"font/woff", "application/font-woff"}
	case ".woff2":
		return []string{"font/woff2"}
	case ".js":
		return []string{"application/javascript", "text/javascript", "application/ecmascript"}
	case ".smil":
		return []string{"application/smil+xml"}
	case ".mp3":
		return []string{"audio/mpeg"}
	case ".mp4":
		return []string{"audio/mp4", "video/mp4"}
	case ".m4a":
		return []string{"audio/mp4"}
	case ".pls":
		return []string{"application/pls+xml"}
	}
	return nil
}

// sniffImage returns the raster image media type the bytes start with, or "".
func sniffImage(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		return "image/png"
	case bytes.HasPrefix(head, []byte("\xff\xd8\xff")):
		return "image/jpeg"
	case bytes.HasPrefix(head, []byte("GIF87a")), bytes.HasPrefix(head, []byte("GIF89a")):
		return "image/gif"
	case len(head) >= 12 && string(head[:4]) == "RIFF" && string(head[8:12]) == "WEBP":
		return "image/webp"
	}
	return ""
}

// checkMediaType compares an item's declared media type with its content
// (for raster images) and its extension, and reports WebP images.
func (c *epubChecker) checkMediaType(it *opfItem) {
	declared := strings.ToLower(strings.TrimSpace(it.MediaType))
	if declared == "" {
		c.add("opf-media-type", "manifest item %q (%s) has no media-type", it.ID, it.path)
		return
	}
	ext := strings.ToLower(path.Ext(it.path))
	want := extTypes(ext)
	ok := want != nil
	sniffed := ""
	if strings.HasPrefix(declared, "image/") || (ok && strings.HasPrefix(want[0], "image/")) {
		sniffed = sniffImage(c.head(it.path, 12))
	}
	if sniffed == "image/webp" || declared == "image/webp" {
		c.add("kindle-webp", "%s is a WebP image; Kindle rejects WebP (use JPEG or PNG)", it.path)
	}
	if sniffed != "" {
		if declared != sniffed {
			c.add("opf-media-type", "%s is declared %s but its content is %s", it.path, declared, sniffed)
		}
		return
	}
	if ok && !slices.Contains(want, declared) {
		c.add("opf-media-type", "%s is declared %s; a %s file should be %s", it.path, declared, ext, want[0])
	}
	if ok && strings.HasPrefix(want[0], "image/") && want[0] != "image/svg+xml" && declared == want[0] {
		c.add("opf-media-type", "%s is declared %s but its content is not a %s image", it.path, declared, strings.TrimPrefix(declared, "image/"))
	}
}

// head returns up to n first bytes of the zip entry name, or nil.
func (c *epubChecker) head(name string, n int) []byte {
	f := c.files[name]
	if f == nil {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	buf := make([]byte, n)
	m, _ := io.ReadFull(rc, buf)
	return buf[:m]
}
