package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v3"
)

// configureCompletion adapts urfave/cli's completion command, which prints
// its scripts for bash, zsh, fish and PowerShell (`offprint completion
// bash`): listed in the help, and bash when no shell is named.
func configureCompletion(cmd *cli.Command) {
	cmd.Hidden = false
	cmd.Usage = "print a shell completion script (bash, zsh, fish or pwsh)"
	cmd.ArgsUsage = "[bash|zsh|fish|pwsh]"
	cmd.Description = "Example:\n   source <(offprint completion bash)"
	cmd.OnUsageError = onUsageError
	cmd.Action = func(ctx context.Context, c *cli.Command) error {
		if c.NArg() > 0 {
			return usagef("completion: unknown shell %q (want bash, zsh, fish or pwsh)", c.Args().First())
		}
		bash := c.Command("bash")
		if bash == nil || bash.Action == nil {
			return fmt.Errorf("completion: no bash script")
		}
		return bash.Action(ctx, c)
	}
}

func manCommand() *cli.Command {
	return &cli.Command{
		Name:        "man",
		Usage:       "print the manual page (roff), e.g. offprint man > offprint.1",
		Description: "Example:\n   offprint man | man -l -",
		Action: func(_ context.Context, c *cli.Command) error {
			_, err := io.WriteString(c.Root().Writer, manPage(c.Root()))
			return err
		},
	}
}

// manPage is the manual page of the command table, in man(7) macros.
func manPage(root *cli.Command) string {
	var b strings.Builder
	b.WriteString(".nh\n.TH OFFPRINT 1\n.SH NAME\n")
	fmt.Fprintf(&b, "%s \\- %s\n", root.Name, roffText(root.Usage))
	fmt.Fprintf(&b, ".SH SYNOPSIS\n.B %[1]s\n.RB [ \\-\\-help | \\-\\-version ]\n.br\n.B %[1]s\n.I command\n.RI [ options ]\n.RI [ arguments ...]\n", root.Name)
	b.WriteString(".SH DESCRIPTION\n")
	manText(&b, root.Description)
	b.WriteString(".SH COMMANDS\n")
	for _, cmd := range root.VisibleCommands() {
		if cmd.Name != "help" {
			manSection(&b, root.Name, cmd)
		}
	}
	b.WriteString(".SH ENVIRONMENT\nEvery option can also be set in the environment: \\fBOFFPRINT_\\fP and the\n" +
		"option's name in capitals, \\- as _ (\\fBOFFPRINT_PAPER=a5\\fP for \\fB\\-\\-paper a5\\fP).\n" +
		"An option on the command line wins.\n")
	b.WriteString(".SH EXIT STATUS\n0 success, 1 an input or output failed, 2 a usage error,\n" +
		"130 or 143 interrupted (SIGINT, SIGTERM).\n")
	return b.String()
}

// manSection describes one command, its options and its subcommands.
func manSection(b *strings.Builder, parent string, cmd *cli.Command) {
	name := parent + " " + cmd.Name
	fmt.Fprintf(b, ".SS %s\n", roffText(strings.TrimPrefix(name, "offprint ")))
	fmt.Fprintf(b, "\\fB%s\\fP %s\n.PP\n%s\n", roffText(name), roffText(cmd.ArgsUsage), roffText(cmd.Usage))
	manText(b, cmd.Description)
	for _, f := range cmd.VisibleFlags() {
		if f.Names()[0] != "help" {
			manFlag(b, f)
		}
	}
	for _, sub := range cmd.VisibleCommands() {
		if sub.Name != "help" {
			manSection(b, name, sub)
		}
	}
}

// manFlag is one option: its names, the value it takes, what it does, its
// default and its environment variable.
func manFlag(b *strings.Builder, f cli.Flag) {
	var names []string
	takesValue := flagTakesValue(f)
	for _, n := range f.Names() {
		s := "\\fB" + roffText(prefixed(n)) + "\\fP"
		if takesValue {
			s += " \\fIvalue\\fP"
		}
		names = append(names, s)
	}
	fmt.Fprintf(b, ".TP\n%s\n", strings.Join(names, ", "))
	d, ok := f.(cli.DocGenerationFlag)
	if !ok {
		return
	}
	text := d.GetUsage()
	if v := d.GetValue(); takesValue && v != "" && v != `""` && v != "0" {
		text += " (default: " + v + ")"
	}
	if env := d.GetEnvVars(); len(env) > 0 {
		text += " [" + strings.Join(env, ", ") + "]"
	}
	b.WriteString(roffText(text) + "\n")
}

func prefixed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// manText writes a description: blank lines start paragraphs and indented
// lines (the examples) are kept as they are, in example blocks.
func manText(b *strings.Builder, text string) {
	if text == "" {
		return
	}
	inEx := false
	b.WriteString(".PP\n")
	for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		ex := strings.HasPrefix(line, " ")
		switch {
		case ex && !inEx:
			b.WriteString(".EX\n")
		case !ex && inEx:
			b.WriteString(".EE\n")
		}
		inEx = ex
		switch {
		case line == "" && !inEx:
			b.WriteString(".PP\n")
		case ex:
			b.WriteString(roffText(strings.TrimPrefix(line, "   ")) + "\n")
		default:
			b.WriteString(roffText(line) + "\n")
		}
	}
	if inEx {
		b.WriteString(".EE\n")
	}
}

// roffText escapes text for roff: backslashes, hyphens (which roff would
// otherwise typeset as hyphens, not the ASCII minus options need), other
// than ASCII characters (as \[uXXXX], which needs no input encoding) and
// a line-leading dot or quote (which roff reads as a request).
func roffText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\e`)
		case r == '-':
			b.WriteString(`\-`)
		case r > 0x7e:
			fmt.Fprintf(&b, `\[u%04X]`, r)
		default:
			b.WriteRune(r)
		}
	}
	s = b.String()
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}
