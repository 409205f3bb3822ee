package markdown

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// This file is a deliberately small, strict parser for the YAML that people
// put in Markdown front matter: mappings of "key: value", block lists
// ("- item", also at the key's indentation), flow lists ("[a, b]"), plain,
// 'single' and "double" quoted scalars, "|" and ">" block scalars and
// comments. Anchors, aliases, tags, flow mappings and multi-document
// streams are refused with an error rather than misread.

// yamlNode is a parsed value: a scalar, a list or a mapping (keys in order).
type yamlNode struct {
	scalar string
	list   []*yamlNode
	keys   []string
	values map[string]*yamlNode
}

func (n *yamlNode) isMap() bool { return n.values != nil }

// get returns the value of key (compared case-insensitively) or nil.
func (n *yamlNode) get(key string) *yamlNode {
	if n == nil || n.values == nil {
		return nil
	}
	return n.values[strings.ToLower(key)]
}

type yamlLine struct {
	num    int // 1-based, counting the opening "---"
	indent int
	text   string // without indentation
}

// splitFrontMatter separates a leading "---" … "---" (or "...") block from
// the Markdown body. Without a closing line there is no front matter.
func splitFrontMatter(src []byte) (*yamlNode, []byte, error) {
	first, rest, ok := bytes.Cut(src, []byte("\n"))
	if !ok || string(bytes.TrimRight(first, " \t\r")) != "---" {
		return nil, src, nil
	}
	var lines []string
	for len(rest) > 0 {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte("\n"))
		l := strings.TrimRight(string(line), " \t\r")
		if l == "---" || l == "..." {
			node, err := parseYAML(lines)
			return node, rest, err
		}
		lines = append(lines, l)
	}
	return nil, src, nil
}

func parseYAML(raw []string) (*yamlNode, error) {
	var lines []yamlLine
	for i, l := range raw {
		t := strings.TrimLeft(l, " ")
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if strings.HasPrefix(t, "\t") {
			return nil, fmt.Errorf("line %d: tab in indentation", i+2)
		}
		lines = append(lines, yamlLine{num: i + 2, indent: len(l) - len(t), text: t})
	}
	if len(lines) == 0 {
		return &yamlNode{values: map[string]*yamlNode{}}, nil
	}
	p := &yamlParser{lines: lines}
	n, err := p.block(lines[0].indent)
	if err != nil {
		return nil, err
	}
	if p.i < len(lines) {
		return nil, fmt.Errorf("line %d: unexpected indentation", lines[p.i].num)
	}
	if !n.isMap() {
		return nil, errors.New("front matter is not a mapping of keys to values")
	}
	return n, nil
}

type yamlParser struct {
	lines []yamlLine
	i     int
}

// block parses the mapping or list that starts at the current line, whose
// lines are indented by exactly indent.
func (p *yamlParser) block(indent int) (*yamlNode, error) {
	if isListItem(p.lines[p.i].text) {
		return p.list(indent)
	}
	return p.mapping(indent)
}

func isListItem(t string) bool { return t == "-" || strings.HasPrefix(t, "- ") }

func (p *yamlParser) mapping(indent int) (*yamlNode, error) {
	n := &yamlNode{values: map[string]*yamlNode{}}
	for p.i < len(p.lines) && p.lines[p.i].indent == indent && !isListItem(p.lines[p.i].text) {
		l := p.lines[p.i]
		key, rest, ok := splitKey(l.text)
		if !ok {
			return nil, fmt.Errorf("line %d: expected \"key: value\"", l.num)
		}
		p.i++
		v, err := p.value(rest, indent, l.num, true)
		if err != nil {
			return nil, err
		}
		k := strings.ToLower(key)
		if _, dup := n.values[k]; dup {
			return nil, fmt.Errorf("line %d: duplicate key %q", l.num, key)
		}
		n.keys = append(n.keys, k)
		n.values[k] = v
	}
	return n, nil
}

func (p *yamlParser) list(indent int) (*yamlNode, error) {
	n := &yamlNode{list: []*yamlNode{}}
	for p.i < len(p.lines) && p.lines[p.i].indent == indent && isListItem(p.lines[p.i].text) {
		l := p.lines[p.i]
		rest := strings.TrimSpace(strings.TrimPrefix(l.text, "-"))
		if _, _, ok := splitKey(rest); ok {
			// "- key: value" starts a mapping whose keys sit after "- ".
			after := l.text[1:]
			col := indent + 1 + len(after) - len(strings.TrimLeft(after, " "))
			p.lines[p.i] = yamlLine{num: l.num, indent: col, text: rest}
			item, err := p.mapping(col)
			if err != nil {
				return nil, err
			}
			n.list = append(n.list, item)
			continue
		}
		p.i++
		item, err := p.value(rest, indent, l.num, false)
		if err != nil {
			return nil, err
		}
		n.list = append(n.list, item)
	}
	return n, nil
}

