package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"offprint/content"
)

// writeAtomic writes path through a temporary file in the same folder and
// renames it into place only when write succeeded, so that a failed export
// leaves no partial file and never clobbers an existing good one.
func writeAtomic(path string, write func(io.Writer) error) (size int64, err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return 0, fmt.Errorf("create output in %s: %w", dir, unwrapPath(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 256<<10)
	cw := &countWriter{w: bw}
	if err = write(cw); err != nil {
		return 0, err
	}
	if err = bw.Flush(); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if err = tmp.Chmod(0o644); err != nil {
		return 0, err
	}
	if err = tmp.Close(); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return 0, fmt.Errorf("rename to %s: %w", path, unwrapPath(err))
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// unwrapPath drops the path from an *os.PathError: messages name the
// output themselves.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// outputPlan says where the outputs of one run go.
type outputPlan struct {
	Dir  string // folder for <stem>.<ext>; "" when File is set
	File string // the one output file (-o FILE with one input and one format)
}

// planOutputs interprets -o: a path ending in .epub or .pdf is a file (one
// input, and the format follows from the extension unless --format says
// otherwise); anything else is a folder, created when missing.
func planOutputs(o string, nInputs int, formats []string, formatSet bool) (outputPlan, []string, error) {
	if o == "" {
		return outputPlan{Dir: "."}, formats, nil
	}
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(o)), ".")
	if ext == "epub" || ext == "pdf" {
		if fi, err := os.Stat(o); err == nil && fi.IsDir() {
			return outputPlan{Dir: o}, formats, nil
		}
		if nInputs != 1 {
			return outputPlan{}, nil, usagef("-o %s names a file, but there are %d inputs: give a folder", o, nInputs)
		}
		if !formatSet {
			formats = []string{ext}
		}
		if len(formats) != 1 || formats[0] != ext {
			return outputPlan{}, nil, usagef("-o %s names one %s file, but --format asks for %s", o, ext, strings.Join(formats, ","))
		}
		return outputPlan{File: o}, formats, nil
	}
	if err := os.MkdirAll(o, 0o755); err != nil {
		return outputPlan{}, nil, usagef("-o %s: %v", o, unwrapPath(err))
	}
	return outputPlan{Dir: o}, formats, nil
}

// path returns the output path for an input's stem and a format.
func (p outputPlan) path(stem, format string) string {
	if p.File != "" {
		return p.File
	}
	return filepath.Join(p.Dir, stem+"."+format)
}

// stemFor names the outputs of an input: its file name, or for standard
// input and URLs a slug of the title.
func stemFor(in *input, doc *content.Document) string {
	if in.Stem != "" && in.Stem != "stdin" {
		return in.Stem
	}
	if s := content.Slug(doc.Meta.Title); s != "section" {
		return s
	}
	return "article"
}
