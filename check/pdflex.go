package check

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
)

// PDF objects are represented by these Go types: nil (null), bool, int64,
// float64, pdfString, pdfName, pdfArray, pdfDict, pdfRef and *pdfStream.
type (
	pdfString string
	pdfName   string
	pdfArray  []any
	pdfDict   map[pdfName]any
	pdfRef    struct{ num, gen int64 }
	pdfStream struct {
		dict pdfDict
		raw  []byte // the encoded data
	}
)

// maxPDFDepth bounds the nesting of arrays and dictionaries.
const maxPDFDepth = 64

// errPDFSyntax is returned for input the lexer cannot parse.
var errPDFSyntax = errors.New("pdf syntax error")

// pdfLexer parses PDF objects from a byte slice.
type pdfLexer struct {
	data []byte
	pos  int
}

// isPDFSpace reports whether b is PDF white space.
func isPDFSpace(b byte) bool {
	return b == 0 || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' '
}

// isPDFDelim reports whether b is a PDF delimiter.
func isPDFDelim(b byte) bool {
	return bytes.IndexByte([]byte("()<>[]{}/%"), b) >= 0
}

// skipSpace skips white space and comments.
func (l *pdfLexer) skipSpace() {
	for l.pos < len(l.data) {
		b := l.data[l.pos]
		switch {
		case isPDFSpace(b):
			l.pos++
		case b == '%':
			for l.pos < len(l.data) && l.data[l.pos] != '\n' && l.data[l.pos] != '\r' {
				l.pos++
			}
		default:
			return
		}
	}
}

// keyword reads a run of regular characters.
func (l *pdfLexer) keyword() string {
	start := l.pos
	for l.pos < len(l.data) && !isPDFSpace(l.data[l.pos]) && !isPDFDelim(l.data[l.pos]) {
		l.pos++
	}
	return string(l.data[start:l.pos])
}

// object parses one object (a reference "n g R" included) at the current
// position. Streams are recognised only by objectAt.
func (l *pdfLexer) object(depth int) (any, error) {
	if depth > maxPDFDepth {
		return nil, fmt.Errorf("%w: nesting deeper than %d", errPDFSyntax, maxPDFDepth)
	}
	l.skipSpace()
	if l.pos >= len(l.data) {
		return nil, fmt.Errorf("%w: unexpected end of data", errPDFSyntax)
	}
	switch b := l.data[l.pos]; {
	case b == '/':
		l.pos++
		return pdfName(decodeName(l.keyword())), nil
	case b == '(':
		return l.literal()
	case b == '<' && l.pos+1 < len(l.data) && l.data[l.pos+1] == '<':
		l.pos += 2
		return l.dict(depth)
	case b == '<':
		return l.hex()
	case b == '[':
		l.pos++
		return l.array(depth)
	case b == '+' || b == '-' || b == '.' || (b >= '0' && b <= '9'):
		return l.number()
	}
	start := l.pos
	switch kw := l.keyword(); kw {
	case "true":
		return true, nil
	case "false":
		return false, nil
	case "null":
		return nil, nil
	default:
		if l.pos == start {
			l.pos++ // a stray delimiter: never loop on it
		}
		return nil, fmt.Errorf("%w: unexpected %q at offset %d", errPDFSyntax, truncate(kw, 20), start)
	}
}

// number parses a number, or a reference when an integer is followed by
// another integer and R.
func (l *pdfLexer) number() (any, error) {
	start := l.pos
	kw := l.keyword()
	if i, err := strconv.ParseInt(kw, 10, 64); err == nil {
		save := l.pos
		l.skipSpace()
		gstart := l.pos
		g := l.keyword()
		if gen, err := strconv.ParseInt(g, 10, 64); err == nil && l.pos > gstart {
			l.skipSpace()
			if l.pos < len(l.data) && l.data[l.pos] == 'R' && (l.pos+1 == len(l.data) || isPDFSpace(l.data[l.pos+1]) || isPDFDelim(l.data[l.pos+1])) {
				l.pos++
				return pdfRef{num: i, gen: gen}, nil
			}
		}
		l.pos = save
		return i, nil
	}
	f, err := strconv.ParseFloat(kw, 64)
	if err != nil {
		if l.pos == start {
			l.pos++
		}
		return nil, fmt.Errorf("%w: bad number %q", errPDFSyntax, truncate(kw, 20))
	}
	return f, nil
}

