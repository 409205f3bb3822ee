package main

import (
	"bufio"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// Memory a job needs, estimated from measurements (`/usr/bin/time -v`,
// issue 14): since pages and EPUB sections are streamed, about 16 bytes of
// peak RSS per input byte (20.3 MB of text, the example repeated with
// "Chapter N" lines: PDF 314 MiB, EPUB 222 MiB; both in one run about the
// same as the PDF), and a floor for small inputs, URLs and standard input,
// whose size is unknown beforehand. An input of a million one-line
// paragraphs needs far more per byte (17 MB of "Part N" lines between
// blank lines: 1.8 GiB for the PDF); the estimate is for articles.
const (
	bytesPerInputByte = 16
	minJobMemory      = 256 << 20
)

// jobMemory is the memory a job is estimated to need for an input of
// size bytes.
func jobMemory(size int64) int64 { return max(minJobMemory, size*bytesPerInputByte) }

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
			need = max(need, jobMemory(fi.Size()))
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
