package offprint_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offprint/offprint/internal/testtool"
)

// userProgram is a whole Go program that uses offprint as a library: an
// article on standard input, its PDF on standard output.
const userProgram = `package main

import ("context"; "os"; "github.com/offprint/offprint")

func main() {
	doc, err := offprint.Read(context.Background(), os.Stdin, offprint.ReadOptions{Name: os.Args[1]})
	if err == nil { err = offprint.WritePDF(context.Background(), os.Stdout, doc, offprint.PDFOptions{}) }
	if err != nil { panic(err) }
}
`

// TestExternalModule builds a module outside this repository that imports
// the root package (as "go get github.com/offprint/offprint" would give it,
// here through a replace directive that only this test's module has) and
// checks that its PDF of the example is byte for byte the one the offprint
// command writes, the command built from the same module graph as "go
// install …/cmd/offprint" builds it. The module cache is used first; a
// fresh machine may still fetch go.mod files of old versions that
// dependencies name (module graph pruning cannot skip those of modules
// older than go 1.17), checked against the repository's go.sum.
func TestExternalModule(t *testing.T) {
	testtool.Integration(t)
	repo, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	gomod := "module example.com/reader\n\ngo 1.26\n\nrequire github.com/offprint/offprint v0.0.0\n\nreplace github.com/offprint/offprint => " + repo + "\n"
	sum, err := os.ReadFile("go.sum")
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "go.mod"), []byte(gomod))
	write(t, filepath.Join(dir, "go.sum"), sum)
	write(t, filepath.Join(dir, "main.go"), []byte(userProgram))
	if n := strings.Count(strings.TrimSpace(userProgram), "\n") + 1; n >= 10 {
		t.Errorf("the user's program has %d lines, want under ten", n)
	}
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOSUMDB=off", "GOWORK=off", "SOURCE_DATE_EPOCH=")
	gobuild := func(out string, pkg string) {
		cmd := exec.Command("go", "build", "-o", out, pkg)
		cmd.Dir, cmd.Env = dir, env
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", pkg, err, msg)
		}
	}
	gobuild("reader", ".")
	gobuild("offprint", "github.com/offprint/offprint/cmd/offprint")

	example, err := filepath.Abs("examples/vox-isis-k.txt")
	if err != nil {
		t.Fatal(err)
	}
	in, err := os.Open(example)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	var lib, stderr bytes.Buffer
	reader := exec.Command(filepath.Join(dir, "reader"), "vox-isis-k.txt")
	reader.Stdin, reader.Stdout, reader.Stderr, reader.Env = in, &lib, &stderr, env
	if err := reader.Run(); err != nil {
		t.Fatalf("the user's program: %v\n%s", err, stderr.String())
	}
	cliPDF := filepath.Join(dir, "cli.pdf")
	cli := exec.Command(filepath.Join(dir, "offprint"), "export", "-q", example, "-o", cliPDF)
	cli.Env = env
	if msg, err := cli.CombinedOutput(); err != nil {
		t.Fatalf("offprint export: %v\n%s", err, msg)
	}
	want, err := os.ReadFile(cliPDF)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(lib.Bytes(), []byte("%PDF-")) || !bytes.Equal(lib.Bytes(), want) {
		t.Errorf("the library's PDF (%d bytes) is not the command's (%d bytes)", lib.Len(), len(want))
	}
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
