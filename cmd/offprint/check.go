package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/offprint/offprint/check"
)

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "check EPUB and PDF files offline (container, package, navigation, Kindle rules; PDF fonts, outline, page size)",
		ArgsUsage: "FILE.epub|FILE.pdf...",
		Description: "Prints each problem as FILE: rule: message; exit status 1 when there is any.\n\n" +
			"Example:\n   offprint check vox-isis-k.epub vox-isis-k.pdf",
		OnUsageError: onUsageError,
		Action:       runCheck,
	}
}

func runCheck(ctx context.Context, c *cli.Command) error {
	if c.NArg() == 0 {
		return usagef("check needs at least one file")
	}
	bad := 0
	for _, path := range c.Args().Slice() {
		problems, err := check.File(path)
		if err != nil {
			fmt.Fprintf(c.Root().ErrWriter, "offprint: %s\n", oneLine(namingPath(err, path)))
			bad++
			continue
		}
		for _, p := range problems {
			fmt.Fprintf(c.Root().Writer, "%s: %s: %s\n", shown(path), p.Rule, oneLine(p.Message))
		}
		if len(problems) > 0 {
			bad++
		}
	}
	if bad > 0 {
		return failedError{failed: bad, total: c.NArg()}
	}
	return nil
}

// namingPath returns err's message, prefixed with path unless it already
// names it.
func namingPath(err error, path string) string {
	if msg := err.Error(); strings.Contains(msg, path) {
		return msg
	}
	return path + ": " + err.Error()
}
