package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/netip"
	"syscall"
	"time"
)

// ErrPrivate is returned (wrapped) for a connection to an address in a
// private network: loopback, RFC 1918 and unique-local, link-local (the
// cloud metadata address 169.254.169.254), multicast, unspecified and
// other special-purpose ranges.
var ErrPrivate = errors.New("the address is in a private, loopback, link-local or special network: not fetched")

// specialPrefixes are special-purpose ranges netip has no method for.
var specialPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, broadcast
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("fec0::/10"),       // site-local (deprecated)
	netip.MustParsePrefix("::ffff:0:0:0/96"), // IPv4-translated
}

// IsPrivate reports whether a connection to ip could reach a private
// network rather than the public internet. IPv4 addresses embedded in
// IPv6 (mapped, NAT64 64:ff9b::/96) are judged by their IPv4 part.
func IsPrivate(ip netip.Addr) bool {
	ip = ip.Unmap()
	if ip.Is6() && netip.MustParsePrefix("64:ff9b::/96").Contains(ip) {
		b := ip.As16()
		ip = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
	}
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return true
	}
	for _, p := range specialPrefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// guardedTransport is http.DefaultTransport whose every connection is
// checked after DNS resolution, when the socket's address is known: a
// private address fails with ErrPrivate unless allow lets it through. The
// check is on the address actually dialled, so it holds for redirects and
// for names that resolve differently from one lookup to the next (DNS
// rebinding). No proxy from the environment is used: a proxy would
// resolve names where offprint cannot check them.
func guardedTransport(allow func(netip.AddrPort) bool) *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.Proxy = nil
	d := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second,
		Control: func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return ErrPrivate
			}
			if IsPrivate(ap.Addr()) && (allow == nil || !allow(ap)) {
				return ErrPrivate
			}
			return nil
		}}
	t.DialContext = d.DialContext
	return t
}

// traceRemote returns ctx that records in *remote the address of the
// connection each request goes over (the last one: after redirects).
func traceRemote(ctx context.Context, remote *netip.AddrPort) context.Context {
	return httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{GotConn: func(info httptrace.GotConnInfo) {
		if a, ok := info.Conn.RemoteAddr().(*net.TCPAddr); ok {
			*remote = a.AddrPort()
		}
	}})
}
