package epub_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/offprint/offprint/content"
)

// t is shorthand for a text inline list.
func tx(s string) []content.Inline { return content.T(s) }

func para(ins ...content.Inline) *content.Paragraph { return &content.Paragraph{Inlines: ins} }

func text(s string) *content.Text { return &content.Text{Text: s} }

// smallDoc is a short article exercising every node type once, with
// footnotes, links and a table; it is the golden-file document.
func smallDoc() *content.Document {
	doc := &content.Document{
		Meta: content.Meta{
			Title:       "A small <test> & article",
			Subtitle:    "With every kind of block",
			Authors:     []content.Author{{Name: "Ada Writer", Bio: "Ada writes tests."}, {Name: "Bo Editor"}},
			Date:        time.Date(2024, 3, 22, 0, 0, 0, 0, time.UTC),
			Language:    "en-GB",
			Publisher:   "Example Times",
			SourceURL:   "https://example.com/small",
			Description: "A document for golden tests.",
			Keywords:    []string{"testing", "epub"},
			Rights:      "© 2024 Example Times",
		},
		Blocks: []content.Block{
			&content.Figure{Caption: tx("A lead photo caption."), Credit: content.T("Jo Photo/Agency")},
			para(text("Lead paragraph with a "), &content.Link{URL: "https://example.org/a?b=1&c=2", Inlines: tx("link")}, text(" and a footnote"), &content.NoteRef{Note: 1}, text(".")),
			&content.Heading{Level: 2, Inlines: tx("First section")},
			para(&content.Emph{Inlines: tx("Emphasis")}, text(", "), &content.Strong{Inlines: tx("strong")}, text(", "), &content.Code{Text: "code()"}, &content.Break{}, text("after a break; see "), &content.Link{URL: "#second-section", Inlines: tx("below")}, text(".")),
			&content.Heading{Level: 3, Inlines: tx("A subsection")},
			&content.List{Items: [][]content.Block{{para(text("one"))}, {para(text("two")), &content.List{Ordered: true, Start: 3, Items: [][]content.Block{{para(text("three"))}}}}}},
			&content.Quote{Blocks: []content.Block{para(text("A quotation, citing "), &content.Link{URL: "https://example.org/a?b=1&c=2", Inlines: tx("the same link")}, text("."))}},
			&content.Heading{Level: 2, Inlines: tx("Second section")},
			&content.CodeBlock{Lang: "go", Text: "func main() {\n\tfmt.Println(\"<hi>\")\n}"},
			&content.Rule{},
			&content.Table{Header: [][]content.Cell{content.Cells(tx("Name"), tx("Value"))}, Rows: [][]content.Cell{content.Cells(tx("a"), tx("1")), content.Cells(tx("b"))}},
		},
		Notes: []content.Note{{Kind: content.NoteFootnote, Blocks: []content.Block{para(text("A footnote with a "), &content.Link{URL: "https://example.net/", Inlines: tx("link of its own")}, text("."))}}},
	}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	return doc
}

