package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offprint/offprint/internal/testtool"
)

// copyExample writes n copies of the example (with distinct names) into dir.
func copyExample(t testing.TB, dir string, n int) []string {
	t.Helper()
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for i := range n {
		p := filepath.Join(dir, "article-"+string(rune('a'+i%26))+strings.Repeat("x", i/26)+".txt")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func TestBatchMixedInputs(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	good := copyExample(t, in, 2)
	empty := filepath.Join(in, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	args := []string{"export", "-o", out, "--format", "epub", "--report", "json", good[0], empty, good[1]}
	code, stdout, stderr := offprint(t, "", args...)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, stderr)
	}
	if !strings.Contains(stderr, empty+": empty input") {
		t.Errorf("stderr does not name the bad input: %q", stderr)
	}
	var rep struct {
		Version, Succeeded, Failed int
		Inputs                     []struct {
			Input, Format, Error string
			Words                int
			Warnings             []string
			Outputs              []struct {
				Path, Format, SHA256 string
				Bytes                int64
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, stdout)
	}
	if rep.Version != 1 || rep.Succeeded != 2 || rep.Failed != 1 || len(rep.Inputs) != 3 {
		t.Fatalf("report %+v", rep)
	}
	if rep.Inputs[1].Input != empty || rep.Inputs[1].Error == "" || len(rep.Inputs[1].Outputs) != 0 {
		t.Errorf("bad input's record: %+v", rep.Inputs[1])
	}
	for _, i := range []int{0, 2} {
		r := rep.Inputs[i]
		if r.Error != "" || len(r.Outputs) != 1 || r.Words < 1500 || len(r.Outputs[0].SHA256) != 64 {
			t.Errorf("good input's record: %+v", r)
			continue
		}
		if fi, err := os.Stat(r.Outputs[0].Path); err != nil || fi.Size() != r.Outputs[0].Bytes {
			t.Errorf("%s: %v", r.Outputs[0].Path, err)
		}
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 2 {
		t.Errorf("%d files in the output folder, want 2", len(entries))
	}
}

func TestBatchFailFast(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	empty := filepath.Join(in, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	good := copyExample(t, in, 3)
	code, _, stderr := offprint(t, "", append([]string{"export", "-o", out, "--jobs", "1", "--fail-fast", empty}, good...)...)
	if code != 1 || !strings.Contains(stderr, "--fail-fast") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("--fail-fast still exported %d files", len(entries))
	}
}

func TestParallelEqualsSerial(t *testing.T) {
	in := t.TempDir()
	inputs := copyExample(t, in, 4)
	serial, parallel := t.TempDir(), t.TempDir()
	for _, run := range []struct{ dir, jobs string }{{serial, "1"}, {parallel, "4"}} {
		code, _, stderr := offprint(t, "", append([]string{"export", "-q", "-o", run.dir, "--jobs", run.jobs}, inputs...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	for _, p := range inputs {
		stem := strings.TrimSuffix(filepath.Base(p), ".txt")
		for _, ext := range []string{".epub", ".pdf"} {
			if sha(t, filepath.Join(serial, stem+ext)) != sha(t, filepath.Join(parallel, stem+ext)) {
				t.Errorf("%s%s differs between --jobs 1 and --jobs 4", stem, ext)
			}
		}
	}
}

func TestBookFromManifest(t *testing.T) {
	dir := t.TempDir()
	copyExample(t, dir, 2)
	md, _ := os.ReadFile("../../examples/vox-isis-k.md")
	os.WriteFile(filepath.Join(dir, "third.md"), md, 0o644)
	manifest := "# weekly reading\ntitle: \"Weekly reading\"\nauthors: [Ada Lovelace, Charles Babbage]\ndate: 2024-03-30\n" +
		"output: weekly.epub\ninputs:\n  - article-*.txt\n  - third.md\n"
	path := filepath.Join(dir, "book.yaml")
	os.WriteFile(path, []byte(manifest), 0o644)
	code, _, stderr := offprint(t, "", "book", "-c", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	out := filepath.Join(dir, "weekly.epub")
	testtool.EPUBCheck(t, out)
	plain := testtool.Run(t, "pandoc", "-f", "epub", "-t", "plain", out)
	if n := strings.Count(plain, "Riccardo Valle"); n < 3 {
		t.Errorf("the book has %d mentions of Riccardo Valle, want one article each", n)
	}

	pdfOut := filepath.Join(dir, "weekly.pdf")
	if code, _, stderr := offprint(t, "", "book", "-c", path, "-o", pdfOut); code != 0 {
		t.Fatalf("pdf: exit %d: %s", code, stderr)
	}
	testtool.QPDFCheck(t, pdfOut)
	testtool.FontsEmbedded(t, pdfOut)
}

func TestManifestErrors(t *testing.T) {
	tests := []struct{ manifest, want string }{
		{"title: x\npape: a5\n", `book.yaml:2: unknown key "pape" (did you mean "paper"?)`},
		{"title: x\ntitle: y\n", `book.yaml:2: key "title" set twice`},
		{"- a.txt\n", `book.yaml:1: want key: value lines, not a list`},
		{"title: \"open\n", `book.yaml:2: found unexpected end of stream`},
		{"title: x\npaper: {size: a5}\n", `book.yaml:2: paper: want text or a list, not a mapping`},
		{"inputs:\n  - nothing-*.txt\n", `book.yaml:1: inputs: "nothing-*.txt" matches no file`},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		path := filepath.Join(dir, "book.yaml")
		os.WriteFile(path, []byte(tt.manifest), 0o644)
		code, _, stderr := offprint(t, "", "book", "-c", path)
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%q: exit %d, stderr %q, want %q", tt.manifest, code, stderr, tt.want)
		}
	}
}

// BenchmarkExportExample measures the whole export of the example (both
// formats), in-process.
func BenchmarkExportExample(b *testing.B) {
	dir := b.TempDir()
	for b.Loop() {
		if code, _, stderr := offprint(b, "", "export", "-q", "-o", dir, example); code != 0 {
			b.Fatal(stderr)
		}
	}
}

// BenchmarkBatch200 exports 200 copies of the example as one batch; compare
// -jobs 1 and all cores with OFFPRINT_JOBS.
func BenchmarkBatch200(b *testing.B) {
	in, out := b.TempDir(), b.TempDir()
	inputs := copyExample(b, in, 200)
	for b.Loop() {
		if code, _, stderr := offprint(b, "", append([]string{"export", "-q", "-o", out}, inputs...)...); code != 0 {
			b.Fatal(stderr)
		}
	}
}

func TestOutputStems(t *testing.T) {
	tests := []struct{ args, want []string }{
		{[]string{"a/x.txt", "b/y.md"}, []string{"x", "y"}},
		{[]string{"x.txt", "x.md"}, []string{"x-txt", "x-md"}},
		{[]string{"a/index.md", "b/index.md", "c.txt"}, []string{"a-index-md", "b-index-md", "c"}},
		{[]string{"a/X.md", "a/x.md"}, []string{"a-X-md", "a-x-md-2"}},
		{[]string{"-", "https://example.com/x", "x.txt"}, []string{"", "", "x"}},
	}
	for _, tt := range tests {
		if got := outputStems(tt.args); strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("outputStems(%q) = %q, want %q", tt.args, got, tt.want)
		}
	}
}

func TestSameNameInputsDoNotClobber(t *testing.T) {
	out := t.TempDir()
	code, _, stderr := offprint(t, "", "export", "-q", "-f", "epub", "-o", out, example, "../../examples/vox-isis-k.md")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, name := range []string{"vox-isis-k-txt.epub", "vox-isis-k-md.epub"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Error(err)
		}
	}
}
