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

// tuneGC sets the collector for a short run when every input is a regular
// file and they hold at most smallRunInput bytes, unless the user set
// GOGC or GOMEMLIMIT, and asks for huge pages for the heap the run will
// use (preferHugePages). It changes process-wide settings, so only the
// command (never a library path) calls it, once, before the work starts.
func tuneGC(args []string) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" || !smallRun(args) {
		return
	}
	debug.SetGCPercent(smallRunGOGC)
	debug.SetMemoryLimit(smallRunLimit)
	preferHugePages()
	watchLiveHeap()
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

// watchLiveHeap restores the default settings after the first collection
// that leaves more than smallRunLive bytes in use. It checks after every
// collection: a cleanup of an unreachable object runs once the collector
// has found it so, and each check arms the next. (runtime.ReadMemStats
// rather than runtime/metrics, whose package init costs every start
// 0.1 ms; a short run collects two or three times.)
func watchLiveHeap() {
	var arm func()
	arm = func() {
		runtime.AddCleanup(new([16]byte), func(struct{}) {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > smallRunLive {
				debug.SetMemoryLimit(math.MaxInt64) // no limit, the default
				debug.SetGCPercent(100)
				return
			}
			arm()
		}, struct{}{})
	}
	arm()
}
