package pdf_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/offprint/offprint/check"
	"github.com/offprint/offprint/content"
	"github.com/offprint/offprint/export/pdf"
	"github.com/offprint/offprint/internal/testtool"
	"github.com/offprint/offprint/layout"
)

// sNode is an element of the structure tree as pdfinfo -struct-text
// prints it.
type sNode struct {
	role  string
	text  string // its own text, squeezed
	raw   string // its own text as printed
	objrs int    // annotations (OBJR) among its kids
	attrs string // its attributes, "/Key value" lines joined by spaces
	kids  []*sNode
}

// all returns the text of n and its descendants, squeezed.
func (n *sNode) all() string {
	s := n.text
	for _, k := range n.kids {
		s += k.all()
	}
	return s
}

// walk visits n and its descendants in order.
func (n *sNode) walk(fn func(*sNode)) {
	fn(n)
	for _, k := range n.kids {
		k.walk(fn)
	}
}

// parseStructText reads the output of pdfinfo -struct-text: an element
// per line ("H1 (block)", "Note <id> (inline)"), indented two spaces per
// level, its text as quoted lines, annotations as "Object n 0" and
// attributes as "/Key value" lines under a "Role:" line.
func parseStructText(t *testing.T, out string) *sNode {
	t.Helper()
	root := &sNode{role: "(root)"}
	stack := []*sNode{root}
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		body := strings.TrimLeft(line, " ")
		depth := (len(line) - len(body)) / 2
		if depth+1 > len(stack) {
			t.Fatalf("pdfinfo -struct-text: line %q skips a level", line)
		}
		parent := stack[depth]
		switch {
		case strings.HasPrefix(body, `"`):
			parent.text += squeeze(strings.Trim(body, `"`))
			parent.raw += strings.Trim(body, `"`)
		case strings.HasPrefix(body, "Object "):
			parent.objrs++
		case strings.HasPrefix(body, "/"):
			// an attribute of the element above ("TH:" then "/Scope /Column")
			stack[len(stack)-1].attrs = strings.TrimSpace(stack[len(stack)-1].attrs + " " + body)
		default:
			n := &sNode{role: strings.TrimSuffix(strings.Fields(body)[0], ":")}
			parent.kids = append(parent.kids, n)
			stack = append(stack[:depth+1], n)
		}
	}
	return root
}

