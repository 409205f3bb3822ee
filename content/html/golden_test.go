package html

import (
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/golden"
)

// TestGolden reads the input.html part of every testdata/*.txtar case, with
// the other parts written as files beside it, and compares the model dump
// and the warnings with the want and warnings parts.
func TestGolden(t *testing.T) {
	golden.RunArchives(t, "testdata/*.txtar", func(t *testing.T, path string, a *golden.Archive) {
		dir := t.TempDir()
		a.Extract(t, dir, "want", "warnings", "options")
		var warnings []string
		opts := Options{BaseDir: dir, Warn: func(s string) { warnings = append(warnings, strings.ReplaceAll(s, dir, "$DIR")) }}
		options, _ := a.Get("options")
		for _, line := range strings.Split(options, "\n") {
			if v, ok := strings.CutPrefix(line, "baseurl: "); ok {
				opts.BaseURL = v
			}
		}
		input, _ := a.Get("input.html")
		doc, err := Read(strings.NewReader(input), opts)
		got := ""
		if err != nil {
			got = "error: " + err.Error() + "\n"
		} else {
			content.NumberNotes(doc)
			got = content.DumpString(doc)
		}
		gotWarn := strings.Join(warnings, "\n")
		if gotWarn != "" {
			gotWarn += "\n"
		}
		golden.CheckArchive(t, path, a, golden.File{Name: "want", Data: got}, golden.File{Name: "warnings", Data: gotWarn})
	})
}
