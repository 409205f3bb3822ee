package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// interruptError is the cause of a context cancelled by SIGINT or SIGTERM.
type interruptError struct{ sig os.Signal }

func (e interruptError) Error() string { return "interrupted by " + signalName(e.sig) }

// exitCode is the shell's status for a process ended by the signal:
// 128 + its number (130 for SIGINT, 143 for SIGTERM).
func (e interruptError) exitCode() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 1
}

func signalName(sig os.Signal) string {
	switch sig {
	case os.Interrupt:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return sig.String()
}

// interrupted returns the signal that cancelled ctx, if one did.
func interrupted(ctx context.Context) (interruptError, bool) {
	var ie interruptError
	ok := errors.As(context.Cause(ctx), &ie)
	return ie, ok
}

// signalContext returns a context cancelled, with an interruptError as
// its cause, at the first SIGINT or SIGTERM; stop releases the signals.
func signalContext(parent context.Context) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	quit := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			cancel(interruptError{sig})
		case <-quit:
		}
	}()
	return ctx, func() { signal.Stop(ch); close(quit); cancel(nil) }
}

// tempFiles tracks the temporary files of a run's outputs, so that an
// interrupted run removes them. After removeAll no new one is created
// and none is renamed into place.
type tempFiles struct {
	mu     sync.Mutex
	closed bool
	names  map[string]bool
}

func newTempFiles() *tempFiles { return &tempFiles{names: map[string]bool{}} }

type tempFilesKey struct{}

// withTempFiles returns ctx carrying t.
func withTempFiles(ctx context.Context, t *tempFiles) context.Context {
	return context.WithValue(ctx, tempFilesKey{}, t)
}

// tempFilesFrom returns the tracker ctx carries, or nil (no tracking).
func tempFilesFrom(ctx context.Context) *tempFiles {
	if ctx == nil {
		return nil
	}
	t, _ := ctx.Value(tempFilesKey{}).(*tempFiles)
	return t
}

var errInterrupted = errors.New("interrupted")

// create runs open (which creates a temporary file and returns its name)
// and records the file, unless the run was interrupted.
func (t *tempFiles) create(open func() (*os.File, error)) (*os.File, error) {
	if t == nil {
		return open()
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return nil, errInterrupted
	}
	f, err := open()
	if err == nil {
		t.names[f.Name()] = true
	}
	return f, err
}

// commit renames the temporary file tmp to path, unless the run was
// interrupted, and forgets it.
func (t *tempFiles) commit(tmp, path string) error {
	if t == nil {
		return os.Rename(tmp, path)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return errInterrupted
	}
	delete(t.names, tmp)
	return os.Rename(tmp, path)
}

// forget drops tmp (removed by its writer after a failure).
func (t *tempFiles) forget(tmp string) {
	if t == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.names, tmp)
}

// removeAll removes every temporary file still open and stops new ones.
func (t *tempFiles) removeAll() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.closed = true
	var errs []error
	for name := range t.names {
		if err := os.Remove(name); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	clear(t.names)
	return errors.Join(errs...)
}