// array parses the rest of an array after "[".
func (l *pdfLexer) array(depth int) (any, error) {
	var a pdfArray
	for {
		l.skipSpace()
		if l.pos >= len(l.data) {
			return nil, fmt.Errorf("%w: unterminated array", errPDFSyntax)
		}
		if l.data[l.pos] == ']' {
			l.pos++
			return a, nil
		}
		v, err := l.object(depth + 1)
		if err != nil {
			return nil, err
		}
		a = append(a, v)
	}
}

// dict parses the rest of a dictionary after "<<".
func (l *pdfLexer) dict(depth int) (any, error) {
	d := pdfDict{}
	for {
		l.skipSpace()
		if l.pos+1 < len(l.data) && l.data[l.pos] == '>' && l.data[l.pos+1] == '>' {
			l.pos += 2
			return d, nil
		}
		k, err := l.object(depth + 1)
		if err != nil {
			return nil, err
		}
		key, ok := k.(pdfName)
		if !ok {
			return nil, fmt.Errorf("%w: dictionary key is not a name", errPDFSyntax)
		}
		v, err := l.object(depth + 1)
		if err != nil {
			return nil, err
		}
		d[key] = v
	}
}

// literal parses a (string) with nesting and escapes.
func (l *pdfLexer) literal() (any, error) {
	l.pos++
	var out []byte
	nest := 1
	for l.pos < len(l.data) {
		b := l.data[l.pos]
		l.pos++
		switch {
		case b == '\\' && l.pos < len(l.data):
			out = l.escape(out)
		case b == '(':
			nest++
			out = append(out, b)
		case b == ')':
			nest--
			if nest == 0 {
				return pdfString(out), nil
			}
			out = append(out, b)
		default:
			out = append(out, b)
		}
	}
	return nil, fmt.Errorf("%w: unterminated string", errPDFSyntax)
}

// escape decodes the escape sequence after a backslash in a literal string.
func (l *pdfLexer) escape(out []byte) []byte {
	b := l.data[l.pos]
	l.pos++
	switch b {
	case 'n':
		return append(out, '\n')
	case 'r':
		return append(out, '\r')
	case 't':
		return append(out, '\t')
	case 'b':
		return append(out, '\b')
	case 'f':
		return append(out, '\f')
	case '\r':
		if l.pos < len(l.data) && l.data[l.pos] == '\n' {
			l.pos++
		}
		return out
	case '\n':
		return out
	}
	if b >= '0' && b <= '7' {
		v := int(b - '0')
		for i := 0; i < 2 && l.pos < len(l.data) && l.data[l.pos] >= '0' && l.data[l.pos] <= '7'; i++ {
			v = v*8 + int(l.data[l.pos]-'0')
			l.pos++
		}
		return append(out, byte(v))
	}
	return append(out, b)
}

