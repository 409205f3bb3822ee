package image

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// readLocal reads the file at p (slash-separated, already URL-decoded)
// inside baseDir. Relative paths must stay inside baseDir; an absolute path
// is accepted only when it lies inside baseDir. The file is opened through
// an os.Root, so a symbolic link pointing outside the folder is refused too.
func readLocal(baseDir, p string, fileURL bool, maxBytes int64) ([]byte, error) {
	if baseDir == "" {
		return nil, ErrNoBase
	}
	if p == "" {
		return nil, errors.New("empty path")
	}
	rel := p
	if path.IsAbs(p) || filepath.IsAbs(p) {
		absBase, err := filepath.Abs(baseDir)
		if err != nil {
			return nil, fmt.Errorf("resolve %s: %w", baseDir, err)
		}
		r, err := filepath.Rel(absBase, filepath.FromSlash(p))
		if err != nil {
			return nil, ErrOutside
		}
		rel = filepath.ToSlash(r)
	} else if fileURL {
		return nil, ErrOutside
	}
	rel = path.Clean(rel)
	if rel == ".." || strings.HasPrefix(rel, "../") || path.IsAbs(rel) {
		return nil, ErrOutside
	}
	root, err := os.OpenRoot(baseDir)
	if err != nil {
		return nil, fmt.Errorf("open folder: %w", err)
	}
	defer root.Close()
	f, err := root.Open(filepath.FromSlash(rel))
	if err != nil {
		if strings.Contains(err.Error(), "escapes") {
			return nil, fmt.Errorf("%w: %v", ErrOutside, err)
		}
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &notFound{rel: rel, dir: baseDir}
		}
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", rel)
	}
	if st.Size() > maxBytes {
		return nil, fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, st.Size(), maxBytes)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > maxBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, maxBytes)
	}
	return data, nil
}

// notFound says which file is missing; errors.Is(err, fs.ErrNotExist) holds.
type notFound struct{ rel, dir string }

func (e *notFound) Error() string { return "no file " + e.rel + " in " + e.dir }
func (e *notFound) Unwrap() error { return fs.ErrNotExist }

// decodeDataURI returns the payload of an RFC 2397 data: URI, base64 or
// percent-encoded.
func decodeDataURI(ref string, maxBytes int64) ([]byte, error) {
	comma := strings.IndexByte(ref, ',')
	if comma < 0 {
		return nil, errors.New("data: URI without a comma")
	}
	header, payload := ref[len("data:"):comma], ref[comma+1:]
	if int64(len(payload))*3/4 > maxBytes {
		return nil, fmt.Errorf("%w: data: URI over %d bytes", ErrTooLarge, maxBytes)
	}
	if !strings.HasSuffix(strings.ToLower(strings.TrimSpace(header)), ";base64") {
		s, err := url.PathUnescape(payload)
		if err != nil {
			return nil, fmt.Errorf("data: URI: %w", err)
		}
		return []byte(s), nil
	}
	clean := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
			return -1
		}
		return r
	}, payload)
	if strings.Contains(clean, "%") {
		if s, err := url.PathUnescape(clean); err == nil {
			clean = s
		}
	}
	clean = strings.TrimRight(clean, "=")
	if strings.ContainsAny(clean, "-_") {
		return decodeB64(base64.RawURLEncoding, clean)
	}
	return decodeB64(base64.RawStdEncoding, clean)
}

func decodeB64(enc *base64.Encoding, s string) ([]byte, error) {
	data, err := enc.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("data: URI: bad base64: %w", err)
	}
	return data, nil
}
