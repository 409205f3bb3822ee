package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/offprint/offprint/internal/didyoumean"
	"github.com/offprint/offprint/internal/yamltree"
)

// manifest is a parsed book manifest (offprint book -c book.yaml): a YAML
// mapping (go.yaml.in/yaml/v3 through internal/yamltree, so anchors,
// aliases and flow lists work) whose values are text or lists of text.
type manifest struct {
	Path   string
	Values map[string][]string // key -> its value(s)
	Lines  map[string]int      // key -> line it was set on
}

// manifestKeys are the keys a manifest may use besides flag names.
var manifestKeys = map[string]bool{"inputs": true, "authors": true, "editor": true}

// readManifest parses path; allowed lists the keys that are not an error.
// Errors name the file and the line ("book.yaml:2: unknown key …").
func readManifest(path string, allowed map[string]bool) (*manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	root, err := yamltree.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s:%s", path, strings.TrimPrefix(err.Error(), "line "))
	}
	m := &manifest{Path: path, Values: map[string][]string{}, Lines: map[string]int{}}
	for _, k := range root.Keys {
		if err := m.set(k, allowed); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, k.Line, err)
		}
	}
	return m, nil
}

// set records one key: text, or a list of text.
func (m *manifest) set(k yamltree.Key, allowed map[string]bool) error {
	key := k.Name
	if !allowed[key] && allowed[strings.ToLower(key)] {
		key = strings.ToLower(key)
	}
	if !allowed[key] {
		return fmt.Errorf("unknown key %q%s", k.Name, suggest(k.Name, allowed))
	}
	m.Lines[key] = k.Line
	switch v := k.Value; v.Kind {
	case yamltree.Scalar:
		m.Values[key] = nil
		if v.Value != "" {
			m.Values[key] = []string{v.Value}
		}
	case yamltree.List:
		m.Values[key] = nil
		for _, item := range v.Items {
			if item.Kind != yamltree.Scalar {
				return fmt.Errorf("%s: a list item should be text, not %s", k.Name, item.Kind)
			}
			m.Values[key] = append(m.Values[key], item.Value)
		}
	default:
		return fmt.Errorf("%s: want text or a list, not %s", k.Name, v.Kind)
	}
	return nil
}

// suggest proposes the closest allowed name for a typo.
func suggest(key string, allowed map[string]bool) string {
	keys := make([]string, 0, len(allowed))
	for k := range allowed {
		keys = append(keys, k)
	}
	return didyoumean.Hint(key, keys)
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
