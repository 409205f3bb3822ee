package plaintext

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"offprint/content"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const examplePath = "../../examples/vox-isis-k.txt"

// TestGoldenExample compares the model of the sample article with
// testdata/vox-isis-k.golden.
func TestGoldenExample(t *testing.T) {
	data, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(bytes.NewReader(data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "testdata/vox-isis-k.golden", content.DumpString(doc))
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run go test -update after checking):\n%s", path, diffLines(string(want), got))
	}
}

// diffLines lists the lines that differ, for readable failures.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var sb strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			fmt.Fprintf(&sb, "line %d\n- %s\n+ %s\n", i+1, a, b)
		}
	}
	return sb.String()
}

// TestGoldenCases runs every testdata/*.txtar case: its "input.txt" part is
// read, and the model dump and the Explain listing are compared with its
// "dump" and "explain" parts.
func TestGoldenCases(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			ar := parseTxtar(string(data))
			input, ok := ar.get("input.txt")
			if !ok {
				t.Fatal("no input.txt part")
			}
			doc, err := Read(strings.NewReader(input), Options{})
			if err != nil {
				t.Fatal(err)
			}
			ds, err := Explain(strings.NewReader(input), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := ar
			got.set("dump", content.DumpString(doc))
			got.set("explain", formatDecisions(ds))
			if *update {
				if err := os.WriteFile(path, []byte(got.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, part := range []string{"dump", "explain"} {
				w, _ := ar.get(part)
				g, _ := got.get(part)
				if w != g {
					t.Errorf("%s part differs:\n%s", part, diffLines(w, g))
				}
			}
		})
	}
}

// formatDecisions lists decisions one a line, as `offprint inspect
// --explain` prints them.
func formatDecisions(ds []Decision) string {
	var sb strings.Builder
	for _, d := range ds {
		sb.WriteString(d.String() + "\n")
	}
	return sb.String()
}

// txtar is a minimal reader and writer of the txtar format
// (golang.org/x/tools/txtar): a comment, then "-- name --" parts.
type txtar struct {
	comment string
	names   []string
	parts   map[string]string
}

func parseTxtar(s string) txtar {
	ar := txtar{parts: map[string]string{}}
	cur := ""
	var sb strings.Builder
	flush := func() {
		if cur == "" {
			ar.comment = sb.String()
		} else {
			ar.parts[cur] = sb.String()
		}
		sb.Reset()
	}
	for _, l := range strings.SplitAfter(s, "\n") {
		t := strings.TrimRight(l, "\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			flush()
			cur = t[3 : len(t)-3]
			ar.names = append(ar.names, cur)
			continue
		}
		sb.WriteString(l)
	}
	flush()
	return ar
}

func (ar txtar) get(name string) (string, bool) {
	s, ok := ar.parts[name]
	return s, ok
}

func (ar *txtar) set(name, v string) {
	parts := map[string]string{}
	for k, x := range ar.parts {
		parts[k] = x
	}
	if _, ok := parts[name]; !ok {
		ar.names = append(append([]string(nil), ar.names...), name)
	}
	parts[name] = v
	ar.parts = parts
}

func (ar txtar) String() string {
	var sb strings.Builder
	sb.WriteString(ar.comment)
	for _, n := range ar.names {
		fmt.Fprintf(&sb, "-- %s --\n%s", n, ar.parts[n])
	}
	return sb.String()
}