// structText writes doc as a PDF and returns its structure tree as
// pdfinfo reads it, and the layout.
func structText(t *testing.T, doc *content.Document, paper string) (*sNode, *layout.Result) {
	t.Helper()
	res, err := layout.Layout(doc, style(t, paper))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := pdf.Draw(&buf, res, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "tagged.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	testtool.QPDFCheck(t, path)
	info := testtool.Run(t, "pdfinfo", path)
	if !strings.Contains(info, "Tagged:          yes") || !strings.Contains(info, "PDF version:     1.7") {
		t.Errorf("pdfinfo: not a tagged PDF 1.7:\n%s", info)
	}
	return parseStructText(t, testtool.Run(t, "pdfinfo", "-struct-text", path)), res
}

// TestStructTextExample checks the example article's structure tree as
// poppler reads it: the title as H1 and the sections as H2 in order,
// paragraphs, every note with its label, every link with its
// annotation, and no running head or folio.
func TestStructTextExample(t *testing.T) {
	testtool.Integration(t)
	doc := example(t)
	root, res := structText(t, doc, "a5")
	if len(root.kids) != 1 || root.kids[0].role != "Document" {
		t.Fatalf("the tree's root is not one Document: %+v", root.kids)
	}
	var heads, want []string
	roles := map[string]int{}
	objrs := 0
	root.walk(func(n *sNode) {
		roles[n.role]++
		objrs += n.objrs
		if len(n.role) == 2 && n.role[0] == 'H' {
			heads = append(heads, n.role+" "+n.all())
		}
		if n.role == "Note" && (len(n.kids) == 0 || n.kids[0].role != "Lbl") {
			t.Errorf("a Note does not start with its Lbl: %q", n.all())
		}
		if n.role == "Link" && n.objrs == 0 {
			t.Errorf("Link %q has no annotation", n.all())
		}
	})
	// the words of the title are spaced, across its lines too
	if h1 := root.kids[0].kids[0]; h1.role != "H1" || h1.raw != strings.Join(strings.Fields(doc.Meta.Title), " ") {
		t.Errorf("first element %s %q, want the H1 %q", h1.role, h1.raw, doc.Meta.Title)
	}
	want = append(want, "H1 "+squeeze(doc.Meta.Title))
	for _, o := range res.Outline {
		want = append(want, "H"+strconv.Itoa(o.Level+1)+" "+squeeze(o.Title))
	}
	for i := range heads {
		heads[i] = strings.TrimRight(heads[i], "0123456789") // the title's note call
	}
	if !slices.Equal(heads, want) {
		t.Errorf("headings:\n%q\nwant\n%q", heads, want)
	}
	if roles["P"] < 10 || roles["Note"] != len(doc.Notes) {
		t.Errorf("roles %v: want paragraphs and %d notes", roles, len(doc.Notes))
	}
	links := 0
	for _, pg := range res.Pages {
		links += len(pg.Links)
	}
	if objrs != links {
		t.Errorf("%d annotations in the tree, %d links on the pages", objrs, links)
	}
	// the furniture (running heads, folios) is in the tree only as often
	// as the same text is in the content
	all := root.all()
	var tagged strings.Builder
	furniture := map[string]bool{}
	body, notes := contentText(res)
	for _, pg := range res.Pages {
		for _, r := range pg.Texts {
			if r.Node == layout.Artifact {
				furniture[squeeze(r.Text)] = true
			} else {
				tagged.WriteString(r.Text)
			}
		}
	}
	if len(furniture) < 2 {
		t.Errorf("furniture %v: want running heads and folios", furniture)
	}
	content := squeeze(tagged.String())
	for f := range furniture {
		if got, want := strings.Count(all, f), strings.Count(content, f); got != want {
			t.Errorf("furniture %q is %d times in the tree, %d times in the content", f, got, want)
		}
	}
	// the text of the tree is the content's, in reading order: the body
	// in flow order, each note whole after the element it interrupts
	treeBody, treeNotes := treeText(root)
	if treeBody != body {
		i := 0
		for i < min(len(body), len(treeBody)) && body[i] == treeBody[i] {
			i++
		}
		t.Errorf("the tree's body text differs from the content's at byte %d: %q, want %q", i, treeBody[i:min(i+80, len(treeBody))], body[i:min(i+80, len(body))])
	}
	if !slices.Equal(treeNotes, notes) {
		t.Errorf("notes in the tree %q, want %q", treeNotes, notes)
	}
}

// treeText returns the text of the tree outside notes, and of each note.
func treeText(root *sNode) (body string, notes []string) {
	var walk func(n *sNode)
	walk = func(n *sNode) {
		if n.role == "Note" {
			notes = append(notes, n.all())
			return
		}
		body += n.text
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(root)
	return body, notes
}

// contentText returns the text of the tagged runs outside notes, in
// drawing order, and of each note's runs, by note in order of appearance.
func contentText(res *layout.Result) (body string, notes []string) {
	noteOf := func(n int) int {
		for ; n > 0; n = res.Struct[n].Parent {
			if res.Struct[n].Role == "Note" {
				return n
			}
		}
		return -1
	}
	var sb strings.Builder
	index := map[int]int{}
	for _, pg := range res.Pages {
		for _, r := range pg.Texts {
			if r.Node == layout.Artifact {
				continue
			}
			note := noteOf(int(r.Node))
			if note < 0 {
				sb.WriteString(r.Text)
				continue
			}
			i, ok := index[note]
			if !ok {
				i = len(notes)
				index[note] = i
				notes = append(notes, "")
			}
			notes[i] += squeeze(r.Text)
		}
	}
	return squeeze(sb.String()), notes
}

// TestStructTextBlocks checks that every kind of block has its element.
func TestStructTextBlocks(t *testing.T) {
	testtool.Integration(t)
	root, _ := structText(t, richDocument(t), "a5")
	roles := map[string]bool{}
	root.walk(func(n *sNode) { roles[n.role] = true })
	for _, r := range []string{"Document", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "BlockQuote",
		"Figure", "Caption", "Table", "TR", "TH", "TD", "Link", "Note", "Code"} {
		if !roles[r] {
			t.Errorf("no %s in the tree", r)
		}
	}
}

// TestTaggedChecks runs the tagged-PDF rules of package check on PDFs
// of every block: all content marked, every MCID in the ParentTree,
// every link in the tree.
func TestTaggedChecks(t *testing.T) {
	for name, doc := range map[string]*content.Document{"example": example(t), "rich": richDocument(t)} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := pdf.Write(&buf, doc, pdf.Options{Style: style(t, "a5")}); err != nil {
				t.Fatal(err)
			}
			data := buf.Bytes()
			for _, key := range []string{"/MarkInfo <</Marked true>>", "/StructTreeRoot ", "/DisplayDocTitle true", "%PDF-1.7", "/Type /ObjStm", "/Type /XRef"} {
				if !bytes.Contains(data, []byte(key)) {
					t.Errorf("no %s", key)
				}
			}
			ps, err := check.PDF(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				if strings.HasPrefix(p.Rule, "pdf-tag") {
					t.Error(p)
				}
			}
			var again bytes.Buffer
			if err := pdf.Write(&again, doc, pdf.Options{Style: style(t, "a5")}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(data, again.Bytes()) {
				t.Error("two runs give different bytes")
			}
		})
	}
}

