package content

import (
	"net/url"
	"testing"
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
