package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/urfave/cli/v3"

	lib "github.com/offprint/offprint"
	"github.com/offprint/offprint/check"
	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/export/epub"
	"github.com/offprint/offprint/export/pdf"
	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/layout"
)

func exportCommand() *cli.Command {
	flags := append(outputFlagList(), batchFlagList()...)
	flags = append(flags, readFlagList()...)
	flags = append(flags, metaFlagList()...)
	flags = append(flags, epubFlagList()...)
	flags = append(flags, pdfFlagList()...)
	return &cli.Command{
		Name:      "export",
		Usage:     "write an EPUB and a PDF for each input",
		ArgsUsage: "INPUT... (files, - for standard input, or http(s) URLs)",
		Description: "Examples:\n" +
			"   offprint export examples/vox-isis-k.txt            # vox-isis-k.epub and vox-isis-k.pdf here\n" +
			"   offprint export -o book.pdf --paper a5 article.md  # one file\n" +
			"   offprint export -o out/ --jobs 2 --report json docs/*.md",
		Flags:        flags,
		OnUsageError: onUsageError,
		Action:       runExport,
	}
}

// exportConfig is everything an export needs, read once from the flags.
type exportConfig struct {
	Plan    outputPlan
	Formats []string
	Read    readOptions
	From    string
	EPUB    epub.Options
	PDF     pdf.Options
	Check   bool
	Stats   bool       // print the PDF quality report
	Temps   *tempFiles // the run's temporary files (removed when interrupted); nil: untracked
}

// exportJob is an export as the command line asks for it, read in full
// before anything is written: the inputs, the options of every stage and
// how the batch runs.
type exportJob struct {
	Inputs []string
	Config *exportConfig
	Batch  *batch
}

// runFKey is the context key of the seam tests use to see the exportJob
// the flags gave instead of running it (gh's runF).
type runFKey struct{}

func runExport(ctx context.Context, c *cli.Command) error {
	job, err := exportJobFromFlags(ctx, c)
	if err != nil {
		return err
	}
	if runF, ok := ctx.Value(runFKey{}).(func(*exportJob) error); ok {
		return runF(job)
	}
	return job.run(ctx, c)
}

func exportJobFromFlags(ctx context.Context, c *cli.Command) (*exportJob, error) {
	args := c.Args().Slice()
	if len(args) == 0 {
		return nil, usagef("export needs at least one input (a file, - or a URL)")
	}
	cfg, err := exportConfigFromFlags(ctx, c, len(args))
	if err != nil {
		return nil, attribute(c, err)
	}
	batch, err := batchFromFlags(c)
	if err != nil {
		return nil, attribute(c, err)
	}
	if batch.Shard.N > 1 && slices.Contains(args, "-") {
		return nil, usagef("--shard: standard input (-) cannot be shared out between machines")
	}
	return &exportJob{Inputs: args, Config: cfg, Batch: batch}, nil
}

func (job *exportJob) run(ctx context.Context, c *cli.Command) error {
	cfg, args := job.Config, job.Inputs
	names := newNamer(cfg.Plan, cfg.Formats, args)
	if err := names.checkFile(); err != nil {
		return err
	}
	if err := cfg.Plan.create(); err != nil {
		return err
	}
	tuneGC(args, job.Batch.Jobs)
	if slices.Contains(cfg.Formats, "pdf") {
		warmFonts() // the EPUB alone needs no whole font parsed
	}
	// Names are planned over all inputs, then a shard keeps its share, so
	// that N shards write exactly the files of one unsharded run.
	mine := job.Batch.Shard.pick(args)
	if job.Batch.Shard.N > 1 {
		job.Batch.Index = mine
	}
	owned := make(map[int]bool, len(mine))
	for _, i := range mine {
		owned[i] = true
	}
	share := make([]string, len(mine))
	for k, i := range mine {
		share[k] = args[i]
	}
	for i := range args {
		if !owned[i] {
			names.done(i) // another shard's: later inputs do not wait for it
		}
	}
	return job.Batch.run(ctx, c.Root().ErrWriter, share, func(ctx context.Context, k int, arg string, rep *inputReport) error {
		i := mine[k]
		defer names.done(i) // a failed input no longer holds up the names of later ones
		return exportOne(ctx, arg, func(in *input, doc *content.Document) string { return names.name(i, in, doc) }, cfg, c.Root().Reader, rep)
	})
}

func exportConfigFromFlags(ctx context.Context, c *cli.Command, nInputs int) (*exportConfig, error) {
	formats, err := parseFormats(c.String("format"))
	if err != nil {
		return nil, err
	}
	plan, formats, err := planOutputs(c.String("output"), nInputs, formats, c.IsSet("format"))
	if err != nil {
		return nil, err
	}
	meta, err := metaFromFlags(c)
	if err != nil {
		return nil, err
	}
	cfg := &exportConfig{Plan: plan, Formats: formats, From: c.String("from"), Check: c.Bool("check"), Stats: c.Bool("stats"), Temps: tempFilesFrom(ctx),
		Read: readFlags(c, meta)}
	if _, err := detectFormat(&input{}, cfg.From); err != nil {
		return nil, err
	}
	if err := sourcesMode(cfg.Read.Sources); err != nil {
		return nil, err
	}
	if cfg.EPUB, err = epubOptions(c); err != nil {
		return nil, err
	}
	if cfg.PDF, err = pdfOptions(c); err != nil {
		return nil, err
	}
	return cfg, nil
}

