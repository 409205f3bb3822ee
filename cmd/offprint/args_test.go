package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/offprint/offprint/cmd/offprint/internal/version"
	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/layout"
)

// parseExport runs the command line through the CLI up to the point where
// the export would start, and returns the job the flags gave (gh's runF).
func parseExport(t *testing.T, args ...string) (job *exportJob, code int, stderr string) {
	t.Helper()
	ctx := context.WithValue(context.Background(), runFKey{}, func(j *exportJob) error { job = j; return nil })
	var out, errb bytes.Buffer
	code = runContext(ctx, append([]string{"offprint"}, args...), strings.NewReader(""), &out, &errb)
	return job, code, errb.String()
}

func TestExportFlagsToOptions(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	a5, _, _ := layout.ParsePaper("a5")
	fontFile := filepath.Join(dir, "face.ttf")
	if err := os.WriteFile(fontFile, fonts.MustGet(fonts.Bold).Data, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		env    map[string]string
		args   []string
		check  func(*exportJob) string
		code   int
		stderr string
	}{
		{name: "flags before inputs", args: []string{"export", "-o", out, "--paper", "a5", "a.txt"},
			check: func(j *exportJob) string {
				return expect(j.Inputs, []string{"a.txt"}, j.Config.Plan.Dir == out, j.Config.PDF.Style.PaperWidth == a5)
			}},
		{name: "flags after inputs", args: []string{"export", "a.txt", "-o", out, "--paper", "a5"},
			check: func(j *exportJob) string {
				return expect(j.Inputs, []string{"a.txt"}, j.Config.Plan.Dir == out, j.Config.PDF.Style.PaperWidth == a5)
			}},
		{name: "flags between inputs, = form", args: []string{"export", "a.txt", "--paper=a5", "b.md", "--format=pdf", "-j", "3", "c.html"},
			check: func(j *exportJob) string {
				return expect(j.Inputs, []string{"a.txt", "b.md", "c.html"}, j.Config.PDF.Style.PaperWidth == a5, slices.Equal(j.Config.Formats, []string{"pdf"}), j.Batch.Jobs == 3)
			}},
		{name: "-- ends the flags", args: []string{"export", "--no-cover", "--", "-o", "--paper", "a.txt"},
			check: func(j *exportJob) string {
				return expect(j.Inputs, []string{"-o", "--paper", "a.txt"}, j.Config.EPUB.NoCover)
			}},
		{name: "- is standard input, not a flag", args: []string{"export", "-", "-f", "epub"},
			check: func(j *exportJob) string {
				return expect(j.Inputs, []string{"-"}, slices.Equal(j.Config.Formats, []string{"epub"}))
			}},
		{name: "bool flags take no value", args: []string{"export", "--duplex", "a.txt", "--check"},
			check: func(j *exportJob) string {
				return expect(j.Inputs, []string{"a.txt"}, j.Config.PDF.Style.Duplex, j.Config.Check)
			}},
		{name: "repeated flag after inputs", args: []string{"export", "a.txt", "--author", "Ann", "--author", "Bob"},
			check: func(j *exportJob) string {
				return expect(j.Inputs, []string{"a.txt"}, slices.Equal(j.Config.Read.Meta.Authors, []string{"Ann", "Bob"}))
			}},
		{name: "env vars", env: map[string]string{"OFFPRINT_PAPER": "a5", "OFFPRINT_FORMAT": "epub", "OFFPRINT_SHARD": "2/3"}, args: []string{"export", "a.txt"},
			check: func(j *exportJob) string {
				return expect(j.Inputs, []string{"a.txt"}, j.Config.PDF.Style.PaperWidth == a5, slices.Equal(j.Config.Formats, []string{"epub"}), j.Batch.Shard == shard{2, 3})
			}},
		{name: "a flag wins over its env var", env: map[string]string{"OFFPRINT_PAPER": "letter"}, args: []string{"export", "a.txt", "--paper", "a5"},
			check: func(j *exportJob) string {
				return expect(j.Inputs, []string{"a.txt"}, j.Config.PDF.Style.PaperWidth == a5)
			}},
		{name: "font file and font folder", args: []string{"export", "a.txt", "--font", fontFile, "--font-dir", dir},
			check: func(j *exportJob) string {
				st := j.Config.PDF.Style
				return expect(j.Inputs, []string{"a.txt"}, st.Faces[fonts.Regular] != nil && st.Faces[fonts.Regular].Name == "NotoSerif-Bold", st.Faces[fonts.Bold] == nil, st.Fallback != nil)
			}},
		{name: "font folder that is not one", args: []string{"export", "a.txt", "--font-dir", fontFile}, code: 2,
			stderr: "offprint: --font-dir " + fontFile + ": not a folder (see offprint --help)"},
		{name: "shard flag", args: []string{"export", "a.txt", "--shard", "1/7"},
			check: func(j *exportJob) string { return expect(j.Inputs, []string{"a.txt"}, j.Batch.Shard == shard{1, 7}) }},
		{name: "unknown flag after inputs", args: []string{"export", "a.txt", "-o", out, "--papr", "a5"}, code: 2,
			stderr: `offprint: export: unknown flag --papr (did you mean "--paper"?)`},
		{name: "unknown flag, = form", args: []string{"export", "--fromat=pdf", "a.txt"}, code: 2,
			stderr: `offprint: export: unknown flag --fromat (did you mean "--format"?)`},
		{name: "unknown flag, nothing close", args: []string{"export", "a.txt", "--zzzzzzzz"}, code: 2,
			stderr: "offprint: export: unknown flag --zzzzzzzz (see offprint --help)"},
		{name: "unknown global flag", args: []string{"--verbose", "export", "a.txt"}, code: 2,
			stderr: "offprint: unknown flag --verbose"},
		{name: "value missing at the end", args: []string{"export", "a.txt", "-o"}, code: 2,
			stderr: "offprint: export: flag -o needs a value"},
		{name: "bad shard", args: []string{"export", "a.txt", "--shard", "4/3"}, code: 2, stderr: "--shard"},
		{name: "bad shard from env", env: map[string]string{"OFFPRINT_SHARD": "0/2"}, args: []string{"export", "a.txt"}, code: 2, stderr: "OFFPRINT_SHARD"},
		{name: "standard input cannot be sharded", args: []string{"export", "--shard", "1/2", "-"}, code: 2, stderr: "standard input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			job, code, stderr := parseExport(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.stderr)
			}
			if tt.check != nil {
				if job == nil {
					t.Fatal("the export did not get to run")
				}
				if msg := tt.check(job); msg != "" {
					t.Error(msg)
				}
			}
		})
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("parsing the command line created %s (%v): nothing may be written before the export runs", out, err)
	}
}

// expect returns "" when inputs are want and every condition holds, else
// what went wrong.
func expect(inputs, want []string, conds ...bool) string {
	if !slices.Equal(inputs, want) {
		return "inputs " + strings.Join(inputs, " | ") + ", want " + strings.Join(want, " | ")
	}
	for i, ok := range conds {
		if !ok {
			return "condition " + string(rune('1'+i)) + " does not hold"
		}
	}
	return ""
}

func TestNothingWrittenOnUsageError(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	code, _, _ := offprint(t, "", "export", example, "-o", out, "--paper", "a5", "--bogus")
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	code, _, _ = offprint(t, "", "export", example, "-o", out, "--paper", "nonsense")
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a usage error left %v behind", entries)
	}
}

func TestVersion(t *testing.T) {
	for _, flag := range []string{"--version", "-v"} {
		code, stdout, _ := offprint(t, "", flag)
		if code != 0 || !strings.HasPrefix(stdout, "offprint "+version.Version) {
			t.Errorf("%s: exit %d, %q", flag, code, stdout)
		}
	}
}