// TestUntaggedLink checks that a link layout put in no element still
// gets one: every annotation is in the tree.
func TestUntaggedLink(t *testing.T) {
	res, err := layout.Layout(example(t), style(t, "a5"))
	if err != nil {
		t.Fatal(err)
	}
	pg := &res.Pages[0]
	pg.Links = append(pg.Links, layout.LinkArea{X: layout.Pt, Y: layout.Pt, W: layout.Pt, H: layout.Pt, URL: "https://example.org/"})
	var buf bytes.Buffer
	if err := pdf.Draw(&buf, res, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	ps, err := check.PDF(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if strings.HasPrefix(p.Rule, "pdf-tag") {
			t.Error(p)
		}
	}
}

// TestFigureAlt checks what stands for a picture in the tagged PDF: its
// caption, alt text or credit as the Figure's /Alt, and with none of them
// no Figure at all: the picture is drawn as an artifact (PDF/UA: an image
// with no alternate text is decoration), inside a quote as at the top.
func TestFigureAlt(t *testing.T) {
	for _, c := range []struct {
		name, alt, credit, caption string
		want                       string // the Figure's /Alt; "" for an artifact
	}{
		{"caption", "a gradient", "", "Colours", "Colours"},
		{"alt", "a gradient", "", "", "a gradient"},
		{"alt and credit", "a gradient", "Photo: A. B.", "", "a gradient Photo: A. B."},
		{"credit", "", "Photo: A. B.", "", "Photo: A. B."},
		{"nothing", "", "", "", ""},
		{"blank alt", "  ", "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			im := pngImage(t)
			im.Alt, im.Source = c.alt, "photo-1234.png"
			fig := &content.Figure{Image: im, Caption: content.T(c.caption), Credit: content.T(c.credit)}
			if c.caption == "" {
				fig.Caption = nil
			}
			if c.credit == "" {
				fig.Credit = nil
			}
			doc := &content.Document{Meta: content.Meta{Title: "Pictures"}, Blocks: []content.Block{
				&content.Paragraph{Inlines: content.T("Before.")},
				fig,
				&content.Quote{Blocks: []content.Block{fig}},
			}}
			res, err := layout.Layout(doc, style(t, "a5"))
			if err != nil {
				t.Fatal(err)
			}
			var figures []string
			for _, n := range res.Struct {
				if n.Role == "Figure" {
					figures = append(figures, n.Alt)
				}
			}
			var nodes []int
			for _, pg := range res.Pages {
				for _, im := range pg.Images {
					nodes = append(nodes, im.Node)
				}
			}
			if len(nodes) != 2 {
				t.Fatalf("%d pictures drawn, want 2", len(nodes))
			}
			if c.want == "" {
				if len(figures) != 0 || nodes[0] != layout.Artifact || nodes[1] != layout.Artifact {
					t.Errorf("Figures %q, pictures in nodes %v: want no Figure, artifacts", figures, nodes)
				}
			} else if len(figures) != 2 || figures[0] != c.want || figures[1] != c.want ||
				res.Struct[nodes[0]].Role != "Figure" || res.Struct[nodes[1]].Role != "Figure" {
				t.Errorf("Figures %q, pictures in nodes %v: want two Figures with /Alt %q", figures, nodes, c.want)
			}
			var buf bytes.Buffer
			if err := pdf.Draw(&buf, res, pdf.Options{}); err != nil {
				t.Fatal(err)
			}
			ps, err := check.PDF(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				if strings.HasPrefix(p.Rule, "pdf-tag") {
					t.Error(p)
				}
			}
			data := testtool.Unpacked(buf.Bytes())
			if got := bytes.Count(data, []byte("/S /Figure")); (c.want == "") != (got == 0) {
				t.Errorf("%d Figure elements in the PDF", got)
			}
		})
	}
}

// TestStructTextStrike checks struck-out text as poppler reads the tree:
// a Span with /TextDecorationType /LineThrough holding the struck words,
// the words around it in the paragraph.
func TestStructTextStrike(t *testing.T) {
	testtool.Integration(t)
	doc := &content.Document{Meta: content.Meta{Title: "Struck", Language: "en"}, Blocks: []content.Block{
		&content.Paragraph{Inlines: []content.Inline{&content.Text{Text: "Keep "},
			&content.Strike{Inlines: content.T("these words")}, &content.Text{Text: " and the rest."}}},
	}}
	root, _ := structText(t, doc, "a5")
	var spans []*sNode
	root.walk(func(n *sNode) {
		if n.role == "Span" {
			spans = append(spans, n)
		}
	})
	if len(spans) != 1 || spans[0].attrs != "/TextDecorationType /LineThrough" || spans[0].all() != "thesewords" {
		for _, s := range spans {
			t.Logf("Span %q attrs %q", s.all(), s.attrs)
		}
		t.Fatalf("%d Spans, want one LineThrough Span of the struck words", len(spans))
	}
	root.walk(func(n *sNode) {
		if n.role == "P" && n.text != "Keepandtherest." {
			t.Errorf("P's own text is %q", n.text)
		}
	})
}
