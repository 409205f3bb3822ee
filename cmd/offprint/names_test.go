package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

const sameTitle = "Same Title\n\nThe first paragraph of the article says something.\n\nThe second paragraph says more about it.\n"

// outputNames lists the files in dir.
func outputNames(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

// TestOutputNamesNeverCollide: issue 14, items 3 and 4. Inputs named after
// their title (standard input, URLs) and an input file with an output's
// name each get their own output, and no input is written over.
func TestOutputNamesNeverCollide(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>Same Title</title></head><body><article><h1>Same Title</h1><p>Page %s says something.</p><p>And more.</p></article></body></html>", r.URL.Path)
	}))
	defer srv.Close()
	tests := []struct {
		name  string
		files map[string]string // input files written in the folder
		args  []string          // {dir} is the folder, {srv} the server
		stdin string
		want  []string // the folder's files afterwards
	}{
		{"file and stdin with one title", map[string]string{"same-title.txt": sameTitle}, []string{"-o", "{dir}", "{dir}/same-title.txt", "-"}, sameTitle,
			[]string{"same-title-2.epub", "same-title.epub", "same-title.txt"}},
		{"three URLs with one title", nil, []string{"-o", "{dir}", "{srv}/a", "{srv}/b", "{srv}/c"}, "",
			[]string{"same-title-2.epub", "same-title-3.epub", "same-title.epub"}},
		{"an input named like its output", map[string]string{"notes.epub": sameTitle}, []string{"-o", "{dir}", "{dir}/notes.epub"}, "",
			[]string{"notes-epub.epub", "notes.epub"}},
		{"a URL titled like an input file", map[string]string{"same-title.epub": sameTitle}, []string{"-o", "{dir}", "{srv}/a", "{dir}/same-title.epub"}, "",
			[]string{"same-title-2.epub", "same-title-epub.epub", "same-title.epub"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			args := []string{"export", "-q", "-f", "epub", "-j", "3"}
			for _, a := range tt.args {
				args = append(args, strings.NewReplacer("{dir}", dir, "{srv}", srv.URL).Replace(a))
			}
			code, _, stderr := offprint(t, tt.stdin, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if got := outputNames(t, dir); strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("files %q, want %q", got, tt.want)
			}
			for name, data := range tt.files {
				if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) != data {
					t.Errorf("input %s was written over", name)
				}
			}
		})
	}
}

// TestOutputFileIsAnInput: -o naming an input fails before anything is
// written.
func TestOutputFileIsAnInput(t *testing.T) {
	in := filepath.Join(t.TempDir(), "notes.epub")
	if err := os.WriteFile(in, []byte(sameTitle), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := offprint(t, "", "export", "-o", in, in)
	if code == 0 || !strings.Contains(stderr, "is an input") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if got, _ := os.ReadFile(in); string(got) != sameTitle {
		t.Error("the input was written over")
	}
}
