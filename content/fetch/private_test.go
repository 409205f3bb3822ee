package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"sync/atomic"
	"testing"
)

func TestIsPrivate(t *testing.T) {
	for _, tt := range []struct {
		ip   string
		want bool
	}{
		{"127.0.0.1", true}, {"127.8.9.1", true}, {"::1", true}, {"10.1.2.3", true}, {"172.16.0.1", true},
		{"192.168.1.1", true}, {"169.254.169.254", true}, {"fe80::1", true}, {"fc00::1", true},
		{"224.0.0.1", true}, {"ff02::1", true}, {"0.0.0.0", true}, {"::", true}, {"100.64.0.1", true},
		{"255.255.255.255", true}, {"::ffff:127.0.0.1", true}, {"64:ff9b::a9fe:a9fe", true}, // NAT64 169.254.169.254
		{"93.184.215.14", false}, {"2606:2800:21f:cb07:6820:80da:af6b:8b2c", false}, {"8.8.8.8", false},
	} {
		if got := IsPrivate(netip.MustParseAddr(tt.ip)); got != tt.want {
			t.Errorf("IsPrivate(%s) = %v, want %v", tt.ip, got, tt.want)
		}
	}
}

// TestPrivateAddressesRefused: issue 14, item 9. Without AllowPrivate the
// client refuses every private address once the name is resolved, before
// connecting (no request reaches the server), also when a redirect leads
// there; AllowAddr lets one address through. Every connection in this
// test goes to 127.0.0.1 (169.254.169.254 is refused before it is dialled).
func TestPrivateAddressesRefused(t *testing.T) {
	var hitsB atomic.Int32
	b := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hitsB.Add(1)
		w.Write([]byte("secret"))
	}))
	defer b.Close()
	a := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-b":
			http.Redirect(w, r, b.URL+"/x", http.StatusFound)
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		default:
			w.Write([]byte("page"))
		}
	}))
	defer a.Close()
	aAddr := netip.MustParseAddrPort(mustHost(t, a.URL))
	bPort := netip.MustParseAddrPort(mustHost(t, b.URL)).Port()
	onlyA := func(ap netip.AddrPort) bool { return ap == aAddr }
	tests := []struct {
		name string
		opts ClientOptions
		url  string
		ok   bool
	}{
		{"loopback refused", ClientOptions{}, b.URL + "/x", false},
		{"localhost resolved and refused", ClientOptions{}, "http://localhost:" + itoa(bPort) + "/x", false},
		{"metadata address refused", ClientOptions{}, "http://169.254.169.254/latest/meta-data/", false},
		{"allowed page", ClientOptions{AllowAddr: onlyA}, a.URL + "/page", true},
		{"redirect to a refused address", ClientOptions{AllowAddr: onlyA}, a.URL + "/to-b", false},
		{"redirect to the metadata address", ClientOptions{AllowAddr: onlyA}, a.URL + "/to-metadata", false},
		{"AllowPrivate", ClientOptions{AllowPrivate: true}, a.URL + "/to-b", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := hitsB.Load()
			resp, err := NewClient(tt.opts).Get(context.Background(), tt.url)
			if tt.ok {
				if err != nil {
					t.Fatal(err)
				}
				if !resp.Private {
					t.Error("Response.Private is false for a page from 127.0.0.1")
				}
				return
			}
			if !errors.Is(err, ErrPrivate) {
				t.Fatalf("error %v, want ErrPrivate", err)
			}
			if hitsB.Load() != before {
				t.Error("the refused server was reached")
			}
		})
	}
}

func mustHost(t *testing.T, raw string) string {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return u.Host
}

func itoa(n uint16) string { return strconv.Itoa(int(n)) }
