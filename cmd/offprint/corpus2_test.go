package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/offprint/offprint/internal/testtool"
)

// TestCorpus2Validates exports the second QA corpus (inputs written to
// find bugs, without expectations of their own) in one batch and checks
// that every output is valid: the batch succeeds with --check, epubcheck
// reports nothing, qpdf accepts every PDF and embeds every font.
func TestCorpus2Validates(t *testing.T) {
	testtool.Integration(t) // validators on every output
	inputs, err := filepath.Glob("../../testdata/corpus2/*.*")
	if err != nil || len(inputs) < 10 {
		t.Fatalf("corpus2: %d inputs, %v", len(inputs), err)
	}
	dir := t.TempDir()
	code, _, stderr := offprint(t, "", append([]string{"export", "-q", "--check", "-o", dir}, inputs...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var epubs []string
	for _, in := range inputs {
		stem := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		epubs = append(epubs, filepath.Join(dir, stem+".epub"))
		pdf := filepath.Join(dir, stem+".pdf")
		testtool.QPDFCheck(t, pdf)
		testtool.FontsEmbedded(t, pdf)
	}
	for path, report := range testtool.EPUBCheckAll(t, epubs) {
		t.Errorf("epubcheck %s:\n%s", path, report)
	}
}