// exportOne reads one input and writes its outputs (named by stem once the
// document is read), recording what it did in rep.
func exportOne(ctx context.Context, arg string, stemOf func(*input, *content.Document) string, cfg *exportConfig, stdin io.Reader, rep *inputReport) error {
	in, err := loadInput(ctx, arg, loadOptions{From: cfg.From, Stdin: stdin, Deadline: fetchDeadline(cfg.Read)})
	if err != nil {
		return err
	}
	rep.Format = in.Format
	ro := cfg.Read
	ro.Warn = rep.warn
	d, err := readDocument(ctx, in, ro)
	if err != nil {
		return err
	}
	rep.Words = wordCount(d.Document)
	when, err := buildTime()
	if err != nil {
		return err
	}
	stem := stemOf(in, d.Document)
	// The EPUB and the PDF are written at once: the writers only read the
	// document, and the PDF's layout and the EPUB's cover each take a core.
	outs := make([]outputReport, len(cfg.Formats))
	errs := make([]error, len(cfg.Formats))
	var wg sync.WaitGroup
	for k, f := range cfg.Formats {
		wg.Go(func() {
			defer recoverInto(&errs[k])
			outs[k], errs[k] = writeOutput(cfg, cfg.Plan.path(stem, f), f, when, rep.warn, func(w io.Writer, eo epub.Options, po pdf.Options) error {
				if f == "epub" {
					return lib.WriteEPUB(ctx, w, d, eo)
				}
				return lib.WritePDF(ctx, w, d, po)
			})
		})
	}
	wg.Wait()
	for k := range cfg.Formats {
		if errs[k] != nil {
			return errs[k]
		}
		rep.addOutput(outs[k])
	}
	return nil
}

// recoverInto turns a panic of the goroutine it is deferred in into an
// error, as safeJob does for a whole input.
func recoverInto(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("internal error (please report it): %v", r)
	}
}

// writeOutput writes one output file atomically (and checks it with
// --check), returning its report entry.
func writeOutput(cfg *exportConfig, path, format string, when time.Time, warn func(string),
	write func(io.Writer, epub.Options, pdf.Options) error) (outputReport, error) {
	eo, po := cfg.EPUB, cfg.PDF
	eo.Modified, po.Modified = when, when
	eo.Warn, po.Warn = warn, warn
	var stats layout.Stats
	po.Stats = &stats
	h := sha256.New()
	size, err := writeAtomic(path, cfg.Temps, func(w io.Writer) error {
		return write(io.MultiWriter(w, h), eo, po)
	})
	if err != nil {
		if strings.HasPrefix(err.Error(), format+": ") {
			return outputReport{}, err // the writer named its format already
		}
		return outputReport{}, fmt.Errorf("%s: %w", format, err)
	}
	out := outputReport{Path: path, Format: format, Bytes: size, SHA256: hex.EncodeToString(h.Sum(nil))}
	if format == "pdf" {
		out.Pages = stats.Pages
		if cfg.Stats {
			out.Stats = &stats
		}
	}
	if cfg.Check {
		if err := checkOutput(path); err != nil {
			return out, err
		}
	}
	return out, nil
}

// checkOutput runs offprint's checker on a written file; problems fail the
// export (the file stays, so that it can be inspected).
func checkOutput(path string) error {
	problems, err := check.File(path)
	if err != nil {
		return errors.New(namingPath(err, path))
	}
	if len(problems) > 0 {
		msgs := make([]string, len(problems))
		for i, p := range problems {
			msgs[i] = p.String()
		}
		return fmt.Errorf("check %s: %s", path, strings.Join(msgs, "; "))
	}
	return nil
}

// wordCount counts the words of the title and body.
// It counts block by block what strings.Fields would find in
// content.BlocksText (whose lines join with a newline) without building
// the whole text and a slice of its words.
func wordCount(doc *content.Document) int {
	n := article.WordCount(doc.Meta.Title)
	content.WalkBlocks(doc.Blocks, func(b content.Block) {
		if c, ok := b.(*content.CodeBlock); ok {
			n += article.WordCount(c.Text)
			return
		}
		for _, ins := range content.BlockInlines(b) {
			n += article.WordCount(content.PlainText(ins))
		}
	})
	return n
}

// warmFonts loads the regular, italic and bold faces at once, in the
// background, while the first input is read: parsing a face costs a few
// milliseconds of CPU and the writers would otherwise load them one after
// another. Bold italic is rare, so it is loaded only if the text uses it.
func warmFonts() {
	for _, s := range []fonts.Style{fonts.Regular, fonts.Italic, fonts.Bold} {
		go func() { _, _ = fonts.Get(s) }()
	}
}
