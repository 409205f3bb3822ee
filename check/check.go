// Package check validates EPUB and PDF files offline, in pure Go.
//
// It checks what real readers need rather than the whole specifications:
// for an EPUB the zip container, the package document, the navigation
// documents, every XHTML content document and the rules that Amazon's
// Send-to-Kindle enforces; for a PDF the header, cross-reference data,
// embedded fonts, outline, page boxes and document metadata.
//
// Every problem carries a short stable rule id (see Rules) so that tools and
// tests can match on it. The checkers never panic, bound the memory and work
// they spend on hostile input, and report what they cannot read as problems.
package check

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// Problem is one finding of a checker.
type Problem struct {
	// Rule is a short stable kebab-case id such as "kindle-xml-declaration".
	Rule string
	// Message says what is wrong and where, in one line.
	Message string
}

// String returns the problem as "rule: message".
func (p Problem) String() string { return p.Rule + ": " + p.Message }

// File checks the EPUB or PDF at path. The format is chosen by the file
// extension (.epub or .pdf), else by the file's first bytes. The error is
// non-nil only when the file cannot be read or checked at all.
func File(path string) ([]Problem, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("check: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("check: %w", err)
	}
	kind, err := detect(path, f)
	if err != nil {
		return nil, err
	}
	var ps []Problem
	switch kind {
	case "epub":
		ps, err = EPUB(f, st.Size())
	case "pdf":
		ps, err = PDF(f)
	}
	if err != nil {
		return nil, fmt.Errorf("check %s: %w", path, err)
	}
	return ps, nil
}

// detect returns "epub" or "pdf" for the file, by extension and then by
// magic bytes, or an error when it is neither.
func detect(path string, r io.ReaderAt) (string, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".epub":
		return "epub", nil
	case ".pdf":
		return "pdf", nil
	}
	head := make([]byte, 1024)
	n, err := r.ReadAt(head, 0)
	if err != nil && err != io.EOF {
		return "", fmt.Errorf("check %s: %w", path, err)
	}
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return "epub", nil
	case bytes.Contains(head, []byte("%PDF-")):
		return "pdf", nil
	}
	return "", fmt.Errorf("check %s: neither an EPUB nor a PDF (use a .epub or .pdf file)", path)
}

// problems collects problems, dropping exact duplicates and stopping at a
// cap so that hostile input cannot produce unbounded output.
type problems struct {
	list []Problem
	seen map[Problem]bool
}

// maxProblems caps the problems reported for one file.
const maxProblems = 1000

// add records a problem built from a rule id and a formatted message.
func (ps *problems) add(rule, format string, args ...any) {
	if len(ps.list) >= maxProblems {
		return
	}
	p := Problem{Rule: rule, Message: oneLine(fmt.Sprintf(format, args...))}
	if ps.seen == nil {
		ps.seen = make(map[Problem]bool)
	}
	if ps.seen[p] {
		return
	}
	ps.seen[p] = true
	if len(ps.list) == maxProblems-1 {
		p = Problem{Rule: "too-many-problems", Message: fmt.Sprintf("stopped after %d problems", maxProblems)}
	}
	ps.list = append(ps.list, p)
}

// oneLine writes the control characters of msg (a name from the checked
// file may hold a line break or a NUL) as Go escapes, so that each
// problem is one printable line.
func oneLine(msg string) string {
	if !strings.ContainsFunc(msg, unicode.IsControl) {
		return msg
	}
	var b strings.Builder
	for _, r := range msg {
		if unicode.IsControl(r) {
			fmt.Fprintf(&b, "\\x%02x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
