package html

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/internal/ctxcheck"
)

// Fragment converts raw HTML that another format holds — a Markdown
// file's <figure>, <table> or centred <p> of links — into model blocks,
// node by node as Read converts an article's body: links stay links
// (the notes pass numbers them), a figure keeps its caption and credit,
// tables, lists and definition lists keep their structure, and hidden
// elements, scripts and forms leave nothing. An image without a caption
// takes its alt text as caption, as Markdown's ![alt](src) does. Unlike
// Read it runs no readability, reads no metadata and drops no page
// furniture: the fragment is the author's own text. skipImage, when not
// nil, is asked about every <img> (its src and alt text) before the
// conversion, and those it reports leave no figure (a README's badges).
//
// Fragment fails, as Read does, on a fragment nested deeper than
// MaxDepth or once opts.Context is cancelled; it reads no more than
// MaxBytes.
func Fragment(src string, opts Options, skipImage func(src, alt string) bool) ([]content.Block, error) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxDepth <= 0 {
		opts.MaxDepth = DefaultMaxDepth
	}
	if int64(len(src)) > opts.MaxBytes {
		return nil, fmt.Errorf("read html: fragment is larger than %d bytes", opts.MaxBytes)
	}
	// As Read does (readInput): a byte that is not UTF-8 reads as U+FFFD,
	// so no invalid text (in an href, say) reaches a writer.
	src = strings.ToValidUTF8(src, "\uFFFD")
	if depth := nestingDepth(strings.NewReader(src), opts.MaxDepth); depth > opts.MaxDepth {
		return nil, fmt.Errorf("read html: elements nested deeper than %d levels", opts.MaxDepth)
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(ctxReader{opts.Context, strings.NewReader(src)}, body)
	if cerr := ctxcheck.Err(opts.Context); cerr != nil {
		return nil, cerr
	}
	if err != nil {
		return nil, fmt.Errorf("read html: %w", err)
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	foldSpace(body)
	if skipImage != nil {
		dropImages(body, skipImage)
	}
	c := newConverter(opts, nil)
	c.altCaptions = true
	blocks := c.blocks(body, 0)
	if err := c.stop.Err(); err != nil {
		return nil, err
	}
	return blocks, nil
}

// dropImages removes from n the <img> elements that skip reports.
func dropImages(n *html.Node, skip func(src, alt string) bool) {
	var gone []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Img && skip(attr(d, "src"), attr(d, "alt")) {
			gone = append(gone, d)
		}
	}
	for _, d := range gone {
		d.Parent.RemoveChild(d)
	}
}
