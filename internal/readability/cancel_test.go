package readability

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"golang.org/x/net/html"
)

// countdownCtx is a context cancelled once its Err has been asked n times:
// it stops a parse part way through, whatever the machine's speed.
type countdownCtx struct {
	context.Context
	left atomic.Int64
}

func (c *countdownCtx) Err() error {
	if c.left.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// TestParseStopsWhenCancelled: a parse stops in its loops over the page's
// nodes once its Context is cancelled, and fails with the context's error.
func TestParseStopsWhenCancelled(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("<html><body><article><h1>T</h1>")
	for range 20000 {
		sb.WriteString("<div><p>A paragraph of the article, long enough to be scored.</p></div>\n")
	}
	sb.WriteString("</article></body></html>")
	tests := []struct {
		name  string
		after int64 // looks at the context before it is cancelled
		fresh bool
		want  error
	}{
		{"never cancelled", 1 << 40, false, nil},
		{"cancelled at once", 0, false, context.Canceled},
		{"cancelled in the first loop", 5, false, context.Canceled},
		{"cancelled, passes parsing afresh", 22, true, context.Canceled},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(sb.String()))
		if err != nil {
			t.Fatal(err)
		}
		ctx := &countdownCtx{Context: context.Background()}
		ctx.left.Store(tt.after)
		ps := NewParser()
		ps.Context = ctx
		if tt.fresh {
			ps.Fresh = func() (*html.Node, error) { return html.Parse(strings.NewReader(sb.String())) }
		}
		article, err := ps.ParseDocument(doc, nil)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.want)
		}
		if tt.want == nil && article.Node == nil {
			t.Errorf("%s: no article", tt.name)
		}
		if left := ctx.left.Load(); tt.want != nil && left < -1 {
			t.Errorf("%s: the context was asked %d times after it was cancelled", tt.name, -1-left)
		}
	}
}
