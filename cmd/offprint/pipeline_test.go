package main

import (
	"os"
	"testing"
	"time"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/sources"
)

func TestSourcesModeAuto(t *testing.T) {
	para := func(ins ...content.Inline) []content.Block { return []content.Block{&content.Paragraph{Inlines: ins}} }
	tests := []struct {
		name string
		doc  *content.Document
		want sources.Mode
	}{
		{"scraped text", &content.Document{Blocks: para(&content.Text{Text: "x"})}, sources.Both},
		{"internal link only", &content.Document{Blocks: para(&content.Link{URL: "#a", Inlines: content.T("a")})}, sources.Both},
		{"external link", &content.Document{Blocks: para(&content.Link{URL: "https://x.example", Inlines: content.T("x")})}, sources.None},
		{"footnotes", &content.Document{Blocks: para(&content.NoteRef{Note: 1}), Notes: []content.Note{{Kind: content.NoteFootnote, Text: "Ibid."}}}, sources.None},
		{"link inside a footnote", &content.Document{Notes: []content.Note{{Kind: content.NoteLink, Blocks: para(&content.Link{URL: "https://y.example"})}}}, sources.None},
	}
	for _, tt := range tests {
		if got, err := sourcesMode("auto", tt.doc); err != nil || got != tt.want {
			t.Errorf("%s: %v, %v; want %v", tt.name, got, err, tt.want)
		}
	}
	if got, _ := sourcesMode("notes", tests[2].doc); got != sources.Notes {
		t.Errorf("--sources notes not honoured: %v", got)
	}
}

func TestBuildTime(t *testing.T) {
	dated := &content.Document{Meta: content.Meta{Date: time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC)}}
	undated := &content.Document{}
	t.Setenv("SOURCE_DATE_EPOCH", "")
	os.Unsetenv("SOURCE_DATE_EPOCH")
	a, _ := buildTime(undated, []byte("one"))
	b, _ := buildTime(undated, []byte("one"))
	c, _ := buildTime(undated, []byte("two"))
	if !a.Equal(b) || a.Equal(c) || a.Year() < 2000 || a.Year() >= 2020 {
		t.Errorf("derived dates: %v %v %v", a, b, c)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	if got, _ := buildTime(undated, nil); !got.Equal(time.Unix(1700000000, 0)) {
		t.Errorf("SOURCE_DATE_EPOCH ignored: %v", got)
	}
	if got, _ := buildTime(dated, nil); !got.Equal(dated.Meta.Date) {
		t.Errorf("the document's date should win: %v", got)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "yesterday")
	if _, err := buildTime(undated, nil); err == nil {
		t.Errorf("a bad SOURCE_DATE_EPOCH is accepted")
	}
}
