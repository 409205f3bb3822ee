package testtool

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
)

// objStmHead matches the dictionary of an object stream as fpdf writes it.
var objStmHead = regexp.MustCompile(`<</Type /ObjStm /N \d+ /First \d+ /Filter /FlateDecode /Length (\d+)>>\nstream\n`)

// Unpacked returns a PDF's bytes followed by the inflated contents of its
// object streams, so that a test can look for a dictionary's text in it
// wherever the writer put the object.
func Unpacked(pdf []byte) []byte {
	out := bytes.Clone(pdf)
	for _, m := range objStmHead.FindAllSubmatchIndex(pdf, -1) {
		n, err := strconv.Atoi(string(pdf[m[2]:m[3]]))
		if err != nil || m[1]+n > len(pdf) {
			continue
		}
		r, err := zlib.NewReader(bytes.NewReader(pdf[m[1] : m[1]+n]))
		if err != nil {
			continue
		}
		data, _ := io.ReadAll(r)
		out = append(append(out, '\n'), data...)
	}
	return out
}
