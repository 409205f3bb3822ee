package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"sync"

	"github.com/urfave/cli/v3"

	lib "github.com/offprint/offprint"
	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/epub"
	"github.com/offprint/offprint/export/pdf"
)

func bookCommand() *cli.Command {
	flags := []cli.Flag{
		stringFlag("config", "a book manifest (YAML): metadata, inputs in order, export options", "", "c"),
		stringFlag("subtitle", "the book's subtitle", ""),
		stringFlag("editor", "the book's editor (used as its author when --author is not given)", ""),
	}
	flags = append(flags, outputFlagList()...)
	flags = append(flags, &cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "articles read at once (default: all cores)", Sources: env("jobs"), HideDefault: true})
	flags = append(flags, readFlagList()...)
	flags = append(flags, metaFlagList()...)
	flags = append(flags, epubFlagList()...)
	flags = append(flags, pdfFlagList()...)
	return &cli.Command{
		Name:      "book",
		Usage:     "bind several articles into one EPUB or PDF book, one chapter per article",
		ArgsUsage: "INPUT... (or the manifest's inputs)",
		Description: "Examples:\n" +
			"   offprint book -o weekly.epub --title \"Weekly reading\" a.txt b.md c.html\n" +
			"   offprint book -c book.yaml\n\n" +
			"A manifest uses the flags' names as keys, plus inputs (paths, globs or URLs,\n" +
			"relative to the manifest's folder) and authors:\n" +
			"   title: Weekly reading\n   author: Jane Doe\n   paper: a5\n   output: weekly.pdf\n" +
			"   inputs:\n     - saved/*.html\n     - notes.md\n",
		Flags:        flags,
		OnUsageError: onUsageError,
		Action:       runBook,
	}
}

func runBook(ctx context.Context, c *cli.Command) error {
	args := c.Args().Slice()
	if path := c.String("config"); path != "" {
		more, err := applyManifest(c, path)
		if err != nil {
			return usageError{err.Error()}
		}
		args = append(args, more...)
	}
	if len(args) == 0 {
		return usagef("book needs inputs: files, URLs or a manifest (-c book.yaml)")
	}
	cfg, err := exportConfigFromFlags(ctx, c, 1) // a book is one output per format
	if err != nil {
		return attribute(c, err)
	}
	rep := &inputReport{Input: "book"}
	book, err := readBook(ctx, c, args, cfg, rep)
	if err != nil {
		return err
	}
	guard := inputGuard(cfg.Plan, cfg.Formats, args)
	if err := guard.checkFile(); err != nil {
		return err
	}
	if err := cfg.Plan.create(); err != nil {
		return err
	}
	return writeBook(ctx, c, book, cfg, rep, guard)
}

// applyManifest sets every flag the manifest names that the command line
// did not set, and returns the manifest's inputs.
func applyManifest(c *cli.Command, path string) ([]string, error) {
	allowed := map[string]bool{}
	for k := range manifestKeys {
		allowed[k] = true
	}
	for _, f := range c.Flags {
		for _, n := range f.Names() {
			if len(n) > 1 && n != "config" {
				allowed[n] = true
			}
		}
	}
	m, err := readManifest(path, allowed)
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(path)
	for key, vals := range m.Values {
		name := key
		switch key {
		case "inputs":
			continue
		case "authors":
			name = "author"
		case "cover", "output", "report":
			for i, v := range vals {
				if v != "" && !filepath.IsAbs(v) {
					vals[i] = filepath.Join(dir, v)
				}
			}
		}
		if c.IsSet(name) {
			continue
		}
		for _, v := range vals {
			if err := c.Set(name, v); err != nil {
				return nil, fmt.Errorf("%s:%d: %s: %v", path, m.Lines[key], key, err)
			}
		}
		if c.Root().Metadata == nil {
			c.Root().Metadata = map[string]any{}
		}
		prov, _ := c.Root().Metadata[metaProvenance].(provenance)
		if prov == nil {
			prov = provenance{}
			c.Root().Metadata[metaProvenance] = prov
		}
		prov[name] = fmt.Sprintf("%s:%d: %s", path, m.Lines[key], key)
	}
	return m.inputs()
}

