package layout_test

import (
	"bytes"
	"testing"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/plaintext"
	"github.com/offprint/offprint/internal/testdoc"
	"github.com/offprint/offprint/layout"
)

// FuzzLayout reads arbitrary text as an article and lays it out on a
// small page: no panic, no overfull line, no note lost or off its page.
func FuzzLayout(f *testing.F) {
	f.Add([]byte(testdoc.ExampleText(f)[:2000]))
	f.Add([]byte("Title\n\nA paragraph with https://example.com/a/very/long/url/that/never/ends/at/all and 😀 中文.\nSource: example.com"))
	f.Add([]byte("x\n" + string(bytes.Repeat([]byte("w"), 500))))
	f.Add([]byte("مكتبة الإسكندرية\n\nافتتحت مكتبة الإسكندرية يوم الأحد (سنة 2019) قاعة جديدة مع Windows 10، ثم «القاهرة».\n\nשָׁלוֹם עולם, 42 English בתוך."))
	st := paper(f, "ereader")
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4000 {
			return
		}
		doc, err := plaintext.Read(bytes.NewReader(data), plaintext.Options{})
		if err != nil {
			return
		}
		content.AssignIDs(doc)
		content.NumberNotes(doc)
		res, err := layout.Layout(doc, st)
		if err != nil {
			t.Fatal(err)
		}
		if s := res.Stats; s.Overfull != 0 || s.NotesLost != 0 || s.NotesOffPage != 0 {
			t.Errorf("%v", s)
		}
	})
}
