package layout_test

import (
	"os"
	"testing"
	"time"

	"offprint/content"
	"offprint/content/markdown"
	"offprint/content/plaintext"
	"offprint/layout"
)

func TestDev(t *testing.T) {
	for _, name := range []string{"../examples/vox-isis-k.txt", "../examples/vox-isis-k.md"} {
		f, _ := os.Open(name)
		var doc *content.Document
		var err error
		if name[len(name)-1] == 't' {
			doc, err = plaintext.Read(f, plaintext.Options{})
		} else {
			doc, err = markdown.Read(f, markdown.Options{})
		}
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		content.AssignIDs(doc)
		content.NumberNotes(doc)
		for _, p := range []string{"a4", "a5", "ereader"} {
			st := layout.DefaultStyle()
			st.PaperWidth, st.PaperHeight, _ = layout.ParsePaper(p)
			t0 := time.Now()
			r, err := layout.Layout(doc, st)
			if err != nil {
				t.Fatal(err)
			}
			t.Log(name, p, time.Since(t0), r.Stats)
			out, _ := os.Create("/tmp/dev/" + p + name[len(name)-3:] + ".dump")
			r.Dump(out)
			out.Close()
		}
	}
}
