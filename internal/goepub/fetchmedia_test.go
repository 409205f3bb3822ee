package goepub

import (
	"bytes"
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
