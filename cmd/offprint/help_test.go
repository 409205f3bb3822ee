package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offprint/offprint/cmd/offprint/internal/version"
	"github.com/offprint/offprint/internal/golden"
	"github.com/offprint/offprint/internal/testtool"
)

// TestHelpGolden holds the help of every command and the manual page to
// golden files: a change of wording, of a flag or of urfave/cli's
// templates shows in review (go test -update, then git diff).
func TestHelpGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"root", []string{"--help"}},
		{"export", []string{"export", "--help"}},
		{"export-after-inputs", []string{"export", "a.txt", "-o", "out", "--help"}}, // not a help topic "a.txt"
		{"book", []string{"help", "book"}},
		{"inspect", []string{"inspect", "-h"}},
		{"check", []string{"check", "--help"}},
		{"report", []string{"report", "--help"}},
		{"report-merge", []string{"report", "merge", "--help"}},
		{"completion", []string{"completion", "--help"}},
		{"man", []string{"man"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := offprint(t, "", tt.args...)
			if code != 0 || stderr != "" {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			out := strings.ReplaceAll(stdout, version.String(), "VERSION") // the Go version and revision vary
			name := tt.name
			if name == "export-after-inputs" {
				name = "export"
			}
			golden.Check(t, filepath.Join("testdata", "help", name+".golden"), []byte(out))
		})
	}
}

// TestManPageFormats has groff typeset the manual page with all warnings
// on: none may be reported.
func TestManPageFormats(t *testing.T) {
	groff := testtool.Require(t, "groff")
	_, page, _ := offprint(t, "", "man")
	cmd := exec.Command(groff, "-man", "-Tutf8", "-ww", "-z")
	cmd.Stdin = strings.NewReader(page)
	out, err := cmd.CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Fatalf("groff: %v\n%s", err, out)
	}
	for _, want := range []string{".SS export", ".SS report merge", `\fB\-\-paper\fP \fIvalue\fP`, "OFFPRINT_PAPER", ".SH EXIT STATUS"} {
		if !strings.Contains(page, want) {
			t.Errorf("the manual page lacks %q", want)
		}
	}
}

// TestCompletion checks the completion scripts and the candidates the
// scripts ask offprint for. (The root command's candidates come from
// os.Args, not the arguments run is given, so they cannot be run here.)
func TestCompletion(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"completion"}, "complete -o bashdefault -o default -F __offprint_bash_autocomplete offprint"}, // bash by default
		{[]string{"completion", "bash"}, "--generate-shell-completion"},
		{[]string{"completion", "zsh"}, "#compdef offprint"},
		{[]string{"completion", "fish"}, "complete -c offprint"},
		{[]string{"export", "--pap", "--generate-shell-completion"}, "--paper:paper size"},
	}
	for _, tt := range tests {
		code, stdout, stderr := offprint(t, "", tt.args...)
		if code != 0 || !strings.Contains(stdout, tt.want) {
			t.Errorf("offprint %s: exit %d, stderr %q; stdout lacks %q:\n%.300s", strings.Join(tt.args, " "), code, stderr, tt.want, stdout)
		}
	}
	if code, _, stderr := offprint(t, "", "completion", "tcsh"); code != 2 || !strings.Contains(stderr, `unknown shell "tcsh"`) {
		t.Errorf("completion tcsh: exit %d, %q", code, stderr)
	}
}
