package check

import (
	"bytes"
	"io"
	"path"
	"slices"
	"strings"
)

// extTypes lists the media types accepted for each file extension. The first
// one is the preferred type.
var extTypes = map[string][]string{
	".xhtml": {"application/xhtml+xml"},
	".html":  {"application/xhtml+xml"},
	".htm":   {"application/xhtml+xml"},
	".css":   {"text/css"},
	".ncx":   {"application/x-dtbncx+xml"},
	".png":   {"image/png"},
	".jpg":   {"image/jpeg"},
	".jpeg":  {"image/jpeg"},
	".gif":   {"image/gif"},
	".svg":   {"image/svg+xml"},
	".webp":  {"image/webp"},
	".ttf":   {"font/ttf", "application/x-font-ttf", "application/font-sfnt", "application/vnd.ms-opentype", "font/sfnt"},
	".otf":   {"font/otf", "application/x-font-otf", "application/font-sfnt", "application/vnd.ms-opentype", "font/sfnt"},
	".woff":  {"font/woff", "application/font-woff"},
	".woff2": {"font/woff2"},
	".js":    {"application/javascript", "text/javascript", "application/ecmascript"},
	".smil":  {"application/smil+xml"},
	".mp3":   {"audio/mpeg"},
	".mp4":   {"audio/mp4", "video/mp4"},
	".m4a":   {"audio/mp4"},
	".pls":   {"application/pls+xml"},
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
	want, ok := extTypes[ext]
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
