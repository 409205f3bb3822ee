// Package yamltree parses the small YAML documents offprint reads — Markdown
// front matter and book manifests — with go.yaml.in/yaml/v3 into a plain
// tree of scalars, lists and mappings that keeps the line of every value,
// so that messages can say "book.yaml:4". Anchors, aliases and merge keys
// ("<<: *base") work; aliases are expanded within a bound (MaxNodes), so a
// "billion laughs" document is a clear error, not a memory blow-up.
package yamltree

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	yaml "go.yaml.in/yaml/v3"

	"github.com/offprint/offprint/internal/lazyre"
)

// MaxNodes bounds the values of a document once its aliases are expanded.
const MaxNodes = 10000

// MaxSize bounds the document itself, in bytes.
const MaxSize = 1 << 20

// Kind is what a Node holds.
type Kind int

// The kinds of node.
const (
	Scalar Kind = iota // a string, number, date, boolean or null
	List               // a sequence
	Map                // a mapping
)

// String names the kind for messages: "text", "a list", "a mapping".
func (k Kind) String() string {
	switch k {
	case List:
		return "a list"
	case Map:
		return "a mapping"
	}
	return "text"
}

// Node is a parsed value.
type Node struct {
	Kind  Kind
	Line  int     // 1-based line in the document
	Value string  // a scalar's text ("" for null)
	Items []*Node // a list's items
	Keys  []Key   // a mapping's keys, in order
}

// Key is one entry of a mapping.
type Key struct {
	Name  string // as written
	Line  int
	Value *Node
}

// Get returns the value of key in a mapping (compared case-insensitively),
// or nil.
func (n *Node) Get(key string) *Node {
	if k := n.Key(key); k != nil {
		return k.Value
	}
	return nil
}

// Key returns the entry of key in a mapping (compared case-insensitively),
// or nil.
func (n *Node) Key(key string) *Key {
	if n == nil || n.Kind != Map {
		return nil
	}
	for i := range n.Keys {
		if strings.EqualFold(n.Keys[i].Name, key) {
			return &n.Keys[i]
		}
	}
	return nil
}

// Parse parses one YAML document whose top level must be a mapping (an
// empty document gives an empty mapping). Errors name the line.
func Parse(data []byte) (*Node, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("larger than %d KiB", MaxSize>>10)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, cleanError(err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return &Node{Kind: Map, Line: 1}, nil
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return &Node{Kind: Map, Line: root.Line}, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("line %d: want key: value lines, not %s", root.Line, kindOf(root))
	}
	c := converter{}
	n, err := c.convert(root, 0)
	if err != nil {
		return nil, err
	}
	return n, nil
}

var yamlLineRE = lazyre.New(`^yaml: (?:unmarshal errors:\s*)?line (\d+): `)

// cleanError turns "yaml: line 3: mapping values are not allowed" into
// "line 3: mapping values are not allowed". yaml/v3 counts the lines of its
// parser's errors ("did not find expected …", reported where the unclosed
// construct starts) from 0 and those of its scanner from 1: both become
// 1-based.
func cleanError(err error) error {
	msg := err.Error()
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		rest := msg[len(m[0]):]
		if strings.HasPrefix(rest, "did not find expected") {
			line++
		}
		return fmt.Errorf("line %d: %s", line, rest)
	}
	return errors.New(strings.TrimPrefix(msg, "yaml: "))
}

func kindOf(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	}
	return "text"
}

// converter builds the tree, counting values (aliases expanded).
type converter struct {
	count     int
	aliasLine int // line of the outermost alias being expanded, or 0
}

// maxDepth bounds nesting, aliases included.
const maxDepth = 100

func (c *converter) convert(n *yaml.Node, depth int) (*Node, error) {
	c.count++
	if c.count > MaxNodes {
		line := n.Line
		if c.aliasLine > 0 {
			line = c.aliasLine
		}
		return nil, fmt.Errorf("line %d: more than %d values once aliases are expanded", line, MaxNodes)
	}
	if depth > maxDepth {
		return nil, fmt.Errorf("line %d: nested more than %d deep", n.Line, maxDepth)
	}
	switch n.Kind {
	case yaml.AliasNode:
		if n.Alias == nil {
			return nil, fmt.Errorf("line %d: unknown alias %q", n.Line, n.Value)
		}
		if c.aliasLine == 0 {
			c.aliasLine = n.Line
			defer func() { c.aliasLine = 0 }()
		}
		out, err := c.convert(n.Alias, depth+1)
		if out != nil {
			cp := *out
			cp.Line = n.Line
			out = &cp
		}
		return out, err
	case yaml.ScalarNode:
		v := n.Value
		if n.Tag == "!!null" {
			v = ""
		}
		return &Node{Kind: Scalar, Line: n.Line, Value: v}, nil
	case yaml.SequenceNode:
		out := &Node{Kind: List, Line: n.Line}
		for _, k := range n.Content {
			item, err := c.convert(k, depth+1)
			if err != nil {
				return nil, err
			}
			out.Items = append(out.Items, item)
		}
		return out, nil
	case yaml.MappingNode:
		return c.mapping(n, depth)
	}
	return nil, fmt.Errorf("line %d: unsupported YAML", n.Line)
}

// mapping converts a mapping: duplicate keys (case-insensitive) are an
// error; a merge key "<<" adds the keys of the mapping(s) it names that
// the mapping does not set itself.
func (c *converter) mapping(n *yaml.Node, depth int) (*Node, error) {
	out := &Node{Kind: Map, Line: n.Line}
	var merged []*Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn, vn := n.Content[i], n.Content[i+1]
		v, err := c.convert(vn, depth+1)
		if err != nil {
			return nil, err
		}
		if kn.Kind == yaml.ScalarNode && kn.Tag == "!!merge" {
			switch v.Kind {
			case Map:
				merged = append(merged, v)
			case List:
				merged = append(merged, v.Items...)
			}
			continue
		}
		if kn.Kind != yaml.ScalarNode {
			return nil, fmt.Errorf("line %d: a key must be text, not %s", kn.Line, kindOf(kn))
		}
		if prev := out.Key(kn.Value); prev != nil {
			return nil, fmt.Errorf("line %d: key %q set twice (first on line %d)", kn.Line, kn.Value, prev.Line)
		}
		out.Keys = append(out.Keys, Key{Name: kn.Value, Line: kn.Line, Value: v})
	}
	for _, m := range merged {
		if m.Kind != Map {
			continue
		}
		for _, k := range m.Keys {
			if out.Key(k.Name) == nil {
				out.Keys = append(out.Keys, k)
			}
		}
	}
	return out, nil
}
