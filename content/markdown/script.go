package markdown

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Superscript and subscript in pandoc's (and markdown-it's) syntax:
// "2^10^", "H~2~O". As in pandoc, the text between the delimiters cannot
// hold white space (a space escaped as "\ " is allowed and becomes a
// no-break space), so "~5 km" or "x^2 + y^2" stay text. The same parser
// reads GFM's "~~strike~~", replacing goldmark's Strikethrough extension:
// a "~~" pairs only with a "~~" and a "~" only with a "~", so a single
// tilde never strikes (pandoc's rule; GFM would strike "~a b~").

// kindScript is the node kind of scriptNode.
var kindScript = ast.NewNodeKind("Script")

// scriptNode is a superscript (Super) or subscript.
type scriptNode struct {
	ast.BaseInline
	Super bool
}

// Kind implements ast.Node.
func (n *scriptNode) Kind() ast.NodeKind { return kindScript }

// Dump implements ast.Node.
func (n *scriptNode) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Super": map[bool]string{true: "true", false: "false"}[n.Super]}, nil)
}

// scriptDelims is the delimiter processor of "^" (or "~") spans.
type scriptDelims struct{ ch byte }

func (p scriptDelims) IsDelimiter(b byte) bool { return b == p.ch }

// CanOpenCloser matches a single opening character with a single closing
// one of the same kind.
func (scriptDelims) CanOpenCloser(opener, closer *parser.Delimiter) bool {
	return opener.Char == closer.Char && closer.OriginalLength == 1 && opener.OriginalLength == 1
}

func (p scriptDelims) OnMatch(consumes int) ast.Node { return &scriptNode{Super: p.ch == '^'} }

// strikeDelims is the delimiter processor of "~~" strikethrough: a "~~"
// closes only a "~~" (goldmark's own would let a "~" close it).
type strikeDelims struct{}

func (strikeDelims) IsDelimiter(b byte) bool { return b == '~' }

func (strikeDelims) CanOpenCloser(opener, closer *parser.Delimiter) bool {
	return closer.Char == '~' && closer.OriginalLength == 2 && opener.OriginalLength == 2
}

func (strikeDelims) OnMatch(consumes int) ast.Node { return east.NewStrikethrough() }

// scriptParser scans single "^" and "~" delimiters, and "~~" ones for
// strikethrough.
type scriptParser struct{}

func (scriptParser) Trigger() []byte { return []byte{'^', '~'} }

func (scriptParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	before := block.PrecendingCharacter()
	line, segment := block.PeekLine()
	ch := line[0]
	n := 1
	for n < len(line) && line[n] == ch {
		n++
	}
	if before == rune(ch) {
		return nil
	}
	var d *parser.Delimiter
	switch {
	case n == 1:
		d = parser.NewDelimiter(scriptOpens(line), !util.IsSpaceRune(before), 1, ch, scriptDelims{ch})
	case n == 2 && ch == '~':
		d = parser.ScanDelimiter(line, before, 2, strikeDelims{})
	default:
		return nil // "~~~", "^^": text
	}
	d.Segment = segment.WithStop(segment.Start + n)
	block.Advance(n)
	pc.PushDelimiter(d)
	return d
}

func (scriptParser) CloseBlock(parent ast.Node, pc parser.Context) {}

// scriptOpens reports whether the delimiter at line[0] is closed by a
// single same character later on the line, with no unescaped white
// space and at least one character between.
func scriptOpens(line []byte) bool {
	ch := line[0]
	for j := 1; j < len(line); j++ {
		switch b := line[j]; {
		case b == '\\' && j+1 < len(line) && line[j+1] != '\n' && line[j+1] != '\r':
			j++ // an escaped character, or an escaped space
		case b == ch:
			return j > 1 && (j+1 == len(line) || line[j+1] != ch)
		case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v':
			return false
		}
	}
	return false
}

// scripts is the goldmark extension of ^superscript^, ~subscript~ and
// ~~strikethrough~~.
type scripts struct{}

func (scripts) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithInlineParsers(util.Prioritized(scriptParser{}, 500)))
}
