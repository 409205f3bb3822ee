package goepub

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vincent-petithory/dataurl"
)

// TestDecodeBase64DataURL checks the direct decoding against the dataurl
// package: what both decode, they decode the same; what the fast path
// declines, dataurl still handles (or rejects). The fast path is more
// lenient about the media type, which it ignores (dataurl's grammar has no
// "font/" types; go-epub sniffs the type from the bytes anyway).
func TestDecodeBase64DataURL(t *testing.T) {
	for _, tc := range []struct {
		in      string
		fast    bool // decoded directly
		lenient bool // decoded directly though dataurl refuses it
	}{
		{"data:application/octet-stream;base64,AAEAAAAPAIAAAwBwRkZUTQ==", true, false},
		{"data:font/ttf;base64,AAEAAAAPAIAAAwBwRkZUTQ==", true, true},
		{"data:text/css;base64,Ym9keSB7IG1hcmdpbjogMCB9", true, false},
		{"data:image/png;charset=x;base64,iVBORw0KGgo=", true, false},
		{"data:;base64,aGVsbG8=", true, false},
		{"data:text/plain,hello%20world", false, false},      // not base64: dataurl's job
		{"data:text/plain;base64,not base64!", false, false}, // invalid: dataurl's error
		{"data:text/plain;base64", false, false},             // no comma
		{"https://example.com/a.png", false, false},
		{"cover.png", false, false},
	} {
		got, ok := decodeBase64DataURL(tc.in)
		if ok != tc.fast {
			t.Errorf("%q: decoded directly = %v, want %v", tc.in, ok, tc.fast)
			continue
		}
		if !ok {
			continue
		}
		want, err := dataurl.DecodeString(tc.in)
		if (err != nil) != tc.lenient {
			t.Errorf("%q: dataurl error %v, want one: %v", tc.in, err, tc.lenient)
		}
		if err != nil {
			continue
		}
		if !bytes.Equal(got, want.Data) {
			t.Errorf("%q: %q, dataurl gives %q", tc.in, got, want.Data)
		}
	}
}

// TestSniffMediaType: the types of EPUB's core media, as
// gabriel-vasile/mimetype (which go-epub used) gave them for these
// inputs, checked when it was replaced.
func TestSniffMediaType(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00", "image/png"},
		{"jpeg", "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "image/jpeg"},
		{"gif", "GIF89a\x01\x00\x01\x00\x00\x00\x00;", "image/gif"},
		{"webp", "RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00", "image/webp"},
		{"svg", `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>`, "image/svg+xml"},
		{"svg after an XML declaration", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "image/svg+xml"},
		{"ttf", "\x00\x01\x00\x00\x00\x0f\x00\x80\x00\x03\x00\x70FFTM", "font/ttf"},
		{"woff", "wOFF\x00\x01\x00\x00\x00\x00\x00\x00", "font/woff"},
		{"woff2", "wOF2\x00\x01\x00\x00\x00\x00\x00\x00", "font/woff2"},
		{"css", "p { margin: 0 }\n", "text/plain; charset=utf-8"},
		{"css, UTF-8", "p::before { content: \"é\" }\n", "text/plain; charset=utf-8"},
		{"mp4", "\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom", "video/mp4"},
		{"xhtml", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", "application/xhtml+xml"},
		{"binary", "\x00\x01\x02\x03\xfe\xff\x00\x07", "application/octet-stream"},
	} {
		got, err := sniffMediaType(strings.NewReader(tc.in))
		if err != nil || got != tc.want {
			t.Errorf("%s: %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
}
