package html

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/content/fetch"
	"github.com/offprint/offprint/internal/golden"
)

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts Options
		want string
	}{
		{"empty", "", Options{}, "no article text"},
		{"only markup", "<html><head><title>x</title></head><body><div></div></body></html>", Options{}, "no article text"},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Options{}, "binary"},
		{"too large", strings.Repeat("<p>a</p>", 100), Options{MaxBytes: 50}, "larger than 50 bytes"},
		{"too deep", strings.Repeat("<div>", 600) + "text", Options{}, "nested deeper than 512"},
		{"deep limit", strings.Repeat("<span>", 30) + "text", Options{MaxDepth: 20}, "nested deeper than 20"},
		{"bad base", "<p>text</p>", Options{BaseURL: "http://[::1"}, "base URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.in), tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want %q", err, tt.want)
			}
		})
	}
	_, err := Read(strings.NewReader(""), Options{})
	if !errors.Is(err, ErrNoArticle) {
		t.Errorf("empty page error %v is not ErrNoArticle", err)
	}
}

// TestDeepButAccepted checks that unclosed paragraphs and list items (the
// parser closes them) do not count as nesting, and that a page just under
// the limit is read quickly.
func TestDeepButAccepted(t *testing.T) {
	in := strings.Repeat("<p>para", 2000) + strings.Repeat("<li>item", 2000) + strings.Repeat("<div>", 500) + "deep text" + strings.Repeat("</div>", 500)
	start := time.Now()
	doc, err := Read(strings.NewReader(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(content.BlocksText(doc.Blocks), "deep text") {
		t.Error("deep text lost")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestCharset(t *testing.T) {
	latin1 := "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Un caf\xe9 cr\xe8me, s'il vous pla\xeet, avec un croissant.</p></body></html>"
	doc, err := Read(strings.NewReader(latin1), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := content.BlocksText(doc.Blocks); got != "Un café crème, s'il vous plaît, avec un croissant." {
		t.Errorf("text = %q", got)
	}
	// The Content-Type of a fetched page wins over sniffing.
	doc, err = Read(strings.NewReader("<p>Caf\xe9 au lait.</p>"), Options{ContentType: "text/html; charset=windows-1252"})
	if err != nil || content.BlocksText(doc.Blocks) != "Café au lait." {
		t.Errorf("content type charset: %v %q", err, content.BlocksText(doc.Blocks))
	}
}

func TestSavedPageFolder(t *testing.T) {
	// A missing image never crashes and never leaves a broken reference:
	// the figure keeps its caption, and its alt text (the only trace of
	// the picture) in brackets before it.
	dir := t.TempDir()
	page := `<html><body><article><h1>T</h1><p>` + strings.Repeat("Some article text, with commas. ", 20) + `</p>
<figure><img src="page_files/gone.jpg" alt="Gone"><figcaption>Caption stays</figcaption></figure></article></body></html>`
	var warns []string
	doc, err := Read(strings.NewReader(page), Options{BaseDir: dir, Warn: func(s string) { warns = append(warns, s) }})
	if err != nil {
		t.Fatal(err)
	}
	var fig *content.Figure
	content.WalkBlocks(doc.Blocks, func(b content.Block) {
		if f, ok := b.(*content.Figure); ok {
			fig = f
		}
	})
	if fig == nil || fig.Image != nil || content.PlainText(fig.Caption) != "[Gone] Caption stays" || len(warns) != 1 {
		t.Fatalf("figure %+v, warnings %q", fig, warns)
	}
}

func FuzzHTML(f *testing.F) {
	for _, in := range golden.Parts(f, "testdata/*.txtar", "input.html") {
		f.Add(in)
	}
	f.Add("<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>")
	f.Add("<figure><figcaption>c</figcaption></figure><pre>a<br>b</pre><dl><dt>t<dd>d</dl>")
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 64<<10 {
			return
		}
		doc, err := Read(strings.NewReader(in), Options{})
		if err != nil {
			return // errors are fine; panics and broken models are not
		}
		content.NumberNotes(doc)
		if !utf8.ValidString(content.DumpString(doc)) {
			t.Fatal("dump is not UTF-8")
		}
		content.WalkDocInlines(doc.Blocks, func(in content.Inline) {
			switch in := in.(type) {
			case *content.Link:
				if strings.HasPrefix(strings.ToLower(in.URL), "javascript:") {
					t.Fatalf("javascript link kept: %q", in.URL)
				}
			case *content.NoteRef:
				if in.Note < 1 || in.Note > len(doc.Notes) {
					t.Fatalf("dangling note call %d", in.Note)
				}
			}
		})
		content.WalkBlocks(doc.Blocks, func(b content.Block) {
			switch b := b.(type) {
			case *content.Heading:
				if b.Level < 1 || b.Level > 6 {
					t.Fatalf("heading level %d", b.Level)
				}
			case *content.Paragraph:
				if len(b.Inlines) == 0 {
					t.Fatal("empty paragraph")
				}
			case *content.Figure:
				if b.Image == nil && len(b.Caption) == 0 && len(b.Credit) == 0 {
					t.Fatal("empty figure")
				}
			}
		})
	})
}

func ExampleRead() {
	page := `<!DOCTYPE html>
<html lang="en"><head><title>Bees dance | The Example</title>
<meta property="og:site_name" content="The Example">
<meta property="article:published_time" content="2024-03-26T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/science">Science</a></nav>
<article><h1>Bees dance</h1>
<p>Honeybees tell each other where food is by dancing: the waggle dance gives the direction and the distance of the flowers, and <a href="https://en.wikipedia.org/wiki/Waggle_dance">it was decoded</a> by Karl von Frisch.</p>
</article><footer>© The Example</footer></body></html>`
	doc, err := Read(strings.NewReader(page), Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	content.NumberNotes(doc)
	fmt.Print(content.DumpString(doc))
	// Output:
	// meta title "Bees dance"
	// meta date "2024-03-26"
	// meta language "en"
	// meta publisher "The Example"
	// paragraph "Honeybees tell each other where food is by dancing: the waggle dance gives the direction and the distance of the flowers, and " link<https://en.wikipedia.org/wiki/Waggle_dance>["it was decoded"]^2 " by Karl von Frisch."
	// note 1 source "The Example, “Bees dance”, 26 March 2024."
	// note 2 link <https://en.wikipedia.org/wiki/Waggle_dance> ""
}

// articlePage builds a typical news page: about 5,000 words of article in
// paragraphs, headings, a figure and a quote, wrapped in site navigation,
// a sidebar, comments and a footer.
func articlePage(words int) string {
	var sb strings.Builder
	sb.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A long read | Example Times</title>
<meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2024-03-26T08:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"A long read","author":{"name":"Jane Roe"}}</script>
<style>body{font-family:serif}</style><script>window.ads=[]</script></head><body>
<header><nav><ul>`)
	for i := range 40 {
		fmt.Fprintf(&sb, `<li><a href="/section/%d">Section %d</a></li>`, i, i)
	}
	sb.WriteString(`</ul></nav></header><main><article><h1>A long read</h1><p class="dek">What happens when a page is long.</p>
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="x"><figcaption>A picture. Photo: AP</figcaption></figure>`)
	sentence := "The committee met on Tuesday to discuss the budget, and several members, including the chair, raised concerns about the timeline. "
	perSentence := len(strings.Fields(sentence))
	for n, p := 0, 0; n < words; p++ {
		if p%8 == 7 {
			fmt.Fprintf(&sb, "<h2>Part %d</h2>", p/8+1)
		}
		if p%13 == 12 {
			sb.WriteString(`<blockquote><p>“We will not accept this,” she said.</p></blockquote>`)
		}
		sb.WriteString("<p>")
		for range 5 {
			sb.WriteString(sentence)
			n += perSentence
		}
		fmt.Fprintf(&sb, `See <a href="https://example.org/doc/%d">the document</a>.</p>`, p)
	}
	sb.WriteString(`</article><section class="comments">`)
	for i := range 30 {
		fmt.Fprintf(&sb, `<div class="comment"><p>Comment %d: I disagree with this article.</p><a href="/reply/%d">Reply</a></div>`, i, i)
	}
	sb.WriteString(`</section></main><aside class="sidebar"><h3>Most read</h3><ul>`)
	for i := range 20 {
		fmt.Fprintf(&sb, `<li><a href="/story/%d">Another story %d</a></li>`, i, i)
	}
	sb.WriteString(`</ul></aside><footer><p>© Example Times</p></footer></body></html>`)
	return sb.String()
}

func TestArticlePage(t *testing.T) {
	page := articlePage(5000)
	doc, err := Read(strings.NewReader(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := content.BlocksText(doc.Blocks)
	if words := len(strings.Fields(text)); words < 5000 {
		t.Errorf("article has %d words, want ≥ 5000", words)
	}
	for _, junk := range []string{"Section 3", "Comment 1", "Another story", "Most read"} {
		if strings.Contains(text, junk) {
			t.Errorf("site text %q in the article", junk)
		}
	}
	if doc.Meta.Title != "A long read" || doc.Meta.Subtitle != "What happens when a page is long." {
		t.Errorf("meta = %+v", doc.Meta)
	}
}

func BenchmarkArticlePage(b *testing.B) {
	page := articlePage(5000)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := Read(strings.NewReader(page), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGoSpec(b *testing.B) {
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		b.Skip(err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "doc", "go_spec.html"))
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Read(strings.NewReader(string(src)), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestURLInput reads a page as a URL input: relative links and images
// resolve against the page URL, and images come over HTTP only when
// FetchImages is set and a client is given.
func TestURLInput(t *testing.T) {
	pngData, err := base64.StdEncoding.DecodeString("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==")
	if err != nil {
		t.Fatal(err)
	}
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "image/png")
		w.Write(pngData)
	}))
	defer srv.Close()
	page := `<html><head><title>Remote</title></head><body><article><h1>Remote</h1>
<p>` + strings.Repeat("A sentence of the article, with a comma. ", 15) + `<a href="other.html">other</a></p>
<figure><img src="img/photo.png" alt="Photo"><figcaption>Caption</figcaption></figure></article></body></html>`
	base := srv.URL + "/news/story.html"
	client := fetch.NewClient(fetch.ClientOptions{AllowPrivate: true}) // the test server is on 127.0.0.1
	for _, tt := range []struct {
		name      string
		opts      Options
		wantImage bool
	}{
		{"fetch allowed", Options{BaseURL: base, FetchImages: true, Client: client}, true},
		{"no permission", Options{BaseURL: base, Client: client}, false},
		{"no client", Options{BaseURL: base, FetchImages: true}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			hits.Store(0)
			doc, err := Read(strings.NewReader(page), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			var fig *content.Figure
			var link string
			content.WalkBlocks(doc.Blocks, func(b content.Block) {
				if f, ok := b.(*content.Figure); ok {
					fig = f
				}
			})
			content.WalkDocInlines(doc.Blocks, func(in content.Inline) {
				if l, ok := in.(*content.Link); ok {
					link = l.URL
				}
			})
			if fig == nil || (fig.Image != nil) != tt.wantImage || (hits.Load() > 0) != tt.wantImage {
				t.Errorf("figure %+v, %d requests", fig, hits.Load())
			}
			if link != srv.URL+"/news/other.html" {
				t.Errorf("link = %q", link)
			}
			if doc.Meta.SourceURL != base {
				t.Errorf("source URL = %q", doc.Meta.SourceURL)
			}
		})
	}
}
