package main

import (
	"math"
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
	tuneGC([]string{p}, 1)
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

func TestLargeRunLimit(t *testing.T) {
	dir := t.TempDir()
	file := func(name string, size int64) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(size); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		return p
	}
	small, big := file("small.html", 1<<20), file("big.html", 33<<20)
	for _, tc := range []struct {
		name string
		args []string
		jobs int
		want int64
	}{
		{"small input", []string{small}, 2, 0},
		{"no input", nil, 2, 0},
		{"standard input", []string{"-"}, 2, 0},
		{"large input", []string{big}, 2, 33 << 20 * bytesPerInputByte},
		{"large and small, two at once", []string{big, small}, 2, 2 * 33 << 20 * bytesPerInputByte},
		{"large and small, one at a time", []string{big, small}, 1, 33 << 20 * bytesPerInputByte},
	} {
		if got := largeRunLimit(tc.args, tc.jobs); got != tc.want {
			t.Errorf("%s: largeRunLimit = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestLargeRunStepsBack checks that a large run whose live heap passes
// largeRunBail of its limit gets no limit back.
func TestLargeRunStepsBack(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	p := filepath.Join(t.TempDir(), "big.html")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(largeRunInput); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	tuneGC([]string{p}, 1)
	limit := debug.SetMemoryLimit(-1)
	if want := jobMemory(largeRunInput); limit != want {
		t.Fatalf("after tuneGC, memory limit = %d, want %d", limit, want)
	}
	live := make([]byte, limit)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		runtime.GC()
		if debug.SetMemoryLimit(-1) == math.MaxInt64 {
			runtime.KeepAlive(live)
			return
		}
	}
	t.Fatal("the memory limit was not lifted after a collection left a large live heap")
}
