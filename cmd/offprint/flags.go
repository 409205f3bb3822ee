package main

import (
	"os"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/urfave/cli/v3"

	"github.com/offprint/offprint/internal/lazyre"
)

// envName is the environment variable that sets a flag: OFFPRINT_FONT_SIZE
// for --font-size.
func envName(name string) string {
	return "OFFPRINT_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
}

// env is the flag's value source: its environment variable (envName).
func env(name string) cli.ValueSourceChain {
	return cli.EnvVars(envName(name))
}

func stringFlag(name, usage, value string, aliases ...string) *cli.StringFlag {
	return &cli.StringFlag{Name: name, Usage: usage, Value: value, Aliases: aliases, Sources: env(name)}
}

func boolFlag(name, usage string) *cli.BoolFlag {
	return &cli.BoolFlag{Name: name, Usage: usage, Sources: env(name)}
}

// metaFlagList are the metadata overrides shared by export and book.
func metaFlagList() []cli.Flag {
	return []cli.Flag{
		stringFlag("title", "set the title (e.g. --title \"Weekly reading\")", ""),
		&cli.StringSliceFlag{Name: "author", Usage: "set the author; repeat for several (--author \"Ada Lovelace\")", Sources: env("author")},
		stringFlag("date", "set the publication date, YYYY-MM-DD", ""),
		stringFlag("lang", "set the language, a BCP 47 tag (default: what the input says, else en)", ""),
		stringFlag("publisher", "set the publisher or site name", ""),
		stringFlag("source-url", "set the URL the article was published at", ""),
	}
}

func metaFromFlags(c *cli.Command) (metaFlags, error) {
	m := metaFlags{
		Title: c.String("title"), Authors: c.StringSlice("author"), Language: c.String("lang"),
		Publisher: c.String("publisher"), SourceURL: c.String("source-url"),
	}
	if s := m.Language; s != "" {
		tag, err := language.Parse(s)
		if err != nil {
			return m, usagef("--lang %q: not a BCP 47 language tag (e.g. en, en-GB, pt-BR, zh-Hant)", s)
		}
		m.Language = tag.String()
	}
	if s := c.String("date"); s != "" {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			return m, usagef("--date %q: want YYYY-MM-DD", s)
		}
		m.Date = d
	}
	return m, nil
}

// readFlagList are the flags that decide how inputs are read.
func readFlagList() []cli.Flag {
	return []cli.Flag{
		stringFlag("from", "input format: text, markdown, html or json (the model from inspect --json; default: from the extension, else sniffed)", ""),
		stringFlag("sources", "footnoted sources for quotations: none, notes, list, both or auto (both when the article has no links)", "auto"),
		boolFlag("fetch-images", "download the images of an HTML input over the network (URL inputs always do)"),
		boolFlag("allow-private-network", "fetch images from loopback, private and link-local addresses too (by default only when the page itself came from one)"),
		&cli.DurationFlag{Name: "fetch-timeout", Value: defaultFetchTimeout, Sources: env("fetch-timeout"),
			Usage: "time limit for fetching one input and all its images"},
	}
}

// outputFlagList are the flags that decide what is written.
func outputFlagList() []cli.Flag {
	return []cli.Flag{
		stringFlag("output", "output folder, or output file for one input and one format", "", "o"),
		stringFlag("format", "formats to write: epub, pdf or epub,pdf", "epub,pdf", "f"),
		boolFlag("check", "check every written file with offprint's own checker (see offprint check)"),
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print nothing but errors", Sources: env("quiet")},
	}
}

// parseFormats reads --format.
func parseFormats(s string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, f := range strings.Split(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f != "epub" && f != "pdf" {
			return nil, usagef("--format %q: want epub, pdf or epub,pdf", s)
		}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out, nil
}

// provenance records where flags were set other than on the command line:
// the manifest line that set them (book -c). Keyed by flag name.
type provenance map[string]string

const (
	metaArgs       = "args"       // App.Metadata key: the raw command line
	metaProvenance = "provenance" // App.Metadata key: a provenance map
)

// flagSource names where flag name got its value, for error messages:
// "--paper", "OFFPRINT_PAPER" or "book.yaml:3: paper".
func flagSource(c *cli.Command, name string) string {
	if p, ok := c.Root().Metadata[metaProvenance].(provenance); ok && p[name] != "" {
		return p[name]
	}
	args, _ := c.Root().Metadata[metaArgs].([]string)
	for _, a := range args {
		a = strings.TrimLeft(a, "-")
		if a == name || strings.HasPrefix(a, name+"=") {
			return "--" + name
		}
	}
	if e := envName(name); os.Getenv(e) != "" {
		return e
	}
	return "--" + name
}

var flagPrefix = lazyre.New(`^--([a-z][a-z-]*)`)

// attribute rewrites a usage error about "--name" to name where the value
// came from: an environment variable or a manifest line.
func attribute(c *cli.Command, err error) error {
	ue, ok := err.(usageError)
	if !ok {
		return err
	}
	m := flagPrefix.FindStringSubmatch(ue.msg)
	if m == nil {
		return err
	}
	if src := flagSource(c, m[1]); src != m[0] {
		return usageError{src + ue.msg[len(m[0]):]}
	}
	return err
}
