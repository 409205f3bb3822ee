// Package ctxcheck lets a long loop look at its context now and then, so
// that a cancelled read (Ctrl-C, a deadline) stops within a few
// milliseconds without paying for a look at every step.
package ctxcheck

import "context"

// Every looks at a context on the first call of Stopped and on every n-th
// call after it. Once it has seen the context cancelled it keeps the
// error and reports true from then on. A nil context is never cancelled.
// The zero Every never stops.
type Every struct {
	ctx   context.Context
	n     int
	calls int
	err   error
}

// New returns an Every that looks at ctx once in n calls (n < 1 means
// every call).
func New(ctx context.Context, n int) Every {
	return Every{ctx: ctx, n: max(n, 1)}
}

// Stopped reports whether the context has been seen cancelled, looking
// at it if this call is one of the n-th.
func (e *Every) Stopped() bool {
	if e.err == nil && e.ctx != nil && e.calls%e.n == 0 {
		e.err = e.ctx.Err()
	}
	e.calls++
	return e.err != nil
}

// Now looks at the context at once and reports whether it is cancelled.
func (e *Every) Now() bool {
	if e.err == nil {
		e.err = Err(e.ctx)
	}
	return e.err != nil
}

// Err is the context's error once Stopped or Now has seen it cancelled,
// and nil before.
func (e *Every) Err() error { return e.err }

// Err is ctx's error; nil for a nil ctx.
func Err(ctx context.Context) error {
	if ctx == nil {
		return nil
	}
	return ctx.Err()
}
