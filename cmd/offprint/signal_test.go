package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/offprint/offprint/internal/testtool"
)

// buildOffprint builds the command into a temporary folder.
func buildOffprint(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "offprint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// longArticle is the example with its body repeated n times.
func longArticle(t *testing.T, n int) string {
	t.Helper()
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	head, body, _ := strings.Cut(string(data), "\n")
	var sb strings.Builder
	sb.WriteString(head + "\n")
	for i := range n {
		sb.WriteString("\n\nPart " + string(rune('A'+i%26)) + "\n\n" + body)
	}
	return sb.String()
}

// TestSignalStopsBatch: issue 14, item 6. SIGINT or SIGTERM in the middle
// of a batch stops it with status 130 or 143, leaves no temporary file,
// says what was finished and writes a report listing it.
func TestSignalStopsBatch(t *testing.T) {
	testtool.Integration(t) // builds the binary and runs it for seconds
	bin := buildOffprint(t)
	for _, tt := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		t.Run(tt.sig.String(), func(t *testing.T) {
			dir, out := t.TempDir(), t.TempDir()
			inputs := []string{filepath.Join(dir, "short.txt"), filepath.Join(dir, "long1.txt"), filepath.Join(dir, "long2.txt")}
			for i, p := range inputs {
				if err := os.WriteFile(p, []byte(longArticle(t, []int{1, 200, 200}[i])), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			report := filepath.Join(dir, "report.json")
			cmd := exec.Command(bin, append([]string{"export", "-j", "1", "-o", out, "--report", report}, inputs...)...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			waitFor(t, filepath.Join(out, "short.pdf"))
			waitFor(t, filepath.Join(out, ".long1.*.tmp")) // signalled while writing
			if err := cmd.Process.Signal(tt.sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != tt.code {
				t.Fatalf("exit %v, want status %d; stderr:\n%s", err, tt.code, stderr.String())
			}
			names := outputNames(t, out)
			if len(names) < 2 || names[len(names)-2] != "short.epub" || names[len(names)-1] != "short.pdf" {
				t.Errorf("outputs %q: want the finished input's", names)
			}
			for _, n := range names {
				if strings.HasSuffix(n, ".tmp") || !strings.Contains(stderr.String(), n) {
					t.Errorf("%s left behind and not reported", n)
				}
			}
			if !strings.Contains(stderr.String(), "short.pdf") || !strings.Contains(stderr.String(), "1 of 3 inputs finished") {
				t.Errorf("stderr does not say what was finished:\n%s", stderr.String())
			}
			var rep jsonReport
			data, err := os.ReadFile(report)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &rep); err != nil || rep.Succeeded != 1 || rep.Failed != 2 || len(rep.Inputs[0].Outputs) != 2 {
				t.Errorf("report (%v):\n%s", err, data)
			}
		})
	}
}

// waitFor waits until a file matches pattern.
func waitFor(t *testing.T, pattern string) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		if m, _ := filepath.Glob(pattern); len(m) > 0 {
			return
		}
	}
	t.Fatalf("%s never appeared", pattern)
}

// TestSignalCancelsRunningJob: issue 14 (signals). A job running when
// SIGINT comes is cancelled, not abandoned: it stops at its next check
// (between blocks and pages) well within the batch's grace, so the
// report says it was cancelled; no temporary file is left.
func TestSignalCancelsRunningJob(t *testing.T) {
	testtool.Integration(t) // builds the binary and runs it for seconds
	bin := buildOffprint(t)
	for _, format := range []string{"pdf", "epub"} {
		t.Run(format, func(t *testing.T) {
			dir, out := t.TempDir(), t.TempDir()
			input := filepath.Join(dir, "long.txt")
			if err := os.WriteFile(input, []byte(longArticle(t, 300)), 0o644); err != nil {
				t.Fatal(err)
			}
			report := filepath.Join(dir, "report.json")
			cmd := exec.Command(bin, "export", "-f", format, "-o", out, "--report", report, input)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			waitFor(t, filepath.Join(out, ".long.*.tmp")) // signalled while writing
			if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 130 {
				t.Fatalf("exit %v, want status 130; stderr:\n%s", err, stderr.String())
			}
			if names := outputNames(t, out); len(names) != 0 {
				t.Errorf("left behind: %q", names)
			}
			var rep jsonReport
			data, err := os.ReadFile(report)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &rep); err != nil || len(rep.Inputs) != 1 || rep.Inputs[0].Error != "cancelled: interrupted by SIGINT" {
				t.Errorf("report (%v): want the job cancelled:\n%s", err, data)
			}
			if !strings.Contains(stderr.String(), "0 of 1 inputs finished") {
				t.Errorf("stderr:\n%s", stderr.String())
			}
		})
	}
}

// TestSignalStopsReading: issue 14 (signals). SIGINT while the job is
// still reading a long input (19 MB of text: its reader alone takes
// seconds) stops the reader at its next look at the context, well within
// the batch's grace: status 130, the report says the job was cancelled
// (not left running), nothing is left in the output folder.
func TestSignalStopsReading(t *testing.T) {
	testtool.Integration(t) // builds the binary and reads 19 MB
	bin := buildOffprint(t)
	dir, out := t.TempDir(), t.TempDir()
	input := filepath.Join(dir, "huge.txt")
	if err := os.WriteFile(input, []byte(longArticle(t, 1700)), 0o644); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(dir, "report.json")
	cmd := exec.Command(bin, "export", "-o", out, "--report", report, input)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second) // loaded (20 MB read and checked), now reading
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	signalled := time.Now()
	err := cmd.Wait()
	t.Logf("exited %v after SIGINT", time.Since(signalled).Round(time.Millisecond))
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 130 {
		t.Fatalf("exit %v, want status 130; stderr:\n%s", err, stderr.String())
	}
	if names := outputNames(t, out); len(names) != 0 {
		t.Errorf("left behind: %q", names)
	}
	var rep jsonReport
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &rep); err != nil || len(rep.Inputs) != 1 || rep.Inputs[0].Error != "cancelled: interrupted by SIGINT" {
		t.Errorf("report (%v): want the job cancelled, not left running:\n%s", err, data)
	}
}