// hex parses a <hex string>.
func (l *pdfLexer) hex() (any, error) {
	l.pos++
	var out []byte
	var hi byte
	half := false
	for l.pos < len(l.data) {
		b := l.data[l.pos]
		l.pos++
		var v byte
		switch {
		case b == '>':
			if half {
				out = append(out, hi<<4)
			}
			return pdfString(out), nil
		case isPDFSpace(b):
			continue
		case b >= '0' && b <= '9':
			v = b - '0'
		case b >= 'a' && b <= 'f':
			v = b - 'a' + 10
		case b >= 'A' && b <= 'F':
			v = b - 'A' + 10
		default:
			return nil, fmt.Errorf("%w: bad hex string", errPDFSyntax)
		}
		if half {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	return nil, fmt.Errorf("%w: unterminated hex string", errPDFSyntax)
}

// decodeName decodes #xx escapes in a name.
func decodeName(s string) string {
	if !bytes.ContainsRune([]byte(s), '#') {
		return s
	}
	var out []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && i+2 < len(s) {
			if v, err := strconv.ParseUint(s[i+1:i+3], 16, 8); err == nil {
				out = append(out, byte(v))
				i += 2
				continue
			}
		}
		out = append(out, s[i])
	}
	return string(out)
}

// objectAt parses the indirect object "num gen obj … [stream … endstream]"
// starting at off, returning its number, its value and the number of bytes
// the lexer scanned (stream data excluded), which callers charge to a
// budget.
func objectAt(data []byte, ends []int, off int64) (num int64, v any, scanned int, err error) {
	if off < 0 || off >= int64(len(data)) {
		return 0, nil, 0, fmt.Errorf("%w: offset %d out of range", errPDFSyntax, off)
	}
	l := &pdfLexer{data: data, pos: int(off)}
	num, v, err = l.indirect(ends)
	return num, v, l.pos - int(off), err
}

// indirect parses an indirect object at the current position.
func (l *pdfLexer) indirect(ends []int) (int64, any, error) {
	l.skipSpace()
	num, err1 := strconv.ParseInt(l.keyword(), 10, 64)
	l.skipSpace()
	_, err2 := strconv.ParseInt(l.keyword(), 10, 64)
	l.skipSpace()
	if err1 != nil || err2 != nil || l.keyword() != "obj" {
		return 0, nil, fmt.Errorf("%w: no object header at offset %d", errPDFSyntax, l.pos)
	}
	v, err := l.object(0)
	if err != nil {
		return num, nil, err
	}
	d, ok := v.(pdfDict)
	if !ok {
		return num, v, nil
	}
	l.skipSpace()
	if !bytes.HasPrefix(l.data[l.pos:], []byte("stream")) {
		return num, d, nil
	}
	raw, err := l.streamData(d, ends)
	if err != nil {
		return num, nil, err
	}
	return num, &pdfStream{dict: d, raw: raw}, nil
}

// streamData returns the bytes of a stream whose keyword is at the current
// position. A direct /Length is used when "endstream" follows it; otherwise
// (indirect or wrong lengths) the data runs to the next "endstream", found
// in ends, the sorted offsets of every "endstream" in the data (so that
// hostile files with many unterminated streams cost no quadratic time).
func (l *pdfLexer) streamData(d pdfDict, ends []int) ([]byte, error) {
	l.pos += len("stream")
	if l.pos < len(l.data) && l.data[l.pos] == '\r' {
		l.pos++
	}
	if l.pos < len(l.data) && l.data[l.pos] == '\n' {
		l.pos++
	}
	start := l.pos
	if n, ok := d["Length"].(int64); ok && n >= 0 && n <= int64(len(l.data)-start) {
		end := start + int(n)
		rest := bytes.TrimLeft(l.data[end:min(end+16, len(l.data))], "\r\n\t \x00\f")
		if bytes.HasPrefix(rest, []byte("endstream")) {
			return l.data[start:end], nil
		}
	}
	i, _ := slices.BinarySearch(ends, start)
	if i == len(ends) {
		return nil, fmt.Errorf("%w: stream without endstream", errPDFSyntax)
	}
	end := ends[i]
	if end > start && l.data[end-1] == '\n' {
		end--
	}
	if end > start && l.data[end-1] == '\r' {
		end--
	}
	return l.data[start:end], nil
}

// endstreams returns the sorted offsets of every "endstream" keyword.
func endstreams(data []byte) []int {
	var ends []int
	for off := 0; ; {
		i := bytes.Index(data[off:], []byte("endstream"))
		if i < 0 {
			return ends
		}
		ends = append(ends, off+i)
		off += i + len("endstream")
	}
}
