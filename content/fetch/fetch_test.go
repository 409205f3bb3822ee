package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

var fixed = time.Date(2024, 3, 26, 12, 0, 0, 0, time.UTC)

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		fmt.Fprintf(w, "<p>hello %s</p>", r.UserAgent())
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 2000)))
	})
	mux.HandleFunc("/bigchunked", func(w http.ResponseWriter, r *http.Request) {
		for range 20 {
			w.Write([]byte(strings.Repeat("y", 100)))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/redirect/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n == 0 {
			http.Redirect(w, r, "/page", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/redirect/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/toftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/x", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestGet(t *testing.T) {
	srv := newServer(t)
	c := NewClient(ClientOptions{AllowPrivate: true, Version: "1.2", InfoURL: "https://example.org/offprint", Now: func() time.Time { return fixed }})
	resp, err := c.Get(context.Background(), srv.URL+"/redirect/2")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(resp.Body), "<p>hello offprint/1.2 (+https://example.org/offprint)</p>"; got != want {
		t.Errorf("body = %q, want %q", got, want)
	}
	if resp.URL != srv.URL+"/page" {
		t.Errorf("final URL = %q", resp.URL)
	}
	if resp.ContentType != "text/html" || resp.Charset != "iso-8859-1" {
		t.Errorf("content type = %q charset %q", resp.ContentType, resp.Charset)
	}
	if !resp.Retrieved.Equal(fixed) {
		t.Errorf("retrieved = %v", resp.Retrieved)
	}
}

func TestGetErrors(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name string
		opts ClientOptions
		url  string
		want error // errors.Is target; nil means "some error"
		text string
	}{
		{"ftp scheme", ClientOptions{}, "ftp://example.com/file", ErrScheme, "ftp:"},
		{"file scheme", ClientOptions{}, "file:///etc/passwd", ErrScheme, "file:"},
		{"javascript", ClientOptions{}, "javascript:alert(1)", ErrScheme, ""},
		{"no host", ClientOptions{}, "http:///x", nil, "no host"},
		{"redirect to ftp", ClientOptions{}, srv.URL + "/toftp", ErrScheme, ""},
		{"six redirects", ClientOptions{}, srv.URL + "/redirect/5", ErrTooManyRedirects, ""},
		{"redirects off", ClientOptions{MaxRedirects: -1}, srv.URL + "/redirect/0", ErrTooManyRedirects, ""},
		{"too large", ClientOptions{MaxBytes: 1000}, srv.URL + "/big", ErrTooLarge, ""},
		{"too large chunked", ClientOptions{MaxBytes: 1000}, srv.URL + "/bigchunked", ErrTooLarge, ""},
		{"timeout", ClientOptions{Timeout: 100 * time.Millisecond}, srv.URL + "/slow", nil, "timed out"},
		{"404", ClientOptions{}, srv.URL + "/missing", nil, "404"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.AllowPrivate = true // the test server is on 127.0.0.1
			_, err := NewClient(tt.opts).Get(context.Background(), tt.url)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %q is not %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.text) {
				t.Errorf("error %q does not mention %q", err, tt.text)
			}
		})
	}
}

func TestFiveRedirectsAllowed(t *testing.T) {
	srv := newServer(t)
	if _, err := NewClient(ClientOptions{AllowPrivate: true}).Get(context.Background(), srv.URL+"/redirect/4"); err != nil {
		t.Fatalf("five redirects: %v", err)
	}
}

func TestStatusError(t *testing.T) {
	srv := newServer(t)
	_, err := NewClient(ClientOptions{AllowPrivate: true}).Get(context.Background(), srv.URL+"/missing")
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 404 {
		t.Fatalf("error %v is not a 404 StatusError", err)
	}
}

func ExampleClient_Get() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<title>Hi</title>"))
	}))
	defer srv.Close()
	c := NewClient(ClientOptions{AllowPrivate: true, Version: "1.0", Timeout: 5 * time.Second})
	resp, err := c.Get(context.Background(), srv.URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.ContentType, string(resp.Body))
	// Output: text/html <title>Hi</title>
}