// value parses what follows "key:" or "- ": a scalar, a flow list, a block
// scalar or (when rest is empty) an indented block. inMap allows a list at
// the same indentation as its key, as YAML does.
func (p *yamlParser) value(rest string, indent, num int, inMap bool) (*yamlNode, error) {
	switch {
	case rest == "":
		if p.i < len(p.lines) {
			next := p.lines[p.i]
			if next.indent > indent || (inMap && next.indent == indent && isListItem(next.text)) {
				return p.block(next.indent)
			}
		}
		return &yamlNode{}, nil
	case rest[0] == '|' || rest[0] == '>':
		return p.blockScalar(rest, indent, num)
	case rest[0] == '[':
		return flowList(rest, num)
	case strings.ContainsRune("{&*!%@`", rune(rest[0])):
		return nil, fmt.Errorf("line %d: unsupported YAML (%q)", num, rest[:1])
	}
	s, err := scalar(rest)
	if err != nil {
		return nil, fmt.Errorf("line %d: %w", num, err)
	}
	return &yamlNode{scalar: s}, nil
}

func (p *yamlParser) blockScalar(header string, indent, num int) (*yamlNode, error) {
	if strings.TrimRight(header[1:], "+-") != "" {
		return nil, fmt.Errorf("line %d: unsupported block scalar header %q", num, header)
	}
	var parts []string
	for p.i < len(p.lines) && p.lines[p.i].indent > indent {
		parts = append(parts, p.lines[p.i].text)
		p.i++
	}
	sep := " "
	if header[0] == '|' {
		sep = "\n"
	}
	return &yamlNode{scalar: strings.Join(parts, sep)}, nil
}

// splitKey splits "key: rest" (or "key:"); keys may be quoted.
func splitKey(t string) (key, rest string, ok bool) {
	if t == "" || t[0] == '"' || t[0] == '\'' {
		q := byte('"')
		if t != "" {
			q = t[0]
		}
		end := strings.IndexByte(t[min(1, len(t)):], q)
		if t == "" || end < 0 {
			return "", "", false
		}
		k, err := scalar(t[:end+2])
		after := t[end+2:]
		if err != nil || !strings.HasPrefix(after, ":") {
			return "", "", false
		}
		return k, strings.TrimSpace(after[1:]), true
	}
	i := strings.Index(t, ": ")
	if i < 0 {
		if !strings.HasSuffix(t, ":") {
			return "", "", false
		}
		i = len(t) - 1
	}
	key = strings.TrimSpace(t[:i])
	if key == "" || strings.ContainsAny(key, "#[]{},") {
		return "", "", false
	}
	return key, strings.TrimSpace(t[i+1:]), true
}

// scalar decodes a plain, single-quoted or double-quoted scalar.
func scalar(s string) (string, error) {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return "", nil
	case s[0] == '"':
		end := closingQuote(s)
		if end < 0 {
			return "", errors.New("unterminated double-quoted string")
		}
		if rest := strings.TrimSpace(s[end+1:]); rest != "" && !strings.HasPrefix(rest, "#") {
			return "", fmt.Errorf("text after quoted string: %q", rest)
		}
		v, err := strconv.Unquote(strings.ReplaceAll(s[:end+1], `\/`, "/"))
		if err != nil {
			return "", fmt.Errorf("bad double-quoted string: %w", err)
		}
		return v, nil
	case s[0] == '\'':
		var sb strings.Builder
		for i := 1; i < len(s); i++ {
			if s[i] != '\'' {
				sb.WriteByte(s[i])
				continue
			}
			if i+1 < len(s) && s[i+1] == '\'' {
				sb.WriteByte('\'')
				i++
				continue
			}
			if rest := strings.TrimSpace(s[i+1:]); rest != "" && !strings.HasPrefix(rest, "#") {
				return "", fmt.Errorf("text after quoted string: %q", rest)
			}
			return sb.String(), nil
		}
		return "", errors.New("unterminated single-quoted string")
	}
	if i := strings.Index(s, " #"); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s, nil
}

// closingQuote returns the index of the '"' closing s[0], honouring escapes.
func closingQuote(s string) int {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}

// flowList parses "[a, 'b', "c, d"]" (one line, scalars only).
func flowList(s string, num int) (*yamlNode, error) {
	if !strings.HasSuffix(s, "]") {
		return nil, fmt.Errorf("line %d: flow list must end on its line with ]", num)
	}
	inner := strings.TrimSpace(s[1 : len(s)-1])
	n := &yamlNode{list: []*yamlNode{}}
	for inner != "" {
		var item string
		switch inner[0] {
		case '"', '\'':
			end := closingQuote(inner)
			if inner[0] == '\'' {
				end = strings.IndexByte(inner[1:], '\'') + 1
			}
			if end <= 0 {
				return nil, fmt.Errorf("line %d: unterminated string in list", num)
			}
			item, inner = inner[:end+1], strings.TrimSpace(inner[end+1:])
		default:
			i := strings.IndexByte(inner, ',')
			if i < 0 {
				i = len(inner)
			}
			item, inner = inner[:i], inner[i:]
		}
		if strings.ContainsAny(item[:1], "[{") {
			return nil, fmt.Errorf("line %d: nested flow collections are not supported", num)
		}
		v, err := scalar(item)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", num, err)
		}
		n.list = append(n.list, &yamlNode{scalar: v})
		inner = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(inner), ","))
	}
	return n, nil
}
