package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	lib "github.com/offprint/offprint"
	"github.com/offprint/offprint/cmd/offprint/internal/version"
	"github.com/offprint/offprint/content/fetch"
	"github.com/offprint/offprint/content/textenc"
)

// maxInputBytes caps what offprint reads from one input: far above any
// article or book chapter, low enough that a wrong file fails fast.
const maxInputBytes = 64 << 20

// Input formats.
const (
	formatText     = "text"
	formatMarkdown = "markdown"
	formatHTML     = "html"
)

// input is one loaded input, ready for a reader.
type input struct {
	Name      string    // for messages: the path, "stdin" or the URL
	Stem      string    // base for output names: "vox-isis-k"
	Data      []byte    // the raw bytes
	Format    string    // formatText, formatMarkdown or formatHTML
	BaseDir   string    // folder that relative image paths resolve against
	URL       string    // the final URL of a fetched page
	MediaType string    // Content-Type of a fetched page, with its charset
	Retrieved time.Time // when a URL was fetched
	Private   bool      // a fetched page came from a private address: its images may too
	Deadline  time.Time // for fetching the page and its images; zero = none
}

// loadOptions says how inputs are loaded.
type loadOptions struct {
	From     string    // forced format, "" = detect
	Stdin    io.Reader // for "-"
	Deadline time.Time // for fetching the input and its images (fetchDeadline); zero = none
}

// loadInput reads arg (a path, "-" or an http(s) URL) and checks that it is
// something a reader can take. Errors name the problem; the caller adds the
// input's name.
func loadInput(ctx context.Context, arg string, o loadOptions) (*input, error) {
	in := &input{Name: arg, Deadline: o.Deadline}
	var err error
	switch {
	case arg == "-":
		in.Name, in.Stem = "stdin", "stdin"
		in.Data, err = readCapped(o.Stdin)
	case isURL(arg):
		err = fetchInput(ctx, in, arg)
	case strings.Contains(arg, "://") && !fileExists(arg):
		scheme, _, _ := strings.Cut(arg, "://")
		return in, fmt.Errorf("unsupported URL scheme %q: offprint fetches only http and https", scheme)
	default:
		in.Stem = strings.TrimSuffix(filepath.Base(arg), filepath.Ext(arg))
		in.BaseDir = filepath.Dir(arg)
		err = readFile(in, arg)
	}
	if err != nil {
		return in, err
	}
	if err = decodeUTF16(in); err != nil {
		return in, err
	}
	if in.Format, err = detectFormat(in, o.From); err != nil {
		return in, err
	}
	return in, validate(in)
}

func readFile(in *input, path string) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return errors.New("no such file")
	case err != nil:
		return err
	case fi.IsDir():
		return errors.New("is a folder, not a file")
	case fi.Size() > maxInputBytes:
		return fmt.Errorf("too large (%d MiB; the limit is %d MiB)", fi.Size()>>20, maxInputBytes>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	in.Data, err = readCapped(f)
	return err
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func readCapped(r io.Reader) ([]byte, error) {
	if r == nil {
		return nil, errors.New("no standard input")
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInputBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxInputBytes {
		return nil, fmt.Errorf("too large (the limit is %d MiB)", maxInputBytes>>20)
	}
	return data, nil
}

func isURL(arg string) bool {
	l := strings.ToLower(arg)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func fetchInput(ctx context.Context, in *input, url string) error {
	// The page the user named may be on a private network; its images
	// may come from one only if the page did (libOptions).
	resp, err := newFetchClient(true, in.Deadline).Get(ctx, url)
	if err != nil {
		return err
	}
	in.Private = resp.Private
	in.Data, in.URL, in.Retrieved = resp.Body, resp.URL, resp.Retrieved
	in.Stem = ""
	if in.MediaType = resp.ContentType; resp.Charset != "" {
		in.MediaType += "; charset=" + resp.Charset
	}
	ct := strings.ToLower(resp.ContentType)
	switch {
	case strings.Contains(ct, "html"):
		in.Format = formatHTML
	case strings.Contains(ct, "markdown"):
		in.Format = formatMarkdown
	case strings.HasPrefix(ct, "text/plain"):
		in.Format = formatText
	}
	return nil
}

// newFetchClient is the HTTP client for URL inputs and their images:
// timeouts, size caps and a redirect limit from package fetch.
func newFetchClient(allowPrivate bool, deadline time.Time) *fetch.Client {
	return fetch.NewClient(fetch.ClientOptions{Version: version.Version, AllowPrivate: allowPrivate, Deadline: deadline})
}

// detectFormat picks the reader: --from, else what the server said, else the
// extension, else a look at the content (the library's DetectFormat).
func detectFormat(in *input, from string) (string, error) {
	f, err := lib.ParseFormat(from)
	if err != nil {
		return "", usagef("--from %q: want text, markdown, html or json", from)
	}
	switch {
	case f != "":
		return string(f), nil
	case in.Format != "":
		return in.Format, nil
	}
	return string(lib.DetectFormat(in.Name, in.Data)), nil
}

// validate rejects inputs no reader should see: empty, binary, or (for text
// formats) invalid UTF-8. HTML may declare another charset; its reader
// decodes it.
func validate(in *input) error {
	if len(bytes.TrimSpace(in.Data)) == 0 {
		return errors.New("empty input: nothing to export")
	}
	sample := in.Data[:min(len(in.Data), 8192)]
	if g := textenc.Guess(sample); strings.HasPrefix(g, "UTF-") {
		return fmt.Errorf("text in %s: convert it to UTF-8 first", g)
	}
	if ct := http.DetectContentType(sample); bytes.IndexByte(sample, 0) >= 0 ||
		(!strings.HasPrefix(ct, "text/") && !strings.Contains(ct, "xml") && !strings.Contains(ct, "json") && !plainText(sample)) {
		return fmt.Errorf("binary data (%s), not a text, Markdown or HTML article", strings.SplitN(ct, ";", 2)[0])
	}
	if in.Format == formatHTML {
		return nil
	}
	return textenc.UTF8Error(in.Data)
}

// plainText reports whether sample, the start of an input, is text
// whatever its first bytes match: valid UTF-8 (a rune cut at its end
// aside) without control characters but tabs, line and page breaks. An
// article that opens with "BM" ("BMJV | Transparenz …") matches a
// bitmap's signature; a bitmap's header holds zeros and control bytes.
func plainText(sample []byte) bool {
	for i := 0; i < len(sample); {
		r, size := utf8.DecodeRune(sample[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return !utf8.FullRune(sample[i:]) // a rune the sample cuts
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f', r == 0x7f:
			return false
		}
		i += size
	}
	return true
}

// decodeUTF16 turns an input in UTF-16 with a byte order mark into UTF-8,
// so that every reader and check sees UTF-8; a fetched page's charset
// parameter follows.
func decodeUTF16(in *input) error {
	data, from, err := textenc.FromBOM(in.Data)
	if err != nil || from == "" {
		return err
	}
	in.Data = data
	if mt, _, ok := strings.Cut(in.MediaType, ";"); ok {
		in.MediaType = mt + "; charset=utf-8"
	}
	return nil
}
