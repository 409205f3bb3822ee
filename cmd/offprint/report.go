package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/urfave/cli/v3"
)

func reportCommand() *cli.Command {
	return &cli.Command{
		Name:  "report",
		Usage: "work with the JSON reports of export --report",
		Commands: []*cli.Command{{
			Name:      "merge",
			Usage:     "merge the reports of a sharded export (--shard K/N) into the report of one run",
			ArgsUsage: "REPORT.json...",
			Description: "The inputs come out in command-line order, as one unsharded run lists them.\n\n" +
				"Example:\n   offprint report merge shard-*/report.json > report.json",
			Flags:        []cli.Flag{stringFlag("output", "write the merged report to this file instead of standard output", "", "o")},
			OnUsageError: onUsageError,
			Action:       runReportMerge,
		}},
	}
}

func runReportMerge(ctx context.Context, c *cli.Command) error {
	if c.NArg() == 0 {
		return usagef("report merge needs at least one report")
	}
	merged, err := mergeReports(c.Args().Slice())
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(merged, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if o := c.String("output"); o != "" {
		_, err = writeAtomic(o, nil, func(w io.Writer) error { _, err := w.Write(data); return err })
		return err
	}
	_, err = c.Root().Writer.Write(data)
	return err
}

// mergeReports reads shard reports and returns one report: every input in
// command-line order, the counts summed, no shard.
func mergeReports(paths []string) (*jsonReport, error) {
	out := &jsonReport{Inputs: []*inputReport{}}
	seen := map[int]string{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, unwrapPath(err))
		}
		var r jsonReport
		if err := json.Unmarshal(data, &r); err != nil {
			return nil, fmt.Errorf("%s: not an offprint report: %v", p, err)
		}
		if r.Version != 1 {
			return nil, fmt.Errorf("%s: report version %d, want 1", p, r.Version)
		}
		out.Version, out.Tool = r.Version, r.Tool
		out.Succeeded += r.Succeeded
		out.Failed += r.Failed
		for _, in := range r.Inputs {
			if prev, dup := seen[in.Index]; dup {
				return nil, fmt.Errorf("%s: input %d (%s) is also in %s: the reports overlap", p, in.Index, in.Input, prev)
			}
			seen[in.Index] = p
			out.Inputs = append(out.Inputs, in)
		}
	}
	slices.SortStableFunc(out.Inputs, func(a, b *inputReport) int { return a.Index - b.Index })
	return out, nil
}
