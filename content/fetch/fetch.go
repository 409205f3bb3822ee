// Package fetch downloads one web page or image for offprint: the only
// package that touches the network, and only when the user gave a URL (or
// asked for remote images with --fetch-images).
//
// A Client is deliberately strict: http and https only, a whole-request
// timeout, a cap on the body size, at most five redirects (each checked for
// its scheme) and a User-Agent that says who is asking.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"
)

// Defaults used when a ClientOptions field is zero.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 32 << 20 // 32 MiB
	DefaultMaxRedirects = 5
)

// Errors a Client returns (wrapped with the URL); test with errors.Is.
var (
	ErrScheme           = errors.New("only http and https URLs can be fetched")
	ErrTooLarge         = errors.New("response body is larger than the size limit")
	ErrTooManyRedirects = errors.New("too many redirects")
)

// StatusError is returned for a response whose status is not 2xx.
type StatusError struct {
	Code   int    // HTTP status code, e.g. 404
	Status string // status line, e.g. "404 Not Found"
}

// Error implements error.
func (e *StatusError) Error() string { return "server answered " + e.Status }

// ClientOptions configures NewClient. The zero value is usable.
type ClientOptions struct {
	Timeout      time.Duration     // whole request, body included; 0 = DefaultTimeout
	MaxBytes     int64             // largest body accepted; 0 = DefaultMaxBytes
	MaxRedirects int               // 0 = DefaultMaxRedirects; negative = follow none
	Version      string            // offprint's version for the User-Agent; "" = "dev"
	InfoURL      string            // page describing the tool, added to the User-Agent when set
	Transport    http.RoundTripper // nil = http.DefaultTransport (tests inject their own)
	Now          func() time.Time  // clock for Response.Retrieved; nil = time.Now

	// AllowPrivate lets the client connect to private addresses (see
	// ErrPrivate). Without it, and without a Transport, every connection
	// is checked once its address is resolved, redirects included.
	AllowPrivate bool
	// AllowAddr, when set, may let one private address through (a test
	// server, or the address the page itself came from).
	AllowAddr func(netip.AddrPort) bool
	// Deadline, when set, ends every request of the client: one limit for
	// a page and all its images, however many there are.
	Deadline time.Time
}

// Client fetches http(s) URLs under the limits of its ClientOptions. It is
// safe for concurrent use.
type Client struct {
	deadline  time.Time
	hc        *http.Client
	maxBytes  int64
	userAgent string
	now       func() time.Time
}

// Response is a fetched resource, read completely.
type Response struct {
	Body        []byte    // the body, at most MaxBytes long
	URL         string    // the final URL, after redirects
	ContentType string    // media type without parameters, e.g. "text/html"; "" when not given
	Charset     string    // the charset parameter of Content-Type, lower case; "" when not given
	Retrieved   time.Time // when the response arrived (UTC)
	// Private says that the response came from a private address (see
	// IsPrivate): a page served from inside a network, whose images
	// may be there too.
	Private bool
}

// NewClient returns a Client with opts applied.
func NewClient(opts ClientOptions) *Client {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects == 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	maxRedirects := max(opts.MaxRedirects, 0)
	if opts.Transport == nil && !opts.AllowPrivate {
		opts.Transport = guardedTransport(opts.AllowAddr)
	}
	hc := &http.Client{
		Transport: opts.Transport,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if err := checkScheme(req.URL); err != nil {
				return err
			}
			if len(via) > maxRedirects {
				return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, maxRedirects)
			}
			return nil
		},
	}
	return &Client{deadline: opts.Deadline, hc: hc, maxBytes: opts.MaxBytes, userAgent: UserAgent(opts.Version, opts.InfoURL), now: opts.Now}
}

// UserAgent returns the User-Agent header offprint sends:
// "github.com/offprint/offprint/<version> (+<infoURL>)".
func UserAgent(version, infoURL string) string {
	if version == "" {
		version = "dev"
	}
	ua := "offprint/" + version
	if infoURL != "" {
		ua += " (+" + infoURL + ")"
	}
	return ua
}

// Get fetches rawURL and reads its whole body. It fails for a non-http(s)
// URL, a non-2xx status, too many redirects, a timeout or a body larger
// than the client's MaxBytes.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", rawURL, err)
	}
	if err := checkScheme(u); err != nil {
		return nil, fmt.Errorf("fetch %q: %w", rawURL, err)
	}
	if !c.deadline.IsZero() {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, c.deadline)
		defer cancel()
	}
	var remote netip.AddrPort
	req, err := http.NewRequestWithContext(traceRemote(ctx, &remote), http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", c.userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,image/*;q=0.9,*/*;q=0.8")
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, unwrapURLError(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, &StatusError{Code: resp.StatusCode, Status: resp.Status})
	}
	if resp.ContentLength > c.maxBytes {
		return nil, fmt.Errorf("fetch %s: %w (%d > %d bytes)", rawURL, ErrTooLarge, resp.ContentLength, c.maxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: read body: %w", rawURL, unwrapURLError(err))
	}
	if int64(len(body)) > c.maxBytes {
		return nil, fmt.Errorf("fetch %s: %w (%d bytes)", rawURL, ErrTooLarge, c.maxBytes)
	}
	out := &Response{Body: body, URL: resp.Request.URL.String(), Retrieved: c.now().UTC(),
		Private: remote.IsValid() && IsPrivate(remote.Addr())}
	if mt, params, err := mime.ParseMediaType(resp.Header.Get("Content-Type")); err == nil {
		out.ContentType = mt
		out.Charset = strings.ToLower(params["charset"])
	}
	return out, nil
}

func checkScheme(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return errors.New("URL has no host")
		}
		return nil
	}
	return fmt.Errorf("%w (got %q)", ErrScheme, u.Scheme+":")
}

// unwrapURLError drops the *url.Error layer (which repeats the URL) while
// keeping the cause, so messages name the URL once.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return fmt.Errorf("timed out: %w", ue.Err)
		}
		return ue.Err
	}
	return err
}
