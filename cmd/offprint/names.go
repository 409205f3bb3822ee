package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/offprint/offprint/content"
)

// namer decides the output names of a batch once for all inputs: file
// inputs get their planned stems (outputStems) before anything is read;
// standard input and URLs are named after their titles, in input order,
// each waiting until every earlier title-named input has its name, so the
// names do not depend on scheduling. No two outputs share a path, and no
// output is written over a file that is an input of the run.
type namer struct {
	plan    outputPlan
	formats []string
	stems   []string        // decided stems; "" until a title-named input has its name
	inputs  []inputFile     // the run's input files, never written over
	taken   map[string]bool // lower-cased output paths already given out
	ready   []chan struct{} // closed when input i's stem is decided (or it failed)
	once    []sync.Once
	mu      sync.Mutex
}

// inputFile is an input file of the run: its absolute path and, when it
// exists, its FileInfo (to recognise it under another name).
type inputFile struct {
	abs string
	fi  os.FileInfo
}

// newNamer plans the stems of the file inputs among args; title-named
// inputs (standard input, URLs) are named later by name.
func newNamer(plan outputPlan, formats, args []string) *namer {
	n := inputGuard(plan, formats, args)
	n.stems = outputStems(args)
	n.ready, n.once = make([]chan struct{}, len(args)), make([]sync.Once, len(args))
	for i, s := range n.stems {
		n.ready[i] = make(chan struct{})
		if s != "" {
			n.stems[i] = n.reserve(s, wideners(s, args[i]))
			n.done(i)
		}
	}
	return n
}

// inputGuard returns a namer that knows the run's input files (args) but
// plans no names: for one output made of all inputs (a book).
func inputGuard(plan outputPlan, formats, args []string) *namer {
	n := &namer{plan: plan, formats: formats, taken: map[string]bool{}}
	for _, a := range args {
		if a != "-" && !isURL(a) {
			n.inputs = append(n.inputs, newInputFile(a))
		}
	}
	return n
}

func newInputFile(path string) inputFile {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = filepath.Clean(path)
	}
	fi, _ := os.Stat(path)
	return inputFile{abs: abs, fi: fi}
}

// wideners are the stems tried when stem's outputs would land on an input
// file: the stem with the input's extension ("notes-epub"), then numbered.
func wideners(stem, arg string) []string {
	if ext := strings.TrimPrefix(filepath.Ext(arg), "."); ext != "" && !strings.HasSuffix(stem, "-"+ext) {
		return []string{stem + "-" + ext}
	}
	return nil
}

// name returns the stem for input i, whose document is doc: the planned
// stem of a file input, else a slug of the title, made unique.
func (n *namer) name(i int, in *input, doc *content.Document) string {
	if n.stems[i] != "" {
		return n.stems[i]
	}
	for j := range i {
		<-n.ready[j]
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	stem := titleStem(in, doc)
	n.stems[i] = n.reserveLocked(stem, nil)
	n.done(i)
	return n.stems[i]
}

// titleStem is the stem of an input named after its title.
func titleStem(in *input, doc *content.Document) string {
	if in.Stem != "" && in.Stem != "stdin" {
		return in.Stem
	}
	if s := content.Slug(doc.Meta.Title); s != "section" {
		return s
	}
	return "article"
}

// done marks input i as named (or failed before it got a name), so that
// later title-named inputs stop waiting for it.
func (n *namer) done(i int) { n.once[i].Do(func() { close(n.ready[i]) }) }

// reserve gives out the first free stem among stem, the alternatives and
// then stem numbered from 2.
func (n *namer) reserve(stem string, alts []string) string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.reserveLocked(stem, alts)
}

func (n *namer) reserveLocked(stem string, alts []string) string {
	if n.plan.File != "" {
		return stem // one output, checked by checkFile
	}
	try := append([]string{stem}, alts...)
	for k := 2; ; k++ {
		for _, s := range try {
			if n.free(s) {
				for _, f := range n.formats {
					n.taken[strings.ToLower(n.plan.path(s, f))] = true
				}
				return s
			}
		}
		try = []string{stem + "-" + strconv.Itoa(k)}
	}
}

// free reports whether no output of stem is taken or an input file.
func (n *namer) free(stem string) bool {
	for _, f := range n.formats {
		p := n.plan.path(stem, f)
		if n.taken[strings.ToLower(p)] || isInput(p, n.inputs) {
			return false
		}
	}
	return true
}

// isInput reports whether writing path would replace one of the inputs:
// the same absolute path, or the same file under another name (a link, a
// case-insensitive file system).
func isInput(path string, inputs []inputFile) bool {
	out := newInputFile(path)
	for _, in := range inputs {
		if strings.EqualFold(out.abs, in.abs) && (out.abs == in.abs || out.fi == nil || in.fi == nil) {
			return true
		}
		if out.fi != nil && in.fi != nil && os.SameFile(out.fi, in.fi) {
			return true
		}
	}
	return false
}

// checkFile fails when -o names a file that is one of the inputs.
func (n *namer) checkFile() error {
	if n.plan.File != "" && isInput(n.plan.File, n.inputs) {
		return usagef("-o %s is an input of this run: give another output name", n.plan.File)
	}
	return nil
}
