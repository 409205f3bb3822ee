package testtool

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// epubcheckBatch runs epubcheck's command-line checker on each file in one
// JVM (Java 11 runs a single source file), printing a marker line before
// each report.
const epubcheckBatch = `import com.adobe.epubcheck.tool.EpubChecker;

public class Batch {
    public static void main(String[] args) {
        System.setErr(System.out);
        for (String f : args) {
            System.out.println("@@@ " + f);
            int rc = new EpubChecker().run(new String[] {"-q", f});
            System.out.println("@@@ exit " + rc);
        }
        System.out.flush();
    }
}
`

// EPUBCheckAll runs epubcheck on every EPUB in one JVM (a JVM per file
// costs seconds) and returns, per path, epubcheck's report when it found any
// fatal error, error or warning; clean files are absent from the map. Like
// EPUBCheck it skips without epubcheck, and fails in CI.
func EPUBCheckAll(t testing.TB, paths []string) map[string]string {
	t.Helper()
	if len(paths) == 0 {
		return nil
	}
	jar := epubcheckJar(t)
	java := Require(t, "java")
	src := filepath.Join(t.TempDir(), "Batch.java")
	if err := os.WriteFile(src, []byte(epubcheckBatch), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(java, append([]string{"-cp", jar, src}, paths...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("epubcheck batch: %v\n%s", err, out)
	}
	return splitEPUBCheck(t, string(out), paths)
}

// splitEPUBCheck cuts the batch output into one report per file.
func splitEPUBCheck(t testing.TB, out string, paths []string) map[string]string {
	reports := map[string]string{}
	checked := map[string]bool{}
	var cur string
	var buf strings.Builder
	for _, l := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(l, "@@@ exit "):
			rep := buf.String()
			if l != "@@@ exit 0" || strings.Contains(rep, "ERROR") || strings.Contains(rep, "WARNING") || strings.Contains(rep, "FATAL") {
				reports[cur] = rep + l
			}
			checked[cur] = true
			buf.Reset()
		case strings.HasPrefix(l, "@@@ "):
			cur = strings.TrimPrefix(l, "@@@ ")
		default:
			buf.WriteString(l + "\n")
		}
	}
	for _, p := range paths {
		if !checked[p] {
			t.Errorf("epubcheck did not check %s:\n%s", p, out)
		}
	}
	return reports
}
