package content

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestHostOK(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"https://example.com/a", true},
		{"https://example.com./a", true},
		{"http://127.0.0.1:8080/x", true},
		{"http://[::1]/x", true},
		{"https://my_site.blogspot.com/", true},
		{"https://例え.jp/", true},
		{"mailto:someone@example.com", true},
		{"http://www2.sagawa-/x", false},
		{"http://-bad.example/", false},
		{"http://a..b/", false},
		{"http:///path", false},
	}
	for _, tt := range tests {
		u, err := url.Parse(tt.in)
		if err != nil {
			t.Fatalf("url.Parse(%q): %v", tt.in, err)
		}
		if got := HostOK(u); got != tt.want {
			t.Errorf("HostOK(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestDisplayURL(t *testing.T) {
	long := "https://example.org/share?text=" + strings.Repeat("%E5%A5%BD", 1200)
	tests := []struct{ name, in, want string }{
		{"plain", "https://www.vox.com/2024/3/25/isis-k", "https://www.vox.com/2024/3/25/isis-k"},
		{"Chinese path", "https://zh.wikipedia.org/wiki/%E8%94%A1%E5%81%A5%E9%9B%85", "https://zh.wikipedia.org/wiki/蔡健雅"},
		{"lower-case escapes", "https://de.wikipedia.org/wiki/M%c3%bcnchen", "https://de.wikipedia.org/wiki/München"},
		{"ASCII escapes stay", "https://example.org/a%20b%2Fc?q=%26", "https://example.org/a%20b%2Fc?q=%26"},
		{"a no-break space stays escaped", "https://example.org/a%C2%A0b", "https://example.org/a%C2%A0b"},
		{"a bidi override stays escaped", "https://example.org/%E2%80%AEfdp.exe", "https://example.org/%E2%80%AEfdp.exe"},
		{"invalid UTF-8 stays", "https://example.org/%E8%94x", "https://example.org/%E8%94x"},
		{"a cut escape stays", "https://example.org/%E8%9", "https://example.org/%E8%9"},
		{"too long", long, "https://example.org/share?text=" + strings.Repeat("好", 700-31) + "…" + strings.Repeat("好", 250)},
	}
	for _, tt := range tests {
		if got := DisplayURL(tt.in); got != tt.want {
			t.Errorf("%s: DisplayURL(%q)\n got %q\nwant %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func FuzzDisplayURL(f *testing.F) {
	f.Add("https://zh.wikipedia.org/wiki/%E8%94%A1%E5%81%A5%E9%9B%85")
	f.Add("https://example.org/a%20b%E2%80%AE")
	f.Fuzz(func(t *testing.T, u string) {
		got := DisplayURL(u)
		if utf8.ValidString(u) && !utf8.ValidString(got) {
			t.Errorf("DisplayURL(%q) = %q: not UTF-8", u, got)
		}
		if n := utf8.RuneCountInString(got); n > maxDisplayURL+1 {
			t.Errorf("DisplayURL(%q) has %d characters", u, n)
		}
	})
}
