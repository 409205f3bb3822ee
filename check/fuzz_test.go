package check

import (
	"bytes"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// maxFuzzInput caps fuzz inputs so that each run stays fast.
const maxFuzzInput = 1 << 20

// ruleRE is the form of every rule id.
var ruleRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// checkInvariants asserts what holds for any input: well-formed rule ids,
// one-line messages, a bounded count.
func checkInvariants(t *testing.T, ps []Problem) {
	if len(ps) > maxProblems {
		t.Fatalf("%d problems, more than the cap %d", len(ps), maxProblems)
	}
	for _, p := range ps {
		if !ruleRE.MatchString(p.Rule) || p.Message == "" || strings.ContainsAny(p.Message, "\n\r") {
			t.Fatalf("bad problem %q", p)
		}
	}
}

// seedFiles adds the testdata files matching pattern to the corpus.
func seedFiles(f *testing.F, pattern string) {
	for _, name := range goldenInputs(f) {
		if strings.HasSuffix(name, pattern) {
			data, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
}

func FuzzEPUB(f *testing.F) {
	seedFiles(f, ".epub")
	f.Add(validBook(f).bytes(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzInput {
			return
		}
		ps, err := EPUB(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			if ps != nil {
				t.Fatal("problems returned with an error")
			}
			return
		}
		checkInvariants(t, ps)
		again, _ := EPUB(bytes.NewReader(data), int64(len(data)))
		if !slices.Equal(ps, again) {
			t.Fatal("not deterministic")
		}
	})
}

// FuzzEPUBDocuments fuzzes the text of the package document, the NCX, the
// nav and a chapter inside an otherwise valid container, which reaches the
// XML checks far more often than mutating zip bytes.
func FuzzEPUBDocuments(f *testing.F) {
	f.Add(packageXML, tocNCX, navXHTML, chapterXHTML)
	for _, tc := range brokenCases {
		b := validBook(f)
		tc.mutate(f, b)
		f.Add(string(b.data[opf]), string(b.data[ncx]), string(b.data[nav]), string(b.data[ch1]))
	}
	f.Fuzz(func(t *testing.T, pkg, toc, navDoc, chapter string) {
		if len(pkg)+len(toc)+len(navDoc)+len(chapter) > maxFuzzInput {
			return
		}
		b := validBook(t)
		b.set(opf, pkg)
		b.set(ncx, toc)
		b.set(nav, navDoc)
		b.set(ch1, chapter)
		data := b.bytes(t)
		ps, err := EPUB(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, ps)
	})
}

func FuzzPDF(f *testing.F) {
	seedFiles(f, ".pdf")
	f.Add(fpdfDoc(f, good))
	f.Add(rawPDF(rawInfo, rawCatalog, "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"))
	f.Add(taggedPDF("/P <</MCID 0>> BDC BT (a) Tj ET EMC /Artifact BMC 0 0 m 9 9 l S EMC BI /W 1 ID x EI",
		"<< /Type /Catalog /Pages 2 0 R /MarkInfo << /Marked true >> /StructTreeRoot 8 0 R >>",
		"/StructParents 0 /Contents 9 0 R /Annots [10 0 R]", "<< /Subtype /Link /StructParent 1 >>", "0 [11 0 R] 1 11 0 R"))
	for _, src := range hostilePDFs {
		f.Add([]byte(src[:min(len(src), 4096)]))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzInput {
			return
		}
		ps, err := PDF(bytes.NewReader(data))
		if err != nil {
			return
		}
		checkInvariants(t, ps)
		again, _ := PDF(bytes.NewReader(data))
		if !slices.Equal(ps, again) {
			t.Fatal("not deterministic")
		}
	})
}
