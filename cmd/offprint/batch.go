package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/urfave/cli/v3"

	"github.com/offprint/offprint/cmd/offprint/internal/version"
	"github.com/offprint/offprint/layout"
)

// batchFlagList are the flags for running many inputs.
func batchFlagList() []cli.Flag {
	return []cli.Flag{
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "inputs exported at once (default: all cores, as far as the available memory allows)", Sources: env("jobs"), HideDefault: true},
		boolFlag("fail-fast", "stop at the first input that fails"),
		stringFlag("report", "write a machine-readable summary: json (to standard output) or a file path", ""),
		stringFlag("shard", "export only share K of N of the inputs, chosen from their names (e.g. 2/5 on the second of five machines)", ""),
	}
}

// batch runs one job per input, in parallel, and reports in input order,
// so that what it prints and writes does not depend on scheduling.
type batch struct {
	Jobs     int
	FailFast bool
	Quiet    bool
	Report   string // "", "json" or a path
	Stdout   io.Writer
	Progress bool // draw a progress bar on stderr (a terminal)
	Shard    shard
	Index    []int // each input's position on the whole command line (sharded runs); nil: as given
}

func batchFromFlags(c *cli.Command) (*batch, error) {
	b := &batch{Jobs: c.Int("jobs"), FailFast: c.Bool("fail-fast"), Quiet: c.Bool("quiet"),
		Report: c.String("report"), Stdout: c.Root().Writer}
	if b.Jobs < 0 {
		return nil, usagef("--jobs %d: want a positive number", b.Jobs)
	}
	var err error
	if b.Shard, err = parseShard(c.String("shard")); err != nil {
		return nil, err
	}
	if b.Jobs == 0 {
		b.Jobs = defaultJobs(c.Args().Slice())
	}
	// The bar is plain text: offprint prints no colour codes, so NO_COLOR
	// holds without a switch.
	b.Progress = !b.Quiet && isTerminal(c.Root().ErrWriter)
	return b, nil
}

// inputReport is what happened to one input; it is also the JSON report's
// per-input record.
type inputReport struct {
	Input    string         `json:"input"`
	Index    int            `json:"index"` // position on the command line, for merging shard reports
	Format   string         `json:"format,omitempty"`
	Outputs  []outputReport `json:"outputs"`
	Words    int            `json:"words"`
	Warnings []string       `json:"warnings"`
	Error    string         `json:"error,omitempty"`
	Seconds  float64        `json:"seconds"`

	mu sync.Mutex
}

// outputReport is one written file.
type outputReport struct {
	Path   string `json:"path"`
	Format string `json:"format"`
	Bytes  int64  `json:"bytes"`
	SHA256 string `json:"sha256"`
	Pages  int    `json:"pages,omitempty"`

	Stats *layout.Stats `json:"stats,omitempty"` // with --stats: the PDF's quality report
}

// addOutput records a written file; an interrupted batch reads the
// outputs of a job still running.
func (r *inputReport) addOutput(o outputReport) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.Outputs = append(r.Outputs, o)
}

// warn records a warning once; writers may call it concurrently.
func (r *inputReport) warn(msg string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, m := range r.Warnings {
		if m == msg {
			return
		}
	}
	r.Warnings = append(r.Warnings, msg)
}

// jsonReport is the document written by --report.
type jsonReport struct {
	Version   int            `json:"version"`
	Tool      string         `json:"tool"`
	Succeeded int            `json:"succeeded"`
	Failed    int            `json:"failed"`
	Shard     string         `json:"shard,omitempty"` // K/N of a sharded run
	Inputs    []*inputReport `json:"inputs"`
}

type jobFunc func(ctx context.Context, i int, arg string, rep *inputReport) error

func (b *batch) run(ctx context.Context, stderr io.Writer, args []string, job jobFunc) error {
	if ctx == nil {
		ctx = context.Background()
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	reports := make([]*inputReport, len(args))
	done := make([]chan struct{}, len(args))
	for i, a := range args {
		reports[i] = &inputReport{Input: a, Index: i, Outputs: []outputReport{}, Warnings: []string{}}
		if b.Index != nil {
			reports[i].Index = b.Index[i]
		}
		done[i] = make(chan struct{})
	}
	bar := b.progressBar(stderr, len(args))
	var out io.Writer = stderr
	if bar != nil {
		out = bar // messages go above the bar
	}
	sem := make(chan struct{}, b.Jobs)
	go func() {
		for i := range args {
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; close(done[i]) }()
				b.runOne(ctx, cancel, i, args[i], reports[i], job)
				if bar != nil {
					bar.Increment()
				}
			}()
		}
	}()
	failed := 0
	for i := range args {
		select {
		case <-done[i]:
		case <-parent.Done():
			return b.interrupted(out, parent, reports, done, i, failed)
		}
		if b.printResult(out, reports[i], bar != nil) {
			failed++
		}
	}
	if bar != nil {
		bar.Finish()
	}
	if err := b.writeReport(reports, failed); err != nil {
		return err
	}
	if failed > 0 {
		return failedError{failed: failed, total: len(args)}
	}
	return nil
}

