package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	tests := []struct {
		name, want, got string
		diff            string // "" when equal, else a substring of the diff
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"changed line", "a\nb\nc\n", "a\nB\nc\n", "line 2:\n\twant \"b\"\n\tgot  \"B\"\n"},
		{"white space shows", "a b\n", "a\tb\n", `got  "a\tb"`},
		{"missing line", "a\nb\n", "a\n", "want 3 lines, got 2"},
		{"extra line", "a\n", "a\nb\n", "line 2:\n\twant \"\"\n\tgot  \"b\"\n"},
		{"past the end", "a", "a\nb", "want (no line)"},
		{"many", strings.Repeat("x\n", 20), strings.Repeat("y\n", 20), "… more lines differ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Diff(tt.want, tt.got)
			if tt.diff == "" {
				if d != "" {
					t.Errorf("Diff of equal texts = %q", d)
				}
				return
			}
			if !strings.Contains(d, tt.diff) {
				t.Errorf("Diff = %q, want it to contain %q", d, tt.diff)
			}
		})
	}
	if n := strings.Count(Diff(strings.Repeat("x\n", 20), strings.Repeat("y\n", 20)), "line "); n != maxDiffLines {
		t.Errorf("Diff shows %d lines, want %d", n, maxDiffLines)
	}
}

// setUpdate sets the -update flag for one test.
func setUpdate(t *testing.T, v bool) {
	old := *Update
	*Update = v
	t.Cleanup(func() { *Update = old })
}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.golden")
	setUpdate(t, true)
	Check(t, path, []byte("one\ntwo\n"))
	if b, err := os.ReadFile(path); err != nil || string(b) != "one\ntwo\n" {
		t.Fatalf("-update wrote %q, %v", b, err)
	}
	setUpdate(t, false)
	Check(t, path, []byte("one\ntwo\n")) // must pass
	if b, _ := os.ReadFile(path); string(b) != "one\ntwo\n" {
		t.Fatalf("Check without -update changed the file to %q", b)
	}
}

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failures []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.failures = append(r.failures, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatalf(format string, args ...any) { r.Errorf(format, args...) }

func TestCheckReports(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.golden")
	if err := os.WriteFile(path, []byte("a\nb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	setUpdate(t, false)
	r := &recorder{}
	Check(r, path, []byte("a\nc\n"))
	if len(r.failures) != 1 || !strings.Contains(r.failures[0], `line 2:`) || !strings.Contains(r.failures[0], "-update") {
		t.Errorf("mismatch reported as %q", r.failures)
	}
	r = &recorder{}
	Check(r, path+".missing", nil)
	if len(r.failures) == 0 || !strings.Contains(r.failures[0], "no such file") {
		t.Errorf("missing file reported as %q", r.failures)
	}
	r = &recorder{}
	a := ParseArchive("-- want --\nx\n")
	CheckArchive(r, path, a, File{"want", "y\n"}, File{"warnings", "w\n"})
	if len(r.failures) != 2 || !strings.Contains(r.failures[1], `part "warnings" differs`) {
		t.Errorf("archive mismatch reported as %q", r.failures)
	}
}

var archiveTests = []struct {
	name, in string
	comment  string
	files    []File
}{
	{"empty", "", "", nil},
	{"comment only", "just words\n", "just words\n", nil},
	{"parts", "c\n-- a --\nA\n-- b.txt --\nB1\nB2\n", "c\n", []File{{"a", "A\n"}, {"b.txt", "B1\nB2\n"}}},
	{"empty part", "-- a --\n-- b --\nB\n", "", []File{{"a", ""}, {"b", "B\n"}}},
	{"not headers", "-- --\n--a --\n-- a--\n", "-- --\n--a --\n-- a--\n", nil},
}

func TestParseArchive(t *testing.T) {
	for _, tt := range archiveTests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseArchive(tt.in)
			if string(a.Comment) != tt.comment {
				t.Errorf("comment %q, want %q", a.Comment, tt.comment)
			}
			if len(a.Files) != len(tt.files) {
				t.Fatalf("files %q, want %q", a.Files, tt.files)
			}
			for i, f := range a.Files {
				if f.Name != tt.files[i].Name || string(f.Data) != tt.files[i].Data {
					t.Errorf("file %d = %q, want %q", i, f, tt.files[i])
				}
			}
			if s := a.Format(); s != tt.in {
				t.Errorf("Format = %q, want %q", s, tt.in)
			}
		})
	}
}

// TestCasesRoundTrip: every case file of the repository formats back to
// its own bytes, so that -update rewrites only the parts that changed.
func TestCasesRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("../../*/*/testdata/*.txtar")
	more, _ := filepath.Glob("../../*/testdata/*.txtar")
	for _, name := range append(files, more...) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := ParseArchive(string(data)).Format(); got != string(data) {
			t.Errorf("%s does not format back to itself:\n%s", name, Diff(string(data), got))
		}
	}
}

func TestArchiveGetSet(t *testing.T) {
	a := ParseArchive("-- in --\nx\n-- want --\nold\n")
	a.Set("want", "new\n")
	a.Set("warnings", "w")
	a.Set("extra", "e\n")
	if got, ok := a.Get("want"); !ok || got != "new\n" {
		t.Errorf("Get(want) = %q, %v", got, ok)
	}
	if _, ok := a.Get("missing"); ok {
		t.Error("Get found a missing part")
	}
	want := "-- in --\nx\n-- want --\nnew\n-- warnings --\nw\n-- extra --\ne\n"
	if s := a.Format(); s != want {
		t.Errorf("Format = %q, want %q", s, want)
	}
}

func TestCheckArchive(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.txtar")
	const orig = "comment\n-- input --\nx\n-- want --\nold\n"
	if err := os.WriteFile(path, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	setUpdate(t, true)
	a := ReadArchive(t, path)
	CheckArchive(t, path, a, File{"want", "new\n"}, File{"warnings", ""}, File{"explain", "e\n"})
	const updated = "comment\n-- input --\nx\n-- want --\nnew\n-- explain --\ne\n"
	if b, _ := os.ReadFile(path); string(b) != updated {
		t.Fatalf("-update wrote %q, want %q", b, updated)
	}
	setUpdate(t, false)
	CheckArchive(t, path, ReadArchive(t, path), File{"want", "new\n"}, File{"warnings", ""}, File{"explain", "e\n"})
}

func TestRunArchivesAndParts(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{"b.txtar": "-- in --\nB\n", "a.txtar": "-- in --\nA\n", "c.txtar": "-- other --\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pattern := filepath.Join(dir, "*.txtar")
	var ran []string
	RunArchives(t, pattern, func(t *testing.T, path string, a *Archive) {
		in, _ := a.Get("in")
		ran = append(ran, filepath.Base(t.Name())+"="+in)
	})
	if got := strings.Join(ran, ","); got != "a=A\n,b=B\n,c=" {
		t.Errorf("ran %q", got)
	}
	if got := strings.Join(Parts(t, pattern, "in"), ","); got != "A\n,B\n" {
		t.Errorf("Parts = %q", got)
	}
}
