package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
)

// The collector's settings for a short run. Exporting one article
// allocates a few tens of MB while keeping about 12 MB live (parsed fonts,
// hyphenation patterns, the document); at Go's default (GOGC=100, a 4 MB
// heap first) that is five collections, each taking one of two cores from
// the writers that run in parallel. A short run collects at 5× the live
// heap instead, capped by a soft limit, so that the peak stays where it
// was (issue 12: ≤ 40 MiB for the example).
const (
	smallRunInput = 256 << 10 // inputs up to this many bytes in all make a short run
	smallRunGOGC  = 400
	smallRunLimit = 28 << 20 // soft memory limit of a short run (GOMEMLIMIT)
	// smallRunLive is the live heap past which the run is not short after
	// all (a small page with large pictures): the default settings come
	// back, so that the soft limit does not make the collector run
	// continuously.
	smallRunLive = smallRunLimit / 2
)

// A large run: an input of largeRunInput bytes or more. Its live heap can
// be hundreds of MB (a page of a million <p>: the parsed page, about 280
// bytes a paragraph, then the document), and at GOGC=100 the heap grows
// to twice that before the collector runs. A large run is given a soft
// memory limit instead, the memory its jobs were planned with (jobMemory
// of the largest input, for each input exported at once), so that the
// collector runs before the heap doubles. The limit changes when the
// collector runs, never what is written. When the live heap passes
// largeRunBail of the limit, the limit would keep the collector running
// almost all the time (a text of a million one-line paragraphs, whose
// PDF needs gigabytes): it is lifted, and the heap grows as it would
// have.
const (
	largeRunInput = 16 << 20
	largeRunBail  = 0.8
)

// tuneGC sets the collector for a short run when every input is a regular
// file and they hold at most smallRunInput bytes, or for a large run
// (largeRunLimit), unless the user set GOGC or GOMEMLIMIT, and asks for
// huge pages for the heap a short run will use (preferHugePages). It
// changes process-wide settings, so only the command (never a library
// path) calls it, once, before the work starts.
func tuneGC(args []string, jobs int) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if limit := largeRunLimit(args, jobs); limit > 0 {
		debug.SetMemoryLimit(limit)
		watchLiveHeap(int64(largeRunBail*float64(limit)), false)
		return
	}
	if !smallRun(args) {
		return
	}
	debug.SetGCPercent(smallRunGOGC)
	debug.SetMemoryLimit(smallRunLimit)
	preferHugePages()
	watchLiveHeap(smallRunLive, true)
}

// largeRunLimit returns the soft memory limit of a large run: jobMemory
// of the largest input, a regular file of at least largeRunInput bytes,
// times the inputs exported at once (jobs, at most one per input); 0 when
// the run is not large.
func largeRunLimit(args []string, jobs int) int64 {
	var largest int64
	for _, a := range args {
		if fi, err := os.Stat(a); err == nil && fi.Mode().IsRegular() {
			largest = max(largest, fi.Size())
		}
	}
	if largest < largeRunInput {
		return 0
	}
	return int64(max(1, min(jobs, len(args)))) * jobMemory(largest)
}

// smallRun reports whether args name regular files of at most
// smallRunInput bytes in all (standard input and URLs have no size
// beforehand).
func smallRun(args []string) bool {
	if len(args) == 0 {
		return false
	}
	var total int64
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil || !fi.Mode().IsRegular() {
			return false
		}
		total += fi.Size()
	}
	return total <= smallRunInput
}

// watchLiveHeap restores the default settings (no memory limit, and
// GOGC=100 when gogc is set) after the first collection that leaves more
// than live bytes in use. It checks after every collection: a cleanup of
// an unreachable object runs once the collector has found it so, and
// each check arms the next. (runtime.ReadMemStats rather than
// runtime/metrics, whose package init costs every start 0.1 ms; a short
// run collects two or three times.)
func watchLiveHeap(live int64, gogc bool) {
	var arm func()
	arm = func() {
		runtime.AddCleanup(new([16]byte), func(struct{}) {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > uint64(live) {
				debug.SetMemoryLimit(math.MaxInt64) // no limit, the default
				if gogc {
					debug.SetGCPercent(100)
				}
				return
			}
			arm()
		}, struct{}{})
	}
	arm()
}
