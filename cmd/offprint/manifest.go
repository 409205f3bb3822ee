package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// manifest is a parsed book manifest (offprint book -c book.yaml): a small,
// strict subset of YAML — "key: value" lines, lists as "- item" lines under
// "key:" or as "[a, b]", quoted or plain scalars, # comments.
type manifest struct {
	Path   string
	Values map[string][]string // key -> its value(s)
	Lines  map[string]int      // key -> line it was set on
}

// manifestKeys are the keys a manifest may use besides flag names.
var manifestKeys = map[string]bool{"inputs": true, "authors": true, "editor": true}

// readManifest parses path; allowed lists the keys that are not an error.
func readManifest(path string, allowed map[string]bool) (*manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	m := &manifest{Path: path, Values: map[string][]string{}, Lines: map[string]int{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var listKey string
	for n := 1; sc.Scan(); n++ {
		if err := m.parseLine(sc.Text(), n, &listKey, allowed); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

func (m *manifest) parseLine(line string, n int, listKey *string, allowed map[string]bool) error {
	text := strings.TrimRight(stripComment(line), " \t")
	trimmed := strings.TrimSpace(text)
	switch {
	case trimmed == "" || trimmed == "---":
		return nil
	case strings.HasPrefix(trimmed, "- ") || trimmed == "-":
		if *listKey == "" {
			return fmt.Errorf("list item %q outside a list", trimmed)
		}
		v, err := scalar(strings.TrimSpace(strings.TrimPrefix(trimmed, "-")))
		m.Values[*listKey] = append(m.Values[*listKey], v)
		return err
	case text != trimmed && *listKey != "":
		return fmt.Errorf("unexpected indented line %q (lists use \"- item\")", trimmed)
	}
	key, val, ok := strings.Cut(trimmed, ":")
	key = strings.TrimSpace(key)
	if !ok || key == "" || strings.ContainsAny(key, " \t\"'") {
		return fmt.Errorf("want \"key: value\", got %q", trimmed)
	}
	if !allowed[key] {
		return fmt.Errorf("unknown key %q%s", key, suggest(key, allowed))
	}
	if _, dup := m.Lines[key]; dup {
		return fmt.Errorf("key %q set twice (first on line %d)", key, m.Lines[key])
	}
	m.Lines[key] = n
	val = strings.TrimSpace(val)
	*listKey = ""
	switch {
	case val == "":
		*listKey = key
		m.Values[key] = nil
	case strings.HasPrefix(val, "["):
		if !strings.HasSuffix(val, "]") {
			return fmt.Errorf("unclosed list %q", val)
		}
		for _, item := range splitList(val[1 : len(val)-1]) {
			v, err := scalar(item)
			if err != nil {
				return err
			}
			m.Values[key] = append(m.Values[key], v)
		}
	default:
		v, err := scalar(val)
		if err != nil {
			return err
		}
		m.Values[key] = []string{v}
	}
	return nil
}

// unquoted returns the byte offsets of the runes of s that stand outside
// single or double quotes and satisfy keep.
func unquoted(s string, keep func(r rune) bool) []int {
	var at []int
	var quote rune
	for i, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '"' || r == '\'':
			quote = r
		case keep(r):
			at = append(at, i)
		}
	}
	return at
}

// stripComment removes a "#" comment that is outside quotes and starts the
// line or follows a space.
func stripComment(line string) string {
	for _, i := range unquoted(line, func(r rune) bool { return r == '#' }) {
		if i == 0 || line[i-1] == ' ' || line[i-1] == '\t' {
			return line[:i]
		}
	}
	return line
}

func scalar(s string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) >= 1 && (s[0] == '"' || s[0] == '\'') {
		if len(s) < 2 || s[len(s)-1] != s[0] {
			return "", fmt.Errorf("unclosed quote in %s", s)
		}
		inner := s[1 : len(s)-1]
		if s[0] == '"' {
			inner = strings.NewReplacer(`\"`, `"`, `\\`, `\`, `\n`, "\n").Replace(inner)
		} else {
			inner = strings.ReplaceAll(inner, "''", "'")
		}
		return inner, nil
	}
	return s, nil
}

// splitList splits a flow list's inside at the commas outside quotes.
func splitList(s string) []string {
	var out []string
	start := 0
	for _, i := range unquoted(s, func(r rune) bool { return r == ',' }) {
		out = append(out, s[start:i])
		start = i + 1
	}
	if last := strings.TrimSpace(s[start:]); last != "" || len(out) > 0 {
		out = append(out, s[start:])
	}
	return out
}

// suggest proposes the closest allowed key for a typo.
func suggest(key string, allowed map[string]bool) string {
	best, bestD := "", 3
	keys := make([]string, 0, len(allowed))
	for k := range allowed {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if d := editDistance(key, k); d < bestD {
			best, bestD = k, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// inputs expands the manifest's inputs: paths relative to the manifest's
// folder, globs (in sorted order), URLs as they are. A glob that matches
// nothing is an error naming its line.
func (m *manifest) inputs() ([]string, error) {
	dir := filepath.Dir(m.Path)
	var out []string
	for _, in := range m.Values["inputs"] {
		switch {
		case isURL(in) || in == "-":
			out = append(out, in)
		case strings.ContainsAny(in, "*?["):
			p := in
			if !filepath.IsAbs(p) {
				p = filepath.Join(dir, p)
			}
			matches, err := filepath.Glob(p)
			if err != nil || len(matches) == 0 {
				return nil, fmt.Errorf("%s:%d: inputs: %q matches no file", m.Path, m.Lines["inputs"], in)
			}
			sort.Strings(matches)
			out = append(out, matches...)
		default:
			if !filepath.IsAbs(in) {
				in = filepath.Join(dir, in)
			}
			out = append(out, in)
		}
	}
	return out, nil
}
