package check

import "testing"

func TestOneLine(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"OEBPS/cover.xhtml is in the EPUB", "OEBPS/cover.xhtml is in the EPUB"},
		{"\x00I\nOEBPS/cove", `\x00I\x0aOEBPS/cove`},
		{"a\rb\tc", `a\x0db\x09c`},
		{"café — ok", "café — ok"},
	} {
		if got := oneLine(tt.in); got != tt.want {
			t.Errorf("oneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