// readBook reads every article (in parallel, keeping their order) and binds
// them; any bad article fails the book, each reported on its own line.
func readBook(ctx context.Context, c *cli.Command, args []string, cfg *exportConfig, rep *inputReport) (*content.Book, error) {
	docs := make([]*content.Document, len(args))
	errs := make([]error, len(args))
	jobs := c.Int("jobs")
	if jobs <= 0 {
		jobs = defaultJobs(args)
	}
	sem := make(chan struct{}, jobs)
	var wg sync.WaitGroup
	for i, arg := range args {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			in, err := loadInput(ctx, arg, loadOptions{From: cfg.From, Stdin: c.Root().Reader, Deadline: fetchDeadline(cfg.Read)})
			if err == nil {
				ro := cfg.Read
				ro.Meta = metaFlags{} // the flags describe the book, not each article
				ro.Warn = func(s string) { rep.warn(arg + ": " + s) }
				var d *document
				if d, err = readDocument(ctx, in, ro); err == nil {
					docs[i] = d.Document
				}
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	failed := 0
	for i, err := range errs {
		if err != nil {
			fmt.Fprintf(c.Root().ErrWriter, "offprint: %s: %s\n", shown(args[i]), oneLine(err.Error()))
			failed++
		}
	}
	if failed > 0 {
		return nil, failedError{failed: failed, total: len(args)}
	}
	return &content.Book{Meta: bookMeta(c, cfg.Read.Meta, docs), Articles: docs}, nil
}

// bookMeta is the book's metadata: the flags (or manifest), else what the
// articles say (the language of the first, the latest date).
func bookMeta(c *cli.Command, f metaFlags, docs []*content.Document) content.Meta {
	m := content.Meta{Title: f.Title, Subtitle: c.String("subtitle"), Date: f.Date,
		Language: f.Language, Publisher: f.Publisher, SourceURL: f.SourceURL}
	for _, a := range f.Authors {
		m.Authors = append(m.Authors, content.Author{Name: a})
	}
	if len(m.Authors) == 0 && c.String("editor") != "" {
		m.Authors = []content.Author{{Name: c.String("editor")}}
	}
	if m.Title == "" {
		m.Title = "Collected articles"
	}
	if m.Language == "" {
		m.Language = docs[0].Meta.Language
	}
	for _, d := range docs {
		if d.Meta.Date.After(m.Date) && f.Date.IsZero() {
			m.Date = d.Meta.Date
		}
	}
	return m
}

func writeBook(ctx context.Context, c *cli.Command, book *content.Book, cfg *exportConfig, rep *inputReport, guard *namer) error {
	when, err := buildTime()
	if err != nil {
		return err
	}
	stem := guard.reserve(content.Slug(book.Meta.Title), nil) // never over an input
	for _, f := range cfg.Formats {
		out, err := writeOutput(cfg, cfg.Plan.path(stem, f), f, when, rep.warn, func(w io.Writer, eo epub.Options, po pdf.Options) error {
			if f == "epub" {
				return lib.WriteBookEPUB(ctx, w, book, eo)
			}
			return lib.WriteBookPDF(ctx, w, book, po)
		})
		if err != nil {
			return fmt.Errorf("book: %w", err)
		}
		rep.Outputs = append(rep.Outputs, out)
	}
	if !c.Bool("quiet") {
		for _, w := range rep.Warnings {
			fmt.Fprintf(c.Root().ErrWriter, "offprint: warning: %s\n", oneLine(w))
		}
		for _, o := range rep.Outputs {
			fmt.Fprintf(c.Root().ErrWriter, "book (%d articles) -> %s (%s)\n", len(book.Articles), shown(o.Path), humanBytes(o.Bytes))
		}
	}
	return nil
}
