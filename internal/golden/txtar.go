package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Archive is a test case kept as a txtar file (the format of
// golang.org/x/tools/txtar): a free-form comment, then parts, each
// introduced by a line "-- name --". A test reads its input from some
// parts and compares what it makes with others.
type Archive struct {
	// Comment is the text before the first part.
	Comment string
	// Files are the parts, in order.
	Files []File
}

// File is one part of an Archive. Data keeps its line endings.
type File struct {
	Name string
	Data string
}

// ParseArchive splits data into its comment and parts. Every input is an
// archive: text before the first "-- name --" line is the comment.
func ParseArchive(data string) *Archive {
	a := &Archive{}
	var sb strings.Builder
	cur := -1 // the part being read; -1 for the comment
	flush := func() {
		if cur < 0 {
			a.Comment = sb.String()
		} else {
			a.Files[cur].Data = sb.String()
		}
		sb.Reset()
	}
	for _, line := range strings.SplitAfter(data, "\n") {
		if name, ok := header(line); ok {
			flush()
			a.Files = append(a.Files, File{Name: name})
			cur = len(a.Files) - 1
			continue
		}
		sb.WriteString(line)
	}
	flush()
	return a
}

// header reports whether line is a part header "-- name --" and returns
// the name.
func header(line string) (string, bool) {
	t := strings.TrimRight(line, "\n")
	if len(t) > 6 && strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") {
		return t[3 : len(t)-3], true
	}
	return "", false
}

// Get returns the data of the first part called name, and whether there
// is one.
func (a *Archive) Get(name string) (string, bool) {
	for _, f := range a.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return "", false
}

// Set replaces the data of the first part called name, or appends the part
// when there is none.
func (a *Archive) Set(name, data string) {
	for i := range a.Files {
		if a.Files[i].Name == name {
			a.Files[i].Data = data
			return
		}
	}
	a.Files = append(a.Files, File{Name: name, Data: data})
}

// Format returns the archive as txtar text; ParseArchive(s).Format() == s
// for any s that ends with a newline. A comment or part other than the
// last one that lacks a final newline gets one, so that the next header
// stays on a line of its own.
func (a *Archive) Format() string {
	var sb strings.Builder
	sb.WriteString(a.Comment)
	for i, f := range a.Files {
		if i == 0 {
			endLine(&sb)
		}
		fmt.Fprintf(&sb, "-- %s --\n%s", f.Name, f.Data)
		if i < len(a.Files)-1 {
			endLine(&sb)
		}
	}
	return sb.String()
}

// endLine ends the text in sb with a newline unless it is empty or already
// ends with one.
func endLine(sb *strings.Builder) {
	if s := sb.String(); s != "" && !strings.HasSuffix(s, "\n") {
		sb.WriteByte('\n')
	}
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
