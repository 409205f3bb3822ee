package goepub

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/vincent-petithory/dataurl"

	"github.com/offprint/offprint/internal/goepub/storage"
)

// grabber is a top level structure that allows a custom http client.
// if onlyChecl is true, the methods will not perform actual grab to spare memory and bandwidth
type grabber struct {
	*http.Client
	fs storage.Storage // offprint patch: the Epub's own storage
}

func detectMediaType(mediaSource string) string {
	if strings.HasPrefix(mediaSource, "http://") || strings.HasPrefix(mediaSource, "https://") {
		return "URL"
	}

	if strings.HasPrefix(mediaSource, "data:") {
		return "DataURL"
	}

	return "File"
}

func (g grabber) checkMedia(mediaSource string) error {
	var fetchErrors []error // Declare fetchErrors variable
	var f func(string, bool) (io.ReadCloser, error)
	switch detectMediaType(mediaSource) {
	case "URL":
		f = g.httpHandler
	case "DataURL":
		f = g.dataURLHandler
	default:
		f = g.localHandler
	}
	source, err := f(mediaSource, true)
	if err != nil {
		fetchErrors = append(fetchErrors, err) // Capture the error
	}
	if source != nil {
		source.Close()
	}
	if err == nil {
		return nil
	}
	return &FileRetrievalError{Source: mediaSource, Err: fetchError(fetchErrors)}
}

// fetchMedia from mediaSource into mediaFolderPath as mediaFilename returning its type.
// the mediaSource can be a URL, a local path or an inline dataurl (as specified in RFC 2397)
func (g grabber) fetchMedia(mediaSource, mediaFolderPath, mediaFilename string) (mediaType string, err error) {

	mediaFilePath := filepath.Join(
		mediaFolderPath,
		mediaFilename,
	)
	// failfast, create the output file handler at the begining, if we cannot write the file, bail out
	w, err := g.fs.Create(mediaFilePath)
	if err != nil {
		return "", fmt.Errorf("unable to create file %s: %s", mediaFilePath, err)
	}
	defer w.Close()
	var source io.ReadCloser
	fetchErrors := make([]error, 0)
	handlers := []func(string, bool) (io.ReadCloser, error){g.localHandler, g.httpHandler, g.dataURLHandler}
	if detectMediaType(mediaSource) == "DataURL" {
		// offprint patch: a data: URL is not first tried as a file name and
		// as a URL (each a copy of the whole string, megabytes for a font)
		handlers = []func(string, bool) (io.ReadCloser, error){g.dataURLHandler}
	}
	for _, f := range handlers {
		var err error
		source, err = f(mediaSource, false)
		if err != nil {
			fetchErrors = append(fetchErrors, err)
			continue
		}
		break
	}
	if source == nil {
		return "", &FileRetrievalError{Source: mediaSource, Err: fetchError(fetchErrors)}

	}
	defer source.Close()

	_, err = io.Copy(w, source)
	if err != nil {
		// There shouldn't be any problem with the writer, but the reader
		// might have an issue
		return "", &FileRetrievalError{Source: mediaSource, Err: err}
	}

	// Detect the mediaType
	r, err := g.fs.Open(mediaFilePath)
	if err != nil {
		return "", err
	}
	defer r.Close()
	mtype, err := sniffMediaType(r) // offprint patch: not gabriel-vasile/mimetype
	if err != nil {
		return "", fmt.Errorf("unable to detect media type: %w", err)
	}

	// Is it CSS?
	if strings.HasPrefix(mtype, "text/plain") {
		if filepath.Ext(mediaSource) == ".css" || filepath.Ext(mediaFilename) == ".css" {
			mtype = "text/css"
		}
	}
	return mtype, nil
}

// sniffMediaType returns the media type of the file r reads, from its
// first 512 bytes: net/http's sniffing (the WHATWG algorithm: images,
// fonts, audio, video, text), and SVG and XHTML, which that calls text
// (offprint patch: gabriel-vasile/mimetype's package init ran at every
// start of offprint, which only calls this on go-epub's own WriteTo,
// the reference its tests compare with).
func sniffMediaType(r io.Reader) (string, error) {
	head := make([]byte, 512)
	n, err := io.ReadFull(r, head)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return "", err
	}
	head = head[:n]
	t := http.DetectContentType(head)
	if !strings.HasPrefix(t, "text/") {
		return t, nil
	}
	switch {
	case bytes.Contains(head, []byte("<svg")):
		return "image/svg+xml", nil
	case bytes.Contains(head, []byte("<html")) && bytes.Contains(head, []byte("http://www.w3.org/1999/xhtml")):
		return "application/xhtml+xml", nil
	}
	return t, nil
}

func (g grabber) httpHandler(mediaSource string, onlyCheck bool) (io.ReadCloser, error) {
	var resp *http.Response
	var err error
	if onlyCheck {
		resp, err = g.Head(mediaSource)
	} else {
		resp, err = g.Get(mediaSource)
	}
	if err != nil {
		return nil, err
	}
	if resp.StatusCode > 400 {
		return nil, errors.New("cannot get file, bad return code")
	}
	return resp.Body, nil
}

func (g grabber) localHandler(mediaSource string, onlyCheck bool) (io.ReadCloser, error) {
	if onlyCheck {
		if _, err := os.Stat(mediaSource); os.IsNotExist(err) {
			return nil, err
		}
		return nil, nil
	}
	return os.Open(mediaSource)
}

func (g grabber) dataURLHandler(mediaSource string, onlyCheck bool) (io.ReadCloser, error) {
	if data, ok := decodeBase64DataURL(mediaSource); ok { // offprint patch
		return io.NopCloser(bytes.NewReader(data)), nil
	}
	if onlyCheck {
		_, err := dataurl.DecodeString(mediaSource)
		return nil, err
	}
	data, err := dataurl.DecodeString(mediaSource)
	if err != nil {
		return nil, err
	}
	return io.NopCloser(bytes.NewReader(data.Data)), nil
}

// decodeBase64DataURL decodes a data: URL of the form
// "data:[<media type>];base64,<standard base64>" directly (offprint patch).
// The dataurl package lexes its input a byte at a time through a channel,
// which for the fonts and the cover offprint hands over took 2% of the
// CPU of an export; it still decodes every other form.
func decodeBase64DataURL(s string) ([]byte, bool) {
	rest, ok := strings.CutPrefix(s, "data:")
	if !ok {
		return nil, false
	}
	meta, payload, ok := strings.Cut(rest, ",")
	if !ok || !strings.HasSuffix(meta, ";base64") {
		return nil, false
	}
	data, err := base64.StdEncoding.DecodeString(payload)
	return data, err == nil
}

type fetchError []error

func (f fetchError) Error() string {
	var message string
	for _, err := range f {
		message = fmt.Sprintf("%v\n %v", message, err.Error())
	}
	return message
}
