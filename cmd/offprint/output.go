package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// writeAtomic writes path through a temporary file in the same folder and
// renames it into place only when write succeeded, so that a failed export
// leaves no partial file and never clobbers an existing good one. The file
// is synced before the rename; it keeps the mode of the file it replaces,
// and a new file's mode follows the umask. temps (nil: none) tracks the
// temporary file for an interrupted run.
func writeAtomic(path string, temps *tempFiles, write func(io.Writer) error) (size int64, err error) {
	dir := filepath.Dir(path)
	tmp, err := temps.create(func() (*os.File, error) { return createTemp(dir, "."+filepath.Base(path)+".", ".tmp") })
	if err != nil {
		return 0, fmt.Errorf("create output in %s: %w", dir, unwrapPath(err))
	}
	defer func() {
		if err != nil {
			_ = tmp.Close() // the write already failed; that error is the one reported
			_ = os.Remove(tmp.Name())
			temps.forget(tmp.Name())
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
	if fi, statErr := os.Stat(path); statErr == nil && fi.Mode().IsRegular() {
		if err = tmp.Chmod(fi.Mode().Perm()); err != nil {
			return 0, err
		}
	}
	if err = tmp.Sync(); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if err = tmp.Close(); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if err = temps.commit(tmp.Name(), path); err != nil {
		return 0, fmt.Errorf("rename to %s: %w", path, unwrapPath(err))
	}
	return cw.n, nil
}

// createTemp creates a new file prefix+random+suffix in dir with mode
// 0666 less the umask (os.CreateTemp would make it 0600).
func createTemp(dir, prefix, suffix string) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, prefix+strconv.FormatUint(uint64(rand.Uint32()), 10)+suffix)
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, os.ErrExist) {
			return f, err
		}
	}
	return nil, errors.New("cannot find an unused temporary file name")
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
// otherwise); anything else is a folder, created when missing (by create,
// once the whole command line is understood).
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
	return outputPlan{Dir: o}, formats, nil
}

// create makes the output folder when it is missing.
func (p outputPlan) create() error {
	if p.Dir == "" || p.Dir == "." {
		return nil
	}
	if err := os.MkdirAll(p.Dir, 0o777); err != nil { // the umask decides
		return fmt.Errorf("-o %s: cannot create the folder: %v", shown(p.Dir), unwrapPath(err))
	}
	return nil
}

// path returns the output path for an input's stem and a format.
func (p outputPlan) path(stem, format string) string {
	if p.File != "" {
		return p.File
	}
	return filepath.Join(p.Dir, stem+"."+format)
}

// outputStems plans the output names of file inputs before any is read, so
// that two inputs never write the same file and the names do not depend on
// scheduling: a file's name without its extension, then, where names
// collide, with the extension ("story-md"), then with the parent folder
// ("blog-story-md"), then numbered in input order. Standard input and URLs
// get "" (named after their title later).
func outputStems(args []string) []string {
	stems := make([]string, len(args))
	for i, a := range args {
		if a != "-" && !isURL(a) {
			stems[i] = strings.TrimSuffix(filepath.Base(a), filepath.Ext(a))
		}
	}
	widen := []func(i int) string{
		func(i int) string {
			if ext := strings.TrimPrefix(filepath.Ext(args[i]), "."); ext != "" {
				return stems[i] + "-" + ext
			}
			return stems[i]
		},
		func(i int) string { return filepath.Base(filepath.Dir(args[i])) + "-" + stems[i] },
	}
	for _, w := range widen {
		for _, group := range collisions(stems) {
			for _, i := range group {
				stems[i] = w(i)
			}
		}
	}
	for _, group := range collisions(stems) {
		for k, i := range group[1:] {
			stems[i] += "-" + strconv.Itoa(k+2)
		}
	}
	return stems
}

// collisions returns the groups of indexes (in order) that share a
// non-empty stem, compared case-insensitively for case-insensitive file
// systems.
func collisions(stems []string) [][]int {
	by := map[string][]int{}
	var keys []string
	for i, s := range stems {
		if s == "" {
			continue
		}
		k := strings.ToLower(s)
		if len(by[k]) == 0 {
			keys = append(keys, k)
		}
		by[k] = append(by[k], i)
	}
	var out [][]int
	for _, k := range keys {
		if len(by[k]) > 1 {
			out = append(out, by[k])
		}
	}
	return out
}
