package offprint

import (
	"bytes"
	"path/filepath"
	"strings"
)

// DetectFormat guesses an input's format: from the extension of name when
// it has a known one, else from the first 4 KiB of data — HTML when it
// starts like a web page, the model's JSON when it is an object with
// "version" and "blocks" keys, Markdown when it has front matter, a
// Markdown heading or a Markdown link, plain text otherwise.
func DetectFormat(name string, data []byte) Format {
	if f := formatOfExt(filepath.Ext(name)); f != "" {
		return f
	}
	return sniff(data)
}

func formatOfExt(ext string) Format {
	switch strings.ToLower(ext) {
	case ".txt", ".text":
		return Text
	case ".md", ".markdown", ".mdown", ".mkd":
		return Markdown
	case ".html", ".htm", ".xhtml", ".shtml":
		return HTML
	case ".json":
		return JSON
	}
	return ""
}

func sniff(data []byte) Format {
	head := bytes.ToLower(bytes.TrimSpace(bytes.TrimPrefix(data[:min(len(data), 4096)], []byte("\xef\xbb\xbf"))))
	for _, p := range []string{"<!doctype html", "<html", "<?xml", "<head", "<body", "<article"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return HTML
		}
	}
	if bytes.HasPrefix(head, []byte("{")) && bytes.Contains(head, []byte(`"version"`)) && bytes.Contains(head, []byte(`"blocks"`)) {
		return JSON
	}
	if bytes.HasPrefix(head, []byte("---\n")) || bytes.HasPrefix(head, []byte("# ")) ||
		bytes.Contains(head, []byte("\n## ")) || bytes.Contains(head, []byte("](http")) {
		return Markdown
	}
	return Text
}
