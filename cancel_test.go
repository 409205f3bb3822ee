package offprint

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/offprint/offprint/content"
)

// countdown is a context cancelled after its Err has been asked n times:
// the writers must notice at the next check and do no more work (a
// writer that went on would ask again at every block).
type countdown struct {
	context.Context
	left, asked atomic.Int64
}

func newCountdown(n int64) *countdown {
	c := &countdown{Context: context.Background()}
	c.left.Store(n)
	return c
}

func (c *countdown) Err() error {
	c.asked.Add(1)
	if c.left.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// TestWritersStopWhenCancelled: issue 14 (signals). A job cancelled in
// the middle of writing stops at the writer's next check (between blocks:
// layout for the PDF, rendering for the EPUB) with the context's error,
// instead of running to the end.
func TestWritersStopWhenCancelled(t *testing.T) {
	doc := readExample(t, ReadOptions{})
	long := *doc.Document
	for range 4 {
		long.Blocks = append(long.Blocks, doc.Blocks...)
	}
	blocks := 0
	content.WalkBlocks(long.Blocks, func(content.Block) { blocks++ })
	for _, tt := range []struct {
		name  string
		write func(ctx context.Context) error
	}{
		{"pdf", func(ctx context.Context) error {
			return WritePDF(ctx, io.Discard, &Document{Document: &long}, PDFOptions{})
		}},
		{"epub", func(ctx context.Context) error {
			return WriteEPUB(ctx, io.Discard, &Document{Document: &long}, EPUBOptions{NoCover: true})
		}},
		{"book pdf", func(ctx context.Context) error {
			return WriteBookPDF(ctx, io.Discard, &Book{Articles: slices.Repeat([]*content.Document{&long}, 3)}, PDFOptions{})
		}},
		{"book epub", func(ctx context.Context) error {
			return WriteBookEPUB(ctx, io.Discard, &Book{Articles: slices.Repeat([]*content.Document{&long}, 3)}, EPUBOptions{NoCover: true})
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, n := range []int64{0, 1, 30} {
				ctx := newCountdown(n)
				err := tt.write(ctx)
				if !errors.Is(err, context.Canceled) {
					t.Fatalf("cancelled after %d checks: %v, want context.Canceled", n, err)
				}
				if asked := ctx.asked.Load(); asked > n+3 {
					t.Errorf("cancelled after %d checks, asked %d times: the writer went on", n, asked)
				}
			}
		})
	}
	if blocks < 150 { // a writer that went on would ask once a block

		t.Fatalf("only %d blocks: too short to show a stop", blocks)
	}
}

// longInputs are the example repeated n times as text, Markdown and HTML
// (each line a paragraph), by format.
func longInputs(t *testing.T, n int) map[Format][]byte {
	t.Helper()
	txt, err := os.ReadFile(exampleText)
	if err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile("examples/vox-isis-k.md")
	if err != nil {
		t.Fatal(err)
	}
	var page bytes.Buffer
	page.WriteString("<!DOCTYPE html><html><head><title>Long</title></head><body><article><h1>Long</h1>\n")
	for range n {
		for line := range strings.SplitSeq(string(txt), "\n") {
			if line = strings.TrimSpace(line); line != "" {
				fmt.Fprintf(&page, "<p>%s</p>\n", html.EscapeString(line))
			}
		}
	}
	page.WriteString("</article></body></html>\n")
	return map[Format][]byte{Text: bytes.Repeat(txt, n), Markdown: bytes.Repeat(md, n), HTML: page.Bytes()}
}

// TestReadersStopWhenCancelled: issue 14 (signals). Each reader looks at
// the context all along a long input (the plain-text reader every few
// hundred lines, the Markdown converter every few dozen blocks, the HTML
// parser at every read of its input and the converter every thousand
// nodes), and once it is cancelled stops at the next look with the
// context's error, wherever it was: a job interrupted while reading a
// huge input ends within its grace.
func TestReadersStopWhenCancelled(t *testing.T) {
	for format, data := range longInputs(t, 60) {
		t.Run(string(format), func(t *testing.T) {
			opts := ReadOptions{Format: format, Sources: "none"}
			all := newCountdown(1 << 40)
			if _, _, err := parse(all, data, opts); err != nil {
				t.Fatal(err)
			}
			looks := all.asked.Load()
			if looks < 20 {
				t.Fatalf("the reader looked at the context %d times over %d bytes", looks, len(data))
			}
			for _, at := range []int64{0, looks / 3, looks / 2, looks - 1} {
				ctx := newCountdown(at)
				_, _, err := parse(ctx, data, opts)
				if !errors.Is(err, context.Canceled) {
					t.Fatalf("cancelled after %d of %d looks: %v, want context.Canceled", at, looks, err)
				}
				if asked := ctx.asked.Load(); asked > at+2 {
					t.Errorf("cancelled after %d of %d looks: asked %d times, so it went on", at, looks, asked)
				}
			}
		})
	}
}

// TestReadStopsWhenCancelled: the sources pass, the longest part of
// reading a long text, stops between paragraphs once the context is
// cancelled.
func TestReadStopsWhenCancelled(t *testing.T) {
	data, err := os.ReadFile(exampleText)
	if err != nil {
		t.Fatal(err)
	}
	long := bytes.Repeat(data, 4)
	ctx := newCountdown(2) // Read's checks before and after the reader
	_, err = Read(ctx, bytes.NewReader(long), ReadOptions{Name: "long.txt"})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("%v, want context.Canceled", err)
	}
	if asked := ctx.asked.Load(); asked > 5 {
		t.Errorf("asked %d times: the sources pass went on", asked)
	}
	if _, err := Read(newCountdown(1<<40), bytes.NewReader(long), ReadOptions{Name: "long.txt"}); err != nil {
		t.Fatal(err)
	}
}