// richDoc is smallDoc with images of every accepted kind (one large JPEG
// to scale down, PNG, GIF, WebP, SVG) and many notes.
func richDoc(tb testing.TB, notes int) *content.Document {
	doc := smallDoc()
	webp, err := os.ReadFile("testdata/blue-purple-pink.lossy.webp")
	if err != nil {
		tb.Fatal(err)
	}
	alpha, err := os.ReadFile("testdata/gopher-doc.with-alpha.lossless.webp")
	if err != nil {
		tb.Fatal(err)
	}
	svg := []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect width="40" height="20" fill="#888"/></svg>`)
	images := []*content.Image{
		{Data: encodeJPEG(tb, 2400, 1200), MediaType: "image/jpeg", Alt: "A wide gradient"},
		{Data: encodePNG(tb, 300, 200), MediaType: "image/png"},
		{Data: encodeGIF(tb, 64, 64), MediaType: "image/gif"},
		{Data: webp, MediaType: "image/webp", Alt: "Blue, purple and pink"},
		{Data: alpha, MediaType: "image/webp", Alt: "A gopher with transparency"},
		{Data: svg, MediaType: "image/svg+xml", Alt: "A grey box"},
	}
	doc.Blocks[0].(*content.Figure).Image = images[0]
	for i, im := range images[1:] {
		caption := tx(fmt.Sprintf("Figure caption %d.", i+2))
		if i == 0 {
			caption = nil // no alt, no caption: "Figure N"
		}
		doc.Blocks = append(doc.Blocks, &content.Figure{Image: im, Caption: caption, Credit: content.T("Credit")})
	}
	doc.Blocks = append(doc.Blocks, &content.Heading{Level: 2, Inlines: tx("Many links")})
	for _, u := range []string{"https://例え.jp/パス?q=ü|x#frag", "https://example.com/a b/c", "mailto:someone@example.com", "ftp://files.example.org/x.txt", "https://x.org/%zz", "javascript:alert(1)", "relative/page.html", "#nowhere"} {
		doc.Blocks = append(doc.Blocks, para(text("Odd address "), &content.Link{URL: u, Inlines: tx(u)}))
	}
	for i := range notes {
		doc.Blocks = append(doc.Blocks, para(text("Paragraph citing "), &content.Link{URL: fmt.Sprintf("https://example.com/page/%d", i), Inlines: tx(fmt.Sprintf("source %d", i))}, text(".")))
	}
	content.NumberNotes(doc)
	return doc
}

func gradient(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 128, 255})
		}
	}
	return img
}

func encodeJPEG(tb testing.TB, w, h int) []byte {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, gradient(w, h), nil); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func encodePNG(tb testing.TB, w, h int) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, gradient(w, h)); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func encodeGIF(tb testing.TB, w, h int) []byte {
	var buf bytes.Buffer
	if err := gif.Encode(&buf, gradient(w, h), nil); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// bookOf builds a book of n articles of about words words each, with
// sections, links and footnotes, like a collection of saved articles. The
// text is drawn from a vocabulary by a seeded generator, so it varies (and
// compresses) like prose but is the same on every run.
func bookOf(n, words int) *content.Book {
	book := &content.Book{Meta: content.Meta{Title: "Collected articles", Language: "en", Publisher: "offprint tests"}}
	vocab := strings.Fields(vocabulary)
	rng := rand.New(rand.NewPCG(1, 2))
	sentence := func() string {
		k := 8 + rng.IntN(18)
		w := make([]string, k)
		for i := range w {
			w[i] = vocab[rng.IntN(len(vocab))]
		}
		s := strings.Join(w, " ")
		return strings.ToUpper(s[:1]) + s[1:] + ". "
	}
	for i := range n {
		doc := &content.Document{Meta: content.Meta{
			Title:     fmt.Sprintf("Article %d: %s", i+1, strings.TrimSuffix(sentence(), ". ")),
			Authors:   []content.Author{{Name: fmt.Sprintf("Author %d", i%7+1)}},
			Publisher: "Example News",
			SourceURL: fmt.Sprintf("https://news.example.com/%d", i+1),
		}}
		written, sec := 0, 0
		for written < words {
			if written >= sec*400 {
				sec++
				doc.Blocks = append(doc.Blocks, &content.Heading{Level: 2, Inlines: tx(fmt.Sprintf("Section %d", sec))})
			}
			var ins []content.Inline
			for range 3 + rng.IntN(4) {
				s := sentence()
				ins = append(ins, text(s))
				written += strings.Count(s, " ")
			}
			if rng.IntN(3) == 0 {
				ins = append(ins, &content.Link{URL: fmt.Sprintf("https://ref.example.org/%d/%d", i, written), Inlines: tx("a source")})
			}
			doc.Blocks = append(doc.Blocks, para(ins...))
		}
		content.AssignIDs(doc)
		content.NumberNotes(doc)
		book.Articles = append(book.Articles, doc)
	}
	return book
}

const vocabulary = `the of and to in a is that for it as was with be by on not he this are or his
from at which but have an they you were her she there one all we their has been would will if can
more when no who so what out up into than them about time only some could new year people these two
may first then do any like other very after most also made our over did such where even many before
must through back years much way well should because each just those how too little state good
very make world still own see men work long get here between both life being under never day same
another know while last might us great old year off come since against go came right used take
three government analysts evidence report minister attack region affiliate group intelligence
officials conflict territory security economic policy election court village researchers market
climate energy border refugees ceasefire investigation spokesperson statement allegedly however`