// interrupted ends a batch stopped by a signal (the cause of ctx) after
// the results of the first printed inputs were printed (failed of them
// failed): the other finished inputs are listed, the unfinished ones
// reported as such, and the report written with both.
func (b *batch) interrupted(out io.Writer, ctx context.Context, reports []*inputReport, done []chan struct{}, printed, failed int) error {
	awaitJobs(done, cancelGrace)
	snap := make([]*inputReport, len(reports)) // jobs still running write to theirs
	finished := 0
	for i, r := range reports {
		select {
		case <-done[i]:
			snap[i] = r
			if !strings.HasPrefix(r.Error, "cancelled: ") {
				finished++
			}
			if i >= printed && b.printResult(out, r, false) {
				failed++
			}
		default:
			r.mu.Lock()
			snap[i] = &inputReport{Input: r.Input, Outputs: slices.Clone(r.Outputs), Warnings: []string{},
				Error: "not finished: " + context.Cause(ctx).Error()}
			r.mu.Unlock()
			for _, o := range snap[i].Outputs {
				fmt.Fprintf(out, "%s -> %s (%s)\n", shown(r.Input), shown(o.Path), humanBytes(o.Bytes))
			}
			failed++
		}
	}
	fmt.Fprintf(out, "offprint: %d of %d inputs finished before the interruption\n", finished, len(reports))
	if err := b.writeReport(snap, failed); err != nil {
		return err
	}
	return context.Cause(ctx)
}

// cancelGrace is how long an interrupted batch waits for its running
// jobs to stop (they check the context between blocks and pages, so they
// stop within milliseconds); a job still running after it is reported
// as not finished, and ends with the process.
const cancelGrace = time.Second

// awaitJobs waits until every job is done or grace has passed.
func awaitJobs(done []chan struct{}, grace time.Duration) {
	timeout := time.After(grace)
	for _, d := range done {
		select {
		case <-d:
		case <-timeout:
			return
		}
	}
}

func (b *batch) runOne(ctx context.Context, cancel func(), i int, arg string, rep *inputReport, job jobFunc) {
	start := time.Now()
	err := ctx.Err()
	if err == nil {
		err = safeJob(ctx, i, arg, rep, job)
	} else {
		err = fmt.Errorf("skipped after an earlier failure (--fail-fast)")
	}
	rep.Seconds = time.Since(start).Seconds()
	if ie, ok := interrupted(ctx); ok && err != nil {
		err = fmt.Errorf("cancelled: %v", ie) // the job stopped at the signal
	}
	if err != nil {
		rep.Error = err.Error()
		if b.FailFast {
			cancel()
		}
	}
}

// safeJob turns a panic in a reader or writer into an error for this input,
// so that one bad input never takes the others down.
func safeJob(ctx context.Context, i int, arg string, rep *inputReport, job jobFunc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error (please report it): %v", r)
		}
	}()
	return job(ctx, i, arg, rep)
}

// printResult prints one input's outcome and reports whether it failed;
// with a progress bar, successes show only in the bar.
func (b *batch) printResult(stderr io.Writer, r *inputReport, bar bool) bool {
	if !b.Quiet {
		for _, w := range r.Warnings {
			fmt.Fprintf(stderr, "offprint: %s: warning: %s\n", shown(r.Input), oneLine(w))
		}
	}
	if r.Error != "" {
		fmt.Fprintf(stderr, "offprint: %s: %s\n", shown(r.Input), oneLine(r.Error))
		return true
	}
	if !b.Quiet && !bar && b.Report != "json" {
		for _, o := range r.Outputs {
			fmt.Fprintf(stderr, "%s -> %s (%s)\n", shown(r.Input), shown(o.Path), humanBytes(o.Bytes))
		}
	}
	for _, o := range r.Outputs {
		if o.Stats != nil {
			fmt.Fprintf(stderr, "%s: %s\n", shown(o.Path), o.Stats)
		}
	}
	return false
}

// progressBar is the batch's progress bar on stderr, or nil when there is
// none (not a terminal, --quiet, one input).
func (b *batch) progressBar(stderr io.Writer, n int) *progressBar {
	if !b.Progress || n < 2 {
		return nil
	}
	return newProgressBar(stderr, "exporting ", n)
}

func (b *batch) writeReport(reports []*inputReport, failed int) error {
	if b.Report == "" {
		return nil
	}
	rep := jsonReport{Version: 1, Tool: "offprint " + version.Version, Succeeded: len(reports) - failed, Failed: failed, Shard: b.Shard.String(), Inputs: reports}
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if b.Report == "json" {
		_, err = b.Stdout.Write(data)
		return err
	}
	_, err = writeAtomic(b.Report, nil, func(w io.Writer) error { _, err := w.Write(data); return err })
	return err
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
