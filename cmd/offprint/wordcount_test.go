package main

import (
	"strings"
	"testing"

	"github.com/offprint/offprint/content"
)

func TestWordCountMatchesBlocksText(t *testing.T) {
	doc := &content.Document{
		Meta: content.Meta{Title: "A title here"},
		Blocks: []content.Block{
			&content.Paragraph{Inlines: append(content.T("one two"), content.T("three")...)},
			&content.CodeBlock{Text: "x := 1\ny"},
			&content.Paragraph{},
			&content.Paragraph{Inlines: content.T("four")},
		},
	}
	want := len(strings.Fields(doc.Meta.Title)) + len(strings.Fields(content.BlocksText(doc.Blocks)))
	if got := wordCount(doc); got != want {
		t.Errorf("wordCount = %d, want %d", got, want)
	}
}
