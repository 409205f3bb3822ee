package html

import (
	"encoding/json"
	"testing"
)

func TestEscapeControls(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"a": "two` + "\n" + `lines"}`, `{"a": "two\u000alines"}`},
		{`{"a": "tab` + "\t" + `and \"quote` + "\r" + `"}`, `{"a": "tab\u0009and \"quote\u000d"}`},
		{"{\n\t\"a\": 1\n}", "{\n\t\"a\": 1\n}"}, // outside strings: as it was
		{`{"a": "back\\` + "\n" + `"}`, `{"a": "back\\\u000a"}`},
	}
	for _, tt := range tests {
		got := string(escapeControls([]byte(tt.in)))
		if got != tt.want {
			t.Errorf("escapeControls(%q) = %q, want %q", tt.in, got, tt.want)
		}
		var v any
		if err := json.Unmarshal([]byte(got), &v); err != nil {
			t.Errorf("escapeControls(%q) = %q: %v", tt.in, got, err)
		}
	}
}
