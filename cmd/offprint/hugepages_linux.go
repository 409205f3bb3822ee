package main

import (
	"runtime"
	"sync"
	"syscall"
	"unsafe"
)

// A short run touches about 15 MB of fresh heap, and each 4 KiB page of it
// costs a page fault the first time it is written: some 4000 faults, a
// fifth of the example's CPU time on the development machine (a virtual
// machine, where a fault is dear). Transparent huge pages map 2 MiB per
// fault, but where the system leaves them to madvise (the usual setting)
// Go's runtime does not ask for them. preferHugePages does, for the heap
// a short run will use: it grows the heap by shortRunHeap bytes (an
// allocation that is never written, so it costs no fault), marks the Go
// heap's 64 MiB arena around it MADV_HUGEPAGE, and frees it at once, so
// that the allocations that follow reuse that memory. A mapping the
// runtime makes later (a run that needs more) has ordinary pages. Where
// huge pages are off or unavailable, nothing changes but one early
// collection of a heap of a few hundred KB. It does so once per process.
const (
	shortRunHeap = 16 << 20
	heapArena    = 64 << 20 // the runtime's heap arena on 64-bit Linux
	madvHugePage = 14       // MADV_HUGEPAGE
)

var hugePagesOnce sync.Once

func preferHugePages() { hugePagesOnce.Do(markHugePages) }

func markHugePages() {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		return // 32-bit arenas are 4 MB
	}
	b := make([]byte, shortRunHeap)
	base := uintptr(unsafe.Pointer(&b[0])) &^ (heapArena - 1)
	// The arena's reserved, unmapped parts make madvise report ENOMEM
	// after it has marked the mapped ones; either way there is nothing
	// to do about it.
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, base, heapArena, madvHugePage)
	runtime.GC() // b is dead: its 16 MB go back to the heap, now marked
}
