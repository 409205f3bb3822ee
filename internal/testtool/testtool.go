// Package testtool runs the external validators and clients that offprint's
// tests check outputs with (epubcheck, qpdf, pdffonts, pdftotext, pandoc,
// mutool). A missing tool skips the test on a laptop but fails it in CI
// (CI=true), so that CI never passes by skipping.
package testtool

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// Require returns the path of the named command, skipping the test when it
// is missing outside CI and failing it inside CI. Every external tool is an
// integration test's: without OFFPRINT_INTEGRATION=1 (see Integration) the
// test is skipped here, so `go test ./...` stays a fast unit run.
func Require(t testing.TB, name string) string {
	t.Helper()
	Integration(t)
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is not installed, and CI=%s: install it (see .ci/run)", name, os.Getenv("CI"))
	}
	t.Skipf("%s is not installed", name)
	return ""
}

var (
	jarOnce sync.Once
	jarPath string
)

// epubcheckJar finds Debian's epubcheck.jar (its wrapper needs binfmt).
func epubcheckJar(t testing.TB) string {
	t.Helper()
	Require(t, "java")
	jarOnce.Do(func() {
		for _, p := range []string{"/usr/share/java/epubcheck.jar", "/usr/share/epubcheck/epubcheck.jar"} {
			if _, err := os.Stat(p); err == nil {
				jarPath = p
				return
			}
		}
		out, err := exec.Command("dpkg", "-L", "epubcheck").Output()
		if err != nil {
			return
		}
		for _, l := range strings.Split(string(out), "\n") {
			if strings.HasSuffix(l, "/epubcheck.jar") {
				jarPath = l
				return
			}
		}
	})
	if jarPath == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("epubcheck is not installed, and CI is set: install it (see .ci/run)")
		}
		t.Skip("epubcheck is not installed")
	}
	return jarPath
}

var epubcheckCounts = regexp.MustCompile(`(\d+) fatals? / (\d+) errors? / (\d+) warnings?`)

// EPUBCheck runs epubcheck on path and fails the test unless it reports
// 0 fatal errors, 0 errors and 0 warnings.
func EPUBCheck(t testing.TB, path string) {
	t.Helper()
	cmd := exec.Command("java", "-jar", epubcheckJar(t), "-q", path)
	out, err := cmd.CombinedOutput()
	if err != nil || bytes.Contains(out, []byte("ERROR")) || bytes.Contains(out, []byte("WARNING")) || bytes.Contains(out, []byte("FATAL")) {
		t.Errorf("epubcheck %s: %v\n%s", path, err, out)
	}
	if m := epubcheckCounts.FindSubmatch(out); m != nil && (string(m[1]) != "0" || string(m[2]) != "0" || string(m[3]) != "0") {
		t.Errorf("epubcheck %s: %s", path, m[0])
	}
}

// Run runs a command and fails the test when it fails; it returns stdout.
func Run(t testing.TB, name string, args ...string) string {
	t.Helper()
	Require(t, name)
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Errorf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// QPDFCheck fails the test unless `qpdf --check` accepts the PDF.
func QPDFCheck(t testing.TB, path string) {
	t.Helper()
	Run(t, "qpdf", "--check", path)
}

// FontsEmbedded fails the test unless pdffonts lists at least one font and
// every font is embedded.
func FontsEmbedded(t testing.TB, path string) {
	t.Helper()
	out := Run(t, "pdffonts", path)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 {
		t.Errorf("pdffonts %s: no fonts\n%s", path, out)
		return
	}
	header := lines[0]
	col := strings.Index(header, "emb")
	for _, l := range lines[2:] {
		if col < 0 || col+3 > len(l) || strings.TrimSpace(l[col:col+3]) != "yes" {
			t.Errorf("pdffonts %s: font not embedded: %s", path, l)
		}
	}
}

// PDFText returns the text of a PDF as pdftotext extracts it.
func PDFText(t testing.TB, path string, args ...string) string {
	t.Helper()
	return Run(t, "pdftotext", append(append([]string{}, args...), path, "-")...)
}
