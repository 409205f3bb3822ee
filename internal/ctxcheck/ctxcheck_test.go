package ctxcheck

import (
	"context"
	"errors"
	"testing"
)

func TestEvery(t *testing.T) {
	tests := []struct {
		name       string
		n          int
		cancelAt   int // the call before which the context is cancelled; -1 never
		wantStopAt int // the first call that reports true; -1 none in 20 calls
	}{
		{"every call", 1, 3, 3},
		{"n below one is every call", 0, 3, 3},
		{"first call looks", 4, 0, 0},
		{"seen at the next look", 4, 1, 4},
		{"seen at a look", 4, 8, 8},
		{"never cancelled", 4, -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			e := New(ctx, tt.n)
			got := -1
			for i := range 20 {
				if i == tt.cancelAt {
					cancel()
				}
				if e.Stopped() && got < 0 {
					got = i
				}
			}
			if got != tt.wantStopAt {
				t.Errorf("first stop at call %d, want %d", got, tt.wantStopAt)
			}
			if (got >= 0) != errors.Is(e.Err(), context.Canceled) {
				t.Errorf("Err() = %v after stopping at %d", e.Err(), got)
			}
		})
	}
}

func TestNowAndNil(t *testing.T) {
	var zero Every
	if zero.Stopped() || zero.Now() || zero.Err() != nil {
		t.Error("the zero Every stopped")
	}
	var none context.Context
	if e := New(none, 1); e.Stopped() || Err(none) != nil {
		t.Error("a nil context stopped")
	}
	ctx, cancel := context.WithCancel(context.Background())
	e := New(ctx, 1000)
	e.Stopped()
	cancel()
	if e.Stopped() {
		t.Error("looked before its n-th call")
	}
	if !e.Now() || !e.Stopped() {
		t.Error("Now did not see the cancelled context, or Stopped forgot it")
	}
}
