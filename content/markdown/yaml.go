package markdown

import (
	"bytes"
	"strings"

	"github.com/offprint/offprint/internal/yamltree"
)

// splitFrontMatter separates a leading "---" … "---" (or "...") block from
// the Markdown body and parses it with go.yaml.in/yaml/v3 (through
// internal/yamltree: anchors, aliases and flow maps work, aliases are
// bounded). Line numbers in its errors and nodes are the file's. Without
// a closing line there is no front matter.
func splitFrontMatter(src []byte) (*yamltree.Node, []byte, error) {
	first, rest, ok := bytes.Cut(src, []byte("\n"))
	if !ok || string(bytes.TrimRight(first, " \t\r")) != "---" {
		return nil, src, nil
	}
	var yaml bytes.Buffer
	yaml.WriteByte('\n') // the opening "---" is line 1
	for len(rest) > 0 {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte("\n"))
		l := strings.TrimRight(string(line), " \t\r")
		if l == "---" || l == "..." {
			node, err := yamltree.Parse(yaml.Bytes())
			return node, rest, err
		}
		yaml.WriteString(l)
		yaml.WriteByte('\n')
	}
	return nil, src, nil
}
