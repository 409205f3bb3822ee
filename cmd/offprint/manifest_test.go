package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var testKeys = map[string]bool{"title": true, "author": true, "paper": true, "inputs": true, "authors": true, "output": true}

func TestReadManifest(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string][]string
	}{
		{"scalars and comments", "# a book\ntitle: Weekly # trailing comment\npaper: 'a5'\n", map[string][]string{"title": {"Weekly"}, "paper": {"a5"}}},
		{"quoted with hash and colon", "title: \"Issue #4: the end\"\n", map[string][]string{"title": {"Issue #4: the end"}}},
		{"block list", "inputs:\n  - a.txt\n  - \"b c.md\"\n\ntitle: x\n", map[string][]string{"inputs": {"a.txt", "b c.md"}, "title": {"x"}}},
		{"flow list", "authors: [Ada Lovelace, \"Babbage, Charles\"]\n", map[string][]string{"authors": {"Ada Lovelace", "Babbage, Charles"}}},
		{"document marker and CRLF-free blank lines", "---\ntitle: x\n\n", map[string][]string{"title": {"x"}}},
		{"single quotes escape", "title: 'It''s here'\n", map[string][]string{"title": {"It's here"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "book.yaml")
			os.WriteFile(path, []byte(tt.text), 0o644)
			m, err := readManifest(path, testKeys)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(m.Values, tt.want) {
				t.Errorf("got %q, want %q", m.Values, tt.want)
			}
		})
	}
}

func TestManifestInputsResolve(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.txt", "a.txt", "c.md"} {
		os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644)
	}
	path := filepath.Join(dir, "book.yaml")
	os.WriteFile(path, []byte("inputs:\n  - c.md\n  - '*.txt'\n  - https://example.com/a\n"), 0o644)
	m, err := readManifest(path, testKeys)
	if err != nil {
		t.Fatal(err)
	}
	got, err := m.inputs()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "c.md"), filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), "https://example.com/a"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("inputs %q, want %q", got, want)
	}
}

func FuzzManifest(f *testing.F) {
	f.Add("title: x\ninputs:\n  - a.txt\n")
	f.Add("authors: [a, 'b, c', \"d\"]\n# c\n")
	f.Add("title: \"unclosed\n- item\n")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<14 {
			return
		}
		path := filepath.Join(t.TempDir(), "book.yaml")
		os.WriteFile(path, []byte(text), 0o644)
		m, err := readManifest(path, testKeys)
		if err != nil {
			if !strings.HasPrefix(err.Error(), path+":") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		for k := range m.Values {
			if !testKeys[k] {
				t.Errorf("accepted unknown key %q", k)
			}
		}
	})
}

func TestDetectFormat(t *testing.T) {
	tests := []struct{ name, data, from, want string }{
		{"a.txt", "<html>", "", formatText},
		{"a.md", "plain", "", formatMarkdown},
		{"a.HTM", "x", "", formatHTML},
		{"stdin", "<!DOCTYPE html><html>", "", formatHTML},
		{"stdin", "\ufeff<html lang=en>", "", formatHTML},
		{"stdin", "---\ntitle: x\n---\n# A", "", formatMarkdown},
		{"stdin", "# Title\n\nText", "", formatMarkdown},
		{"stdin", "Headline\nA paragraph.\n", "", formatText},
		{"a.txt", "x", "markdown", formatMarkdown},
	}
	for _, tt := range tests {
		got, err := detectFormat(&input{Name: tt.name, Data: []byte(tt.data)}, tt.from)
		if err != nil || got != tt.want {
			t.Errorf("%s %q --from %q: %q, %v; want %q", tt.name, tt.data, tt.from, got, err, tt.want)
		}
	}
}
