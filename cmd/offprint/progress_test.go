package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
)

func TestProgressBarLine(t *testing.T) {
	tests := []struct {
		done, total int
		want        string
	}{
		{0, 4, "exporting 0 / 4 [--------------------------------------]   0 %"},
		{1, 4, "exporting 1 / 4 [=========>----------------------------]  25 %"},
		{1, 100, "exporting 1 / 100 [>-------------------------------------]   1 %"},
		{2, 3, "exporting 2 / 3 [=========================>------------]  66 %"},
		{4, 4, "exporting 4 / 4 [======================================] 100 %"},
	}
	for _, tt := range tests {
		p := &progressBar{label: "exporting ", done: tt.done, total: tt.total}
		if got := p.line(); got != tt.want {
			t.Errorf("%d of %d:\n got %q\nwant %q", tt.done, tt.total, got, tt.want)
		}
	}
}

// TestProgressBarMessages checks that a message written through the bar
// erases it, goes on its own line and has the bar drawn again below it,
// and that Finish ends the bar's line.
func TestProgressBarMessages(t *testing.T) {
	var buf bytes.Buffer
	p := newProgressBar(&buf, "exporting ", 2)
	p.Increment()
	if _, err := p.Write([]byte("offprint: b.txt: empty input\n")); err != nil {
		t.Fatal(err)
	}
	p.Increment()
	p.Finish()
	fmt.Fprint(p, "after\n")
	const erase = "\r\x1b[K"
	want := "exporting 0 / 2 [--------------------------------------]   0 %" +
		erase + "exporting 1 / 2 [===================>------------------]  50 %" +
		erase + "offprint: b.txt: empty input\n" +
		"exporting 1 / 2 [===================>------------------]  50 %" +
		erase + "exporting 2 / 2 [======================================] 100 %\n" +
		"after\n"
	if got := buf.String(); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestProgressBarConcurrent increments from many goroutines (go test
// -race): every input is counted once.
func TestProgressBarConcurrent(t *testing.T) {
	var buf bytes.Buffer
	p := newProgressBar(&buf, "", 50)
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(p.Increment)
	}
	wg.Wait()
	p.Finish()
	if !strings.HasSuffix(buf.String(), "50 / 50 [======================================] 100 %\n") {
		t.Errorf("ends %q", buf.String()[max(0, buf.Len()-80):])
	}
}
