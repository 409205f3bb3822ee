package layout_test

import (
	"runtime"
	"testing"
	"unsafe"

	"github.com/offprint/offprint/layout"
)

func TestZZMem(t *testing.T) {
	doc := bigDocument(t, 200)
	runtime.GC()
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	res, err := layout.Layout(doc, layout.DefaultStyle())
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&b)
	n, c := 0, 0
	for _, p := range res.Pages {
		n += len(p.Texts)
		c += cap(p.Texts)
	}
	t.Logf("live after layout: %d MB, runs %d cap %d (%d bytes each), total alloc %d MB", (b.HeapAlloc-a.HeapAlloc)>>20, n, c, unsafe.Sizeof(layout.TextRun{}), (b.TotalAlloc-a.TotalAlloc)>>20)
	runtime.KeepAlive(res)
}
