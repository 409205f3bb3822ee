package version

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

// reference is what --version printed when it asked runtime/debug: the
// answer describe must match.
func reference(v, text, goVersion string) string {
	info, err := debug.ParseBuildInfo(text)
	if err != nil {
		return v
	}
	if mv := info.Main.Version; v == Dev && mv != "" && mv != "(devel)" {
		v = mv
	}
	var rev, when, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	if rev == "" {
		return v + " (" + goVersion + ")"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if when != "" {
		when = " " + when
	}
	return fmt.Sprintf("%s (revision %s%s%s, %s)", v, rev, when, dirty, goVersion)
}

// sentinel stands for the 16 bytes the go command puts around the text.
var sentinel = strings.Repeat("\xff", 16)

func TestDescribe(t *testing.T) {
	const dev = "path\tgithub.com/offprint/offprint/cmd/offprint\nmod\tgithub.com/offprint/offprint\t(devel)\t\n"
	const vcs = "build\tvcs=git\nbuild\tvcs.revision=7c47105f3e0a1b2c3d4e5f60718293a4b5c6d7e8\nbuild\tvcs.time=2026-12-07T01:45:00Z\n"
	tests := []struct {
		name, version, text, want string
	}{
		{"no build information", Dev, "", Dev},
		{"a development build", Dev, dev, Dev + " (go1.26.8)"},
		{"from a clone", Dev, dev + vcs + "build\tvcs.modified=false\n", Dev + " (revision 7c47105f3e0a 2026-12-07T01:45:00Z, go1.26.8)"},
		{"a modified clone", Dev, dev + vcs + "build\tvcs.modified=true\n", Dev + " (revision 7c47105f3e0a 2026-12-07T01:45:00Z, modified, go1.26.8)"},
		{"go install @version", Dev, "path\tx/cmd/offprint\nmod\tx\tv1.2.3\th1:abc=\n", "v1.2.3 (go1.26.8)"},
		{"-ldflags -X wins", "2.0.0", "mod\tx\tv1.2.3\th1:abc=\n", "2.0.0 (go1.26.8)"},
		{"quoted settings", Dev, dev + "build\t-ldflags=\"-X a=b\"\nbuild\t\"odd key\"=1\n" + vcs, Dev + " (revision 7c47105f3e0a 2026-12-07T01:45:00Z, go1.26.8)"},
		{"a malformed module line", Dev, "mod\tx\n", Dev},
		{"a build line without =", Dev, dev + "build\tvcs\n", Dev},
		{"a last line without newline", Dev, dev + "build\tvcs.revision=abc", Dev + " (go1.26.8)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := ""
			if tt.text != "" {
				data = sentinel + tt.text + sentinel
			}
			got := describe(tt.version, data, "go1.26.8")
			if got != tt.want {
				t.Errorf("describe = %q, want %q", got, tt.want)
			}
			if tt.text != "" {
				if ref := reference(tt.version, tt.text, "go1.26.8"); got != ref {
					t.Errorf("describe = %q, runtime/debug gives %q", got, ref)
				}
			}
		})
	}
}

// TestStringMatchesRuntimeDebug reads this test binary's own build
// information both ways.
func TestStringMatchesRuntimeDebug(t *testing.T) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		t.Fatal("the test binary has no build information")
	}
	want := reference(Version, info.String(), runtime.Version())
	if got := String(); got != want {
		t.Errorf("String() = %q, runtime/debug gives %q", got, want)
	}
}

func TestPrint(t *testing.T) {
	var out, errs bytes.Buffer
	if code := Print(&out, &errs); code != 0 || out.String() != "offprint "+String()+"\n" || errs.Len() != 0 {
		t.Errorf("Print = %d, %q, %q", code, out.String(), errs.String())
	}
	if code := Print(failingWriter{}, &errs); code != 1 || !strings.HasPrefix(errs.String(), "offprint: writing the version: disk full") {
		t.Errorf("Print to a failing writer = %d, %q", code, errs.String())
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestIsFlag(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want bool
	}{
		{[]string{"offprint", "--version"}, true},
		{[]string{"offprint", "-v"}, true},
		{[]string{"offprint"}, false},
		{[]string{"offprint", "export", "--version"}, false},
		{[]string{"offprint", "--version", "x"}, false},
		{[]string{"offprint", "-version"}, false},
	} {
		if got := IsFlag(tt.args); got != tt.want {
			t.Errorf("IsFlag(%q) = %v", tt.args, got)
		}
	}
}

// FuzzDescribe checks that any text is read without a panic and, where
// runtime/debug reads it and no build line is quoted, as runtime/debug
// reads it.
func FuzzDescribe(f *testing.F) {
	f.Add("path\tp\nmod\tm\tv1.0.0\th1:x\nbuild\tvcs.revision=abcdef0123456789\nbuild\tvcs.time=2026-01-02T03:04:05Z\nbuild\tvcs.modified=true\n")
	f.Add("mod\tm\t(devel)\t\ndep\td\tv0.1.0\nbuild\tvcs=git\n")
	f.Add("mod\tm\n")
	f.Fuzz(func(t *testing.T, text string) {
		got := describe(Dev, sentinel+text+sentinel, "go1")
		if strings.Contains(text, "build\t\"") || strings.Contains(text, "build\t`") || strings.Contains(text, "=\"") || strings.Contains(text, "=`") {
			return
		}
		if _, err := debug.ParseBuildInfo(text); err != nil {
			return
		}
		if want := reference(Dev, text, "go1"); got != want {
			t.Errorf("describe(%q) = %q, runtime/debug gives %q", text, got, want)
		}
	})
}
