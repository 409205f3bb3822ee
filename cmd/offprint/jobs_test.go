package main

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestDefaultJobs(t *testing.T) {
	avail := availableMemory()
	if avail <= 0 {
		t.Skip("no /proc/meminfo")
	}
	small := filepath.Join(t.TempDir(), "small.txt")
	if err := os.WriteFile(small, []byte("Title\n\nText.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, want := defaultJobs([]string{small}), max(1, min(runtime.NumCPU(), int(avail/minJobMemory))); got != want {
		t.Errorf("small input: %d jobs, want %d", got, want)
	}
	// An input whose estimate exceeds the memory left runs alone.
	huge := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(avail/bytesPerInputByte + 1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	if got := defaultJobs([]string{small, huge}); got != 1 {
		t.Errorf("huge input: %d jobs, want 1", got)
	}
}

// TestJobMemory holds the estimate to the measured peaks: 20 MB of text
// exported to PDF peaked at about 310 MiB, small inputs take the floor.
func TestJobMemory(t *testing.T) {
	tests := []struct {
		size     int64
		min, max int64 // MiB
	}{
		{0, 256, 256},
		{1 << 20, 256, 256},
		{20_000_000, 300, 400},
		{200_000_000, 3000, 4000},
	}
	for _, tt := range tests {
		if got := jobMemory(tt.size) >> 20; got < tt.min || got > tt.max {
			t.Errorf("jobMemory(%d) = %d MiB; want %d-%d", tt.size, got, tt.min, tt.max)
		}
	}
}
