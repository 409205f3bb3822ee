package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// shardInputs writes n short articles, two of them with the same file
// name in different folders (their output names must be planned over the
// whole batch), and returns their paths.
func shardInputs(t *testing.T, dir string, n int) []string {
	t.Helper()
	var paths []string
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("d%d", i%3))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("story-%d.txt", i)
		if i%4 == 0 {
			name = "same.txt"
		}
		p := filepath.Join(sub, name)
		text := fmt.Sprintf("Story number %d\n\nBy Ann Writer\n\n%s\n", i, strings.Repeat(fmt.Sprintf("Paragraph text of story %d, long enough to wrap. ", i), 8))
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// outputsOf maps each file in dir (not the report) to its bytes.
func outputsOf(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() == "report.json" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(data)
	}
	return out
}

// TestShardsMakeTheUnshardedBatch: N shards (N = 1, 2, 3, 7) together
// write exactly the files of the unsharded batch, byte for byte, each file
// once, and their merged reports list the inputs of the unsharded report.
func TestShardsMakeTheUnshardedBatch(t *testing.T) {
	dir := t.TempDir()
	inputs := shardInputs(t, filepath.Join(dir, "in"), 12)
	whole := filepath.Join(dir, "whole")
	args := append([]string{"export", "-q", "-o", whole, "--report", filepath.Join(whole, "report.json")}, inputs...)
	if code, _, stderr := offprint(t, "", args...); code != 0 {
		t.Fatalf("unsharded: exit %d: %s", code, stderr)
	}
	want := outputsOf(t, whole)
	if len(want) != 2*len(inputs) {
		t.Fatalf("the unsharded batch wrote %d files, want %d", len(want), 2*len(inputs))
	}
	wantReport := reportInputs(t, filepath.Join(whole, "report.json"))
	for _, n := range []int{1, 2, 3, 7} {
		got := map[string]string{}
		var reports []string
		for k := 1; k <= n; k++ {
			out := filepath.Join(dir, fmt.Sprintf("n%d-k%d", n, k))
			rep := filepath.Join(out, "report.json")
			args := append([]string{"export", "-q", "-o", out, "--report", rep, "--shard", fmt.Sprintf("%d/%d", k, n)}, inputs...)
			if code, _, stderr := offprint(t, "", args...); code != 0 {
				t.Fatalf("shard %d/%d: exit %d: %s", k, n, code, stderr)
			}
			for name, data := range outputsOf(t, out) {
				if _, dup := got[name]; dup {
					t.Errorf("N=%d: %s written by two shards", n, name)
				}
				got[name] = data
			}
			reports = append(reports, rep)
		}
		if len(got) != len(want) {
			t.Errorf("N=%d: %d files, want %d", n, len(got), len(want))
		}
		for name, data := range want {
			if got[name] != data {
				t.Errorf("N=%d: %s differs from the unsharded batch's (or is missing)", n, name)
			}
		}
		merged, err := mergeReports(reports)
		if err != nil {
			t.Fatal(err)
		}
		if g := summarise(merged.Inputs); g != wantReport {
			t.Errorf("N=%d: merged report\n%s\nwant\n%s", n, g, wantReport)
		}
	}
}

func reportInputs(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var r jsonReport
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	return summarise(r.Inputs)
}

// summarise is a report's inputs without their timings.
func summarise(inputs []*inputReport) string {
	var b strings.Builder
	for _, in := range inputs {
		fmt.Fprintf(&b, "%d %s %d", in.Index, in.Input, in.Words)
		for _, o := range in.Outputs {
			fmt.Fprintf(&b, " %s:%s", filepath.Base(o.Path), o.SHA256[:12])
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestParseShard(t *testing.T) {
	for s, want := range map[string]shard{"": {}, "1/1": {1, 1}, " 2/5 ": {2, 5}, "7/7": {7, 7}} {
		if got, err := parseShard(s); err != nil || got != want {
			t.Errorf("parseShard(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
	for _, s := range []string{"0/3", "4/3", "1/0", "a/b", "1", "1/2/3", "-1/2"} {
		if _, err := parseShard(s); err == nil {
			t.Errorf("parseShard(%q) accepted", s)
		}
	}
	// Every input belongs to exactly one shard.
	args := shardArgs(100)
	for _, n := range []int{1, 2, 3, 7} {
		count := 0
		for k := 1; k <= n; k++ {
			count += len(shard{k, n}.pick(args))
		}
		if count != len(args) {
			t.Errorf("N=%d: %d inputs picked, want %d", n, count, len(args))
		}
	}
}

func shardArgs(n int) []string {
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf("docs/%03d.md", i))
	}
	return out
}
