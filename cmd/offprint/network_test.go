package main

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestPrivateNetworkImages: issue 14, item 9. Images on loopback, private
// or link-local addresses are refused unless the page came from such an
// address or --allow-private-network is given, and one deadline bounds an
// input with all its images. Every request goes to 127.0.0.1: the
// metadata address is refused before anything is dialled.
func TestPrivateNetworkImages(t *testing.T) {
	var pic bytes.Buffer
	if err := png.Encode(&pic, image.NewGray(image.Rect(0, 0, 40, 30))); err != nil {
		t.Fatal(err)
	}
	var hits atomic.Int32
	images := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if strings.HasPrefix(r.URL.Path, "/slow") {
			select { // far longer than --fetch-timeout
			case <-r.Context().Done():
			case <-time.After(20 * time.Second):
			}
			return
		}
		w.Header().Set("Content-Type", "image/png")
		w.Write(pic.Bytes())
	}))
	defer images.Close()
	page := func(srcs ...string) string {
		var sb strings.Builder
		sb.WriteString("<html><head><title>Pictures</title></head><body><article><h1>Pictures</h1><p>The first paragraph of the article.</p>")
		for _, s := range srcs {
			fmt.Fprintf(&sb, "<figure><img src=%q alt=\"a picture\"><figcaption>A caption.</figcaption></figure><p>More text after it.</p>", s)
		}
		sb.WriteString("</article></body></html>")
		return sb.String()
	}
	pages := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch r.URL.Path {
		case "/slow":
			fmt.Fprint(w, page(images.URL+"/slow/1.png", images.URL+"/slow/2.png", images.URL+"/slow/3.png"))
		default:
			fmt.Fprint(w, page(images.URL+"/pic.png"))
		}
	}))
	defer pages.Close()
	dir := t.TempDir()
	local := filepath.Join(dir, "local.html")
	if err := os.WriteFile(local, []byte(page(images.URL+"/pic.png")), 0o644); err != nil {
		t.Fatal(err)
	}
	metadata := filepath.Join(dir, "metadata.html")
	if err := os.WriteFile(metadata, []byte(page("http://169.254.169.254/latest/meta-data/pic.png")), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		hits     int32  // requests the image server gets
		warning  string // in stderr; "" for none
		noOutput bool
	}{
		{"local page, loopback image refused", []string{"--fetch-images", local}, 0, "private", false},
		{"metadata address refused", []string{"--fetch-images", metadata}, 0, "private", false},
		{"--allow-private-network", []string{"--fetch-images", "--allow-private-network", local}, 1, "", false},
		{"page from loopback, its images too", []string{pages.URL + "/page"}, 1, "", false},
		{"one deadline for the page and its images", []string{"--fetch-timeout", "1s", pages.URL + "/slow"}, -1, "deadline", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits.Store(0)
			args := append([]string{"export", "-f", "epub", "-o", t.TempDir()}, tt.args...)
			code, _, stderr := offprint(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if tt.hits >= 0 && hits.Load() != tt.hits {
				t.Errorf("the image server got %d requests, want %d", hits.Load(), tt.hits)
			}
			if tt.warning == "" && strings.Contains(stderr, "warning") || !strings.Contains(stderr, tt.warning) {
				t.Errorf("stderr does not say %q:\n%s", tt.warning, stderr)
			}
		})
	}
}
