// Command offprint turns an article (scraped plain text, Markdown, a saved
// web page or a URL) into an EPUB with a real table of contents and a
// print-ready PDF with footnoted sources.
//
// The commands are declared in one table (newApp); each has its own file.
// This package only maps flags to the packages' Options structs and errors
// to exit codes: 0 success, 1 an export failed, 2 a usage error.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v3"

	// First of the module's packages: its init answers "offprint
	// --version" before the libraries' initializers run.
	"github.com/offprint/offprint/cmd/offprint/internal/version"
)

func main() {
	ctx, stop := signalContext(context.Background())
	code := runContext(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line and returns the exit status. Tests call it
// in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// interruptGrace is how long an interrupted command may take to report
// what it finished before offprint exits anyway.
const interruptGrace = 2 * time.Second

// runContext is run under ctx: when a signal cancels ctx (signalContext),
// the command stops, its temporary files are removed and the exit status
// is 130 (SIGINT) or 143 (SIGTERM).
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if version.IsFlag(args) { // the fast path: no command table built
		return version.Print(stdout, stderr)
	}
	app := newApp(stdin, stdout, stderr)
	if len(args) > 1 && !strings.HasPrefix(args[1], "-") && !isCommand(app, args[1]) {
		fmt.Fprintf(stderr, "offprint: no command %q%s (see offprint --help)\n", args[1], suggestCommand(app, args[1]))
		return 2
	}
	args, err := normalizeArgs(app, args)
	if err != nil {
		fmt.Fprintf(stderr, "offprint: %s (see offprint --help)\n", oneLine(err.Error()))
		return 2
	}
	app.Metadata = map[string]any{metaArgs: args}
	temps := newTempFiles()
	ctx = withTempFiles(ctx, temps)
	done := make(chan error, 1)
	go func() { done <- app.Run(ctx, args) }()
	select {
	case err = <-done:
	case <-ctx.Done():
		select { // a batch reports what it finished, then returns
		case err = <-done:
		case <-time.After(interruptGrace):
		}
	}
	if ie, ok := interrupted(ctx); ok {
		if rmErr := temps.removeAll(); rmErr != nil {
			fmt.Fprintf(stderr, "offprint: %v\n", rmErr)
		}
		fmt.Fprintf(stderr, "offprint: %v: stopped; temporary files removed\n", ie)
		return ie.exitCode()
	}
	if err == nil {
		return 0
	}
	var ue usageError
	if errors.As(err, &ue) || isCLIUsageError(err) {
		fmt.Fprintf(stderr, "offprint: %s (see offprint --help)\n", oneLine(err.Error()))
		return 2
	}
	var fe failedError
	if !errors.As(err, &fe) { // failures were already reported one by one
		fmt.Fprintf(stderr, "offprint: %s\n", oneLine(err.Error()))
	}
	return 1
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:    "offprint",
		Usage:   "turn an article into an EPUB and a print-ready PDF with footnoted sources",
		Version: version.String(),
		Description: "offprint reads an article — plain text scraped from a news site, Markdown,\n" +
			"a saved web page or a URL — and writes an EPUB for e-readers and a PDF for print.\n\n" +
			"Examples:\n" +
			"   offprint export examples/vox-isis-k.txt\n" +
			"   offprint export -o out/ --paper letter docs/*.md\n" +
			"   offprint inspect --explain examples/vox-isis-k.txt",
		Reader:                          stdin,
		Writer:                          stdout,
		ErrWriter:                       stderr,
		EnableShellCompletion:           true,
		ConfigureShellCompletionCommand: configureCompletion,
		ExitErrHandler:                  func(context.Context, *cli.Command, error) {}, // run maps errors to exit codes
		OnUsageError:                    onUsageError,
		Commands: []*cli.Command{
			exportCommand(),
			bookCommand(),
			inspectCommand(),
			checkCommand(),
			reportCommand(),
			manCommand(),
		},
	}
}

// usageError is a mistake on the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// failedError says that some inputs failed and were already reported.
type failedError struct{ failed, total int }

func (e failedError) Error() string {
	return fmt.Sprintf("%d of %d inputs failed", e.failed, e.total)
}

func onUsageError(_ context.Context, _ *cli.Command, err error, _ bool) error {
	return usageError{err.Error()}
}

// isCLIUsageError recognises the errors urfave/cli returns for flags it
// could not parse before OnUsageError is consulted.
func isCLIUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"flag provided but not defined", "Required flag", "invalid value", "flag needs an argument", "could not parse"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// builtinCommands are the commands urfave/cli adds when it runs: help and
// completion (configureCompletion), absent from app.Commands before.
var builtinCommands = []string{"help", "h", "completion"}

func isCommand(app *cli.Command, name string) bool {
	return slices.Contains(builtinCommands, name) || app.Command(name) != nil
}

// suggestCommand proposes the closest command name for a typo.
func suggestCommand(app *cli.Command, name string) string {
	names := map[string]bool{"completion": true}
	for _, c := range app.Commands {
		names[c.Name] = true
	}
	return suggest(name, names)
}
