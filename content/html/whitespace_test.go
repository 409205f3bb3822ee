package html

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/offprint/offprint/content"
)

// TestFoldSpace checks which white space between elements foldSpace
// moves into the block before it, and which it leaves: inside <pre> and
// other preformatted or raw text, between inline elements, in SVG, after
// a block that does not end in text.
func TestFoldSpace(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", "<p>a</p>\n<p>b</p>\n", "<p>a\n</p><p>b\n</p>"},
		{"first stays", "\n<p>a</p>", "\n<p>a</p>"},
		{"list items", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>", "<ul>\n<li>a\n</li><li>b\n</li></ul>"},
		{"cells", "<table><tbody><tr><td>a</td> <td>b</td></tr></tbody></table>", "<table><tbody><tr><td>a </td><td>b</td></tr></tbody></table>"},
		{"heading", "<section><h2>T</h2>\n\t<p>a</p></section>", "<section><h2>T\n\t</h2><p>a</p></section>"},
		{"block ending in an element", "<div><p>a <em>b</em></p>\n<p>c</p></div>", "<div><p>a <em>b</em></p>\n<p>c</p></div>"},
		{"inline elements", "<div><em>a</em> <em>b</em></div>", "<div><em>a</em> <em>b</em></div>"},
		{"spans", "<p><span>a</span> <span>b</span></p>", "<p><span>a</span> <span>b</span></p>"},
		{"pre", "<pre><span>a</span>\n<span>b</span>\n</pre>", "<pre><span>a</span>\n<span>b</span>\n</pre>"},
		{"pre with blocks", "<pre><div>a</div>\n<div>b</div></pre>", "<pre><div>a</div>\n<div>b</div></pre>"},
		{"after pre", "<div><pre>a</pre>\n<p>b</p></div>", "<div><pre>a</pre>\n<p>b</p></div>"},
		{"textarea", "<div><textarea>a\n</textarea>\n<p>b</p></div>", "<div><textarea>a\n</textarea>\n<p>b</p></div>"},
		{"svg", "<svg><text>a</text> <text>b</text></svg>", "<svg><text>a</text> <text>b</text></svg>"},
		{"divs", "<div><div>a</div>\n<p>b</p></div>", "<div><div>a\n</div><p>b</p></div>"},
		{"block in an inline element", "<span><div>a</div> <div>b</div></span>", "<span><div>a</div> <div>b</div></span>"},
		{"not white space", "<p>a</p>\u00a0<p>b</p>", "<p>a</p>\u00a0<p>b</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := parse(context.Background(), []byte("<html><head></head><body>"+tt.in+"</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			var body *html.Node
			for d := range root.Descendants() {
				if tag(d) == atom.Body {
					body = d
					break
				}
			}
			var sb strings.Builder
			for k := body.FirstChild; k != nil; k = k.NextSibling {
				if err := html.Render(&sb, k); err != nil {
					t.Fatal(err)
				}
			}
			if got := sb.String(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestReadKeepsSpace: white space in a <pre> and between inline elements
// reaches the document; white space between paragraphs does not.
func TestReadKeepsSpace(t *testing.T) {
	page := "<html><body><article>\n" +
		"<p>The <em>first</em> <strong>paragraph</strong>\n<a href=\"https://example.com/\">links</a> on.</p>\n" +
		"<pre><code><span>func</span> <span>main</span>() {\n\t<span>x</span>\n}</code></pre>\n" +
		"<p>The second paragraph.</p>\n" +
		"</article></body></html>"
	doc, err := Read(strings.NewReader(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 3 {
		t.Fatalf("%d blocks, want 3:\n%s", len(doc.Blocks), content.DumpString(doc))
	}
	if got, want := content.PlainText(doc.Blocks[0].(*content.Paragraph).Inlines), "The first paragraph links on."; got != want {
		t.Errorf("paragraph %q, want %q", got, want)
	}
	if got, want := doc.Blocks[1].(*content.CodeBlock).Text, "func main() {\n\tx\n}"; got != want {
		t.Errorf("code %q, want %q", got, want)
	}
}

// TestFoldSpaceTree: issue 14, a page of a million <p>. The newline
// between two paragraphs costs no node of its own: two a paragraph.
func TestFoldSpaceTree(t *testing.T) {
	const n = 100000
	root, err := parse(context.Background(), []byte(largePage(n)))
	if err != nil {
		t.Fatal(err)
	}
	nodes := 0
	for range root.Descendants() {
		nodes++
	}
	if nodes > 2*n+20 {
		t.Errorf("%d nodes for %d paragraphs, want at most %d", nodes, n, 2*n+20)
	}
}

// largePage returns a page of n short paragraphs, one a line.
func largePage(n int) string {
	var sb strings.Builder
	sb.WriteString("<html><head><title>T</title></head><body><article><h1>T</h1>\n")
	for i := range n {
		fmt.Fprintf(&sb, "<p>Paragraph %06d of text.</p>\n", i)
	}
	sb.WriteString("</article></body></html>\n")
	return sb.String()
}

// FuzzCollapse checks that collapse, which returns its input uncopied
// when it can, gives what strings.Fields and strings.Join give.
func FuzzCollapse(f *testing.F) {
	for _, s := range []string{"", " ", "a", "a b", " a  b ", "a\nb", "a\u00a0b", "a \u2003b", "\xffa b", "Paragraph 000123 of text.\n", "a\u0085", "\t\r\f\v"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapse(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapse(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzFoldSpace checks what foldSpace keeps on any page: the page's text
// in document order, and the text of every <pre> and <textarea>.
func FuzzFoldSpace(f *testing.F) {
	for _, s := range []string{
		"<p>a</p>\n<p>b</p>", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>", "<pre><span>a</span>\n<span>b</span></pre>",
		"<table><tr><td>a</td> <td>b</td></tr></table>", "<div><p>a <em>b</em></p>\n<p>c</p></div>",
		"<svg><text>a</text> <text>b</text></svg>", "<textarea>a\n</textarea>\n<p>b</p>", "<p><em>a</p>\n<p>b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil || nestingDepth(strings.NewReader(page), DefaultMaxDepth) > DefaultMaxDepth {
			return
		}
		text, kept := allText(root), keptText(root)
		foldSpace(root)
		if got := allText(root); got != text {
			t.Errorf("text %q, want %q", got, text)
		}
		if got := keptText(root); got != kept {
			t.Errorf("preformatted text %q, want %q", got, kept)
		}
	})
}

// allText returns the text of every text node under n, in order.
func allText(n *html.Node) string {
	var sb strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			sb.WriteString(d.Data)
		}
	}
	return sb.String()
}

// keptText returns the text of the <pre> and <textarea> elements under n.
func keptText(n *html.Node) string {
	var sb strings.Builder
	for d := range n.Descendants() {
		if t := tag(d); t == atom.Pre || t == atom.Textarea {
			sb.WriteString(allText(d) + "\x00")
		}
	}
	return sb.String()
}
