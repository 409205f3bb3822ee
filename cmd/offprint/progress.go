package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
)

// progressBar is the one-line progress bar of a batch on a terminal,
// "exporting 3 / 10 [===========>--------------------------]  30 %",
// redrawn in place as inputs finish. What is written through it (failures,
// warnings) goes on the lines above the bar. It prints no colour, only a
// carriage return and "erase line" (ESC [ K), which every terminal
// emulator has. It is safe for concurrent use.
type progressBar struct {
	mu    sync.Mutex
	w     io.Writer
	label string
	done  int
	total int
	drawn bool // the bar is on the current line
}

// progressWidth is the width of the bar between its brackets.
const progressWidth = 38

func newProgressBar(w io.Writer, label string, total int) *progressBar {
	p := &progressBar{w: w, label: label, total: total}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw()
	return p
}

// Write prints b above the bar, then redraws the bar.
func (p *progressBar) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.erase()
	n, err := p.w.Write(b)
	p.draw()
	return n, err
}

// Increment counts one more finished input.
func (p *progressBar) Increment() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done = min(p.done+1, p.total)
	p.draw()
}

// Finish leaves the bar as it is and ends its line; nothing is drawn after.
func (p *progressBar) Finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprintln(p.w)
		p.drawn = false
	}
	p.total = -1 // Write no longer redraws
}

func (p *progressBar) erase() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

func (p *progressBar) draw() {
	if p.total <= 0 {
		return
	}
	p.erase()
	fmt.Fprint(p.w, p.line())
	p.drawn = true
}

// line is the bar's text for the current count.
func (p *progressBar) line() string {
	fill := progressWidth * p.done / p.total
	bar := strings.Repeat("=", fill)
	if fill < progressWidth {
		bar += ">"[:min(p.done, 1)] // the head, once something is done
		bar += strings.Repeat("-", progressWidth-len(bar))
	}
	return fmt.Sprintf("%s%d / %d [%s] %3d %%", p.label, p.done, p.total, bar, 100*p.done/p.total)
}
