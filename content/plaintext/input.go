package plaintext

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/content/textenc"
	"github.com/offprint/offprint/internal/ctxcheck"
)

// Default limits, used when the matching Options field is zero.
const (
	DefaultMaxLineBytes  = 1 << 20  // 1 MiB: longer lines are rejected
	DefaultMaxInputBytes = 64 << 20 // 64 MiB: larger inputs are rejected
)

// ErrEmpty is returned for an input with no visible text.
var ErrEmpty = errors.New("empty input")

// ErrBinary is returned when the input holds NUL bytes or many control
// characters: it is not a text file.
var ErrBinary = errors.New("binary data, not text")

// Options tune the reader. The zero value reads any ordinary article.
type Options struct {
	// MaxLineBytes rejects inputs with a longer line (after the line
	// endings are normalised). Zero means DefaultMaxLineBytes.
	MaxLineBytes int
	// MaxInputBytes rejects larger inputs. Zero means DefaultMaxInputBytes.
	MaxInputBytes int
	// Context stops the reading, which then fails with its error, once
	// it is cancelled; nil means never.
	Context context.Context
}

func (o Options) maxLine() int {
	if o.MaxLineBytes > 0 {
		return o.MaxLineBytes
	}
	return DefaultMaxLineBytes
}

func (o Options) maxInput() int {
	if o.MaxInputBytes > 0 {
		return o.MaxInputBytes
	}
	return DefaultMaxInputBytes
}

// line is one input line, trimmed of surrounding white space.
type line struct {
	num  int    // 1-based line number in the input
	text string // the line without its ending and surrounding spaces
	cont []line // input lines joined to this one (hard-wrapped text)
}

// readLines reads r and splits it into lines: it strips a UTF-8 byte order
// mark, turns CRLF and lone CR into LF and checks that the input is UTF-8
// text within the limits of opts.
func readLines(r io.Reader, opts Options) ([]line, error) {
	text, err := readText(r, opts.maxInput())
	if err != nil {
		return nil, err
	}
	if len(text) > opts.maxInput() {
		return nil, fmt.Errorf("input is larger than %d bytes", opts.maxInput())
	}
	if hasUTFBOM(text) { // UTF-16 becomes UTF-8; UTF-32 fails
		data, _, err := textenc.FromBOM([]byte(text))
		if err != nil {
			return nil, err
		}
		text = string(data)
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	if err := checkText(text); err != nil {
		return nil, err
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := make([]line, 0, strings.Count(text, "\n")+1)
	visible := false
	stop := ctxcheck.New(opts.Context, 16*checkEvery) // splitting a line is cheaper than classifying it
	for s := range strings.SplitSeq(text, "\n") {
		if stop.Stopped() {
			return nil, stop.Err()
		}
		if len(s) > opts.maxLine() {
			return nil, fmt.Errorf("line %d is %d bytes long, more than the limit of %d bytes (is this a text article?)", len(lines)+1, len(s), opts.maxLine())
		}
		lines = append(lines, line{num: len(lines) + 1, text: strings.TrimFunc(s, unicode.IsSpace)})
		visible = visible || lines[len(lines)-1].text != ""
	}
	if !visible {
		return nil, ErrEmpty
	}
	if n := len(lines); lines[n-1].text == "" && n > 1 {
		lines = lines[:n-1] // the final newline does not open a line
	}
	return lines, nil
}

// readText reads at most limit+1 bytes of r into a string, in one
// allocation when r tells its length (bytes.Reader, strings.Reader): the
// lines of the text are substrings of it, so a long input is held once.
func readText(r io.Reader, limit int) (string, error) {
	var sb strings.Builder
	if l, ok := r.(interface{ Len() int }); ok {
		sb.Grow(min(l.Len(), limit) + 1)
	}
	if _, err := io.Copy(&sb, io.LimitReader(r, int64(limit)+1)); err != nil {
		return "", fmt.Errorf("read input: %w", err)
	}
	return sb.String(), nil
}

// hasUTFBOM reports whether text opens with a UTF-16 or UTF-32 byte order
// mark (textenc.FromBOM's cases).
func hasUTFBOM(text string) bool {
	return strings.HasPrefix(text, "\xFF\xFE") || strings.HasPrefix(text, "\xFE\xFF") || strings.HasPrefix(text, "\x00\x00\xFE\xFF")
}

// checkText rejects binary data and invalid UTF-8, naming where it starts.
func checkText(data string) error {
	controls, lineNo := 0, 1
	for off := 0; off < len(data); {
		c := data[off]
		if c < utf8.RuneSelf {
			switch {
			case c == 0:
				return fmt.Errorf("%w (NUL byte at offset %d, line %d)", ErrBinary, off, lineNo)
			case c == '\n':
				lineNo++
			case c < 0x20 && c != '\t' && c != '\r' && c != '\f' && c != '\v', c == 0x7f:
				controls++
			}
			off++
			continue
		}
		r, size := utf8.DecodeRuneInString(data[off:])
		if r == utf8.RuneError && size == 1 {
			return fmt.Errorf("invalid UTF-8 at byte offset %d (line %d): it looks like %s; convert the file to UTF-8 first", off, lineNo, textenc.Guess([]byte(data)))
		}
		off += size
	}
	if controls > 8 && controls*100 > len(data) {
		return fmt.Errorf("%w (%d control characters)", ErrBinary, controls)
	}
	return nil
}
