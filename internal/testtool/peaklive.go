package testtool

import (
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

// PeakLive runs f and returns the largest live heap, in bytes, that the
// garbage collections during f left (sampled every millisecond), for
// benchmarks that report memory. It collects first, so what was live
// before f counts from the start.
func PeakLive(f func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	f()
	close(stop)
	<-done
	return peak.Load()
}
