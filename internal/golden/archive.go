package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// Archive is a test case kept as a txtar file (golang.org/x/tools/txtar):
// a free-form comment, then parts, each introduced by a line "-- name --".
// A test reads its input from some parts and compares what it makes with
// others.
type Archive struct {
	*txtar.Archive
}

// File is a part as a test makes it, compared with an Archive's part of
// the same name by CheckArchive.
type File struct {
	Name string
	Data string
}

// ParseArchive parses txtar text (see txtar.Parse).
func ParseArchive(data string) *Archive {
	return &Archive{txtar.Parse([]byte(data))}
}

// Get returns the data of the first part called name, and whether there
// is one.
func (a *Archive) Get(name string) (string, bool) {
	for _, f := range a.Files {
		if f.Name == name {
			return string(f.Data), true
		}
	}
	return "", false
}

// Set replaces the data of the first part called name, or appends the part
// when there is none.
func (a *Archive) Set(name, data string) {
	for i := range a.Files {
		if a.Files[i].Name == name {
			a.Files[i].Data = []byte(data)
			return
		}
	}
	a.Files = append(a.Files, txtar.File{Name: name, Data: []byte(data)})
}

// Format returns the archive as txtar text (see txtar.Format: the comment
// and every part end with a newline).
func (a *Archive) Format() string {
	return string(txtar.Format(a.Archive))
}

// ReadArchive reads and parses the archive at path, failing the test when
// it cannot be read.
func ReadArchive(t testing.TB, path string) *Archive {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return ParseArchive(string(data))
}

// RunArchives runs f as a subtest for every archive matching pattern (such
// as "testdata/*.txtar"), named after the file without its extension. It
// fails when no file matches.
func RunArchives(t *testing.T, pattern string, f func(t *testing.T, path string, a *Archive)) {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases match %s: %v", pattern, err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		t.Run(name, func(t *testing.T) {
			f(t, path, ReadArchive(t, path))
		})
	}
}

// Parts returns the data of the part called name of every archive matching
// pattern that has one, for seeding fuzz targets.
func Parts(t testing.TB, pattern, name string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	var parts []string
	for _, path := range files {
		if data, ok := ReadArchive(t, path).Get(name); ok {
			parts = append(parts, data)
		}
	}
	return parts
}

// CheckArchive compares each part in got with the part of the same name in
// a, the archive read from path; a missing part counts as empty. With
// -update it stores the parts in a instead (adding a missing one only when
// it is not empty) and rewrites path.
func CheckArchive(t testing.TB, path string, a *Archive, got ...File) {
	t.Helper()
	if *Update {
		for _, f := range got {
			if _, ok := a.Get(f.Name); ok || f.Data != "" {
				a.Set(f.Name, f.Data)
			}
		}
		write(t, path, []byte(a.Format()))
		return
	}
	for _, f := range got {
		want, _ := a.Get(f.Name)
		if f.Data != want {
			t.Errorf("%s: part %q differs (run go test -update to accept the change, then review git diff):\n%s",
				path, f.Name, Diff(want, f.Data))
		}
	}
}
