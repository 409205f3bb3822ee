package main

import (
	"bufio"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// Memory a job needs, estimated from measurements (issue 14): up to 100
// bytes per input byte (the PDF of 20 MB of text peaked at 1.9 GiB), and a
// floor for small inputs, URLs and standard input, whose size is unknown
// beforehand.
const (
	bytesPerInputByte = 100
	minJobMemory      = 256 << 20
)

// defaultJobs is --jobs when it is not given: one job per core, but no
// more than the available memory holds for the largest input, and at
// least one.
func defaultJobs(args []string) int {
	jobs := runtime.NumCPU()
	avail := availableMemory()
	if avail <= 0 {
		return jobs
	}
	need := int64(minJobMemory)
	for _, a := range args {
		if fi, err := os.Stat(a); err == nil && fi.Mode().IsRegular() {
			need = max(need, fi.Size()*bytesPerInputByte)
		}
	}
	return max(1, min(jobs, int(avail/need)))
}

// availableMemory returns the memory the process may use (the kernel's
// MemAvailable, lowered by a cgroup limit), or 0 when it cannot tell.
func availableMemory() int64 {
	avail := int64(0)
	if f, err := os.Open("/proc/meminfo"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "MemAvailable:"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
				avail = kb << 10
			}
		}
	}
	if limit := readInt("/sys/fs/cgroup/memory.max"); limit > 0 {
		if left := limit - readInt("/sys/fs/cgroup/memory.current"); avail == 0 || left < avail {
			avail = max(left, 1)
		}
	}
	return avail
}

// readInt reads a file holding one number; 0 when it cannot ("max").
func readInt(path string) int64 {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	n, _ := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64)
	return n
}
