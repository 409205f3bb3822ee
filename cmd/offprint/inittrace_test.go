package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/offprint/offprint/cmd/offprint/internal/version"
)

// initAllocBudget bounds the heap allocations the project's own packages
// make at package initialization, summed. Every command, --version
// included, pays for them before main runs, so tables that only some runs
// need belong in a sync.OnceValue or a lazyre pattern. Measured at 481 in
// this test binary (which also holds the test helpers: internal/testtool
// 98), 379 in offprint itself (2026-12-07; 715 and 580 before the last
// patterns, tables and filters built at init were made lazy, 1250 before
// lazyre.New made one allocation instead of six); the bound leaves room
// for ordinary growth and catches a table or a batch of patterns built
// eagerly again.
const initAllocBudget = 650

// TestInitAllocations re-runs this test binary with GODEBUG=inittrace=1
// (which prints one line per package init: "init PKG @T ms, C ms clock,
// B bytes, N allocs") and sums the allocations of the module's packages.
// It counts allocations, not time, so it does not depend on the machine.
func TestInitAllocations(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, stderr.String())
	}
	total, perPkg := ownInitAllocs(stderr.String())
	if len(perPkg) == 0 {
		t.Fatalf("no init lines of github.com/offprint/offprint packages in:\n%s", stderr.String())
	}
	if total > initAllocBudget {
		t.Errorf("the module's packages allocate %d times at init (budget %d): %v", total, initAllocBudget, perPkg)
	}
}

// ownInitAllocs sums the allocations of the inittrace lines of the
// module's packages other than this one (package main's test files may
// declare what they like).
func ownInitAllocs(trace string) (int, map[string]int) {
	const module = "github.com/offprint/offprint"
	perPkg := map[string]int{}
	total := 0
	sc := bufio.NewScanner(strings.NewReader(trace))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 10 || f[0] != "init" || f[len(f)-1] != "allocs" {
			continue
		}
		pkg := f[1]
		if pkg != module && !strings.HasPrefix(pkg, module+"/") || strings.HasPrefix(pkg, module+"/cmd/") {
			continue
		}
		n, err := strconv.Atoi(f[len(f)-2])
		if err != nil {
			continue
		}
		perPkg[pkg] += n
		total += n
	}
	return total, perPkg
}

// TestVersionBeforeLibraries runs "TESTBINARY --version" with
// GODEBUG=inittrace=1: internal/version's initializer must answer it
// before any package outside the standard library (fonts, goldmark, yaml,
// x/net/html, offprint's own) is initialized.
func TestVersionBeforeLibraries(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	cmd := exec.Command(exe, "--version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, stderr.String())
	}
	if want := "offprint " + version.String() + "\n"; stdout.String() != want {
		t.Errorf("stdout = %q, want %q", stdout.String(), want)
	}
	for _, line := range strings.Split(stderr.String(), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || f[0] != "init" {
			continue
		}
		if first, _, _ := strings.Cut(f[1], "/"); strings.Contains(first, ".") {
			t.Errorf("initialized before --version was answered: %s", f[1])
		}
	}
}
