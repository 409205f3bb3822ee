package testtool

import (
	"os/exec"
	"strings"
	"testing"
)

// EPUBCheckUsage runs epubcheck with its usage report (-u) on path and
// returns the USAGE lines: advice on the publication's own markup and CSS
// (unused namespaces, unused or missing selectors…), besides the errors
// and warnings, which fail the test as in EPUBCheck.
func EPUBCheckUsage(t testing.TB, path string) []string {
	t.Helper()
	out, err := exec.Command(Require(t, "java"), "-jar", epubcheckJar(t), "-u", path).CombinedOutput()
	text := string(out)
	if err != nil || strings.Contains(text, "ERROR(") || strings.Contains(text, "WARNING(") || strings.Contains(text, "FATAL(") {
		t.Errorf("epubcheck -u %s: %v\n%s", path, err, out)
	}
	var usage []string
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, "USAGE(") {
			usage = append(usage, l)
		}
	}
	return usage
}
