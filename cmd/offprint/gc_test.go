package main

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestSmallRun(t *testing.T) {
	dir := t.TempDir()
	file := func(name string, size int) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, make([]byte, size), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	small, half, big := file("small.txt", 11<<10), file("half.txt", smallRunInput/2), file("big.txt", smallRunInput+1)
	for _, tc := range []struct {
		name string
		args []string
		want bool
	}{
		{"one small file", []string{small}, true},
		{"two halves", []string{half, half}, true},
		{"two halves and more", []string{half, half, small}, false},
		{"a big file", []string{big}, false},
		{"no input", nil, false},
		{"standard input", []string{"-"}, false},
		{"a URL", []string{"https://example.com/a"}, false},
		{"a folder", []string{dir}, false},
		{"a missing file", []string{filepath.Join(dir, "nope.txt")}, false},
	} {
		if got := smallRun(tc.args); got != tc.want {
			t.Errorf("%s: smallRun = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestTuneGCStepsBack checks that a short run whose live heap turns out
// large gets the default collector settings back.
func TestTuneGCStepsBack(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	tuneGC([]string{p})
	if got := debug.SetGCPercent(smallRunGOGC); got != smallRunGOGC {
		t.Fatalf("after tuneGC, GOGC = %d, want %d", got, smallRunGOGC)
	}
	live := make([]byte, 2*smallRunLive)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		runtime.GC()
		if got := debug.SetGCPercent(-1); got == 100 {
			debug.SetGCPercent(100)
			runtime.KeepAlive(live)
			return
		} else {
			debug.SetGCPercent(got)
		}
	}
	t.Fatal("GOGC was not restored after a collection left a large live heap")
}
