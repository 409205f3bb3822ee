package fpdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"testing"
)

// taggedDoc writes a tagged document of pages, each with a paragraph, an
// outline entry and a link to the next page.
func taggedDoc(t *testing.T, compress bool, pages int) []byte {
	t.Helper()
	f := New("P", "pt", "A5", "")
	f.SetCompression(compress)
	f.SetNoDates(true)
	f.SetTagged()
	f.SetFont("Helvetica", "", 10)
	var elems []StructElem
	elems = append(elems, StructElem{Type: "Document", Parent: -1})
	links := make([]int, pages+1)
	for p := 1; p <= pages; p++ {
		links[p] = f.AddLink()
	}
	for p := 1; p <= pages; p++ {
		f.AddPage()
		f.SetLink(links[p], 0, p)
		f.Bookmark("Page "+strconv.Itoa(p), 0, 0)
		id := f.BeginMarkedContent("P")
		f.Text(40, 60, "Page "+strconv.Itoa(p))
		f.EndMarkedContent()
		f.Link(40, 50, 40, 12, links[1])
		elems[0].Kids = append(elems[0].Kids, ElemKid(len(elems)))
		elems = append(elems, StructElem{Type: "P", Parent: 0, Kids: []StructKid{MCIDKid(p, id)}})
		elems[0].Kids = append(elems[0].Kids, ElemKid(len(elems)))
		elems = append(elems, StructElem{Type: "Link", Parent: 0, Kids: []StructKid{AnnotKid(p, 0)}})
	}
	f.SetStructTree(elems)
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestObjectStreams reads back the cross-reference stream of a tagged
// document: every object is where it says, at its offset or at its index
// in an object stream, and the small dictionaries are packed.
func TestObjectStreams(t *testing.T) {
	data := taggedDoc(t, true, 250) // more objects than one stream holds
	m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n?$`).FindSubmatch(data)
	if m == nil {
		t.Fatal("no startxref at the end")
	}
	at, _ := strconv.Atoi(string(m[1]))
	xref := regexp.MustCompile(`^(\d+) 0 obj\n<</Type /XRef /Size (\d+) /W \[1 4 2\] /Root \d+ 0 R /Info \d+ 0 R /Filter /FlateDecode /Length (\d+)>>\nstream\n`).FindSubmatch(data[at:])
	if xref == nil {
		t.Fatalf("no cross-reference stream at %d: %.80q", at, data[at:])
	}
	size, _ := strconv.Atoi(string(xref[2]))
	table := inflate(t, data[at+len(xref[0]):], xref[3])
	if len(table) != 7*size {
		t.Fatalf("table of %d bytes for %d objects", len(table), size)
	}
	stms := map[int][]int{} // object stream → the objects it lists
	packed := 0
	for n := 1; n < size; n++ {
		row := table[7*n : 7*n+7]
		field := int(row[1])<<24 | int(row[2])<<16 | int(row[3])<<8 | int(row[4])
		idx := int(row[5])<<8 | int(row[6])
		switch row[0] {
		case 1:
			if !bytes.HasPrefix(data[field:], []byte(strconv.Itoa(n)+" 0 obj\n")) {
				t.Fatalf("object %d not at %d", n, field)
			}
		case 2:
			packed++
			if stms[field] == nil {
				stms[field] = objStmNumbers(t, data, field)
			}
			if idx >= len(stms[field]) || stms[field][idx] != n {
				t.Fatalf("object %d not at index %d of stream %d (%v)", n, idx, field, stms[field])
			}
		default:
			t.Fatalf("object %d of type %d", n, row[0])
		}
	}
	// pages, annotations, outline items, elements, root, ParentTree
	if want := 250*5 + 2; packed < want || len(stms) < 2 {
		t.Errorf("%d objects packed in %d streams, want at least %d in 2", packed, len(stms), want)
	}
	if plain := taggedDoc(t, false, 3); !bytes.Contains(plain, []byte("\nxref\n")) || bytes.Contains(plain, []byte("/ObjStm")) {
		t.Error("an uncompressed document is not written with a cross-reference table")
	}
}

// objStmNumbers returns the object numbers listed by the object stream n.
func objStmNumbers(t *testing.T, data []byte, n int) []int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + strconv.Itoa(n) + ` 0 obj\n<</Type /ObjStm /N (\d+) /First (\d+) /Filter /FlateDecode /Length (\d+)>>\nstream\n`).FindSubmatchIndex(data)
	if m == nil {
		t.Fatalf("object %d is no object stream", n)
	}
	first, _ := strconv.Atoi(string(data[m[4]:m[5]]))
	body := inflate(t, data[m[1]:], data[m[6]:m[7]])
	var nums []int
	f := bytes.Fields(body[:first])
	for i := 0; i+1 < len(f); i += 2 {
		k, _ := strconv.Atoi(string(f[i]))
		off, _ := strconv.Atoi(string(f[i+1]))
		if first+off >= len(body) || !bytes.HasPrefix(body[first+off:], []byte("<<")) {
			t.Fatalf("object %d of stream %d: no dictionary at %d", k, n, off)
		}
		nums = append(nums, k)
	}
	return nums
}

// inflate decompresses the stream of length (decimal text) at the start of b.
func inflate(t *testing.T, b, length []byte) []byte {
	t.Helper()
	n, _ := strconv.Atoi(string(length))
	r, err := zlib.NewReader(bytes.NewReader(b[:n]))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
