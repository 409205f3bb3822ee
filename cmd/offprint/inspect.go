package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/plaintext"
	"github.com/offprint/offprint/content/sources"
)

func inspectCommand() *cli.Command {
	flags := []cli.Flag{
		boolFlag("json", "print the document model as JSON (a stable contract: see README)"),
		boolFlag("explain", "print each input line with the role it got and the rule that decided it, and each attributed quotation"),
	}
	flags = append(flags, readFlagList()...)
	flags = append(flags, metaFlagList()...)
	return &cli.Command{
		Name:      "inspect",
		Usage:     "show the document model offprint reads from an input",
		ArgsUsage: "INPUT",
		Description: "Examples:\n" +
			"   offprint inspect examples/vox-isis-k.txt\n" +
			"   offprint inspect --json examples/vox-isis-k.txt | jq .meta\n" +
			"   offprint inspect --explain examples/vox-isis-k.txt",
		Flags:        flags,
		OnUsageError: onUsageError,
		Action:       runInspect,
	}
}

func runInspect(ctx context.Context, c *cli.Command) error {
	if c.NArg() != 1 {
		return usagef("inspect takes exactly one input, got %d", c.NArg())
	}
	arg := c.Args().First()
	meta, err := metaFromFlags(c)
	if err != nil {
		return err
	}
	var warns []string
	ro := readFlags(c, meta)
	ro.Warn = func(s string) { warns = append(warns, s) }
	in, err := loadInput(ctx, arg, loadOptions{From: c.String("from"), Stdin: c.Root().Reader, Deadline: fetchDeadline(ro)})
	if err != nil {
		return fmt.Errorf("%s: %w", arg, err)
	}
	if c.Bool("explain") {
		return explain(c.Root().Writer, in, ro)
	}
	d, err := readDocument(ctx, in, ro)
	if err != nil {
		return fmt.Errorf("%s: %w", arg, err)
	}
	doc := d.Document
	for _, w := range warns {
		fmt.Fprintf(c.Root().ErrWriter, "offprint: %s: warning: %s\n", shown(arg), oneLine(w))
	}
	if c.Bool("json") {
		data, err := content.MarshalJSON(doc)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(c.Root().Writer, "%s\n", data)
		return err
	}
	return content.Dump(c.Root().Writer, doc)
}

// explain prints how the reader classified each line (plain text only) and
// every attribution the sources pass found, with the rule that found it.
func explain(w io.Writer, in *input, ro readOptions) error {
	if in.Format == formatText {
		decisions, err := plaintext.Explain(bytes.NewReader(in.Data), plaintext.Options{})
		if err != nil {
			return fmt.Errorf("%s: %w", in.Name, err)
		}
		fmt.Fprintln(w, "# lines: number, role, rule, text")
		for _, d := range decisions {
			fmt.Fprintf(w, "%4d  %-12s %-22s %s\n", d.Line, d.Role, d.Rule, shorten(d.Text, 72))
		}
	} else {
		fmt.Fprintf(w, "# lines: the %s reader keeps the input's own structure; no line rules apply\n", in.Format)
	}
	ro.Sources = "none" // the attributions as found, before any note is added
	d, err := readDocument(context.Background(), in, ro)
	if err != nil {
		return fmt.Errorf("%s: %w", in.Name, err)
	}
	doc := d.Document
	fmt.Fprintln(w, "\n# attributions: speaker, role, organisation, how, note, rule, quote")
	for _, a := range sources.Find(doc) {
		note := "no note"
		if a.Note {
			note = "note"
		}
		fmt.Fprintf(w, "block %-3d %s | %s | %s | %s | %s | %s | %s\n", a.Block, a.Speaker, a.Role, a.Org, a.How, note, a.Rule, shorten(a.Quote, 50))
	}
	return nil
}

func shorten(s string, n int) string {
	r := []rune(strings.ReplaceAll(s, "\n", " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
